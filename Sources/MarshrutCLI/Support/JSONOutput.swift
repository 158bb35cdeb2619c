import Foundation
import MarshrutRules
import MarshrutService

/// Writes values as JSON with snake_case keys, the same names the documents use.
enum JSONOutput {
    static func encoder() -> JSONEncoder { JSONShape.encoder() }

    static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    /// Writes what ``string(_:)`` would give for `envelope(items)`, a piece at a time, so that a
    /// list of a million findings is never one string in memory.
    ///
    /// The text around the items is what the encoder writes for the envelope with the first item
    /// alone; each item is encoded on its own and indented as the encoder indents it there. When
    /// that text cannot be split that way, the whole value is encoded at once.
    static func write<Envelope: Encodable, Item: Encodable>(
        _ items: some Sequence<Item>, in envelope: ([Item]) -> Envelope, to write: (String) -> Void
    ) throws {
        let encoder = encoder()
        try self.write(
            items, in: envelope,
            encodingEach: { item, indent, out in
                append(try encoder.encode(item), indentedBy: indent, to: &out)
            }, to: write)
    }

    /// ``write(_:in:to:)`` for items whose JSON is a flat object of strings: each is written
    /// directly, with the same bytes, without the encoder's cost per item.
    static func write<Envelope: Encodable, Item: FlatJSONObject>(
        _ items: some Sequence<Item>, in envelope: ([Item]) -> Envelope, to write: (String) -> Void
    ) throws {
        try self.write(
            items, in: envelope,
            encodingEach: { item, indent, out in
                item.appendJSON(indentedBy: indent, to: &out)
            }, to: write)
    }

    private static func write<Envelope: Encodable, Item: Encodable>(
        _ items: some Sequence<Item>, in envelope: ([Item]) -> Envelope,
        encodingEach encodeItem: (Item, Int, inout [UInt8]) throws -> Void, to write: (String) -> Void
    ) throws {
        let encoder = encoder()
        var rest = items.makeIterator()
        guard let first = rest.next() else { return write(try string(envelope([])) + "\n") }
        let whole = String(decoding: try encoder.encode(envelope([first])), as: UTF8.self)
        var alone: [UInt8] = []
        try encodeItem(first, 0, &alone)
        let item = String(decoding: alone, as: UTF8.self)
        guard let indent = indentation(of: item, in: whole),
            let range = whole.range(of: indented(item, by: indent))
        else {
            return write(try string(envelope(Array(items))) + "\n")
        }
        var chunk = Array(whole[..<range.lowerBound].utf8)
        append(Array(item.utf8), indentedBy: indent, to: &chunk)
        while let next = rest.next() {
            chunk += Array(",\n".utf8) + Array(repeating: UInt8(ascii: " "), count: indent)
            try encodeItem(next, indent, &chunk)
            if chunk.count > 1 << 16 {
                write(String(decoding: chunk, as: UTF8.self))
                chunk.removeAll(keepingCapacity: true)
            }
        }
        write(String(decoding: chunk, as: UTF8.self) + whole[range.upperBound...] + "\n")
    }

    /// Appends `bytes` with every line after the first indented by `width` spaces.
    private static func append(_ bytes: some Sequence<UInt8>, indentedBy width: Int, to chunk: inout [UInt8]) {
        for byte in bytes {
            chunk.append(byte)
            if byte == UInt8(ascii: "\n") {
                chunk.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
            }
        }
    }

    /// How far the encoder indented `item`'s first line inside `whole`.
    private static func indentation(of item: String, in whole: String) -> Int? {
        guard let firstLine = item.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().first else { return nil }
        for line in whole.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed == firstLine.drop(while: { $0 == " " }), line.count > firstLine.count {
                return line.count - firstLine.count
            }
        }
        return nil
    }

    /// `text` with every line after the first indented by `width` spaces.
    private static func indented(_ text: String, by width: Int) -> String {
        var bytes: [UInt8] = []
        append(text.utf8, indentedBy: width, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A value whose JSON is one object of string members, which ``JSONOutput`` writes without the
/// encoder. `JSONOutputTests` holds the result to the encoder's, byte for byte.
protocol FlatJSONObject: Encodable {
    /// The members as the encoder names them (snake_case), in the encoder's sorted order.
    var jsonMembers: [(key: String, value: String)] { get }
}

extension FlatJSONObject {
    /// The encoder's pretty-printed text of the object, on its own.
    func flatJSON() -> [UInt8] {
        var out: [UInt8] = []
        appendJSON(indentedBy: 0, to: &out)
        return out
    }

    /// Appends the object's text with every line after the first indented by `indent` spaces.
    func appendJSON(indentedBy indent: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (index, member) in jsonMembers.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
            Self.appendQuoted(member.key, to: &out)
            out.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
            Self.appendQuoted(member.value, to: &out)
        }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        out.append(UInt8(ascii: "}"))
    }

    /// A JSON string as the encoder writes it with `.withoutEscapingSlashes`.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let utf8 = text.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: utf8)
        } else {
            let hex = Array("0123456789abcdef".utf8)
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
                case 0x08: out += Array("\\b".utf8)
                case 0x0C: out += Array("\\f".utf8)
                case UInt8(ascii: "\n"): out += Array("\\n".utf8)
                case UInt8(ascii: "\r"): out += Array("\\r".utf8)
                case UInt8(ascii: "\t"): out += Array("\\t".utf8)
                case 0..<0x20: out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension Finding: FlatJSONObject {
    var jsonMembers: [(key: String, value: String)] {
        [
            ("id", id), ("message", message), ("rule", rule), ("severity", severity.rawValue), ("source", source),
            ("subject", subject.rawValue),
        ]
    }
}

extension Award: FlatJSONObject {
    var jsonMembers: [(key: String, value: String)] {
        [
            ("id", id), ("incentive", incentive), ("kind", kind.rawValue), ("reason", reason), ("source", source),
            ("subject", subject.rawValue), ("title", title),
        ]
    }
}
