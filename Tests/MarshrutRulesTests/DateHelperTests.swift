import MarshrutCore
import MarshrutRules
import Testing

/// The `date` table a script sees, tested through scripts that flag the results.
struct DateHelperTests {
    static let subject = SubjectReference(.route, "kuznetsov-2024")

    @Test(arguments: [
        // date.days: from a to b, negative backwards, across leap days and centuries
        ("date.days('2023-01-01', '2023-01-01')", "0"),
        ("date.days('2023-01-01', '2023-12-31')", "364"),
        ("date.days('2024-01-01', '2025-01-01')", "366"),
        ("date.days('2024-02-28', '2024-03-01')", "2"),
        ("date.days('2023-02-28', '2023-03-01')", "1"),
        ("date.days('2023-03-01', '2023-02-28')", "-1"),
        ("date.days('1900-02-28', '1900-03-01')", "1"),
        ("date.days('2000-02-28', '2000-03-01')", "2"),
        ("math.type(date.days('2022-09-01', '2027-05-31'))", "integer"),
        // date.add_days
        ("date.add_days('2023-12-31', 1)", "2024-01-01"),
        ("date.add_days('2024-02-28', 1)", "2024-02-29"),
        ("date.add_days('2023-02-28', 1)", "2023-03-01"),
        ("date.add_days('2024-03-01', -1)", "2024-02-29"),
        ("date.add_days('2026-11-28', 0)", "2026-11-28"),
        ("date.add_days('2022-09-01', 1733)", "2027-05-31"),
        ("date.add_days('2022-09-01', 2.0)", "2022-09-03"),
        // date.add_months: the day is clamped to the target month's length
        ("date.add_months('2023-01-31', 1)", "2023-02-28"),
        ("date.add_months('2024-01-31', 1)", "2024-02-29"),
        ("date.add_months('2023-03-31', 1)", "2023-04-30"),
        ("date.add_months('2023-03-31', -1)", "2023-02-28"),
        ("date.add_months('2023-11-15', 2)", "2024-01-15"),
        ("date.add_months('2024-01-15', -13)", "2022-12-15"),
        ("date.add_months('2024-02-29', 12)", "2025-02-28"),
        ("date.add_months('2000-02-29', 48)", "2004-02-29"),
        ("date.add_months('2022-09-01', 0)", "2022-09-01"),
        // date.year and date.school_year (the year the school year containing the day began)
        ("date.year('2026-11-28')", "2026"),
        ("math.type(date.year('2026-11-28'))", "integer"),
        ("date.school_year('2023-08-31')", "2022"),
        ("date.school_year('2023-09-01')", "2023"),
        ("date.school_year('2024-01-15')", "2023"),
        ("date.school_year('2024-12-31')", "2024"),
        // results compose and compare as strings
        ("tostring(date.add_days(ctx.today, 1) > ctx.today)", "true"),
        ("date.days(ctx.today, date.add_months(ctx.today, 1))", "30"),
    ])
    func helperAnswers(_ expression: String, _ expected: String) throws {
        let found = try probe(Self.subject, "ctx.flag(tostring(\(expression)))")
        #expect(found == [expected])
    }

    @Test func helpersAgreeWithTheModelsCalendar() throws {
        let catalog = try Sample.catalog()
        let today = try day(Sample.today)
        let folder = try ScriptFolder()
        try folder.write(
            "dates.lua",
            monitorScript(
                id: "dates",
                body: """
                    ctx.flag(subject.id .. " " .. date.days(subject.start, subject["end"]) .. " " .. date.days(subject.start, ctx.today)
                      .. " " .. date.add_days(subject.start, date.days(subject.start, subject["end"])))
                    """))
        let report = try folder.engine().check(catalog, today: today)
        #expect(report.errors.isEmpty)
        #expect(
            report.findings.map(\.message)
                == catalog.routes.map {
                    "\($0.id) \($0.end.ordinal - $0.start.ordinal) \(today.ordinal - $0.start.ordinal) \($0.end)"
                })
    }

    @Test(arguments: [
        ("date.days('2023-13-01', '2023-01-01')", "not a date: \"2023-13-01\""),
        ("date.days('01.09.2023', '2023-01-01')", "not a date: \"01.09.2023\""),
        ("date.add_days(20230901, 1)", "expected a date \"YYYY-MM-DD\", got number"),
        ("date.add_days('2023-09-01', 1.5)", "days must be a whole number, got 1.5"),
        ("date.add_months('2023-09-01', 'one')", "months must be a whole number, got one"),
        ("date.year(nil)", "expected a date \"YYYY-MM-DD\", got nil"),
    ])
    func helperRejectsBadInputAtTheCallersLine(_ expression: String, _ message: String) throws {
        let folder = try ScriptFolder()
        let path = try folder.write(
            "dates.lua",
            monitorScript(
                id: "dates",
                body: """
                    local x = 1
                    return tostring(\(expression))
                    """))
        let report = try folder.engine().check(try Sample.catalog(), today: try day(Sample.today), only: Self.subject)
        #expect(report.findings.isEmpty)
        let error = try #require(report.errors.only, "\(report.errors)")
        #expect(error.rule == "dates")
        #expect(error.error.contains(message), "\(error.error)")
        // The check body starts on line 6; the bad call is on line 7.
        #expect(error.source == path + ":7")
    }

    @Test(arguments: ["2023-02-30", "2023-04-31", "2023-02-29"])
    func helperRejectsDaysTheMonthDoesNotHave(_ impossible: String) throws {
        let folder = try ScriptFolder()
        try folder.write("dates.lua", monitorScript(id: "dates", body: "return date.add_days('\(impossible)', 0)"))
        let report = try folder.engine().check(try Sample.catalog(), today: try day(Sample.today), only: Self.subject)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        #expect(report.errors.only?.error.contains("not a date: \"\(impossible)\"") == true, "\(report.errors)")
    }
}
