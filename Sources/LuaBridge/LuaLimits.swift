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

    /// The most Lua VM instructions one call may execute.
    public var instructionsPerCall: Int

    /// The most wall-clock seconds one call may run: a backstop for time spent in C functions,
    /// which execute no VM instructions. Checked every 1,000 instructions.
    public var secondsPerCall: Double

    /// The most matching steps one call of `string.find`, `match`, `gmatch` or `gsub` may need in
    /// the worst case.
    ///
    /// Pattern matching runs in C where no limit can interrupt it, so a call whose worst-case
    /// bound (computed from the pattern and the subject before matching) exceeds this is refused
    /// with a runtime error.
    public var patternSteps: Int

    /// Creates limits; the defaults suit rules that inspect one subject at a time.
    /// - Parameters:
    ///   - memoryBytes: The cap for the whole state (default 64 MiB).
    ///   - instructionsPerCall: The instruction budget of one call (default 20,000,000).
    ///   - secondsPerCall: The wall-clock budget of one call (default 2 s).
    ///   - patternSteps: The worst-case work one pattern call may need (default 50,000,000).
    public init(
        memoryBytes: Int = 64 << 20,
        instructionsPerCall: Int = 20_000_000,
        secondsPerCall: Double = 2.0,
        patternSteps: Int = 50_000_000
    ) {
        self.memoryBytes = memoryBytes
        self.instructionsPerCall = instructionsPerCall
        self.secondsPerCall = secondsPerCall
        self.patternSteps = patternSteps
    }
}
