import MarshrutCore

/// A school year: from 1 September of `year` to 31 August of the next year.
///
/// ```swift
/// let year = SchoolYear(2025)
/// year.title                                   // "2025/26"
/// year.contains(try Day(parsing: "2026-05-31")) // true
/// ```
public struct SchoolYear: Sendable, Hashable, Encodable {
    /// The year in which the school year began.
    public let year: Int
    public let start: Day
    public let end: Day
    /// `2025/26`.
    public let title: String

    public init(_ year: Int) {
        self.year = year
        start = Day.schoolYearStart(year)
        end = Day.schoolYearEnd(year)
        let next = (year + 1) % 100
        title = "\(year)/\(next < 10 ? "0" : "")\(next)"
    }

    /// The school year a day falls in.
    public init(containing day: Day) {
        self.init(day.schoolYear)
    }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// Whether the period from `first` to `last` (both included) shares a day with the year.
    public func overlaps(from first: Day, to last: Day) -> Bool { first <= end && last >= start }
}
