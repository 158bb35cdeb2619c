import LuaBridge
import MarshrutCore
import MarshrutRules
import MarshrutTestSupport
import Testing

/// Findings and awards: what a run of the rules produces.
struct RuleEvaluationTests {
    static let rules = """
        monitor {
          id = "open-activities",
          subject = "route",
          severity = "warning",
          check = function(route, ctx)
            for _, a in ipairs(route.activities) do
              if not a.product and a.due < ctx.today then ctx.flag(("%s is open since %s"):format(a.id, a.due)) end
            end
          end,
        }

        monitor {
          id = "draft-program",
          subject = "program",
          severity = "critical",
          check = function(program, ctx)
            if program.status == "draft" then return "draft until " .. program.start end
            return false
          end,
        }

        monitor {
          id = "idle-mentor",
          subject = "person",
          severity = "info",
          check = function(person, ctx)
            if #person.mentor_programs > 0 then return nil end
            for _, r in ipairs(person.roles) do
              if r == "mentor" then
                ctx.flag(person.name .. " mentors nobody")
                return "and no message is lost"
              end
            end
          end,
        }

        incentive {
          id = "three-completed",
          title = "Знак «За наставничество»",
          kind = "non-material",
          subject = "person",
          eligible = function(person, ctx)
            return #person.completed_programs >= 3, ("%d completed programs by %s"):format(#person.completed_programs, ctx.today)
          end,
        }

        incentive {
          id = "any-route",
          title = "Has a route",
          kind = "material",
          subject = "person",
          eligible = function(person, ctx)
            return #person.routes > 0
          end,
        }

        incentive {
          id = "never",
          title = "Never",
          kind = "material",
          subject = "route",
          eligible = function(route, ctx)
            return false, "not this time"
          end,
        }
        """

    @Test func findingCarriesRuleSeveritySubjectIdMessageAndSource() throws {
        let folder = try ScriptFolder()
        let path = try folder.write("rules.lua", Self.rules)
        let report = try folder.engine().check(try Sample.catalog(), today: day(Sample.today))
        #expect(report.errors.isEmpty)

        let catalog = try Sample.catalog()
        let open = report.findings.filter { $0.rule == "open-activities" }
        let expectedOpen = catalog.routes.flatMap { route in
            route.activities.filter { $0.product == nil && $0.due.description < Sample.today }.map { "\(route.id): \($0.id) is open since \($0.due)" }
        }
        #expect(open.map { "\($0.id): \($0.message)" } == expectedOpen)
        #expect(expectedOpen.contains("kuznetsov-2024: a5 is open since 2026-10-30"))
        let a5 = try #require(open.first { $0.id == "kuznetsov-2024" })
        #expect(a5.rule == "open-activities")
        #expect(a5.severity == .warning)
        #expect(a5.subject == .route)
        #expect(a5.message == "a5 is open since 2026-10-30")
        #expect(a5.source == "\(path):1")

        #expect(
            report.findings.filter { $0.rule == "draft-program" }.map { "\($0.severity) \($0.subject) \($0.id) \($0.message) \($0.source)" }
                == ["critical program prog-2026-02 draft until 2027-01-11 \(path):\(Self.line(declaring: "draft-program"))"])

