import Testing
@testable import LuaBridge

struct LuaViewTests {
    static let person: LuaValue = [
        "name": "Иванова Ж. Ж.",
        "subjects": ["информатика", "математика"],
        "plan": ["due": "2025-06-01", "hours": 72],
    ]

    @Test(arguments: [
        ("s.name = 'x'", "(field 'name')"),
        ("s.subjects[1] = 'x'", "read-only"),
        ("s.plan.hours = 0", "(field 'hours')"),
        ("s.extra = true", "(field 'extra')"),
        ("table.insert(s.subjects, 'x')", "read-only"),
        ("setmetatable(s.plan, nil)", "cannot change a protected metatable"),
        ("rawset(s, 'name', 'x')", "global 'rawset'"),
    ])
    func viewsAreReadOnlyAllTheWayDown(source: String, fragment: String) throws {
        let sandbox = try Sandbox()
        let view = sandbox.lua.makeReadOnly(Self.person)
        let error = sandbox.failure("local s = ...\n" + source, arguments: [.reference(view)])
        #expect(error?.kind == .runtime)
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "no error")")
        #expect(sandbox.lua.value(of: view) == Self.person)
    }

    @Test func viewsReadLikePlainTables() throws {
        let sandbox = try Sandbox()
        let view = sandbox.lua.makeReadOnly(Self.person)
        let results = try sandbox.run(
            """
            local s = ...
            local listed = {}
            for i, v in ipairs(s.subjects) do listed[#listed + 1] = i .. "=" .. v end
            local keys = {}
            for k in pairs(s) do keys[#keys + 1] = k end
            table.sort(keys)
            local k, v = next(s.plan, nil)
            return s.name, #s.subjects, table.concat(listed, ";"), table.concat(keys, ","),
                type(s.plan), s.plan.hours + 0, next(s.subjects), rawlen(s.subjects), s.plan == s.plan,
                table.concat(s.subjects, "+"), type(k) == "string" and v ~= nil
            """, arguments: [.reference(view)])
        #expect(
            results == [
                "Иванова Ж. Ж.", 2, "1=информатика;2=математика", "name,plan,subjects",
                "table", 72, 1, 0, true, "информатика+математика", true,
            ])
    }

    @Test func oneViewServesManyCalls() throws {
        let sandbox = try Sandbox()
        let lua = sandbox.lua
        let view = lua.makeReadOnly(Self.person)
        let env = lua.makeEnvironment()
        let chunk = try lua.load("return function(s) return s.plan.hours >= 72 end", chunkName: "@Scripts/r.lua", environment: env)
        guard case .function(let rule) = try lua.call(chunk, arguments: []).first else {
            Issue.record("the script returned no function")
            return
        }
        for _ in 0..<1000 {
            #expect(try lua.call(rule, arguments: [.reference(view)]) == [true])
        }
    }

    @Test func viewsReferToEachOtherInCycles() throws {
        let sandbox = try Sandbox()
        let lua = sandbox.lua
        let person = lua.makeReadOnly(["name": "Петров"])
        let routes = ["ИКТ", "ОВЗ"].map { lua.makeReadOnly(["title": .string($0), "teacher": .reference(person)]) }
        lua.setField("routes", of: person, to: .table(LuaTable(array: routes.map { .reference($0) })))
        let results = try sandbox.run(
            """
            local p = ...
            return #p.routes, p.routes[2].title, p.routes[1].teacher == p, p.routes[2].teacher.routes[1].title
            """, arguments: [.reference(person)])
        #expect(results == [2, "ОВЗ", true, "ИКТ"])
        let readBack = lua.value(of: person)
        #expect(readBack["routes"].tableValue?.array.first?["teacher"] == .other("table"))
        #expect(readBack["routes"].tableValue?.array.last?["title"] == "ОВЗ")
    }

    @Test func aReferenceToAPlainTableIsWrappedReadOnly() throws {
        let sandbox = try Sandbox()
        let lua = sandbox.lua
        let env = lua.makeEnvironment()
        _ = try lua.call(try lua.load("x = { 1, 2 }", chunkName: "@Scripts/a.lua", environment: env), arguments: [])
        let view = lua.makeReadOnly(["globals": .reference(env)])
        let error = sandbox.failure("local v = ... v.globals.x[1] = 5", arguments: [.reference(view)])
        #expect(error?.message.contains("read-only") == true)
        #expect(try sandbox.run("local v = ... return v.globals.x[2]", arguments: [.reference(view)]) == [2])
    }

    @Test func argumentsPassedAsValuesAreFreshEachCall() throws {
        let sandbox = try Sandbox()
        let lua = sandbox.lua
        let chunk = try lua.load(
            "local t = ... t.count = (t.count or 0) + 1 return t.count",
            chunkName: "@Scripts/a.lua", environment: lua.makeEnvironment())
        #expect(try lua.call(chunk, arguments: [.value(["count": 10])]) == [11])
        #expect(try lua.call(chunk, arguments: [.value(["count": 10])]) == [11])
    }

    @Test func trustedTablesArePublishedAsLiveViews() throws {
        let sandbox = try Sandbox()
        _ = try sandbox.lua.runTrusted(
            """
            counter = { n = 0, history = {} }
            function bump()
                counter.n = counter.n + 1
                counter.history[#counter.history + 1] = counter.n
            end
            """, chunkName: "@Prelude/counter.lua")
        let results = try sandbox.run("bump() bump() return counter.n, #counter.history, counter.history[2]")
        #expect(results == [2, 2, 2])
        let error = sandbox.failure("counter.history[1] = 0")
        #expect(error?.message.contains("read-only") == true)
    }

    @Test func settingAFieldToNilRemovesIt() throws {
        let sandbox = try Sandbox()
        let view = sandbox.lua.makeReadOnly(["a": 1, "b": 2])
        sandbox.lua.setField("a", of: view, to: .nil)
        #expect(sandbox.lua.value(of: view) == ["b": 2])
    }
}
