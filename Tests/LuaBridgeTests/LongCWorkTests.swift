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
        .init(
            "integer keys that all collide when the table grows (quadratic rehash inside one assignment)",
            "local t = {} for i = 1, 1 << 20 do t[i * ((1 << 20) - 1)] = true end",
            .tableLimit, "table limit exceeded: a table may hold at most 16384 keys"),
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

    /// Lists and moderate dictionaries stay unbounded by the table limit; a dictionary past it is
    /// refused with its own error, and the state goes on.
    @Test func aTableHoldsLongListsAndManyKeysUpToItsBound() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("local t = {} for i = 1, 200000 do t[i] = i end return #t") == [.integer(200_000)])
        // A library's buffer the size of a large hash part (6 MiB = 24 * 2^18 bytes) is no table.
        #expect(try sandbox.run("return #string.rep('d', 6 << 20)") == [.integer(6 << 20)])
        #expect(try sandbox.run("local t = {} for i = 1, 16000 do t['k' .. i] = i end return t.k16000") == [.integer(16_000)])
        let error = sandbox.failure("local t = {} for i = 1, 40000 do t['k' .. i] = i end")
        #expect(error?.kind == .tableLimit, "\(String(describing: error))")
        #expect(error?.isLimit == true)
        #expect(try sandbox.isStillUsable())
        let unbounded = try Sandbox(limits: LuaLimits(tableKeys: 0))
        #expect(try unbounded.run("local t = {} for i = 1, 40000 do t['k' .. i] = i end return t.k40000") == [.integer(40_000)])
    }
}
