/// One table written as CSV (RFC 4180): UTF-8 with a byte-order mark so spreadsheets read the
/// Cyrillic right, CRLF line ends, fields with a comma, quote or line break in double quotes.
struct CSVTable: Sendable {
    var name: String
    var header: [String]
    var rows: [[String]]

    /// The byte-order mark spreadsheets look for.
    static let byteOrderMark = "\u{FEFF}"

    var text: String {
        Self.byteOrderMark + ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field, quoted when it must be; quotes inside are doubled.
    static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
        guard needsQuotes else { return value }
        return "\"" + value.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
    }
}
