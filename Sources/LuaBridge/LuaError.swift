/// An error from compiling or running Lua code, or a limit that stopped it.
///
/// ```swift
/// do { _ = try lua.call(rule, arguments: [.reference(subject)]) }
/// catch { print(error.kind, error.location ?? "?", error.message) }
/// ```
public struct LuaError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The text does not compile (or is not text: bytecode is refused).
        case syntax
        /// The code raised an error while running.
        case runtime
        /// The call executed more VM instructions than ``LuaLimits/instructionsPerCall``.
        case instructionLimit
        /// The state needed more memory than ``LuaLimits/memoryBytes``.
        case memoryLimit
        /// The call ran longer than ``LuaLimits/secondsPerCall``.
        case timeLimit
        /// A table's keyed part grew past ``LuaLimits/tableKeys``.
        case tableLimit
    }

    /// What went wrong.
    public var kind: Kind
    /// The message, usually starting with its place, e.g.
    /// `Scripts/x.lua:12: attempt to index a nil value (field 'due')`.
    public var message: String
    /// The innermost place in a script (not in trusted host code) involved, e.g.
    /// `Scripts/x.lua:12`, when known.
    public var location: String?
    /// Lua's stack traceback at the error, when one was taken.
    public var traceback: String?

    /// Creates an error.
    public init(kind: Kind, message: String, location: String? = nil, traceback: String? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
        self.traceback = traceback
    }

    /// Whether a limit, rather than the code itself, stopped the run.
    public var isLimit: Bool {
        switch kind {
        case .instructionLimit, .memoryLimit, .timeLimit, .tableLimit: true
        case .syntax, .runtime: false
        }
    }

    /// The message.
    public var description: String { message }
}
