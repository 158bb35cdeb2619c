import MarshrutCore
import MarshrutService

/// Days as a person types them: `2024-03-15`, `today`, `yesterday`, `сегодня`, `вчера`,
/// `позавчера`, or an offset back from today such as `-3d` or `-2w`.
enum DayInput {
    static var help: String { CLIText.dayInputHelp }

    /// Today for the date words of option values, which are read before a command runs: set from
    /// `$MARSHRUT_TODAY` (or the clock) for each command line.
    @TaskLocal static var today = Day.today()

    /// `03.12.2026`, as Russian documents and people write a day.
    static func russian(_ text: String) -> Day? { DayWords.russian(text) }

    /// The day typed words name.
    ///
    /// - Parameter checked: whether the day must fall within the accepted years; an option's
    ///   value leaves that to the model, which names the field it refuses.
    static func parse(_ text: String, today: Day, checked: Bool = true) throws -> Day {
        do {
            return try DayWords.parse(text, today: today, checked: checked)
        } catch {
            throw CLIError(CLIText.dayWords(error))
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
