/// A Lua table as a value: a sequence and named fields.
///
/// When read back from Lua, ``array`` holds the values at keys `1, 2, …` up to the first `nil`,
/// and ``fields`` the string keys; any other number key appears in ``fields`` in its decimal form
/// (a string key of the same spelling wins), and keys of other types are left out. Field order
/// is irrelevant: two tables are equal when their sequences and field sets are.
public struct LuaTable: Sendable, Hashable {
    /// The values at keys `1...array.count`, in order.
    public var array: [LuaValue]
    /// The values at string keys.
    public var fields: [String: LuaValue]

    /// Creates a table.
    /// - Parameters:
    ///   - array: The sequence, stored at keys `1...array.count`.
    ///   - fields: The named fields.
    public init(array: [LuaValue] = [], fields: [String: LuaValue] = [:]) {
        self.array = array
        self.fields = fields
    }

    /// The field `key`, or `.nil`; assigning `.nil` removes the field.
    public subscript(key: String) -> LuaValue {
        get { fields[key] ?? .nil }
        set { fields[key] = newValue == .nil ? nil : newValue }
    }

    /// Whether the table has neither a sequence nor fields.
    public var isEmpty: Bool { array.isEmpty && fields.isEmpty }
}

extension LuaTable: ExpressibleByArrayLiteral {
    /// Creates a table holding a sequence.
    public init(arrayLiteral elements: LuaValue...) { self.init(array: elements) }
}

extension LuaTable: ExpressibleByDictionaryLiteral {
    /// Creates a table holding fields.
    public init(dictionaryLiteral elements: (String, LuaValue)...) {
        self.init(fields: Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
