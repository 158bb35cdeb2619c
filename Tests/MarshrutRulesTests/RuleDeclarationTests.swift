import Foundation
import MarshrutCore
import MarshrutRules
import MarshrutTestSupport
import Testing

/// `monitor { … }` and `incentive { … }` declarations: each mistake is a `RuleError` naming the
/// declaration's `file:line`, and every other rule still loads and runs.
struct RuleDeclarationTests {
    /// A good rule, declared in its own file, that must survive every broken declaration.
    static let goodRule = """
        monitor { id = "good", subject = "route", severity = "info", check = function(route) return route.id end }
        """

    @Test(arguments: [
        (
            "missing id",
            """
            monitor { subject = "route", severity = "info", check = function() end }
            """, "monitor", ["`id` is missing"]
        ),
        (
            "unknown subject",
            """
            monitor { id = "bad", subject = "routes", severity = "info", check = function() end }
            """, "bad", ["`subject`: unknown subject \"routes\" (expected one of: route, program, person)"]
        ),
        (
            "unknown severity",
            """
            monitor { id = "bad", subject = "route", severity = "urgent", check = function() end }
            """, "bad", ["`severity`: unknown severity \"urgent\" (expected one of: info, warning, critical)"]
        ),
        (
            "check is not a function",
            """
            monitor { id = "bad", subject = "route", severity = "info", check = "return 1" }
            """, "bad", ["`check` must be a function"]
        ),
        (
            "check is missing",
            """
            monitor { id = "bad", subject = "route", severity = "info" }
            """, "bad", ["`check` is missing: give it a function"]
        ),
        (
            "unknown field (a typo)",
            """
            monitor { id = "bad", subject = "route", severty = "info", check = function() end }
            """, "bad", ["unknown field `severty`", "`severity` is missing"]
        ),
        (
            "id that is not a slug",
            """
            monitor { id = "Плохой id", subject = "route", severity = "info", check = function() end }
            """, "Плохой id", ["must be a slug"]
        ),
        (
            "id far longer than a slug",
            """
            monitor { id = string.rep("a", 100000), subject = "route", severity = "info", check = function() end }
            """, String(repeating: "a", count: 64) + "…", ["must be a slug", "at most 64"]
        ),
        (
            "positional fields",
            """
            monitor { "bad", id = "bad", subject = "route", severity = "info", check = function() end }
            """, "bad", ["fields need names"]
        ),
        (
            "incentive with an unknown kind",
            """
            incentive { id = "bad", title = "T", kind = "money", subject = "person", eligible = function() return true end }
            """, "bad", ["`kind`: unknown incentive kind \"money\""]
        ),
        (
            "incentive without a title",
            """
            incentive { id = "bad", kind = "material", subject = "person", eligible = function() return true end }
            """, "bad", ["`title` is missing"]
        ),
        (
            "incentive with check instead of eligible",
            """
            incentive { id = "bad", title = "T", kind = "material", subject = "person", check = function() return true end }
            """, "bad", ["unknown field `check`", "`eligible` is missing"]
        ),
    ])
    func brokenDeclarationIsReportedAtItsLine(_ name: String, _ declaration: String, _ rule: String, _ problems: [String]) throws {
        let folder = try ScriptFolder()
        // The broken declaration sits on line 3, between two good ones of the same file.
        let path = try folder.write(
            "broken.lua",
            """
            -- \(name)
            monitor { id = "before", subject = "route", severity = "info", check = function(route) return "before" end }
            \(declaration)
            monitor { id = "after", subject = "route", severity = "info", check = function(route) return "after" end }
            """)
        try folder.write("good.lua", Self.goodRule)
        let engine = try folder.engine()

        let error = try #require(engine.loadErrors.only, "\(engine.loadErrors)")
        #expect(error.source == path + ":3")
        #expect(error.rule == rule)
        for problem in problems {
            #expect(error.error.contains(problem), "\(error.error)")
        }
        #expect(engine.monitors.map(\.id) == ["before", "after", "good"])

        let report = engine.check(try Sample.catalog(), today: day(Sample.today))
        #expect(report.errors == [error])
        for id in ["before", "after", "good"] {
            #expect(report.findings.filter { $0.rule == id }.count == Sample.routeIDs.count)
        }
    }

