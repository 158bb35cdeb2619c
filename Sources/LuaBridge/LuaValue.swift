/// A value crossing the boundary between Swift and Lua, in either direction.
///
/// Lua distinguishes integers from floats, and so does `LuaValue`: `.integer(3)` and
/// `.number(3.0)` are different values. Strings are UTF-8; bytes that are not valid UTF-8 are
/// read back as U+FFFD.
///
/// ```swift
/// let subject: LuaValue = ["name": "Иванова", "hours": 72]
/// ```
public enum LuaValue: Sendable, Hashable {
    /// Lua's `nil`.
    case `nil`
    /// A boolean.
    case boolean(Bool)
    /// A Lua integer (64-bit).
    case integer(Int64)
    /// A Lua float.
    case number(Double)
    /// A string.
    case string(String)
    /// A table: its sequence `1...n` as ``LuaTable/array`` and its other keys as
    /// ``LuaTable/fields``.
    case table(LuaTable)
    /// A function, kept alive in the state's registry; read back only. Release it with
    /// ``LuaState/release(_:)`` when no longer needed.
    case function(LuaReference)
    /// A value the state already holds, e.g. a view built earlier; pushed as that same value.
    ///
    /// This is how views refer to each other: a field set to `.reference(personView)` makes the
    /// field *be* that view, so cycles cost nothing. Never produced when reading back.
    case reference(LuaReference)
    /// A value the host cannot represent (a userdata, a thread, or a table nested too deeply or
    /// in a cycle): its Lua type name.
    case other(String)
}

extension LuaValue {
    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The integer, if this is an integer or a float with an exact integer value.
    public var integerValue: Int64? {
        switch self {
        case .integer(let value): value
        case .number(let value): Int64(exactly: value)
        default: nil
        }
    }

    /// The number as a `Double`, if this is an integer or a float.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The boolean, if this is a boolean.
    public var boolValue: Bool? {
        if case .boolean(let value) = self { value } else { nil }
    }

    /// The table, if this is a table.
    public var tableValue: LuaTable? {
        if case .table(let value) = self { value } else { nil }
    }

    /// Whether Lua would treat this value as true: anything but `nil` and `false`.
    public var isTruthy: Bool {
        switch self {
        case .nil, .boolean(false): false
        default: true
        }
    }

    /// The field `key` of a table, or `.nil` for anything else.
    public subscript(key: String) -> LuaValue {
        tableValue?.fields[key] ?? .nil
    }
}
