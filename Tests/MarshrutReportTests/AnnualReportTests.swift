import MarshrutCore
import MarshrutReport
import MarshrutTestSupport
import MarshrutText
import Testing

/// The figures of `Fixture` for 2025/26, worked out by hand.
struct AnnualReportTests {
    let report = Fixture.report()

    @Test func spansTheSchoolYearFromSeptemberToAugust() {
        #expect(report.schoolYear.start == day("2025-09-01"))
        #expect(report.schoolYear.end == day("2026-08-31"))
        #expect(report.schoolYear.title == "2025/26")
        #expect(SchoolYear(containing: day("2026-08-31")).year == 2025)
        #expect(SchoolYear(2009).title == "2009/10")
    }

    @Test func countsBanksOnTheLastDayOfTheYear() {
        let overview = report.overview
        #expect(overview.mentorBank.asOf == day("2026-08-31"))
        // grishina; zaitsev consented only in September 2026.
        #expect(overview.mentorBank.members == 1)
        #expect(overview.mentorBank.joined == 0)
        // ivanova, who consented on 10.09.2025.
        #expect(overview.menteeBank.members == 1)
        #expect(overview.menteeBank.joined == 1)
    }

    @Test func countsBanksOnTodayWhileTheYearRuns() {
        let running = AnnualReport(catalog: Fixture.catalog(), year: 2025, today: day("2025-09-05"))
        #expect(running.overview.menteeBank.asOf == day("2025-09-05"))
        #expect(running.overview.menteeBank.members == 0)
    }

    @Test func leavesErasedPersonsOutOfTheBanks() {
        var persons = Fixture.persons
        persons[0] = persons[0].erasingPersonalData()
        let report = Fixture.report(Fixture.catalog(persons: persons))
        #expect(report.overview.mentorBank.members == 0)
    }

    @Test func separatesPairsFromGroupsAmongProgramsThatWorked() {
        let overview = report.overview
        #expect(overview.pairs == 1)
        #expect(overview.groups == 1)
        #expect(overview.programs.map(\.id) == ["prog-2025-01", "prog-2025-02"])
        #expect(overview.programs.map(\.isGroup) == [false, true])
        #expect(overview.programs[0].mentees.map(\.name) == ["Иванова Мария Петровна"])
    }

