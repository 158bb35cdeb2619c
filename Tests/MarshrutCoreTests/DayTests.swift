import Foundation
import MarshrutCore
import MarshrutTestSupport
import Testing

struct DayTests {
    @Test(arguments: [
        ("2023-01-01", 2023, 1, 1),
        ("2024-02-29", 2024, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        ("2400-02-29", 2400, 2, 29),
        ("0001-01-01", 1, 1, 1),
        ("9999-12-31", 9999, 12, 31),
        ("2023-04-30", 2023, 4, 30),
    ])
    func parsesRealDays(text: String, year: Int, month: Int, dayOfMonth: Int) throws {
        let parsed = try Day(parsing: text)
        #expect(parsed.year == year)
        #expect(parsed.month == month)
        #expect(parsed.day == dayOfMonth)
        #expect(parsed.description == text)
    }

    @Test(arguments: [
        "2023-13-01", "2023-00-10", "2023-02-30", "2023-02-29", "1900-02-29", "2100-02-29", "2023-04-31",
        "2023-01-32", "2023-01-00", "0000-01-01", "2023-2-1", "2023-02-1", "23-02-01", "20230201",
        "2023/02/01", "2023-02-01T10:00", " 2023-02-01", "2023-02-01 ", "первое сентября", "text", "",
        "2023--01", "2023-01-01-01",
    ])
    func refusesWhatIsNotADay(text: String) {
        #expect(throws: ModelError.self) { try Day(parsing: text) }
    }

    @Test func refusalSaysHowToWriteADay() {
        let error = refusal { _ = try Day(parsing: "2023-02-30") }
        #expect(error?.reasons == [.notADate("2023-02-30")])
    }

    /// `Int("+1")` is 1: a sign must not slip through the two-digit check.
    @Test(arguments: ["2023-+1-01", "2023-01-+1", "+999-01-01", "-999-01-01", "2023-0x-01"])
    func refusesSignedNumbers(text: String) {
        #expect(throws: ModelError.self) { try Day(parsing: text) }
    }

    @Test(arguments: [(2023, 2, 29), (2023, 13, 1), (2023, 0, 1), (0, 1, 1), (10_000, 1, 1), (2023, 6, 31)])
    func memberwiseInitRefusesNoDay(year: Int, month: Int, dayOfMonth: Int) {
        #expect(Day(year: year, month: month, day: dayOfMonth) == nil)
    }

    @Test func descriptionPadsEveryField() throws {
        let early = try #require(Day(year: 5, month: 3, day: 7))
        #expect(early.description == "0005-03-07")
        #expect(try Day(parsing: early.description) == early)
    }

    @Test(arguments: [
        ("1970-01-01", 0),
        ("1969-12-31", -1),
        ("2000-03-01", 11_017),
        ("2022-09-01", 19_236),
        ("0001-01-01", -719_162),
        ("9999-12-31", 2_932_896),
    ])
    func ordinalCountsDaysFromTheEpoch(text: String, ordinal: Int) throws {
        let parsed = try Day(parsing: text)
        #expect(parsed.ordinal == ordinal)
        #expect(Day(ordinal: ordinal) == parsed)
    }

    /// Walks every day of 1599–2401 by the calendar's own rules, independently of `Day`.
    @Test func ordinalRoundTripsOverFourCenturiesOfLeapYears() throws {
        func length(_ month: Int, _ year: Int) -> Int {
            let leap = year % 400 == 0 || (year % 4 == 0 && year % 100 != 0)
            return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        }
        var expected = try Day(parsing: "1599-01-01").ordinal
        var mismatches = 0
        for year in 1599...2401 {
            for month in 1...12 {
                for dayOfMonth in 1...length(month, year) {
                    let value = try #require(Day(year: year, month: month, day: dayOfMonth))
                    if value.ordinal != expected || Day(ordinal: expected) != value { mismatches += 1 }
                    expected += 1
                }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func ordinalRoundTripsAcrossTheWholeRange() throws {
        let first = try Day(parsing: "0001-01-01").ordinal
        let last = try Day(parsing: "9999-12-31").ordinal
        for ordinal in stride(from: first, through: last, by: 997) {
            let value = Day(ordinal: ordinal)
            #expect(value.ordinal == ordinal)
            #expect(try Day(parsing: value.description) == value)
        }
        #expect(Day(ordinal: last).description == "9999-12-31")
    }

    @Test(arguments: [
        ("2023-01-01", "2024-01-01", 365),
        ("2024-01-01", "2025-01-01", 366),
        ("2024-02-28", "2024-03-01", 2),
        ("2023-02-28", "2023-03-01", 1),
        ("2023-09-01", "2023-09-01", 0),
        ("2025-01-01", "2024-01-01", -366),
        ("1900-01-01", "2000-01-01", 36_524),
        ("2000-01-01", "2100-01-01", 36_525),
    ])
    func countsDaysBetween(from: String, to: String, days: Int) {
        #expect(day(from).days(to: day(to)) == days)
        #expect(day(to).days(to: day(from)) == -days)
    }

    @Test(arguments: [
        ("2023-12-31", 1, "2024-01-01"),
        ("2024-02-28", 1, "2024-02-29"),
        ("2023-02-28", 1, "2023-03-01"),
        ("2024-03-01", -1, "2024-02-29"),
        ("2023-03-01", -1, "2023-02-28"),
        ("2022-09-01", 365, "2023-09-01"),
        ("2023-09-01", 366, "2024-09-01"),
        ("2023-09-01", 0, "2023-09-01"),
        ("1970-01-01", -1, "1969-12-31"),
    ])
    func addsDays(start: String, days: Int, result: String) {
        #expect(day(start).adding(days: days) == day(result))
    }

    @Test(arguments: [
        ("2023-01-31", 1, "2023-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2023-03-31", -1, "2023-02-28"),
        ("2023-10-31", 1, "2023-11-30"),
        ("2023-08-31", 1, "2023-09-30"),
        ("2023-11-15", 2, "2024-01-15"),
        ("2024-01-15", -1, "2023-12-15"),
        ("2024-01-15", -13, "2022-12-15"),
        ("2023-05-31", 12, "2024-05-31"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-02-29", 48, "2028-02-29"),
        ("2022-09-01", 3, "2022-12-01"),
        ("2022-09-01", 0, "2022-09-01"),
    ])
    func addsMonthsClampingToTheMonthsEnd(start: String, months: Int, result: String) {
        #expect(day(start).adding(months: months) == day(result))
    }

    @Test func addsYearsAsTwelveMonths() {
        #expect(day("2024-02-29").adding(years: 1) == day("2025-02-28"))
        #expect(day("2024-02-29").adding(years: 4) == day("2028-02-29"))
        #expect(day("2022-09-01").adding(years: 5) == day("2027-09-01"))
    }

    @Test(arguments: [
        ("2023-09-01", 2023),
        ("2023-08-31", 2022),
        ("2023-12-31", 2023),
        ("2024-01-15", 2023),
        ("2024-05-31", 2023),
        ("2024-01-01", 2023),
    ])
    func schoolYearBeginsOnTheFirstOfSeptember(text: String, year: Int) {
        #expect(day(text).schoolYear == year)
    }

    @Test func schoolYearBoundsContainTheirDays() {
        #expect(Day.schoolYearStart(2023) == day("2023-09-01"))
        #expect(Day.schoolYearEnd(2023) == day("2024-08-31"))
        #expect(Day.schoolYearStart(2023).schoolYear == 2023)
        #expect(Day.schoolYearEnd(2023).schoolYear == 2023)
        #expect(Day.schoolYearEnd(2023).adding(days: 1) == Day.schoolYearStart(2024))
    }

    @Test func comparesInCalendarOrder() {
        let sorted = ["2023-10-01", "2023-09-30", "2022-12-31", "2023-09-01"].map(day).sorted()
        #expect(sorted.map(\.description) == ["2022-12-31", "2023-09-01", "2023-09-30", "2023-10-01"])
    }

    @Test func codesAsItsText() throws {
        let data = try JSONEncoder().encode([day("2023-09-01")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2023-09-01"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: data) == [day("2023-09-01")])
        #expect(throws: (any Error).self) { try JSONDecoder().decode([Day].self, from: Data(#"["2023-02-30"]"#.utf8)) }
    }
}

/// Date arithmetic saturates at the readable days instead of trapping.
struct DayArithmeticTests {
    @Test(arguments: [Int.max, Int.min, Int.max / 2, Int.min / 2, 10_000_000, -10_000_000])
    func addingNeverTraps(_ n: Int) {
        let day = day("2026-11-28")
        for result in [day.adding(days: n), day.adding(months: n), day.adding(years: n)] {
            #expect(Day.readableYears.contains(result.year))
            #expect((try? Day(parsing: result.description)) == result, "\(result) reads back")
        }
        #expect(day.adding(days: n) == (n > 0 ? Day.latest : Day.earliest))
    }

    @Test(arguments: [Int.max, Int.min, 0, 2_932_897, -719_163])
    func anyOrdinalGivesAReadableDay(_ ordinal: Int) {
        let result = Day(ordinal: ordinal)
        #expect((try? Day(parsing: result.description)) == result)
    }

    @Test func monthsBeforeYearOneSaturate() {
        #expect(day("0001-03-15").adding(months: -3) == Day.earliest)
        #expect(day("2026-01-31").adding(months: -1) == day("2025-12-31"))
        #expect(day("2026-01-31").adding(months: 1) == day("2026-02-28"))
    }

    @Test func onlyTheAcceptedYearsEnterTheModel() throws {
        var route = Fixture.route(stage: .roadmap)
        route.end = day("2205-05-31")
        let error = try #require(refusal { try route.validate() })
        #expect(error.paths.contains("end"))
        #expect(error.problems.contains { $0.path == "end" && $0.reason == .dayOutOfRange(day("2205-05-31")) })
    }
}
