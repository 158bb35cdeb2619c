import Foundation
import MarshrutCLI
import Testing

/// Nothing a user types or sets in the environment can trap the program or store a date the
/// store cannot read back.
struct DataSafetyTests {
    @Test(arguments: [
        ["route", "new", "far-2199", "--teacher", "fomina", "--tutor", "kovaleva", "--start", "2199-09-01"],
        ["route", "new", "far-9999", "--teacher", "fomina", "--tutor", "kovaleva", "--start", "9999-01-01"],
        ["route", "new", "far-0001", "--teacher", "fomina", "--tutor", "kovaleva", "--start", "0001-01-01"],
        ["route", "activity", "antonova-2026", "--kind", "trial", "--title", "x", "--due", "9999-12-31", "--addresses", "d1"],
        ["program", "new", "--mentor", "zaitsev", "--mentee", "fomina", "--form", "traditional", "--start", "9999-01-01", "--end", "9999-06-01"],
        ["person", "consent", "fomina", "--kind", "duties", "--date", "1000-01-01"],
        ["reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "3", "--date", "-9223372036854775807d", "Текст"],
        ["reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "3", "--date", "-1317624576693539401w", "Текст"],
        ["reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "3", "--date", "-36526d", "Текст"],
        ["journal", "--from", "-99999999999999w"],
        ["report", "--year=-9223372036854775808", "--format", "json"], ["report", "--year", "9223372036854775807", "--format", "json"],
    ])
    func aDateOutOfRangeIsRefusedAndTheStoreStaysReadable(_ arguments: [String]) throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let outcome = box.run(arguments)
        #expect(outcome.status != 0, "\(arguments) was accepted: \(outcome.output)")
        #expect(outcome.errors.contains("out of range") || outcome.errors.contains("too far")
                || outcome.errors.contains("not a date") || outcome.errors.contains("before route"), "\(outcome.errors)")
        #expect(box.dump() == before)
        for listing in [["route", "list"], ["export"], ["journal"], ["person", "list"]] {
            #expect(box.run(listing).status == 0, "\(listing) after \(arguments)")
        }
    }

    @Test func aHundredYearsBackIsTheLongestOffset() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["journal", "--from", "-36525d"]).status == 0)
        #expect(box.run(["journal", "--from", "-5217w"]).status == 0)
        let far = box.run(["journal", "--from", "-5218w"])
        #expect(far.status != 0)
        #expect(far.errors.contains("at most 36525 days"), "\(far.errors)")
    }

    @Test(arguments: ["3000000", "inf", "-inf", "nan", "abc", "-1", "", "1e309", "30s"])
    func aBadBusyTimeoutNamesTheVariable(_ value: String) throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = Marshrut.run(["--db", box.db, "route", "list"],
                                   environment: ["MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_BUSY_TIMEOUT": value])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("MARSHRUT_BUSY_TIMEOUT="), "\(outcome.errors)")
        #expect(outcome.errors.contains("from 0 to 3600"))
    }

    @Test func aGoodBusyTimeoutIsTaken() throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = Marshrut.run(["--db", box.db, "route", "list"],
                                   environment: ["MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_BUSY_TIMEOUT": " 2.5 "])
        #expect(outcome.status == 0, "\(outcome.errors)")
    }

    @Test(arguments: [("MARSHRUT_TODAY", "9999-01-01", "out of range"), ("MARSHRUT_TODAY", "tomorrow", "MARSHRUT_TODAY"),
                      ("MARSHRUT_LANG", "klingon", "MARSHRUT_LANG=klingon")])
    func otherBadValuesNameTheirVariable(_ name: String, _ value: String, _ fragment: String) throws {
        let box = try Sandbox()
        try box.importSample()
        var environment = ["MARSHRUT_TODAY": "2026-11-28"]
        environment[name] = value
        let outcome = Marshrut.run(["--db", box.db, "route", "list"], environment: environment)
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains(fragment), "\(outcome.errors)")
    }
}
