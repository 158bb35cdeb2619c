import Testing
@testable import LuaBridge
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct LuaLimitsTests {
    static let timeOnly = LuaLimits(instructionsPerCall: Int.max, secondsPerCall: 0.2)

    @Test(arguments: [
        "while true do end",
        "while true do local s = ('x'):rep(1 << 20) end",
        "local s = ('a'):rep(3000) while true do s:find('a*b') end",
    ])
    func timeLimitStopsWhatInstructionsDoNot(source: String) throws {
        let sandbox = try Sandbox(limits: Self.timeOnly)
        let started = monotonicSeconds()
        let error = sandbox.failure(source)
        let elapsed = monotonicSeconds() - started
        #expect(error?.kind == .timeLimit)
        #expect(error?.message.contains("time limit exceeded") == true)
        #expect(elapsed < 1.5, "stopped after \(elapsed) s")
        #expect(try sandbox.isStillUsable())
    }

    @Test func instructionBudgetIsFreshForEachCall() throws {
        let sandbox = try Sandbox(limits: LuaLimits(instructionsPerCall: 1_000_000, uncountedSeconds: 0))
        let lua = sandbox.lua
        let chunk = try lua.load(
            "local n = ... for i = 1, n do end", chunkName: "@Scripts/loop.lua",
            environment: lua.makeEnvironment())
        for _ in 0..<5 {
            #expect(try lua.call(chunk, arguments: [.value(150_000)]) == [])
        }
        #expect(throws: LuaError.self) { try lua.call(chunk, arguments: [.value(2_000_000)]) }
        lua.limits.instructionsPerCall = 100_000_000
        #expect(try lua.call(chunk, arguments: [.value(2_000_000)]) == [])
    }

    @Test func aShortCallIsNotCountedALongOneIs() throws {
        let limits = LuaLimits(instructionsPerCall: 100_000, uncountedSeconds: 0.05, secondsPerCall: 10)
        let sandbox = try Sandbox(limits: limits)
        let lua = sandbox.lua
        let chunk = try lua.load(
            "local n = ... for i = 1, n do end return n", chunkName: "@Scripts/loop.lua",
            environment: lua.makeEnvironment())
        // About 600,000 instructions, well within the grace: not counted.
        #expect(try lua.call(chunk, arguments: [.value(300_000)]) == [.integer(300_000)])
        // An endless loop is counted once the grace has passed, and stopped by the budget.
        let started = monotonicSeconds()
        let error = sandbox.failure("while true do end")
        let elapsed = monotonicSeconds() - started
        #expect(error?.kind == .instructionLimit)
        #expect(error?.message.contains("instruction limit exceeded") == true)
        // The limits read a coarse clock (a few milliseconds' resolution): the grace may end that much early.
        #expect(elapsed >= 0.04 && elapsed < 2, "stopped after \(elapsed) s")
        #expect(try sandbox.isStillUsable())
    }

    @Test func aCallAfterALongIdleIsStillCounted() throws {
        let limits = LuaLimits(instructionsPerCall: 100_000, uncountedSeconds: 0.02, secondsPerCall: 10)
        let sandbox = try Sandbox(limits: limits)
        #expect(try sandbox.run("return 1") == [.integer(1)])
        // Idle for longer than the watcher waits before it parks: the next call must wake it.
        usleep(1_500_000)
        let started = monotonicSeconds()
        let error = sandbox.failure("while true do end")
        let elapsed = monotonicSeconds() - started
        #expect(error?.kind == .instructionLimit)
        #expect(elapsed < 2, "stopped after \(elapsed) s")
    }

    @Test func everyStateOnEveryThreadIsWatched() throws {
        let limits = LuaLimits(instructionsPerCall: 1_000, uncountedSeconds: 0.02, secondsPerCall: 10)
        let kinds = try (0..<4).map { _ in
            try onLuaThread { () throws -> [LuaError.Kind?] in
                let sandboxes = try (0..<3).map { _ in try Sandbox(limits: limits) }
                return sandboxes.map { $0.failure("while true do end")?.kind }
            }
        }
        #expect(kinds.flatMap { $0 } == Array(repeating: .instructionLimit, count: 12))
    }

    @Test func memoryLimitLeavesTheStateUsable() throws {
        let sandbox = try Sandbox(limits: LuaLimits(memoryBytes: 8 << 20))
        for _ in 0..<3 {
            let error = sandbox.failure("local t = {} for i = 1, math.huge do t[i] = ('x'):rep(100) .. i end")
            #expect(error?.kind == .memoryLimit)
            #expect(sandbox.lua.memoryInUse < 2 << 20)
            #expect(try sandbox.isStillUsable())
        }
    }

    @Test func hostBuildingIsCountedButNeverRefused() throws {
        let sandbox = try Sandbox(limits: LuaLimits(memoryBytes: 4 << 20))
        let lua = sandbox.lua
        let big = LuaValue.table(LuaTable(array: (0..<100_000).map { .string("строка \($0)") }))
        let view = lua.makeReadOnly(big)
        #expect(lua.memoryInUse > 4 << 20)
        let error = sandbox.failure("local v = ... return #v, {}", arguments: [.reference(view)])
        #expect(error?.kind == .memoryLimit)
        lua.release(view)
        #expect(try sandbox.isStillUsable())
    }

    @Test func aStateThatCannotHoldTheSandboxIsNotCreated() {
        #expect {
            _ = try LuaState(limits: LuaLimits(memoryBytes: 8 << 10))
        } throws: { error in
            (error as? LuaError)?.kind == .memoryLimit
        }
    }

    @Test func deepRecursionNeedsTheLargeStackThread() throws {
        let (error, usable) = try onLuaThread { () throws -> (LuaError?, Bool) in
            let sandbox = try Sandbox()
            let error = sandbox.failure(
                """
                local depth = 0
                local t = setmetatable({}, { __index = function(t, k) depth = depth + 1 return t[k] end })
                return t.x
                """)
            return (error, try sandbox.isStillUsable())
        }
        #expect(error?.message.contains("C stack overflow") == true)
        #expect(usable)
    }

    /// Not a timed assertion: prints what calling a rule over a prebuilt view costs here.
    @Test func costOfRulesOverPrebuiltViews() throws {
        let sandbox = try Sandbox()
        let lua = sandbox.lua
        let chunk = try lua.load(
            """
            return function(s) return s.hours >= 72 and s.plan.due ~= nil and #s.subjects > 0 end
            """, chunkName: "@Scripts/rule.lua", environment: lua.makeEnvironment())
        guard case .function(let rule) = try lua.call(chunk, arguments: []).first else {
            Issue.record("the script returned no function")
            return
        }
        let calls = 20_000
        let buildStarted = monotonicSeconds()
        let views = (0..<1000).map { index in
            lua.makeReadOnly([
                "name": .string("Учитель \(index)"), "hours": .integer(Int64(index % 100)),
                "plan": ["due": "2025-06-01"], "subjects": ["информатика"],
            ])
        }
        let buildSeconds = monotonicSeconds() - buildStarted
        var passed = 0
        let callStarted = monotonicSeconds()
        for index in 0..<calls where try lua.call(rule, arguments: [.reference(views[index % 1000])]) == [true] {
            passed += 1
        }
        let callSeconds = monotonicSeconds() - callStarted
        #expect(passed == calls * 28 / 100)
        #if DEBUG
            let build = "debug build"
        #else
            let build = "release build"
        #endif
        print(
            "LuaBridge cost: build a 4-field view with 2 nested tables \(microseconds(buildSeconds / 1000)) µs; "
                + "call a rule with it \(microseconds(callSeconds / Double(calls))) µs (\(build))")
    }
}

private func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

private func microseconds(_ seconds: Double) -> String {
    let value = (seconds * 1e7).rounded() / 10
    return "\(value)"
}
