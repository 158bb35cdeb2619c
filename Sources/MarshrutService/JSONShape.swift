import Foundation

/// How values are written as JSON by every front end: snake_case keys (the names the documents
/// use), sorted, pretty-printed. The command line's `--json` and the server's answers use this one
/// encoder, so both give the same bytes for the same value.
public enum JSONShape {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The decoder for JSON written with ``encoder()``.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    /// A value's JSON text, ending with a newline as `--json` prints it.
    public static func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self) + "\n"
    }
}
