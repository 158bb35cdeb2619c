import MarshrutCore
import MarshrutRules
import Testing

/// A rule that must keep working, with the right answers, whatever the hostile script did: it
/// uses the string, table and math libraries, `date`, a view's relations and `#`, and reports a
/// global that leaked into it.
enum WellBehaved {
    static let source = """
        -- Flags every route; runs after hostile.lua (files load in name order).
        monitor {
          id = "every-route",
          subject = "route",
          severity = "info",
          check = function(route, ctx)
            if leak ~= nil then ctx.flag("leaked global: " .. tostring(leak)) end
            local surname = route.teacher.name:match("^(%S+)")
            local days = math.floor(date.days(route.start, ctx.today))
            ctx.flag(("%s: %s, %d days since %s, %d deficits"):format(
              table.concat({ route.id, route.stage }, "/"), surname, days, route.start, #route.deficits))
          end,
        }
        """

    /// The messages `every-route` must flag for the sample school, computed in Swift.
    static func expected(_ catalog: Catalog, today: Day) -> [String] {
        catalog.routes.map { route in
            let name = catalog.persons.first { $0.id == route.teacher }?.name ?? "?"
            let surname = name.split(separator: " ").first.map(String.init) ?? "?"
            return "\(route.id)/\(route.stage.rawValue): \(surname), \(today.ordinal - route.start.ordinal) days since "
                + "\(route.start), \(route.deficits.count) deficits"
        }
    }
}

struct HostileScriptTests {
    @Test(arguments: HostileScript.all)
    func hostileScriptIsContainedAndReportedOnce(_ hostile: HostileScript) throws {
        let folder = try ScriptFolder()
        let hostilePath = try folder.write("hostile.lua", hostile.source)
        try folder.write("well-behaved.lua", WellBehaved.source)
        let engine = try folder.engine()
        let catalog = try Sample.catalog()
        let today = try day(Sample.today)
        let expected = WellBehaved.expected(catalog, today: today)

        // Two runs on one engine: whatever the first did to the state, the second still works.
        for run in 1...2 {
            let report = engine.check(catalog, today: today)

            // (c) the well-behaved rule still sees every route, with the right answers.
            #expect(report.findings.filter { $0.rule == "every-route" }.map(\.message) == expected, "run \(run)")
            // The hostile rule found nothing (a swallowed limit must not turn into a finding).
            #expect(report.findings.allSatisfy { $0.rule == "every-route" }, "run \(run): \(report.findings)")

            // (b) exactly one error, the hostile script's, with its file and a clear message.
            #expect(report.errors.count == 1, "run \(run): \(report.errors)")
            let error = try #require(report.errors.first { $0.source.hasPrefix(hostilePath) }, "run \(run): \(report.errors)")
            #expect(
                hostile.fragments.contains { error.error.contains($0) },
                "run \(run): \(error.error) should contain one of \(hostile.fragments)")

            switch hostile.outcome {
            case .stopped:
                // (d) a limit stops the rule for the rest of the run, reported once with the skipped count.
                #expect(error.rule == "hostile")
                #expect(error.source.hasPrefix(hostilePath + ":"), "\(error.source)")
                #expect(error.error.contains("(on route \(Sample.routeIDs[0])"), "\(error.error)")
                #expect(
                    error.error.contains("stopped for the rest of the run, \(Sample.routeIDs.count - 1) subject(s) skipped"),
                    "\(error.error)")
            case .failedEverywhere:
                #expect(error.rule == "hostile")
                #expect(error.source.hasPrefix(hostilePath + ":"), "\(error.source)")
                #expect(error.error.contains("failed on \(Sample.routeIDs.count) subjects in all"), "\(error.error)")
                #expect(!error.error.contains("skipped"), "\(error.error)")
            case .notLoaded:
                #expect(engine.loadErrors == [error])
                #expect(engine.monitors.map(\.id) == ["every-route"])
            }
        }
    }

    /// A rule that keeps what it allocates in a global: the memory limit stops it, but the memory
    /// stays reachable from its environment, so the state is still full when the next rule runs.
    @Test func memoryHoardedInAGlobalDoesNotStarveOtherRules() throws {
        let folder = try ScriptFolder()
        let hostilePath = try folder.write(
            "hostile.lua",
            """
            hoard = false
            monitor {
              id = "hostile",
              subject = "route",
              severity = "warning",
              check = function(route, ctx)
                local big = ("x"):rep(1 << 16)
                hoard = { hoard, big }
                for i = 1, 400 do hoard = { hoard, big .. i } end
                while true do hoard = { hoard, hoard, hoard, hoard } end
              end,
            }
            """)
        try folder.write("well-behaved.lua", WellBehaved.source)
        let engine = try folder.engine()
        let catalog = try Sample.catalog()
        let today = try day(Sample.today)
        let report = engine.check(catalog, today: today)

        // The hoarder itself is stopped and reported as the contract says.
        let error = try #require(report.errors.first { $0.rule == "hostile" })
        #expect(error.source.hasPrefix(hostilePath + ":"))
        #expect(error.error.contains("memory limit"), "\(error.error)")
        #expect(error.error.contains("3 subject(s) skipped"), "\(error.error)")

        #expect(report.findings.filter { $0.rule == "every-route" }.map(\.message) == WellBehaved.expected(catalog, today: today))
        #expect(report.errors.count == 1, "\(report.errors)")
    }

    @Test func suiteCoversAtLeastThirtyScripts() {
        #expect(HostileScript.all.count >= 30)
        #expect(Set(HostileScript.all.map(\.name)).count == HostileScript.all.count, "case names are unique")
    }

    @Test func hostileIncentiveIsContainedLikeAMonitor() throws {
        let folder = try ScriptFolder()
        let path = try folder.write(
            "hostile.lua",
            """
            incentive {
              id = "hostile-award",
              title = "Never",
              kind = "material",
              subject = "person",
              eligible = function(person, ctx)
                while true do end
              end,
            }
            """)
        try folder.write(
            "well-behaved.lua",
            """
            incentive {
              id = "has-a-route",
              title = "Has a route",
              kind = "non-material",
              subject = "person",
              eligible = function(person, ctx)
                return #person.routes > 0, "routes: " .. #person.routes
              end,
            }
            """)
        let catalog = try Sample.catalog()
        let report = try folder.engine().awards(catalog, today: try day(Sample.today))
        let teachers = Set(catalog.routes.map(\.teacher))
        #expect(Set(report.awards.map(\.id)) == teachers)
        #expect(report.awards.allSatisfy { $0.incentive == "has-a-route" && $0.reason == "routes: 1" })
        let error = try #require(report.errors.only)
        #expect(error.rule == "hostile-award")
        #expect(error.source.hasPrefix(path + ":"))
        #expect(error.error.contains("instruction limit"))
        #expect(error.error.contains("\(catalog.persons.count - 1) subject(s) skipped"), "\(error.error)")
    }
}