    @Test func countsProgramsByFormAndByStatus() {
        let forms = Dictionary(uniqueKeysWithValues: report.overview.programsByForm.map { ($0.code, $0.count) })
        #expect(
            forms == [
                "traditional": 1, "teacher-teacher": 1, "group": 1, "virtual": 1,
                "reverse": 0, "situational": 0, "speed": 0, "short-term": 0, "head-teacher": 0,
            ])
        #expect(report.overview.programsByForm.map(\.code) == MentoringForm.allCases.map(\.rawValue))
        #expect(report.overview.programsByForm.first?.title == "традиционная")
        let statuses = report.overview.programsByStatus.map { "\($0.code)=\($0.count)" }
        #expect(statuses == ["draft=1", "active=1", "completed=1", "cancelled=1"])
    }

    @Test func countsRoutesByStep() {
        #expect(report.overview.routes == 2)
        let stages = report.overview.routesByStage.filter { $0.count > 0 }.map { "\($0.code)=\($0.count)" }
        #expect(stages == ["deficits=1", "implementation=1"])
    }

    @Test func countsDeficitsAtTheStartAndOvercomePerArea() {
        let byArea = Dictionary(
            uniqueKeysWithValues: report.deficits.byArea.map {
                ($0.area, [$0.atStart, $0.added, $0.overcome, $0.remaining])
            })
        #expect(byArea["ict"] == [1, 1, 1, 1])
        #expect(byArea["methodological"] == [1, 0, 0, 1])
        #expect(byArea["subject"] == [1, 0, 1, 0])
        #expect(byArea["psychological-pedagogical"] == [0, 1, 1, 0])
        #expect(byArea["upbringing"] == [0, 0, 0, 0])
        #expect(report.deficits.byArea.count == CompetencyArea.allCases.count)
        let total = report.deficits.total
        #expect([total.atStart, total.added, total.overcome, total.remaining] == [3, 2, 3, 2])
        // d4 was closed by a final reflection before the year began.
        #expect(!report.deficits.list.contains { $0.route == "ivanova-2024" && $0.deficit == "d4" })
        let d1 = report.deficits.list.first { $0.route == "ivanova-2024" && $0.deficit == "d1" }
        #expect(d1?.closedOn == day("2026-05-20"))
    }

    @Test func followsEachIndicatorInDateOrder() throws {
        #expect(report.indicators.map(\.program) == ["prog-2025-01", "prog-2025-02"])
        let pair = report.indicators[0]
        #expect(pair.series.map(\.name) == ["exam-pass-rate", "adaptation"])
        let exams = pair.series[0]
        #expect(exams.values.map(\.value) == [0.58, 0.75, 0.83])
        #expect(exams.first == 0.58)
        #expect(exams.last == 0.83)
        #expect(exams.change == 0.25)
        #expect(exams.title == "доля обучающихся, успешно прошедших ВПР/ОГЭ/ЕГЭ")
        let adaptation = pair.series[1]
        #expect(adaptation.values.count == 1)
        #expect(adaptation.change == nil)
        #expect(report.indicators[1].series.isEmpty)
    }

    @Test func ordersFindingsGravestFirstAndCountsThem() {
        #expect(report.findings.total == 3)
        #expect(report.findings.bySeverity.map { "\($0.code)=\($0.count)" } == ["critical=1", "warning=2", "info=0"])
        #expect(
            report.findings.byRule.map { "\($0.rule)/\($0.severity)=\($0.count)" }
                == ["no-indicators/critical=1", "overdue-activity/warning=2"])
        #expect(report.findings.list.map(\.id) == ["prog-2025-02", "ivanova-2024", "zaitsev-2026"])
    }

    @Test func namesWhoMeetsAnIncentiveCriterion() {
        #expect(report.awards.count == 1)
        #expect(report.awards[0].name == "Гришина Валентина Петровна")
        #expect(report.awards[0].reason == "три завершённые программы")
    }

    @Test func collectsTheYearsProductsFromRoutesAndPrograms() {
        let products = report.products
        #expect(products.total == 2)
        #expect(products.list.map(\.title) == ["Уроки с цифровыми датчиками", "Сценарий недели математики"])
        #expect(products.list.map(\.source) == ["route", "program"])
        #expect(products.list[0].authors.map(\.name) == ["Иванова Мария Петровна"])
        #expect(products.list[1].authors.map(\.id) == ["ivanova", "grishina"])
        #expect(products.byKind.map { "\($0.code)=\($0.count)" } == ["lesson-plans=1", "event-scenario=1"])
    }

    @Test func showsWhereEachRoadMapStageStandsToday() throws {
        let plan = try #require(report.plans.first)
        #expect(plan.stages.map(\.number) == [1, 2, 3, 4, 5])
        #expect(plan.stages.map(\.state) == [.done, .done, .overdue, .due, .done])
        #expect([plan.done, plan.due, plan.overdue] == [3, 1, 1])
        #expect(plan.stages[0].responsible == "Гришина Валентина Петровна, директор")
    }

    @Test(arguments: [(5, true), (4, true), (3, false), (1, false)])
    func aFinalReflectionOvercomesItsDeficitOnlyWithAHighScore(score: Int, overcome: Bool) throws {
        let route = Route(
            id: "r", teacher: "t", start: day("2025-09-01"), end: day("2030-05-31"), stage: .reflection,
            deficits: [Deficit(id: "d1", area: .ict, level: 2, text: "Мало ЦОР")],
            reflections: [Reflection(date: day("2026-05-20"), target: .deficit("d1"), score: score, text: "Итог", isFinal: true)])
        let catalog = Catalog(persons: [Person(id: "t", name: "Учитель")], routes: [route])
        let report = AnnualReport(catalog: catalog, year: 2025, findings: [], awards: [], today: day("2026-08-31"))
        #expect(report.deficits.total.overcome == (overcome ? 1 : 0))
        #expect(report.deficits.total.remaining == (overcome ? 0 : 1))
    }
}

/// Step 7's reflections on the self-image: the last score of each route in the year, no text.
struct SelfImageReportTests {
    static func catalog() throws -> Catalog {
        var route = Fixture.ivanovaRoute()
        route.selfImage = "Учитель, у которого цифровая лаборатория — обычный урок"
        for (date, score, text) in [
            ("2025-06-10", 1, "До учебного года: не считается"), ("2025-12-20", 2, "Личный текст о начале года"),
            ("2026-05-25", 4, "Личный текст о конце года"),
        ] {
            try route.reflect(Reflection(date: day(date), target: .image, score: score, text: text))
        }
        return Fixture.catalog(route: route)
    }

    @Test func countsTheLastScoreOfEachRouteInTheYear() throws {
        let report = Fixture.report(try Self.catalog())
        #expect(report.selfImage.list.map(\.route) == ["ivanova-2024"])
        #expect(report.selfImage.list.first?.score == 4)
        #expect(report.selfImage.list.first?.date == day("2026-05-25"))
        #expect(report.selfImage.averageScore == 4)
        #expect(Fixture.report().selfImage.list.isEmpty)
        #expect(Fixture.report().selfImage.averageScore == nil)
    }

    @Test func theReportGivesTheScoresAndNeverTheTexts() throws {
        let report = Fixture.report(try Self.catalog())
        let html = try report.html()
        #expect(
            html.contains("Рефлексию об образе себя (этап 7) в этом учебном году провёл 1 педагог; средняя оценка приближения к желаемому образу — 4 из 5."))
        let markdown = try report.markdown()
        #expect(markdown.contains("провёл 1 педагог"))
        let csv = report.csvTables()
        #expect(csv.first { $0.name == "self-image" }?.text.contains("ivanova-2024;") == true)
        for text in [html, markdown] + csv.map(\.text) {
            #expect(!text.contains("Личный текст"))
        }
        #expect(!(try Fixture.report().html()).contains("Рефлексию об образе себя"))
    }
}
