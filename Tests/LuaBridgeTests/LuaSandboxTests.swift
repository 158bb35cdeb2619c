import Testing
@testable import LuaBridge

struct LuaSandboxTests {
    /// A generous backstop, so that a loaded machine cannot turn an instruction limit into a time limit.
    static let hostileLimits = LuaLimits(secondsPerCall: 60)

    @Test(arguments: HostileCase.all)
    func hostileScriptIsContained(_ hostile: HostileCase) throws {
        let (error, usable) = try onLuaThread { () throws -> (LuaError?, Bool) in
            let sandbox = try Sandbox(limits: Self.hostileLimits)
            let error = sandbox.failure(hostile.source, chunkName: "@Scripts/hostile.lua")
            return (error, try sandbox.isStillUsable())
        }
        #expect(error?.kind == hostile.kind, "\(error?.message ?? "no error")")
        #expect(error?.message.contains(hostile.fragment) == true, "\(error?.message ?? "no error")")
        #expect(usable)
    }

    @Test func suiteCoversEnoughHostileScripts() {
        #expect(HostileCase.all.count >= 30)
        #expect(Set(HostileCase.all.map(\.name)).count == HostileCase.all.count)
    }

    @Test func globalsOfOneEnvironmentNeverReachAnother() throws {
        let sandbox = try Sandbox()
        try sandbox.run("leaked = 'from A'; string = nil; _G.viaG = 1; function helper() end")
        let seen = try sandbox.run("return leaked, viaG, helper, string.upper('b'), _G == _ENV")
        #expect(seen == [.nil, .nil, .nil, "B", true])
    }

    @Test func anEnvironmentKeepsItsGlobalsAcrossCalls() throws {
        let sandbox = try Sandbox()
        let lua = sandbox.lua
        let env = lua.makeEnvironment()
        _ = try lua.call(try lua.load("count = 0", chunkName: "@Scripts/a.lua", environment: env), arguments: [])
        let bump = try lua.load("count = count + 1 return count", chunkName: "@Scripts/b.lua", environment: env)
        #expect(try lua.call(bump, arguments: []) == [1])
        #expect(try lua.call(bump, arguments: []) == [2])
    }

    @Test func stringMetatableIsHiddenButMethodsWork() throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run(
            """
            return getmetatable(""), ("школа"):len(), ("a,b"):find(",", 1, true), ("x"):rep(3, "-")
            """)
        #expect(results == ["protected", 10, 2, "x-x-x"])
    }

    @Test func protectedCallsBehaveAsInLua() throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run(
            """
            local ok1, e1 = pcall(error, "plain")
            local ok2, a, b = pcall(function(x, y) return x + y, x * y end, 3, 4)
            local ok3, e3 = xpcall(function() error({ code = 7 }) end, function(e) return e.code * 2 end)
            local ok4, r4 = xpcall(function(v) return v end, tostring, "through")
            local ok5, e5 = pcall(pcall)
            return ok1, e1, ok2, a, b, ok3, e3, ok4, r4, ok5, e5
            """)
        #expect(results.dropLast() == [false, "plain", true, 7, 12, false, 14, true, "through", false])
        #expect(results.last?.stringValue?.hasSuffix("(value expected)") == true)
    }

    @Test func metatablesWorkForOrdinaryObjects() throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run(
            """
            local Point = {}
            Point.__index = Point
            Point.__eq = function(a, b) return a.x == b.x and a.y == b.y end
            Point.__add = function(a, b) return Point.new(a.x + b.x, a.y + b.y) end
            Point.__tostring = function(p) return "(" .. p.x .. ", " .. p.y .. ")" end
            Point.__lt = function(a, b) return a.x < b.x end
            Point.__len = function() return 2 end
            function Point.new(x, y) return setmetatable({ x = x, y = y }, Point) end
            function Point:norm() return self.x * self.x + self.y * self.y end
            local p = Point.new(1, 2) + Point.new(3, 4)
            local q = setmetatable(Point.new(0, 0), nil)
            local guarded = setmetatable({}, { __metatable = "mine" })
            return tostring(p), p:norm(), p == Point.new(4, 6), Point.new(1, 0) < p, #p,
                getmetatable(p) == Point, getmetatable(q), getmetatable(guarded),
                pcall(setmetatable, guarded, {})
            """)
        #expect(
            results == [
                "(4, 6)", 52, true, true, 2, true, .nil, "mine", false, "cannot change a protected metatable",
            ])
    }

    @Test func tableFunctionsKeepTheirBehaviour() throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run(
            """
            local t = { 1, 2, 3 }
            table.insert(t, 4)
            table.insert(t, 1, 0)
            local removed = table.remove(t, 2)
            local last = table.remove(t)
            local moved = table.move({ 1, 2, 3 }, 1, 3, 2)
            table.sort(t, function(a, b) return a > b end)
            return table.concat(t, ","), removed, last, table.concat(moved, ","),
                select("#", table.unpack({ 1, 2, 3 })), next({}), pcall(table.insert, {}, 5, 1)
            """)
        #expect(
            results == [
                "3,2,0", 1, 4, "1,1,2,3", 3, .nil, false, "bad argument #2 to 'table.insert' (position out of bounds)",
            ])
    }

    @Test func patternGuardAcceptsOrdinaryRules() throws {
        let sandbox = try Sandbox()
        let results = try sandbox.run(
            """
            local text = ("Курс повышения квалификации, 72 ч. "):rep(40)
            local trimmed = ("   " .. text .. "   "):match("^%s*(.-)%s*$")
            local d, m, y = (text .. " сдано 12.05.2024"):match("(%d+)%.(%d+)%.(%d+)")
            local csv = ("поле,"):rep(4000)
            local fields = 0
            for _ in csv:gmatch("[^,]+") do fields = fields + 1 end
            local replaced, count = text:gsub("ч%.", "часов")
            return trimmed == text:sub(1, -2), d .. "/" .. m .. "/" .. y, fields, count, text:find("72", 1, true)
            """)
        #expect(results == [true, "12/05/2024", 4000, 40, 55, 56])
    }

    @Test func debugIsForTrustedCodeOnly() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("return debug") == [.nil])
        #expect(throws: LuaError.self) {
            _ = try sandbox.lua.runTrusted("return debug.getinfo(1, 'f')", chunkName: "@Prelude/bad.lua")
        }
        let info = try sandbox.lua.runTrusted("return debug.getinfo(1, 'Sl')", chunkName: "@Prelude/info.lua")
        #expect(info.first?["short_src"] == "Prelude/info.lua")
        #expect(info.first?["currentline"] == 1)
    }
}
