import MarshrutCore
import MarshrutTestSupport
import Testing

struct InvalidProgram: Sendable, CustomTestStringConvertible {
    var name: String
    var program: Program
    var path: String
    var reason: Problem.Reason
    var testDescription: String { name }
}

struct ProgramTests {
    static let valid: [(String, Program)] = [
        ("the fixture", Fixture.program()),
        ("exactly 3 months", Fixture.program(end: day("2022-12-01"))),
        ("exactly 12 months", Fixture.program(end: day("2023-09-01"))),
        ("3 months from 30 November", Fixture.program(start: day("2022-11-30"), end: day("2023-02-28"), indicators: [])),
        ("a group", Fixture.program(mentors: ["safronova", "grishina"], mentees: ["ivanova", "romanova"])),
        ("a draft with no activities or indicators", Fixture.program(status: .draft, activities: [], indicators: [])),
        (
            "an indicator on the first day",
            Fixture.program(indicators: [
                Indicator(name: "adaptation", date: day("2022-09-01"), value: 0.5)
            ])
        ),
    ]

    static let invalid: [InvalidProgram] = [
        InvalidProgram(
            name: "2 months", program: Fixture.program(end: day("2022-11-01")), path: "end",
            reason: .programLength(start: day("2022-09-01"), end: day("2022-11-01"), earliest: day("2022-12-01"), latest: day("2023-09-01"))),
        InvalidProgram(
            name: "3 months less a day", program: Fixture.program(end: day("2022-11-30")), path: "end",
            reason: .programLength(start: day("2022-09-01"), end: day("2022-11-30"), earliest: day("2022-12-01"), latest: day("2023-09-01"))),
        InvalidProgram(
            name: "12 months and a day", program: Fixture.program(end: day("2023-09-02")), path: "end",
            reason: .programLength(start: day("2022-09-01"), end: day("2023-09-02"), earliest: day("2022-12-01"), latest: day("2023-09-01"))),
        InvalidProgram(
            name: "13 months", program: Fixture.program(end: day("2023-10-01")), path: "end",
            reason: .programLength(start: day("2022-09-01"), end: day("2023-10-01"), earliest: day("2022-12-01"), latest: day("2023-09-01"))),
        InvalidProgram(
            name: "no mentor", program: Fixture.program(mentors: []), path: "mentors",
            reason: .mentorRequired),
        InvalidProgram(
            name: "no mentee", program: Fixture.program(mentees: []), path: "mentees",
            reason: .menteeRequired),
        InvalidProgram(
            name: "the same person as mentor and mentee",
            program: Fixture.program(mentors: ["ivanova"], mentees: ["ivanova"]), path: "mentees[0]",
            reason: .mentorAndMentee("ivanova")),
        InvalidProgram(
            name: "a mentee listed twice", program: Fixture.program(mentees: ["ivanova", "ivanova"]),
            path: "mentees", reason: .menteeListedTwice),
        InvalidProgram(
            name: "duplicate activity ids",
            program: Fixture.program(activities: [
                Activity(id: "a1", kind: .measure, title: "Встреча", due: day("2022-10-01")),
                Activity(id: "a1", kind: .trial, title: "Урок", due: day("2022-11-01")),
            ]), path: "activities[1].id", reason: .programActivityIDTwice("a1")),
        InvalidProgram(
            name: "an indicator before the start",
            program: Fixture.program(indicators: [
                Indicator(name: "adaptation", date: day("2022-08-31"), value: 0.5)
            ]), path: "indicators[0].date",
            reason: .indicatorBeforeStart(day("2022-08-31"), start: day("2022-09-01"))),
        InvalidProgram(
            name: "an indicator with a free-text name",
            program: Fixture.program(indicators: [
                Indicator(name: "Доля сдавших ОГЭ", date: day("2023-01-31"), value: 0.5)
            ]), path: "indicators[0].name",
            reason: .invalidIndicatorName("Доля сдавших ОГЭ", examples: Indicator.commonNames)),
        InvalidProgram(
            name: "an indicator that is not a number",
            program: Fixture.program(indicators: [
                Indicator(name: "adaptation", date: day("2023-01-31"), value: .nan)
            ]), path: "indicators[0].value",
            reason: .valueNotANumber),
        InvalidProgram(
            name: "a course without hours",
            program: Fixture.program(activities: [
                Activity(id: "a1", kind: .course, title: "Курс", due: day("2022-12-01"))
            ]), path: "activities[0].hours",
            reason: .courseNeedsHours),
        InvalidProgram(
            name: "no form",
            program: {
                var p = Fixture.program()
                p.forms = []
                return p
            }(), path: "forms", reason: .formRequired),
        InvalidProgram(
            name: "a bad id",
            program: {
                var p = Fixture.program()
                p.id = "Программа 1"
                return p
            }(), path: "id", reason: .invalidID("Программа 1")),
    ]

    @Test(arguments: valid)
    func acceptsValidProgram(name: String, program: Program) {
        #expect(refusal { try program.validate() } == nil, "\(name)")
    }

    @Test(arguments: invalid)
    func refusesInvalidProgramNamingThePathAndTheFix(_ example: InvalidProgram) throws {
        let error = try #require(refusal { try example.program.validate() })
        #expect(error.paths == [example.path], "exactly one problem, at \(example.path): \(error)")
        let problem = try #require(error.problems.first)
        #expect(problem.subject == SubjectReference(.program, example.program.id))
        #expect(problem.reason == example.reason)
    }

    @Test func recordingAnIndicatorAppends() throws {
        var program = Fixture.program()
        try program.record(Indicator(name: "adaptation", date: day("2023-01-31"), value: 0.7))
        #expect(program.indicators.map(\.name) == ["exam-pass-rate", "adaptation"])
    }

    @Test func refusedIndicatorLeavesTheProgramUnchanged() {
        var program = Fixture.program()
        let before = program
        let error = refusal { try program.record(Indicator(name: "adaptation", date: day("2022-01-01"), value: 0.7)) }
        #expect(error?.paths == ["indicators[1].date"])
        #expect(program == before)
    }

    @Test func aProgramWithMoreThanOneMemberOnASideIsAGroup() {
        #expect(!Fixture.program().isGroup)
        #expect(Fixture.program(mentees: ["ivanova", "romanova"]).isGroup)
        #expect(Fixture.program(mentors: ["safronova", "grishina"]).isGroup)
    }
}
