/// The limits a ``LuaState`` enforces on the Lua code it runs.
///
/// Memory is capped for the whole state; the other limits apply to each host call
/// (``LuaState/call(_:arguments:)``, ``LuaState/runTrusted(_:chunkName:)``), and are re-armed
/// before every one.
///
/// ```swift
/// var limits = LuaLimits()
/// limits.instructionsPerCall = 1_000_000
/// let lua = try LuaState(limits: limits)
/// ```
public struct LuaLimits: Sendable, Hashable {
    /// The most bytes the whole state may allocate, including tables the host built.
    ///
    /// Scripts that need more fail with ``LuaError/Kind-swift.enum/memoryLimit``. The host's own
    /// building (``LuaState/makeReadOnly(_:)`` and the like) is counted but never refused.
    public var memoryBytes: Int

    /// The most Lua VM instructions one call may execute once it is counted (see
    /// ``uncountedSeconds``).
    public var instructionsPerCall: Int

    /// How long a call runs before its instructions are counted.
    ///
    /// Counting every instruction roughly doubles the cost of tight loops, while a rule's call
    /// usually ends within microseconds. So a call starts uncounted; once it has run this long
    /// (measured by a watcher thread, a few milliseconds late at most) it is interrupted, and
    /// from then on every instruction counts against ``instructionsPerCall`` and the time limit
    /// is checked every 1,000 instructions. A call that ends sooner is never counted. An endless
    /// loop is therefore stopped after this grace plus the instruction budget. `0` counts every
    /// call from its first instruction.
    public var uncountedSeconds: Double

    /// The most wall-clock seconds one call may run: a backstop for time spent in C functions,
    /// which execute no VM instructions. Checked every 1,000 counted instructions and whenever a
    /// library function returns.
    public var secondsPerCall: Double

    /// The most matching steps one call of `string.find`, `match`, `gmatch` or `gsub` may need in
    /// the worst case.
    ///
    /// Pattern matching runs in C where no limit can interrupt it, so a call whose worst-case
    /// bound (computed from the pattern and the subject before matching) exceeds this is refused
    /// with a runtime error.
    public var patternSteps: Int

    /// The most keys a table may hold besides its list entries (`t[1]`, `t[2]`, … stay unbounded),
    /// rounded up to a power of two; `0` bounds nothing.
    ///
    /// Lua moves a table's keys to a larger hash part inside one assignment, where no other limit
    /// can act, and integer keys chosen to collide make that move quadratic (on this machine's
    /// liblua5.4, 32,768 such keys take 1.3 s in one assignment, 16,384 take 0.3 s). Bounding the
    /// part bounds the time. A script past it fails with ``LuaError/Kind-swift.enum/tableLimit``.
    public var tableKeys: Int

    /// Creates limits; the defaults suit rules that inspect one subject at a time.
    /// - Parameters:
    ///   - memoryBytes: The cap for the whole state (default 64 MiB).
    ///   - instructionsPerCall: The instruction budget of one call (default 20,000,000).
    ///   - uncountedSeconds: How long a call runs before it is counted (default 0.01 s).
    ///   - secondsPerCall: The wall-clock budget of one call (default 2 s).
    ///   - patternSteps: The worst-case work one pattern call may need (default 50,000,000).
    ///   - tableKeys: The most keys a table holds besides its list entries (default 16,384).
    public init(
        memoryBytes: Int = 64 << 20,
        instructionsPerCall: Int = 20_000_000,
        uncountedSeconds: Double = 0.01,
        secondsPerCall: Double = 2.0,
        patternSteps: Int = 50_000_000,
        tableKeys: Int = 16_384
    ) {
        self.tableKeys = tableKeys
        self.memoryBytes = memoryBytes
        self.instructionsPerCall = instructionsPerCall
        self.uncountedSeconds = uncountedSeconds
        self.secondsPerCall = secondsPerCall
        self.patternSteps = patternSteps
    }
}
