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
            switch unit {
            case "d", "д": return today.adding(days: -n)
            case "w", "н": return today.adding(days: -7 * n)
            default: break
            }
        }
        do {
            return try Day(parsing: word)
        } catch {
            throw CLIError(CLIText.notADay(text))
        }
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
