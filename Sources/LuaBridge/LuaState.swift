internal import CLua
internal import CLuaBridge

/// A sandboxed Lua 5.4 state: one trusted prelude, many script environments, read-only views of
/// the host's data, and calls under limits.
///
/// The state knows Lua, not the domain. A typical run:
///
/// ```swift
/// let lua = try LuaState()
/// _ = try lua.runTrusted(prelude, chunkName: "@Prelude/rules.lua")
/// let env = lua.makeEnvironment()
/// let chunk = try lua.load(script, chunkName: "@Scripts/rules.lua", environment: env)
/// let declared = try lua.call(chunk, arguments: [])
/// let subject = lua.makeReadOnly(["name": "Иванова", "hours": 72])
/// let result = try lua.call(rule, arguments: [.reference(subject)])
/// ```
///
/// Scripts see only `string`, `table`, `math`, `utf8` and the safe base functions, plus what
/// trusted code published; shared tables are read-only. Every call runs under ``limits``; a
/// limit stops the whole call and cannot be caught by the script's `pcall`.
///
/// A state is not `Sendable`: use it from one thread at a time (it may move between threads, as
/// between successive ``LuaThread/run(stackSize:_:)`` calls). Lua's C code recurses on the calling
/// thread's stack (up to its limit of 200 nested C calls), so call into a state from a thread with
/// a large stack, such as one that ``LuaThread/run(stackSize:_:)`` starts.
public final class LuaState {
    let state: OpaquePointer
    let identity: UInt64
    /// Short source names (as Lua prints them) of trusted chunks, skipped when locating errors.
    var trustedSources: Set<String> = []
    /// The current batch's loader of records (see ``beginBatch(loader:)``).
    var recordLoader: RecordLoader?

    /// What all calls together may still copy into the host, besides each call's own bound:
    /// bytes of text and values. `nil` bounds each call alone. A host sets it for a phase whose
    /// calls together must stay small (loading scripts: their declarations) and clears it after;
    /// a call that would pass it fails as a call past its own bound does.
    public var readAllowance: (bytes: Int, values: Int)?

    /// The limits; a change applies from the next call on.
    public var limits: LuaLimits {
        didSet { applyLimits() }
    }

    /// Creates a state with the sandbox set up.
    /// - Parameter limits: The limits for everything the state runs.
    /// - Throws: ``LuaError`` of kind ``LuaError/Kind-swift.enum/memoryLimit`` when the sandbox
    ///   does not fit in `limits.memoryBytes`.
    public init(limits: LuaLimits = LuaLimits()) throws(LuaError) {
        guard let state = lb_newstate(Self.byteCount(limits.memoryBytes)) else {
            throw LuaError(kind: .memoryLimit, message: "could not create a Lua state: out of memory")
        }
        self.state = state
        self.identity = UInt64.random(in: 1...UInt64.max)
        self.limits = limits
        applyLimits()
        let status = lb_host_open(state)
        if status != LUA_OK {
            throw popError(status: status)
        }
    }

    deinit {
        lb_close(state)
    }

    /// The bytes the state has allocated, including garbage not yet collected.
    public var memoryInUse: Int { Int(lb_memory_used(state)) }

    /// Runs a full garbage collection, e.g. after releasing a batch of views.
    public func collectGarbage() {
        clua_gc_collect(state)
    }

    /// Releases a reference; its value may then be collected.
    public func release(_ reference: LuaReference) {
        checkOwner(reference)
        luaL_unref(state, clua_registry_index(), reference.slot)
    }

    /// Reads a referenced value back.
    ///
    /// Reading uses raw access only: no metamethod of the value runs. Read-only views read as
    /// the data they show; functions come back as new references (release them); tables nested
    /// deeper than 100 levels or in a cycle come back as `.other("table")`.
    public func value(of reference: LuaReference) -> LuaValue {
        let base = lua_gettop(state)
        defer { lua_settop(state, base) }
        pushReference(reference)
        return readValue(at: -1)
    }

    private func applyLimits() {
        lb_set_limits(
            state,
            Self.byteCount(limits.memoryBytes),
            Int64(max(1, limits.instructionsPerCall)),
            max(0, min(limits.uncountedSeconds, limits.secondsPerCall)),
            max(0, limits.secondsPerCall),
            Double(max(0, limits.patternSteps))
        )
        lb_set_table_keys(state, max(0, limits.tableKeys))
    }

    private static func byteCount(_ bytes: Int) -> Int {
        max(0, bytes)
    }
}

@available(*, unavailable, message: "a LuaState belongs to the thread that uses it")
extension LuaState: Sendable {}
