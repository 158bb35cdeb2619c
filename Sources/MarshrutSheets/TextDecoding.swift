import Foundation

/// The text of a file written by hand or by a spreadsheet: UTF-8, with or without a byte-order
/// mark, else Windows-1251 (what Russian Excel writes as «CSV (разделители — точки с запятой)»).
public enum TextDecoding {
    /// The encodings a file is read in.
    public enum Encoding: String, Sendable, Hashable {
        case utf8, windows1251
    }

    /// Decodes bytes as UTF-8 when they are valid UTF-8, else as Windows-1251; a leading
    /// byte-order mark is dropped.
    public static func decode(_ data: Data) -> (text: String, encoding: Encoding) {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let body = data.starts(with: bom) ? data.dropFirst(3) : data[...]
        if let text = String(bytes: body, encoding: .utf8) { return (text, .utf8) }
        return (Windows1251.decode(body), .windows1251)
    }
}
