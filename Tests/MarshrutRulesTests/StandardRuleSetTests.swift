import MarshrutCore
import MarshrutRules
import MarshrutTestSupport
import Testing

/// The repository's own `Scripts/` over the sample school of `Routes/`.
struct StandardRuleSetTests {
    static func engine() throws -> RuleEngine { try RuleEngine(scriptsFolder: Sample.scripts) }

    @Test func standardScriptsLoadWithoutErrors() throws {
        let engine = try Self.engine()
        #expect(engine.loadErrors.isEmpty, "\(engine.loadErrors)")
        #expect(
            engine.files.map { String($0.dropFirst(Sample.scripts.count + 1)) }
                == ["banks.lua", "incentives.lua", "matching.lua", "programs.lua", "routes.lua"])
        #expect(engine.monitors.count >= 10)
        #expect(engine.incentives.count >= 5)
        #expect(engine.matching != nil)
        let overdue = try #require(engine.monitors.first { $0.id == "route-overdue-activity" })
        #expect(overdue.source == RuleSource(file: Sample.scripts + "/routes.lua", line: 70))
        #expect(overdue.subject == .route)
        #expect(overdue.severity == .warning)
        #expect(!overdue.description.isEmpty)
    }

    @Test func everyExampleOfTheStandardRulesPasses() throws {
        let engine = try Self.engine()
        let results = engine.runExamples(today: day(Sample.today))
        let failed = results.filter { !$0.passed }
        #expect(failed.isEmpty, "\(failed.map { "\($0.rule) «\($0.name)» (\($0.source)): expected \($0.expected), got \($0.actual)" })")

        let declarations = engine.monitors.count + engine.incentives.count + (engine.matching == nil ? 0 : 1)
        #expect(results.count >= declarations * 2, "\(results.count) cases for \(declarations) declarations")
        for id in engine.monitors.map(\.id) + engine.incentives.map(\.id) + ["matching"] {
            #expect(results.contains { $0.rule == id }, "\(id) has no examples")
        }
    }

    @Test func examplesThatDisagreeFail() throws {
        let folder = try ScriptFolder()
        try folder.write(
            "rules.lua",
            """
            monitor {
              id = "stage",
              subject = "route",
              severity = "info",
              check = function(route, ctx) if route.stage == "closed" then return "closed on " .. ctx.today end end,
              examples = {
                { name = "right", today = "2026-01-01", subject = { stage = "closed" }, expect = { "closed on 2026-01-01" } },
                { name = "wrong", subject = { stage = "closed" }, expect = {} },
                { name = "bad today", today = "01.01.2026", subject = { stage = "closed" }, expect = {} },
              },
            }
            """)
        let results = try folder.engine().runExamples(today: day(Sample.today))
        #expect(results.map(\.name) == ["right", "wrong", "bad today"])
        #expect(results.map(\.passed) == [true, false, false])
        #expect(results[1].actual == "«closed on \(Sample.today)»")
        #expect(results[1].expected == "no findings")
    }

    @Test func standardRulesFindWhatTheSampleSchoolWasBuiltToShow() throws {
        let catalog = try Sample.catalog()
        let report = try Self.engine().check(catalog, today: day(Sample.today))
        #expect(report.errors.isEmpty, "\(report.errors)")
        func findings(_ rule: String, _ id: String) -> [Finding] {
            report.findings.filter { $0.rule == rule && $0.id == id }
        }

        // kuznetsov-2024: a5 and a6 are past due with no product; d3 is addressed by no activity.
        let kuznetsov = try #require(catalog.routes.first { $0.id == "kuznetsov-2024" })
        let overdue = findings("route-overdue-activity", "kuznetsov-2024")
        #expect(
            overdue.map(\.message)
                == ["a5", "a6"].compactMap { id in
                    kuznetsov.activity(id).map { "«\($0.title)» просрочено с \($0.due), продукт не представлен" }
                })
        #expect(overdue.allSatisfy { $0.severity == .warning && $0.subject == .route && $0.source == Sample.scripts + "/routes.lua:70" })
        let d3 = try #require(kuznetsov.deficit("d3"))
        let unaddressed = try #require(findings("route-unaddressed-deficit", "kuznetsov-2024").only)
        #expect(unaddressed.message.hasPrefix("Дефицит «\(d3.text)» ("), "\(unaddressed.message)")

        // romanova-2021 ended on 2026-05-31 and is still not closed.
        let notClosed = try #require(findings("route-not-closed", "romanova-2021").only)
        #expect(notClosed.severity == .critical)
        #expect(
            notClosed.message.hasPrefix("Романова Татьяна Викторовна: маршрут окончен 2026-05-31, но не закрыт (этап «рефлексивный анализ»)"),
            "\(notClosed.message)")
        #expect(report.findings.filter { $0.rule == "route-not-closed" }.map(\.id) == ["romanova-2021"])

        // fomina, a young specialist (teaching since 2026-09-01), is in the mentee bank with no
        // program: the young-specialist rule names her, the bank rule leaves her to it.
        let fomina = try #require(findings("young-specialist-without-mentor", "fomina").only)
        #expect(fomina.subject == .person)
        #expect(fomina.message.hasPrefix("Фомина Кристина Александровна — молодой специалист (педагогический стаж с 2026-09-01: 0 лет)"))
        #expect(findings("bank-mentee-without-program", "fomina").isEmpty)
        #expect(report.findings.filter { $0.rule == "young-specialist-without-mentor" }.map(\.id) == ["fomina"])

        // Every finding names a declared rule and its place.
        let engine = try Self.engine()
        let sources = Dictionary(uniqueKeysWithValues: engine.monitors.map { ($0.id, $0.source.description) })
        #expect(report.findings.allSatisfy { sources[$0.rule] == $0.source })
    }

    @Test func standardIncentivesRunWithoutErrors() throws {
        let catalog = try Sample.catalog()
        let engine = try Self.engine()
        let report = engine.awards(catalog, today: day(Sample.today))
        #expect(report.errors.isEmpty, "\(report.errors)")
        let incentives = Dictionary(uniqueKeysWithValues: engine.incentives.map { ($0.id, $0) })
        for award in report.awards {
            let incentive = try #require(incentives[award.incentive])
            #expect(award.title == incentive.title && award.kind == incentive.kind && award.subject == incentive.subject)
            #expect(award.source == incentive.source.description)
            #expect(!award.reason.isEmpty)
            #expect(catalog.persons.contains { $0.id == award.id })
        }
    }

    @Test func checkingOneSubjectGivesThatSubjectsFindingsOnly() throws {
        let catalog = try Sample.catalog()
        let engine = try Self.engine()
        let today = day(Sample.today)
        let all = engine.check(catalog, today: today)
        let one = engine.check(catalog, today: today, only: SubjectReference(.route, "kuznetsov-2024"))
        #expect(one.errors.isEmpty)
        #expect(one.findings == all.findings.filter { $0.subject == .route && $0.id == "kuznetsov-2024" })
        #expect(!one.findings.isEmpty)
    }
}

