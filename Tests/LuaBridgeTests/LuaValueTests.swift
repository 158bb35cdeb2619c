import Testing
@testable import LuaBridge

struct LuaValueTests {
    static let roundTrips: [LuaValue] = [
        .nil, true, false, 0, -7, .integer(Int64.max), .integer(Int64.min),
        1.5, -0.25, .number(3.0), "", "plain", "Учитель информатики — Иванова Ж. Ж.", "emoji 🎓",
        [1, 2, 3], ["a": 1, "b": "два"],
        .table(LuaTable(array: ["x", 2.5, true], fields: ["nested": ["deep": ["deeper": [1, [2, [3]]]]]])),
    ]

    @Test(arguments: roundTrips)
    func valuesSurviveARoundTripThroughLua(value: LuaValue) throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run("return ...", arguments: [.value(value)])
        #expect(results == (value == .nil ? [.nil] : [value]))
    }

    @Test func integersAndFloatsStayDistinct() throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run(
            """
            local i, f = ...
            return math.type(i), math.type(f), 7 // 2, 7 / 2, 2^53, 10 // 0.0
            """, arguments: [.value(3), .value(3.0)])
        #expect(results == ["integer", "float", 3, 3.5, .number(9_007_199_254_740_992), .number(.infinity)])
    }

    @Test func cyrillicStringsKeepTheirBytesAndLengths() throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run(
            """
            local s = ...
            return #s, utf8.len(s), s:upper(), s .. "!"
            """, arguments: [.value("Школа")])
        #expect(results == [10, 5, "Школа", "Школа!"])
    }

    @Test func tablesReadBackWithSequenceFieldsAndNumberKeys() throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run(
            """
            return { 10, 20, 30, [5] = 50, [1.5] = "half", name = "x", [true] = "dropped" }
            """)
        let expected = LuaTable(array: [10, 20, 30], fields: ["5": 50, "1.5": "half", "name": "x"])
        #expect(results == [.table(expected)])
    }

    @Test func functionsComeBackAsReferencesThatCanBeCalled() throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run(
            """
            return { id = "hours", check = function(s) return s.hours >= 72, s.hours end }
            """)
        guard case .function(let check) = results.first?["check"] else {
            Issue.record("expected a function, got \(results)")
            return
        }
        let subject = sandbox.lua.makeReadOnly(["hours": 80])
        #expect(try sandbox.lua.call(check, arguments: [.reference(subject)]) == [true, 80])
        sandbox.lua.release(check)
    }

    @Test func cyclesAndDeepNestingReadBackAsOther() throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run(
            """
            local loop = { name = "loop" }
            loop.self = loop
            local deep = {}
            local cursor = deep
            for i = 1, 500 do cursor.next = {} cursor = cursor.next end
            return loop, deep, coroutine
            """)
        #expect(results[0]["name"] == "loop")
        #expect(results[0]["self"] == .other("table"))
        var cursor = results[1]
        var depth = 0
        while case .table(let table) = cursor, let next = table.fields["next"] {
            cursor = next
            depth += 1
        }
        #expect(cursor == .other("table"))
        #expect(depth == LuaState.maximumReadDepth)
        #expect(results[2] == .nil)
    }

    @Test func readingNeverRunsMetamethods() throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run(
            """
            local calls = 0
            local t = setmetatable({ 1, 2, real = true }, {
                __index = function() calls = calls + 1 return "meta" end,
                __pairs = function() calls = calls + 1 return next, {}, nil end,
                __len = function() calls = calls + 1 return 99 end,
            })
            return t, function() return calls end
            """)
        #expect(results[0] == .table(LuaTable(array: [1, 2], fields: ["real": true])))
        guard case .function(let counter) = results[1] else { Issue.record("no counter"); return }
        #expect(try sandbox.lua.call(counter, arguments: []) == [0])
    }

    @Test func literalsAndAccessorsDescribeValues() {
        let value: LuaValue = ["name": "Иванова", "hours": 72, "share": 0.5, "active": true]
        #expect(value["name"].stringValue == "Иванова")
        #expect(value["hours"].integerValue == 72)
        #expect(value["share"].doubleValue == 0.5)
        #expect(value["active"].boolValue == true)
        #expect(value["missing"] == .nil)
        #expect(LuaValue.number(3.0).integerValue == 3)
        #expect(LuaValue.number(3.5).integerValue == nil)
        #expect(LuaValue.boolean(false).isTruthy == false)
        #expect(LuaValue.integer(0).isTruthy)
        var table: LuaTable = ["a": 1]
        table["a"] = .nil
        #expect(table.isEmpty)
    }
}
