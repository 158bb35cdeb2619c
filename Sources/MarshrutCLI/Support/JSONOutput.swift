import Foundation

/// Writes values as JSON with snake_case keys, the same names the documents use.
enum JSONOutput {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

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
        var rest = items.makeIterator()
        guard let first = rest.next() else { return write(try string(envelope([])) + "\n") }
        let whole = String(decoding: try encoder.encode(envelope([first])), as: UTF8.self)
        let item = String(decoding: try encoder.encode(first), as: UTF8.self)
        guard let indent = indentation(of: item, in: whole),
              let range = whole.range(of: indented(item, by: indent)) else {
            return write(try string(envelope(Array(items))) + "\n")
        }
        var chunk = Array(whole[..<range.lowerBound].utf8)
        append(Array(item.utf8), indentedBy: indent, to: &chunk)
        while let next = rest.next() {
            chunk += Array(",\n".utf8) + Array(repeating: UInt8(ascii: " "), count: indent)
            append(try encoder.encode(next), indentedBy: indent, to: &chunk)
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
