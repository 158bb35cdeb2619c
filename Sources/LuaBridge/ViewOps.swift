/// Records encoded for ``LuaState/build(_:)``: each becomes a read-only view built in C, without
/// a `LuaValue` tree in between. JSON text the host already has (a stored body) goes in as it is
/// and is parsed straight into views.
///
/// A record has a kind (a small number the host chooses, 1...``LuaState/recordKinds``) and an id;
/// within a batch it has one view, which ``reference(kind:id:)`` shares. A record referenced but not
/// built yet is a lazy view that asks the batch's loader for its data when a script first reads it.
///
/// ```swift
/// var ops = ViewOps()
/// ops.record(kind: 2, id: "r1")
/// ops.field("stage", "implementation")
/// ops.key("teacher"); ops.reference(kind: 1, id: "ivanova")
/// ops.key("activities"); ops.json(#"[{"id":"a1","hours":16}]"#)
/// ops.end()
/// ```
public struct ViewOps: Sendable {
    /// The encoded bytes (see `lb_build.h` for the format).
    public private(set) var bytes: [UInt8] = []

    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public var isEmpty: Bool { bytes.isEmpty }

    /// Begins record `id` of `kind`; its fields follow, up to ``end()``.
    public mutating func record(kind: Int, id: String) {
        precondition(LuaState.recordKinds.contains(kind), "record kind \(kind) out of \(LuaState.recordKinds)")
        bytes.append(UInt8(ascii: "S"))
        bytes.append(UInt8(kind))
        append(id)
    }

    /// Begins a nested table; its items follow, up to ``end()``.
    public mutating func table(arrayCount: Int = 0, fieldCount: Int = 0) {
        bytes.append(UInt8(ascii: "t"))
        appendLength(arrayCount)
        appendLength(fieldCount)
    }

    /// Ends the current record or table.
    public mutating func end() {
        bytes.append(UInt8(ascii: "e"))
    }

    /// The key of the next value; a value without a key is appended to the table's list.
    public mutating func key(_ name: String) {
        bytes.append(UInt8(ascii: "k"))
        append(name)
    }

    public mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "s"))
        append(value)
    }

    /// A string given as its UTF-8 bytes (text read from storage without becoming a `String`).
    public mutating func string(utf8 value: [UInt8]) {
        bytes.append(UInt8(ascii: "s"))
        append(utf8: value)
    }

    public mutating func integer(_ value: Int64) {
        bytes.append(UInt8(ascii: "i"))
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func number(_ value: Double) {
        bytes.append(UInt8(ascii: "n"))
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func boolean(_ value: Bool) {
        bytes.append(UInt8(ascii: "b"))
        bytes.append(value ? 1 : 0)
    }

    /// A JSON value: objects and arrays become views, `null` no value.
    public mutating func json(_ text: String) {
        bytes.append(UInt8(ascii: "j"))
        append(text)
    }

    /// ``json(_:)`` for text given as its UTF-8 bytes.
    public mutating func json(utf8 text: [UInt8]) {
        bytes.append(UInt8(ascii: "j"))
        append(utf8: text)
    }

    /// A JSON object whose members become fields of the current record or table.
    public mutating func mergeJSON(_ text: String) {
        bytes.append(UInt8(ascii: "m"))
        append(text)
    }

    /// ``mergeJSON(_:)`` for text given as its UTF-8 bytes.
    public mutating func mergeJSON(utf8 text: [UInt8]) {
        bytes.append(UInt8(ascii: "m"))
        append(utf8: text)
    }

    /// The view of another record of the batch.
    public mutating func reference(kind: Int, id: String) {
        precondition(LuaState.recordKinds.contains(kind), "record kind \(kind) out of \(LuaState.recordKinds)")
        bytes.append(UInt8(ascii: "r"))
        bytes.append(UInt8(kind))
        append(id)
    }

    /// A string field; `nil` leaves it out.
    public mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            appendLength(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    private mutating func append(utf8: [UInt8]) {
        appendLength(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    private mutating func appendLength(_ count: Int) {
        precondition(count >= 0 && count <= Int(UInt32.max), "length \(count) does not fit view ops")
        withUnsafeBytes(of: UInt32(count).littleEndian) { bytes.append(contentsOf: $0) }
    }
}