    @Test func duplicateIDAcrossFilesLoadsNeitherAndNamesBothPlaces() throws {
        let folder = try ScriptFolder()
        let first = try folder.write(
            "a.lua",
            """
            -- first
            monitor { id = "twice", subject = "route", severity = "info", check = function() return "first" end }
            """)
        let second = try folder.write(
            "b.lua",
            """
            -- second
            -- declaration
            incentive { id = "twice", title = "T", kind = "material", subject = "person", eligible = function() return true end }
            """)
        try folder.write("c.lua", Self.goodRule)
        try folder.write(
            "d.lua",
            """
            monitor { id = "twice", subject = "route", severity = "info", check = function() return "third" end }
            """)
        let engine = try folder.engine()
        // neither runs (a script cannot take over another file's rule by sorting first), and both are named
        #expect(engine.loadErrors.count == 3, "\(engine.loadErrors)")
        let errors = engine.loadErrors.filter { $0.rule == "twice" }
        #expect(errors.count == 3)
        #expect(errors.contains { $0.source == first + ":2" && $0.error.contains("declared again at \(second):3") }, "\(errors)")
        #expect(errors.contains { $0.source == second + ":3" && $0.error.contains("already declared at \(first):2") }, "\(errors)")
        #expect(engine.monitors.map(\.id) == ["good"])
        #expect(engine.incentives.isEmpty)
        let report = engine.check(try Sample.catalog(), today: day(Sample.today))
        #expect(report.findings.filter { $0.rule == "twice" }.isEmpty)
    }

    @Test func aDeclarationThroughPcallIsPlacedAtTheScriptsLine() throws {
        let folder = try ScriptFolder()
        let path = try folder.write(
            "wrapped.lua",
            """
            -- declared through pcall, twice removed
            pcall(pcall, monitor, { id = "wrapped", subject = "route", severity = "info", check = function() end })
            pcall(monitor, { id = "wrapped", subject = "route", severity = "info", check = function() end })
            """)
        let engine = try folder.engine()
        #expect(engine.monitors.first?.source.description == path + ":2")
        let error = try #require(engine.loadErrors.only, "\(engine.loadErrors)")
        #expect(error.source == path + ":3")
        #expect(error.error.contains("already declared at \(path):2"), "\(error.error)")
    }

    @Test(arguments: [
        ("monitor \"id\"", "monitor takes one table"),
        ("monitor()", "monitor takes one table"),
        ("monitor({ id = \"x\" }, { id = \"y\" })", "monitor takes one table"),
        ("incentive(42)", "incentive takes one table"),
    ])
    func nonTableArgumentStopsTheScriptAtItsLine(_ call: String, _ message: String) throws {
        let folder = try ScriptFolder()
        let path = try folder.write(
            "broken.lua",
            """
            monitor { id = "dropped", subject = "route", severity = "info", check = function() return "x" end }

            \(call)
            """)
        try folder.write("good.lua", Self.goodRule)
        let engine = try folder.engine()
        let error = try #require(engine.loadErrors.only, "\(engine.loadErrors)")
        #expect(error.rule == "broken.lua")
        #expect(error.source == path + ":3")
        #expect(error.error.contains(message), "\(error.error)")
        // A script that fails while loading declares nothing, not even what came before the failure.
        #expect(engine.monitors.map(\.id) == ["good"])
        let report = engine.check(try Sample.catalog(), today: day(Sample.today))
        #expect(report.findings.map(\.message) == Sample.routeIDs)
        #expect(report.errors == [error])
    }

    @Test func syntaxErrorIsReportedWithFileAndLineAndOtherFilesLoad() throws {
        let folder = try ScriptFolder()
        try folder.write("a.lua", Self.goodRule)
        let broken = try folder.write(
            "b.lua",
            """
            monitor {
              id = "broken",
              subject = "route",
              check = function(route)
                if route.stage == "closed" then
                  return "closed"
              end,
            }
            """)
        try folder.write(
            "c.lua",
            """
            monitor { id = "also-good", subject = "route", severity = "warning", check = function(route) return "c" end }
            """)
        let engine = try folder.engine()
        let error = try #require(engine.loadErrors.only, "\(engine.loadErrors)")
        #expect(error.rule == "b.lua")
        #expect(error.source.hasPrefix(broken + ":"))
        let line = try #require(Int(error.source.dropFirst(broken.count + 1)))
        #expect((5...8).contains(line), "\(error.source)")
        #expect(error.error.hasPrefix("syntax error: "), "\(error.error)")
        #expect(engine.monitors.map(\.id) == ["good", "also-good"])
        #expect(engine.files == [folder.file("a.lua"), broken, folder.file("c.lua")])
    }