        // ctx.flag and a returned string both make findings, in that order.
        let idle = report.findings.filter { $0.rule == "idle-mentor" }
        #expect(
            idle.map { "\($0.subject) \($0.id) \($0.severity): \($0.message)" } == [
                "person tarasova info: Тарасова Людмила Алексеевна mentors nobody",
                "person tarasova info: and no message is lost",
            ])
        #expect(idle.allSatisfy { $0.source == "\(path):\(Self.line(declaring: "idle-mentor"))" })
        #expect(report.subjects == [.route: 4, .program: 6, .person: 14])
    }

    /// The line of the `monitor {` / `incentive {` that declares `id` in ``rules``.
    static func line(declaring id: String) -> Int {
        let lines = rules.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains("id = \"\(id)\"") } ?? -1)
    }

    @Test func onlyLimitsTheRunToOneSubject() throws {
        let folder = try ScriptFolder()
        try folder.write("rules.lua", Self.rules)
        let engine = try folder.engine()
        let catalog = try Sample.catalog()
        let today = day(Sample.today)

        let route = engine.check(catalog, today: today, only: SubjectReference(.route, "kuznetsov-2024"))
        #expect(route.findings.map(\.message) == ["a5 is open since 2026-10-30", "a6 is open since 2026-05-22"])
        #expect(route.subjects == [.route: 1])

        let program = engine.check(catalog, today: today, only: SubjectReference(.program, "prog-2026-02"))
        #expect(program.findings.map(\.rule) == ["draft-program"])

        let nobody = engine.check(catalog, today: today, only: SubjectReference(.route, "no-such-route"))
        #expect(nobody.findings.isEmpty)
        #expect(nobody.errors.isEmpty)

        let awards = engine.awards(catalog, today: today, only: SubjectReference(.person, "kuznetsov"))
        #expect(awards.awards.map(\.incentive) == ["any-route"])
    }

    @Test func incentivesProduceAwardsWithTheReason() throws {
        let folder = try ScriptFolder()
        let path = try folder.write("rules.lua", Self.rules)
        let catalog = try Sample.catalog()
        let report = try folder.engine().awards(catalog, today: day(Sample.today))
        #expect(report.errors.isEmpty)

        let badge = try #require(report.awards.filter { $0.incentive == "three-completed" }.only, "\(report.awards)")
        #expect(badge.id == "grishina")
        #expect(badge.title == "Знак «За наставничество»")
        #expect(badge.kind == .nonMaterial)
        #expect(badge.subject == .person)
        #expect(badge.reason == "3 completed programs by \(Sample.today)")
        #expect(badge.source == "\(path):\(Self.line(declaring: "three-completed"))")

        // Without a reason, the award's reason is the criterion's title.
        let routes = report.awards.filter { $0.incentive == "any-route" }
        #expect(Set(routes.map(\.id)) == Set(catalog.routes.map(\.teacher)))
        #expect(routes.allSatisfy { $0.reason == "Has a route" && $0.kind == .material })

        // A criterion that answers false gives no award, whatever its reason.
        #expect(!report.awards.contains { $0.incentive == "never" })
    }

    @Test(arguments: [
        ("return 'yes'", "eligible returned a string"),
        ("return 1", "eligible returned a number"),
        ("error('no data')", "no data"),
    ])
    func incentiveAnsweringBadlyIsAnErrorNotAnAward(_ body: String, _ message: String) throws {
        let folder = try ScriptFolder()
        try folder.write(
            "rules.lua",
            """
            incentive {
              id = "bad-answer",
              title = "T",
              kind = "material",
              subject = "program",
              eligible = function(program, ctx)
                \(body)
              end,
            }
            """)
        let report = try folder.engine().awards(try Sample.catalog(), today: day(Sample.today))
        #expect(report.awards.isEmpty)
        let error = try #require(report.errors.only)
        #expect(error.rule == "bad-answer")
        #expect(error.error.contains(message), "\(error.error)")
        #expect(error.error.contains("failed on 6 subjects in all"), "\(error.error)")
    }

    @Test func incentiveAnsweringNilGivesNoAward() throws {
        let folder = try ScriptFolder()
        try folder.write(
            "rules.lua",
            """
            incentive { id = "silent", title = "T", kind = "material", subject = "route", eligible = function() end }
            """)
        let report = try folder.engine().awards(try Sample.catalog(), today: day(Sample.today))
        #expect(report.awards.isEmpty)
        #expect(report.errors.isEmpty)
    }

    @Test func ruleErrorNamesTheRuleAndTheLineThatFailed() throws {
        let folder = try ScriptFolder()
        let path = try folder.write(
            "rules.lua",
            monitorScript(
                id: "typo",
                body: """
                    local n = 0
                    return subject.activity[1].title
                    """))
        let report = try folder.engine().check(try Sample.catalog(), today: day(Sample.today))
        #expect(report.findings.isEmpty)
        let error = try #require(report.errors.only)
        #expect(error.rule == "typo")
        #expect(error.source == path + ":7")
        #expect(error.error.contains("unknown field 'activity' of a route (its fields: "), "\(error.error)")
        #expect(error.error.contains("activities"), "the fields that exist are named")
        #expect(error.error.contains("(on route antonova-2026; failed on 4 subjects in all)"), "\(error.error)")
        #expect(error.description == "\(path):7: typo: \(error.error)")
    }

    @Test func limitOnALaterSubjectKeepsEarlierFindingsAndSkipsTheRest() throws {
        let folder = try ScriptFolder()
        let path = try folder.write(
            "rules.lua",
            monitorScript(
                id: "loops-on-kuznetsov",
                body: """
                    if subject.id == "kuznetsov-2024" then
                      while true do end
                    end
                    return "checked " .. subject.id
                    """))
        let report = try folder.engine().check(try Sample.catalog(), today: day(Sample.today))
        #expect(report.findings.map(\.message) == ["checked antonova-2026", "checked belousova-2022"])
        let error = try #require(report.errors.only)
        #expect(error.source == path + ":7")
        #expect(error.error.contains("instruction limit"))
        #expect(
            error.error.contains("(on route kuznetsov-2024; the rule was stopped for the rest of the run, 1 subject(s) skipped)"),
            "\(error.error)")
    }

    @Test func limitInOneRuleLeavesTheNextRuleItsFullBudget() throws {
        let folder = try ScriptFolder()
        try folder.write("a.lua", monitorScript(id: "spins", body: "while true do end"))
        // Close to the whole budget on every subject: fine on its own, and still fine after `spins`.
        try folder.write(
            "b.lua",
            monitorScript(
                id: "busy",
                body: """
                    local n = 0
                    for i = 1, 400000 do n = n + 1 end
                    return "counted " .. n
                    """))
        let report = try folder.engine().check(try Sample.catalog(), today: day(Sample.today))
        #expect(report.errors.map(\.rule) == ["spins"])
        #expect(report.findings.map(\.message) == Array(repeating: "counted 400000", count: Sample.routeIDs.count))
    }

    @Test func hostileExampleFailsItsCaseOnly() throws {
        let folder = try ScriptFolder()
        try folder.write(
            "rules.lua",
            """
            monitor {
              id = "loops-in-example",
              subject = "route",
              severity = "info",
              check = function(route, ctx)
                if route.stage == "loop" then while true do end end
                return route.stage
              end,
              examples = {
                { name = "loops", subject = { stage = "loop" }, expect = {} },
                { name = "fine", subject = { stage = "roadmap" }, expect = { "roadmap" } },
              },
            }
            """)
        let results = try folder.engine().runExamples(today: day(Sample.today))
        #expect(results.map(\.passed) == [false, true])
        #expect(results.first?.actual.contains("instruction limit") == true, "\(results)")
    }

    /// The views of the whole catalog are built before any rule runs, inside the state whose
    /// memory cap is the scripts' budget. A region of a couple of thousand routes fills the
    /// default 64 MiB with views alone, and then every rule, however small, is "stopped by the
    /// memory limit" and blamed for it.
    @Test func viewsOfALargeRegionLeaveRoomForTheRules() throws {
        var catalog = try Sample.catalog()
        let template = try #require(catalog.routes.first { $0.id == "kuznetsov-2024" })
        for i in 1...2500 {
            var route = template
            route.id = "route-\(i)"
            catalog.routes.append(route)
        }
        let folder = try ScriptFolder()
        try folder.write("rules.lua", monitorScript(id: "trivial", body: "return subject.id"))
        let report = try folder.engine(limits: LuaLimits()).check(catalog, today: day(Sample.today))
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.findings.count == catalog.routes.count)
    }
}
