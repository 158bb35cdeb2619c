/// A calendar day with no time of day and no time zone, written `YYYY-MM-DD`.
///
/// Every date in the model is a `Day`: route and program periods, due dates,
/// consents, reflections. Arithmetic is on the proleptic Gregorian calendar.
///
/// ```swift
/// let start = try Day(parsing: "2022-09-01")
/// start.adding(years: 4)   // 2026-09-01
/// start.schoolYear         // 2022
/// ```
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a date in the model may have: anything a school plans falls within them, and a
    /// date outside is a typo or an overflow. Checked wherever a date enters the model
    /// (``isAccepted``); stored dates are read back over the wider ``readableYears``.
    public static let acceptedYears = 1900...2200
    /// The years `YYYY-MM-DD` can write and read back.
    public static let readableYears = 1...9999
    /// The earliest and latest readable days: arithmetic saturates at them instead of trapping.
    public static let earliest = Day(unchecked: 1, 1, 1)
    public static let latest = Day(unchecked: 9999, 12, 31)

    /// Whether the day is within ``acceptedYears``.
    public var isAccepted: Bool { Day.acceptedYears.contains(year) }

    /// Creates a day, or returns `nil` when the three numbers name no real day.
    public init?(year: Int, month: Int, day: Int) {
        guard Day.readableYears.contains(year), (1...12).contains(month),
            (1...Day.length(ofMonth: month, in: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// - Throws: `ModelError` saying what was expected when the text is not a real day.
    public init(parsing text: String) throws(ModelError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "-" }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            let value = Day(year: y, month: m, day: d)
        else {
            throw ModelError(.notADate(text))
        }
        self = value
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days since 1970-01-01 (negative before it).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day with the given ordinal (days since 1970-01-01), kept within the readable days.
    public init(ordinal: Int) {
        let z = min(max(ordinal, Day.earliestOrdinal), Day.latestOrdinal) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    /// Adds days; saturates at ``earliest`` and ``latest`` however large `days` is.
    public func adding(days: Int) -> Day {
        let (sum, overflow) = ordinal.addingReportingOverflow(days)
        return overflow ? (days < 0 ? .earliest : .latest) : Day(ordinal: sum)
    }

    /// Adds calendar months, clamping to the end of a shorter month (01-31 + 1 month → 02-28);
    /// saturates at ``earliest`` and ``latest`` however large `months` is.
    public func adding(months: Int) -> Day {
        let (total, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        guard !overflow else { return months < 0 ? .earliest : .latest }
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        guard y >= Day.readableYears.lowerBound else { return .earliest }
        guard y <= Day.readableYears.upperBound else { return .latest }
        let m = total - y * 12 + 1
        let d = min(day, Day.length(ofMonth: m, in: y))
        return Day(unchecked: y, m, d)
    }

    public func adding(years: Int) -> Day {
        let (months, overflow) = years.multipliedReportingOverflow(by: 12)
        return overflow ? (years < 0 ? .earliest : .latest) : adding(months: months)
    }

    /// The year in which the school year containing this day began (it begins on 1 September).
    public var schoolYear: Int { month >= 9 ? year : year - 1 }

    /// The first day of the school year that began in `year`.
    public static func schoolYearStart(_ year: Int) -> Day { Day(unchecked: year, 9, 1) }

    /// The last day of the school year that began in `year`.
    public static func schoolYearEnd(_ year: Int) -> Day { Day(unchecked: year + 1, 8, 31) }

    private static let earliestOrdinal = -719_162  // 0001-01-01
    private static let latestOrdinal = 2_932_896  // 9999-12-31

    static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try Day(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