    @Test func declarationsRecordTheirFileAndLine() throws {
        let folder = try ScriptFolder()
        let path = try folder.write(
            "rules.lua",
            """
            -- two declarations

            monitor {
              id = "first",
              subject = "program",
              severity = "critical",
              description = "The first rule",
              check = function() end,
            }
            incentive {
              id = "second",
              title = "Грамота",
              kind = "non-material",
              subject = "person",
              eligible = function() return false end,
            }
            """)
        let engine = try folder.engine()
        #expect(engine.loadErrors.isEmpty)
        let monitor = try #require(engine.monitors.only)
        #expect(monitor.id == "first")
        #expect(monitor.subject == .program)
        #expect(monitor.severity == .critical)
        #expect(monitor.description == "The first rule")
        #expect(monitor.source == RuleSource(file: path, line: 3))
        let incentive = try #require(engine.incentives.only)
        #expect(incentive.id == "second")
        #expect(incentive.title == "Грамота")
        #expect(incentive.kind == .nonMaterial)
        #expect(incentive.subject == .person)
        #expect(incentive.description == "")
        #expect(incentive.source.description == "\(path):10")
    }

    @Test func scriptsLoadRecursivelyInNameOrder() throws {
        let folder = try ScriptFolder()
        try folder.write("b.lua", "monitor { id = \"b\", subject = \"route\", severity = \"info\", check = function() end }")
        try folder.write("a.lua", "monitor { id = \"a\", subject = \"route\", severity = \"info\", check = function() end }")
        try folder.write("more/c.lua", "monitor { id = \"c\", subject = \"route\", severity = \"info\", check = function() end }")
        try folder.write("notes.txt", "monitor { id = \"not-a-script\" }")
        let engine = try folder.engine()
        #expect(engine.monitors.map(\.id) == ["a", "b", "c"])
        #expect(engine.files == [folder.file("a.lua"), folder.file("b.lua"), folder.file("more/c.lua")])
    }

    @Test func missingScriptsFolderThrowsARuleErrorThatSaysWhatToDo() throws {
        let error = #expect(throws: RuleError.self) {
            _ = try RuleEngine(scriptsFolder: "/nonexistent/marshrut-scripts")
        }
        #expect(error?.error.contains("--scripts") == true)
        #expect(error?.source == "/nonexistent/marshrut-scripts")
    }

    @Test func scriptThatIsNotUTF8IsReportedAndOthersLoad() throws {
        let folder = try ScriptFolder()
        let broken = folder.file("latin1.lua")
        try Data([0x2D, 0x2D, 0x20, 0xE9, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: broken))
        try folder.write("good.lua", Self.goodRule)
        let engine = try folder.engine()
        let error = try #require(engine.loadErrors.only)
        #expect(error.rule == "latin1.lua")
        #expect(error.source == broken)
        #expect(error.error.contains("UTF-8"))
        #expect(engine.monitors.map(\.id) == ["good"])
    }

    /// Lua shortens chunk names longer than 59 bytes to `...` and their tail, which is what the
    /// engine then reports as the rule's file: a curator's scripts folder given as a long
    /// absolute path (say, with Cyrillic folder names) yields sources that name no real file.
    @Test func sourceNamesTheWholePathOfADeepScriptsFolder() throws {
        let folder = try ScriptFolder()
        let deep = "Документы/Маршрут/Скрипты мониторинга"
        let path = try folder.write(
            "\(deep)/routes.lua",
            """
            monitor { id = "deep", subject = "route", severity = "info", check = function(route) error("deep failure") end }
            """)
        #expect(path.utf8.count > 60)
        let engine = try RuleEngine(scriptsFolder: folder.path + "/" + deep, limits: .fast)
        let report = engine.check(try Sample.catalog(), today: day(Sample.today))
        #expect(engine.monitors.first?.source.file == path)
        #expect(report.errors.first?.source == path + ":1")
        // Even shortened, the place still ends with the script's name and line.
        #expect(engine.monitors.first?.source.file.hasSuffix("/routes.lua") == true)
        #expect(report.errors.first?.source.hasSuffix("/routes.lua:1") == true)
    }
}
