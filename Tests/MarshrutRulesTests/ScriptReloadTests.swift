import MarshrutCore
import MarshrutRules
import Testing

/// Scripts are read at run time: editing one changes the next run, with no rebuild.
struct ScriptReloadTests {
    static func script(message: String, minimumDeficits: Int) -> String {
        """
        -- The threshold is the curator's to change.
        local MIN_DEFICITS = \(minimumDeficits)
        monitor {
          id = "many-deficits",
          subject = "route",
          severity = "warning",
          check = function(route, ctx)
            if #route.deficits >= MIN_DEFICITS then
              return ("\(message): %d"):format(#route.deficits)
            end
          end,
        }
        """
    }

    @Test func editingAScriptChangesTheNextRun() throws {
        let folder = try ScriptFolder()
        let catalog = try Sample.catalog()
        let today = try day(Sample.today)
        try folder.write("routes.lua", Self.script(message: "Много дефицитов", minimumDeficits: 4))

        let first = try folder.engine().check(catalog, today: today)
        #expect(first.errors.isEmpty)
        #expect(
            first.findings.map { "\($0.id) \($0.message)" }
                == catalog.routes.filter { $0.deficits.count >= 4 }.map {
                    "\($0.id) Много дефицитов: \($0.deficits.count)"
                })

        // The curator lowers the threshold and rewords the message.
        try folder.write("routes.lua", Self.script(message: "Дефицитов", minimumDeficits: 3))
        let second = try folder.engine().check(catalog, today: today)
        #expect(second.errors.isEmpty)
        #expect(
            second.findings.map { "\($0.id) \($0.message)" }
                == catalog.routes.filter { $0.deficits.count >= 3 }.map {
                    "\($0.id) Дефицитов: \($0.deficits.count)"
                })
        #expect(second.findings.count > first.findings.count)
    }

    @Test func editsReachSeverityDeclarationsAndNewFiles() throws {
        let folder = try ScriptFolder()
        let catalog = try Sample.catalog()
        let today = try day(Sample.today)
        let path = try folder.write(
            "a.lua",
            """
            monitor { id = "one", subject = "route", severity = "info", check = function(route) return "x" end }
            """)
        let before = try folder.engine()
        #expect(before.monitors.map(\.id) == ["one"])
        #expect(before.check(catalog, today: today).findings.allSatisfy { $0.severity == .info })

        try folder.write(
            "a.lua",
            """
            -- moved down a line, and more severe

            monitor { id = "one", subject = "route", severity = "critical", check = function(route) return "x" end }
            """)
        try folder.write(
            "b.lua",
            """
            monitor { id = "two", subject = "program", severity = "info", check = function(p) return p.id end }
            """)
        let after = try folder.engine()
        #expect(after.monitors.map(\.id) == ["one", "two"])
        #expect(after.monitors.first?.source.description == path + ":3")
        let report = after.check(catalog, today: today)
        #expect(report.findings.filter { $0.rule == "one" }.allSatisfy { $0.severity == .critical && $0.source == path + ":3" })
        #expect(report.findings.filter { $0.rule == "two" }.map(\.message) == catalog.programs.map(\.id))

        // The engine made before the edit keeps what it loaded.
        #expect(before.check(catalog, today: today).findings.map(\.severity) == Array(repeating: .info, count: 4))
    }

    @Test func fixingABrokenScriptClearsItsError() throws {
        let folder = try ScriptFolder()
        try folder.write("a.lua", "monitor { id = \"one\", subject = \"route\", severty = \"info\", check = function() end }")
        let broken = try folder.engine()
        #expect(broken.loadErrors.count == 1)
        #expect(broken.monitors.isEmpty)

        try folder.write("a.lua", "monitor { id = \"one\", subject = \"route\", severity = \"info\", check = function() end }")
        let fixed = try folder.engine()
        #expect(fixed.loadErrors.isEmpty)
        #expect(fixed.monitors.map(\.id) == ["one"])
    }
}
