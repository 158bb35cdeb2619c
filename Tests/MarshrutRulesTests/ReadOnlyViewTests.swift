import MarshrutCore
import MarshrutRules
import Testing

/// Everything a script sees is read-only: a write is an error, reported, and never a change.
struct ReadOnlyViewTests {
    /// A rule loaded after the writer (files load in name order) that reports what it sees.
    static let observer = """
        monitor {
          id = "observer",
          subject = "route",
          severity = "info",
          check = function(route, ctx)
            return ("%s %s %s level %d, %d deficits, today %s"):format(route.id, route.stage, route.deficits[1].id,
              route.deficits[1].level, #route.deficits, ctx.today)
          end,
        }
        """

    static func observed(_ catalog: Catalog, today: String) -> [String] {
        catalog.routes.map {
            "\($0.id) \($0.stage.rawValue) \($0.deficits[0].id) level \($0.deficits[0].level), \($0.deficits.count) deficits, today \(today)"
        }
    }

    @Test(arguments: [
        ("route.stage = 'closed'", "attempt to modify read-only table (field 'stage')"),
        ("route.deficits[1].level = 5", "attempt to modify read-only table (field 'level')"),
        ("route.deficits[1] = nil", "attempt to modify read-only table"),
        ("table.insert(route.deficits, {})", "attempt to modify read-only table"),
        ("table.remove(route.deficits)", "attempt to modify read-only table"),
        ("table.sort(route.deficits, function(a, b) return a.level > b.level end)", "attempt to modify read-only table"),
        ("route.teacher.name = 'someone else'", "attempt to modify read-only table (field 'name')"),
        ("route.teacher.routes[1].stage = 'closed'", "attempt to modify read-only table (field 'stage')"),
        ("route.new_field = true", "attempt to modify read-only table (field 'new_field')"),
        ("ctx.today = '2000-01-01'", "attempt to modify read-only table (field 'today')"),
        ("ctx.flag = function() end", "attempt to modify read-only table (field 'flag')"),
        ("rawset(route, 'stage', 'closed')", "attempt to call a nil value (global 'rawset')"),
        ("setmetatable(route, {})", "cannot change a protected metatable"),
        ("setmetatable(route.deficits, nil)", "cannot change a protected metatable"),
    ])
    func writeIsAnErrorAndNeverAChange(_ write: String, _ message: String) throws {
        let catalog = try Sample.catalog()
        let before = catalog
        let folder = try ScriptFolder()
        let path = try folder.write(
            "a-writer.lua",
            """
            monitor {
              id = "writer",
              subject = "route",
              severity = "warning",
              check = function(route, ctx)
                local ok = pcall(function() \(write) end)
                \(write)
                return "the write went through"
              end,
            }
            """)
        try folder.write("b-observer.lua", Self.observer)
        let report = try folder.engine().check(catalog, today: try day(Sample.today))

        let error = try #require(report.errors.only, "\(report.errors)")
        #expect(error.rule == "writer")
        #expect(error.source == path + ":7")
        #expect(error.error.contains(message), "\(error.error)")
        #expect(error.error.contains("failed on 4 subjects in all"), "\(error.error)")
        #expect(!report.findings.contains { $0.rule == "writer" })
        // The other rule still sees the original values, and the model did not change.
        #expect(report.findings.filter { $0.rule == "observer" }.map(\.message) == Self.observed(catalog, today: Sample.today))
        #expect(catalog == before)
    }

    @Test func writeCaughtByPcallLeavesTheViewUnchanged() throws {
        let found = try probe(
            SubjectReference(.route, "romanova-2021"),
            """
            local tried = {}
            tried[#tried + 1] = tostring(pcall(function() subject.stage = "closed" end))
            tried[#tried + 1] = tostring(pcall(function() subject.deficits[1].level = 5 end))
            tried[#tried + 1] = tostring(pcall(table.insert, subject.deficits, {}))
            tried[#tried + 1] = tostring(pcall(function() ctx.today = "2000-01-01" end))
            ctx.flag(table.concat(tried, " "))
            ctx.flag(subject.stage .. " " .. subject.deficits[1].level .. " " .. #subject.deficits .. " " .. ctx.today)
            ctx.flag(tostring(rawget(subject, "stage")) .. " " .. rawlen(subject.deficits))
            """)
        let route = try #require(try Sample.catalog().routes.first { $0.id == "romanova-2021" })
        #expect(
            found == [
                "false false false false",
                "reflection \(route.deficits[0].level) \(route.deficits.count) \(Sample.today)",
                "nil 0",
            ])
    }

    @Test func globalsOfOneScriptStayInIt() throws {
        let folder = try ScriptFolder()
        try folder.write(
            "a.lua",
            """
            counter = 0
            string_backup = string
            monitor {
              id = "writes-globals",
              subject = "route",
              severity = "info",
              check = function(route, ctx)
                counter = counter + 1
                _G.visited = route.id
                return "a " .. counter .. " " .. _G.visited
              end,
            }
            """)
        try folder.write(
            "b.lua",
            """
            monitor {
              id = "reads-globals",
              subject = "route",
              severity = "info",
              check = function(route, ctx)
                return "b " .. tostring(counter) .. " " .. tostring(visited) .. " " .. tostring(string_backup)
              end,
            }
            """)
        let report = try folder.engine().check(try Sample.catalog(), today: try day(Sample.today))
        #expect(report.errors.isEmpty)
        #expect(
            report.findings.filter { $0.rule == "writes-globals" }.map(\.message)
                == Sample.routeIDs.enumerated().map { "a \($0.offset + 1) \($0.element)" })
        #expect(
            report.findings.filter { $0.rule == "reads-globals" }.map(\.message)
                == Array(repeating: "b nil nil nil", count: Sample.routeIDs.count))
    }
}
