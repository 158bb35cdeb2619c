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
        _ items: [Item], in envelope: ([Item]) -> Envelope, to write: (String) -> Void
    ) throws {
        let encoder = encoder()
        guard let first = items.first else { return write(try string(envelope(items)) + "\n") }
        let whole = String(decoding: try encoder.encode(envelope([first])), as: UTF8.self)
        let item = String(decoding: try encoder.encode(first), as: UTF8.self)
        guard let indent = indentation(of: item, in: whole),
              let range = whole.range(of: indented(item, by: indent)) else {
            return write(try string(envelope(items)) + "\n")
        }
        var chunk = String(whole[..<range.lowerBound]) + indented(item, by: indent)
        for next in items.dropFirst() {
            chunk += ",\n" + String(repeating: " ", count: indent)
                + indented(String(decoding: try encoder.encode(next), as: UTF8.self), by: indent)
            if chunk.utf8.count > 1 << 16 {
                write(chunk)
                chunk = ""
            }
        }
        write(chunk + whole[range.upperBound...] + "\n")
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
        text.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: width))
    }
}
