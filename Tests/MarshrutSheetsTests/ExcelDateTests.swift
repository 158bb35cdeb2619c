import Testing

@testable import MarshrutSheets

struct ExcelDateTests {
    @Test(arguments: [
        (45292.0, "2024-01-01"), (1.0, "1900-01-01"), (59.0, "1900-02-28"), (61.0, "1900-03-01"), (25569.0, "1970-01-01"),
        (36204.75, "1999-02-13"),
    ])
    func readsThe1900System(serial: Double, expected: String) throws {
        let date = try #require(ExcelDate.day(serial: serial))
        #expect(format(date) == expected)
    }

    @Test func refusesTheDayThatNeverWas() {
        // Serial 60 is 29 February 1900, which Excel counts and the calendar does not.
        #expect(ExcelDate.day(serial: 60) == nil)
        #expect(ExcelDate.day(serial: 0) == nil)
        #expect(ExcelDate.day(serial: -1) == nil)
    }

    @Test func readsThe1904System() throws {
        #expect(format(try #require(ExcelDate.day(serial: 0, uses1904: true))) == "1904-01-01")
        #expect(format(try #require(ExcelDate.day(serial: 43830, uses1904: true))) == "2024-01-01")
    }

    func format(_ date: (year: Int, month: Int, day: Int)) -> String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date.year)-\(pad(date.month))-\(pad(date.day))"
    }
}
