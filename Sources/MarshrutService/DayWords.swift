import Foundation
import MarshrutCore

/// Days as a person types them, in any front end: `2024-03-15`, `15.03.2024`, `today`,
/// `yesterday`, `сегодня`, `вчера`, `позавчера`, or an offset back from today such as `-3d`
/// or `-2w`.
///
/// ```swift
/// try DayWords.parse("вчера", today: Day(2026, 12, 4))   // 2026-12-03
/// ```
public enum DayWords {
    /// The longest offset back from today a person may type: a hundred years.
    public static let maximumOffsetDays = 36_525

    /// The day the words name.
    ///
    /// - Parameter checked: whether the day must fall within the accepted years; a value the
    ///   model checks itself may leave that to the model, which names the field it refuses.
    /// - Throws: ``DayWordsError`` naming the text that is not a day.
    public static func parse(_ text: String, today: Day, checked: Bool = true) throws(DayWordsError) -> Day {
        let word = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
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
            default: throw .notADay(text)
            }
            guard days <= maximumOffsetDays else { throw .offsetTooLarge(text, maximum: maximumOffsetDays) }
            return try accepted(today.adding(days: -days), text, checked)
        }
        guard let day = russian(word) ?? (try? Day(parsing: word)) else { throw .notADay(text) }
        return try accepted(day, text, checked)
    }

    /// `03.12.2026`, as Russian documents and people write a day.
    public static func russian(_ text: String) -> Day? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4 else { return nil }
        return try? Day(parsing: "\(parts[2])-\(parts[1])-\(parts[0])")
    }

    private static func accepted(_ day: Day, _ text: String, _ checked: Bool) throws(DayWordsError) -> Day {
        guard day.isAccepted || !checked else { throw .outOfRange(text) }
        return day
    }
}

/// Why typed words name no day, as data: the front end chooses the words.
public enum DayWordsError: Error, Sendable, Hashable {
    /// Not a date nor a date word.
    case notADay(String)
    /// An offset further back than the front ends accept.
    case offsetTooLarge(String, maximum: Int)
    /// A real date outside the years Marshrut accepts.
    case outOfRange(String)
}