extension StandardRuleSetTests {
    /// «Молодость и Профессионализм» goes to mentors under 35 by their birth date: grishina,
    /// mentor of the completed prog-2025-01, qualifies when she is 30, not at 35, and not
    /// without a birth date on record.
    @Test(arguments: [("1996-05-01", true), ("1991-11-28", false), (nil, false)] as [(String?, Bool)])
    func theYouthAwardGoesToMentorsUnder35(_ birth: String?, _ eligible: Bool) throws {
        var catalog = try Sample.catalog()
        let index = try #require(catalog.persons.firstIndex { $0.id == "grishina" })
        catalog.persons[index].staff.birthDate = birth.map(day)
        let today = day(Sample.today)
        #expect(catalog.programs.contains { $0.id == "prog-2025-01" && $0.status == .completed && $0.mentors == ["grishina"] })
        let report = try Self.engine().awards(catalog, today: today, only: SubjectReference(.person, "grishina"))
        #expect(report.errors.isEmpty, "\(report.errors)")
        let youth = report.awards.first { $0.incentive == "youth-and-professionalism" }
        #expect((youth != nil) == eligible, "\(report.awards.map(\.incentive))")
        if let youth {
            #expect(youth.reason.hasPrefix("Наставник 30 лет в завершённых программах prog-2022-01, prog-2024-01, prog-2025-01"), "\(youth.reason)")
        }
    }
}
