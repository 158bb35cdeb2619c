import MarshrutCore

/// Days as a person types them: `2024-03-15`, `today`, `yesterday`, `сегодня`, `вчера`,
/// `позавчера`, or an offset back from today such as `-3d` or `-2w`.
enum DayInput {
    static var help: String { CLIText.dayInputHelp }

    static func parse(_ text: String, today: Day) throws -> Day {
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
            return try accepted(today.adding(days: -days), text)
        }
        let day: Day
        do {
            day = try Day(parsing: word)
        } catch {
            throw CLIError(CLIText.notADay(text))
        }
        return try accepted(day, text)
    }

    /// The longest offset back from today a person may type: a hundred years.
    static let maximumOffsetDays = 36_525

    private static func accepted(_ day: Day, _ text: String) throws -> Day {
        guard day.isAccepted else { throw CLIError(CLIText.dayOutOfRange(text)) }
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
