import Glibc
@testable import LuaBridge
import Testing

/// Scripts that make a library function or the VM loop inside C, where no instruction runs: the
/// time limit must still stop them, about when it is due.
struct LongCWorkTests {
    static let cases: [HostileCase] = [
        .init(
            "concat over an endless __index that is a C function",
            "return table.concat(setmetatable({}, { __index = getmetatable, __metatable = '', __len = function() return 1 << 40 end }))",
            .timeLimit, "time limit"),
        .init(
            "sort over C metamethods",
            "table.sort(setmetatable({}, { __index = rawlen, __newindex = rawequal, __len = function() return 1 << 30 end }))",
            .timeLimit, "time limit"),
        .init(
            "unpack over a C __index",
            "for _ = 1, 1e9 do table.unpack(setmetatable({}, { __index = rawlen }), 1, 200000) end",
            .timeLimit, "time limit"),
        .init(
            "insert shifting over C metamethods",
            "local t = setmetatable({}, { __index = rawlen, __newindex = rawequal, __len = function() return (1 << 22) - 2 end }) for _ = 1, 1e9 do table.insert(t, 1, 0) end",
            .timeLimit, "time limit"),
    ]

    @Test(arguments: cases)
    func theTimeLimitHoldsInsideC(_ hostile: HostileCase) throws {
        let limits = LuaLimits(instructionsPerCall: 1 << 40, secondsPerCall: 0.5)
        let sandbox = try Sandbox(limits: limits)
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        let error = sandbox.failure(hostile.source)
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        let elapsed = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
        #expect(error?.kind == hostile.kind, "\(String(describing: error))")
        #expect(error?.message.contains(hostile.fragment) == true, "\(String(describing: error?.message))")
        #expect(elapsed < 1.5, "stopped after \(elapsed) s")
        #expect(try sandbox.isStillUsable())
    }

    @Test func aCallChainOfTablesIsRefused() throws {
        let sandbox = try Sandbox()
        let error = sandbox.failure(
            """
            local t = function() end
            for _ = 1, 100000 do t = setmetatable({}, { __call = t }) end
            return t()
            """)
        #expect(error?.message.contains("__call") == true, "\(String(describing: error?.message))")
        #expect(try sandbox.run("return setmetatable({}, { __call = function(_, x) return x end })(7)") == [.integer(7)])
    }
}
