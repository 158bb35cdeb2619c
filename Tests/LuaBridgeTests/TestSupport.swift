import Testing
@testable import LuaBridge

/// A state with the test prelude, and helpers that run scripts in fresh environments.
struct Sandbox {
    /// Trusted host code as the rule engine might write it: shared data, a declaration helper that
    /// records the calling script's line, and a way to take the declarations.
    static let prelude = """
        shared = { name = "общий", list = { 1, 2, 3 }, nested = { deep = { value = 42 } } }
        local declared = {}
        function declare(spec)
            local caller = debug.getinfo(2, "Sl")
            declared[#declared + 1] = { spec = spec, line = caller.currentline, source = caller.short_src }
            return spec
        end
        function take()
            local result = declared
            declared = {}
            return result
        end
        function failInPrelude(message)
            error(message)
        end
        """

    let lua: LuaState

    init(limits: LuaLimits = LuaLimits()) throws {
        lua = try LuaState(limits: limits)
        try lua.registerRecordKinds(3)  // the record tests use kinds 1 to 3
        _ = try lua.runTrusted(Self.prelude, chunkName: "@Prelude/test.lua")
    }

    /// Loads `source` into a fresh environment and runs it.
    @discardableResult
    func run(
        _ source: String, chunkName: String = "@Scripts/test.lua",
        arguments: [LuaArgument] = []
    ) throws(LuaError) -> [LuaValue] {
        let chunk = try lua.load(source, chunkName: chunkName, environment: lua.makeEnvironment())
        defer { lua.release(chunk) }
        return try lua.call(chunk, arguments: arguments)
    }

    /// Runs `source` and returns the error it must raise.
    func failure(
        _ source: String, chunkName: String = "@Scripts/test.lua",
        arguments: [LuaArgument] = []
    ) -> LuaError? {
        do {
            try run(source, chunkName: chunkName, arguments: arguments)
            return nil
        } catch {
            return error
        }
    }

    /// Proves the state still works: a fresh script reads a fresh view and computes with it.
    func isStillUsable() throws -> Bool {
        lua.collectGarbage()
        let subject = lua.makeReadOnly(["name": "Иванова", "hours": [36, 72]])
        defer { lua.release(subject) }
        let results = try run(
            """
            local s = ...
            local total = 0
            for _, h in ipairs(s.hours) do total = total + h end
            return s.name .. ":" .. total .. ":" .. #shared.list
            """, arguments: [.reference(subject)])
        return results == [.string("Иванова:108:3")]
    }
}

/// Runs the body on a thread with a 16 MiB stack, as the engine must.
///
/// Swift Testing attributes expectations through task-local state, which a plain thread lacks:
/// the body returns what to check, and the test checks it on its own task.
func onLuaThread<T>(_ body: () throws -> T) throws -> T {
    try LuaThread.run { () throws -> T in try body() }
}
