internal import CLua
internal import CLuaBridge

extension LuaState {
    /// Runs trusted host code and publishes the globals it defines to every environment.
    ///
    /// Trusted code sees the same base as scripts plus `debug.getinfo` (levels only, options
    /// `S`, `l`, `n`, `t`, `u`), e.g. to report the line of the script that called a helper:
    /// `debug.getinfo(2, "Sl").currentline`. Its globals live in a table of its own that only
    /// trusted code can write; after each run they are copied into the shared base, tables as
    /// live read-only views (trusted code may keep changing them, scripts cannot). Publishing
    /// happens when this returns: a global that trusted functions later *reassign* keeps its
    /// published value for scripts, so keep changing state in tables. Errors and limits hit in
    /// trusted chunks are located at the script line that led there.
    /// - Parameters:
    ///   - source: Lua source text.
    ///   - chunkName: The name in messages, e.g. `@Prelude/rules.lua` (an `@` is added if missing).
    /// - Returns: What the chunk returned.
    /// - Throws: ``LuaError`` when it does not compile, fails, or hits a limit.
    public func runTrusted(_ source: String, chunkName: String) throws(LuaError) -> [LuaValue] {
        let name = Self.normalizedChunkName(chunkName)
        trustedSources.insert(Self.shortSource(of: name))
        let base = lua_gettop(state)
        lb_push_host_globals(state)
        try compile(source, chunkName: name, environmentAt: -1, base: base)
        lua_rotate(state, base + 1, 1)
        lua_settop(state, -2)
        let results = try invoke(argumentCount: 0, base: base)
        let status = lb_host_publish(state)
        if status != LUA_OK {
            let error = popError(status: status)
            lua_settop(state, base)
            throw error
        }
        lua_settop(state, base)
        return results
    }

    /// Creates a fresh global table for one script.
    ///
    /// Globals the script assigns stay in it; reads of names it lacks fall through to the shared,
    /// read-only base. `_G` is the environment itself; `getmetatable(_ENV)` answers
    /// `"protected"`.
    public func makeEnvironment() -> LuaReference {
        lb_push_new_environment(state)
        return popReference()
    }

    /// Compiles a script into a function whose globals are `environment`.
    /// - Parameters:
    ///   - source: Lua source text; bytecode is refused.
    ///   - chunkName: The name in messages, e.g. `@Scripts/rules.lua` (an `@` is added if missing),
    ///     so that messages read `Scripts/rules.lua:12: …`.
    ///   - environment: An environment from ``makeEnvironment()``.
    /// - Returns: The compiled chunk; call it with ``call(_:arguments:)`` to run the script.
    /// - Throws: ``LuaError`` of kind ``LuaError/Kind-swift.enum/syntax``, or
    ///   ``LuaError/Kind-swift.enum/memoryLimit``.
    public func load(_ source: String, chunkName: String, environment: LuaReference) throws(LuaError) -> LuaReference {
        let base = lua_gettop(state)
        pushReference(environment)
        try compile(source, chunkName: Self.normalizedChunkName(chunkName), environmentAt: -1, base: base)
        let chunk = popReference()
        lua_settop(state, base)
        return chunk
    }

    /// Calls a function under the limits and reads its results back.
    ///
    /// The instruction budget and deadline are fresh for each call. Results are read with raw
    /// access (see ``value(of:)``).
    /// - Parameters:
    ///   - function: A chunk from ``load(_:chunkName:environment:)`` or a function read back.
    ///   - arguments: The arguments; pass views built once as `.reference`.
    /// - Returns: Everything the function returned.
    /// - Throws: ``LuaError``: a runtime error, or the limit that stopped the call.
    public func call(_ function: LuaReference, arguments: [LuaArgument]) throws(LuaError) -> [LuaValue] {
        let base = lua_gettop(state)
        guard lua_checkstack(state, Int32(clamping: arguments.count + 8)) != 0 else {
            throw LuaError(kind: .runtime, message: "too many arguments (\(arguments.count)) for one call")
        }
        pushReference(function)
        for argument in arguments {
            switch argument {
            case .value(let value): pushPlain(value)
            case .reference(let reference): pushReference(reference)
            }
        }
        return try invoke(argumentCount: arguments.count, base: base)
    }

    /// Compiles onto the stack; on failure restores the stack to `base` and throws.
    func compile(_ source: String, chunkName: String, environmentAt index: Int32, base: Int32) throws(LuaError) {
        let environment = lua_absindex(state, index)
        var text = source
        let status = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                lb_host_load(state, chars.baseAddress, chars.count, chunkName, environment)
            }
        }
        if status != LUA_OK {
            let error = popError(status: status)
            lua_settop(state, base)
            throw error
        }
    }

    /// Calls the function below `argumentCount` arguments; returns the results above `base`.
    func invoke(argumentCount: Int, base: Int32) throws(LuaError) -> [LuaValue] {
        let status = lb_host_call(state, Int32(argumentCount))
        if status != LUA_OK {
            let error = popError(status: status)
            lua_settop(state, base)
            throw error
        }
        let top = lua_gettop(state)
        var results: [LuaValue] = []
        results.reserveCapacity(Int(top - base))
        var budget = ReadBudget()
        if let allowance = readAllowance {
            budget.bytes = min(budget.bytes, allowance.bytes)
            budget.values = min(budget.values, allowance.values)
        }
        let start = (bytes: budget.bytes, values: budget.values)
        if top > base {
            for index in (base + 1)...top {
                results.append(readValue(at: index, budget: &budget))
            }
        }
        lua_settop(state, base)
        if let allowance = readAllowance {
            readAllowance = (max(0, allowance.bytes - (start.bytes - budget.bytes)), max(0, allowance.values - (start.values - budget.values)))
        }
        if budget.exceeded {
            throw LuaError(
                kind: .memoryLimit,
                message: """
                    the call returned more than \(Self.maximumReadBytes >> 20) MiB of text or \(Self.maximumReadValues) values \
                    to the host; return less (ids or a summary rather than whole records or long texts)
                    """)
        }
        return results
    }

    static func normalizedChunkName(_ name: String) -> String {
        name.hasPrefix("@") || name.hasPrefix("=") ? name : "@" + name
    }

    /// The name Lua prints for a chunk (its `short_src`).
    static func shortSource(of chunkName: String) -> String {
        let rest = Substring(chunkName.dropFirst())
        let limit = Int(LUA_IDSIZE) - 1
        guard rest.utf8.count > limit else { return String(rest) }
        if chunkName.hasPrefix("=") {
            return String(decoding: rest.utf8.prefix(limit), as: UTF8.self)
        }
        return "..." + String(decoding: rest.utf8.suffix(limit - 3), as: UTF8.self)
    }
}
