/// An opaque handle to a value a ``LuaState`` keeps alive in its registry: a compiled chunk, a
/// function read back, an environment or a read-only view.
///
/// A reference is valid only in the state that made it, until ``LuaState/release(_:)``; using it
/// with another state stops the program. Released slots are reused, so do not keep a released
/// reference.
public struct LuaReference: Sendable, Hashable, CustomStringConvertible {
    let slot: Int32
    let owner: UInt64

    /// A short description for logs, e.g. `LuaReference(#12)`.
    public var description: String { "LuaReference(#\(slot))" }
}

/// One argument of ``LuaState/call(_:arguments:)``.
public enum LuaArgument: Sendable, Hashable {
    /// A value, pushed fresh for this call (tables as new, writable tables).
    case value(LuaValue)
    /// A value the state already holds, such as a read-only view built once for many calls.
    case reference(LuaReference)
}
