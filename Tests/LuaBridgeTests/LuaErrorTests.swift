import Testing
@testable import LuaBridge

struct LuaErrorTests {
    @Test func syntaxErrorsNameTheChunkAndLine() throws {
        let sandbox = try Sandbox()
        let env = sandbox.lua.makeEnvironment()
        #expect {
            _ = try sandbox.lua.load("local a = 1\nlocal b = 2\nlocal = 3", chunkName: "@Scripts/x.lua", environment: env)
        } throws: { error in
            guard let error = error as? LuaError else { return false }
            return error.kind == .syntax && error.message.hasPrefix("Scripts/x.lua:3:")
                && error.location == "Scripts/x.lua:3" && error.traceback == nil
        }
    }

    @Test func chunkNamesGetAnAtWhenMissing() throws {
        let sandbox = try Sandbox()
        let error = sandbox.failure("\n\nerror('boom')", chunkName: "Scripts/plain.lua")
        #expect(error?.message == "Scripts/plain.lua:3: boom")
    }

    @Test func bytecodeIsRefused() throws {
        let sandbox = try Sandbox()
        let error = sandbox.failure("\u{1B}Lua\u{54}\u{00}")
        #expect(error?.kind == .syntax)
        #expect(error?.message.contains("attempt to load a binary chunk") == true)
    }

    @Test func runtimeErrorsCarryLocationAndTraceback() throws {
        let sandbox = try Sandbox()
        let subject = sandbox.lua.makeReadOnly(["title": "ИКТ"])
        let error = sandbox.failure(
            """
            local s = ...
            local function due(route)
                return route.plan.due
            end
            local result = due(s)
            return result
            """, chunkName: "@Scripts/x.lua", arguments: [.reference(subject)])
        #expect(error?.kind == .runtime)
        #expect(error?.message == "Scripts/x.lua:3: attempt to index a nil value (field 'plan')")
        #expect(error?.location == "Scripts/x.lua:3")
        let traceback = error?.traceback ?? ""
        #expect(traceback.hasPrefix("stack traceback:"))
        #expect(traceback.contains("Scripts/x.lua:3: in upvalue 'due'") || traceback.contains("Scripts/x.lua:3: in local 'due'"))
        #expect(traceback.contains("Scripts/x.lua:5: in main chunk"))
    }

    @Test func errorsInTrustedCodeAreLocatedInTheCallingScript() throws {
        let sandbox = try Sandbox()
        let error = sandbox.failure("local x = 1\nfailInPrelude('bad declaration')", chunkName: "@Scripts/y.lua")
        #expect(error?.message == "Prelude/test.lua:14: bad declaration")
        #expect(error?.location == "Scripts/y.lua:2")
    }

    @Test func limitsHitInTrustedCodeAreLocatedInTheCallingScript() throws {
        let sandbox = try Sandbox(limits: LuaLimits(instructionsPerCall: 100_000))
        _ = try sandbox.lua.runTrusted("function spin() while true do end end", chunkName: "@Prelude/spin.lua")
        let error = sandbox.failure("local x = 1\nspin()", chunkName: "@Scripts/s.lua")
        #expect(error?.kind == .instructionLimit)
        #expect(error?.location == "Scripts/s.lua:2")
        #expect(error?.message.hasPrefix("Scripts/s.lua:2: instruction limit exceeded") == true)
        #expect(error?.traceback?.contains("Prelude/spin.lua:1") == true)
    }

    @Test func errorLevelsPointAtTheCaller() throws {
        let sandbox = try Sandbox()
        let error = sandbox.failure(
            """
            local function need(v) if not v then error("value required", 2) end end
            need(nil)
            """, chunkName: "@Scripts/z.lua")
        #expect(error?.message == "Scripts/z.lua:2: value required")
    }

    @Test(arguments: [
        ("error({ code = 1 })", "Scripts/e.lua:1: (error object is a table value)"),
        (
            "error(setmetatable({}, { __tostring = function() while true do end end }))",
            "Scripts/e.lua:1: (error object is a table value)"
        ),
        ("error()", "Scripts/e.lua:1: (error object is a nil value)"),
        ("error(42)", "42"),
        ("error(true)", "Scripts/e.lua:1: (error object is a boolean value)"),
    ])
    func nonStringErrorObjectsAreDescribedByType(source: String, message: String) throws {
        let sandbox = try Sandbox()
        let error = sandbox.failure(source, chunkName: "@Scripts/e.lua")
        #expect(error?.kind == .runtime)
        #expect(error?.message == message)
        #expect(try sandbox.isStillUsable())
    }

    @Test func trustedCodeKnowsTheCallingScriptsLine() throws {
        let sandbox = try Sandbox()
        try sandbox.run("\n\ndeclare { id = 'a' }\ndeclare { id = 'b' }", chunkName: "@Scripts/rules.lua")
        let taken = try sandbox.lua.call(sandbox.lua.makeEnvironment().taking(from: sandbox), arguments: [])
        let declared = taken.first?.tableValue?.array ?? []
        #expect(declared.map { $0["line"] } == [3, 4])
        #expect(declared.map { $0["source"] } == ["Scripts/rules.lua", "Scripts/rules.lua"])
        #expect(declared.map { $0["spec"]["id"] } == ["a", "b"])
    }

    @Test func describesItselfByItsMessage() {
        let error = LuaError(kind: .runtime, message: "Scripts/x.lua:1: boom", location: "Scripts/x.lua:1")
        #expect(error.description == "Scripts/x.lua:1: boom")
        #expect(!error.isLimit)
        #expect(LuaError(kind: .timeLimit, message: "").isLimit)
    }
}

extension LuaReference {
    /// The trusted `take` function, reached through a script in this environment.
    fileprivate func taking(from sandbox: Sandbox) throws -> LuaReference {
        let chunk = try sandbox.lua.load("return take", chunkName: "@Scripts/take.lua", environment: self)
        guard case .function(let take) = try sandbox.lua.call(chunk, arguments: []).first else {
            throw LuaError(kind: .runtime, message: "take is not a function")
        }
        return take
    }
}
