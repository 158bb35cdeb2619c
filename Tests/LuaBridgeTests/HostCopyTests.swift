@testable import LuaBridge
import Testing

/// What a script hands the host is bounded: shared tables are read once, and a call's results or
/// error message cannot make the host copy more than a fixed amount.
struct HostCopyTests {
    @Test func sharedTablesAreReadOnce() throws {
        let sandbox = try Sandbox()
        // 2^40 paths through 40 tables: read once per path, this never ends.
        let results = try sandbox.run("local t = {} for _ = 1, 40 do t = {t, t} end return t")
        var level = try #require(results.first?.tableValue)
        var depth = 0
        while let inner = level.array.first?.tableValue {
            #expect(level.array.count == 2)
            level = inner
            depth += 1
        }
        #expect(depth == 40)
    }

    @Test func aLongStringReturnedManyTimesIsRefused() throws {
        let sandbox = try Sandbox()
        let error = sandbox.failure(
            """
            local s = string.rep("x", 4 << 20)
            local t = {}
            for i = 1, 64 do t[i] = s end
            return t
            """)
        #expect(error?.kind == .memoryLimit, "\(String(describing: error))")
        #expect(error?.message.contains("returned more") == true, "\(String(describing: error?.message))")
        #expect(try sandbox.run("return string.rep('x', 1000)") == [.string(String(repeating: "x", count: 1000))])
    }

    @Test func aHugeErrorMessageIsCut() throws {
        let sandbox = try Sandbox()
        let error = try #require(sandbox.failure("error(string.rep('x', 1 << 20))"))
        #expect(error.message.utf8.count < 8192, "\(error.message.utf8.count) bytes")
        #expect(error.message.contains("bytes cut"))
    }
}
