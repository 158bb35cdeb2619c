import MarshrutCore

/// Days as a person types them: `2024-03-15`, `today`, `yesterday`, `сегодня`, `вчера`,
/// `позавчера`, or an offset back from today such as `-3d` or `-2w`.
enum DayInput {
    static var help: String { CLIText.dayInputHelp }

    /// Today for the date words of option values, which are read before a command runs: set from
    /// `$MARSHRUT_TODAY` (or the clock) for each command line.
    @TaskLocal static var today = Day.today()

    /// `03.12.2026`, as Russian documents and people write a day.
    static func russian(_ text: String) -> Day? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4 else { return nil }
        return try? Day(parsing: "\(parts[2])-\(parts[1])-\(parts[0])")
    }

    ///
    /// - Parameter checked: whether the day must fall within the accepted years; an option's
    ///   value leaves that to the model, which names the field it refuses.
    static func parse(_ text: String, today: Day, checked: Bool = true) throws -> Day {
        let word = text.trimmingWhitespace.lowercased()
        switch word {
        case "today", "сегодня": return today
        case "yesterday", "вчера": return today.adding(days: -1)
        case "позавчера": return today.adding(days: -2)
        default: break
        }
        if word.hasPrefix("-"), let unit = word.last, let n = Int(String(word.dropFirst().dropLast())), n >= 0 {
            let days: Int
            switch unit {
            case "d", "д": days = n
            case "w", "н": days = n <= maximumOffsetDays / 7 ? 7 * n : maximumOffsetDays + 1
            default: throw CLIError(CLIText.notADay(text))
            }
            guard days <= maximumOffsetDays else { throw CLIError(CLIText.offsetTooLarge(text, days: maximumOffsetDays)) }
            return try accepted(today.adding(days: -days), text, checked)
        }
        let day: Day
        if let russian = russian(word) {
            day = russian
        } else {
            do {
                day = try Day(parsing: word)
            } catch {
                throw CLIError(CLIText.notADay(text))
            }
        }
        return try accepted(day, text, checked)
    }

    /// The longest offset back from today a person may type: a hundred years.
    static let maximumOffsetDays = 36_525

    private static func accepted(_ day: Day, _ text: String, _ checked: Bool) throws -> Day {
        guard day.isAccepted || !checked else { throw CLIError(CLIText.dayOutOfRange(text)) }
        return day
    }
}

extension String {
    /// The text without surrounding white space and newlines.
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
