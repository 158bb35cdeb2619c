/// One table written as CSV the way Russian Excel opens it: fields separated by semicolons and
/// decimals written with a comma (the Russian locale's list and decimal separators), UTF-8 with a
/// byte-order mark so the Cyrillic reads right, CRLF line ends, and fields with a semicolon, quote
/// or line break in double quotes (RFC 4180's quoting).
struct CSVTable: Sendable {
    var name: String
    var header: [String]
    var rows: [[String]]

    /// The list separator of the Russian locale, which Excel there splits fields on.
    static let separator: Character = ";"

    /// The byte-order mark spreadsheets look for.
    static let byteOrderMark = "\u{FEFF}"

    var text: String {
        Self.byteOrderMark + ([header] + rows).map { $0.map(Self.field).joined(separator: String(Self.separator)) + "\r\n" }.joined()
    }

    /// A field, quoted when it must be; quotes inside are doubled. A text a spreadsheet would take
    /// for a formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage return, or their
    /// full-width forms) gets a leading `'`, as OWASP recommends against CSV injection; a plain
    /// number such as `-0,05` stays a number.
    static func field(_ value: String) -> String {
        let value = isFormulaLike(value) ? "'" + value : value
        let needsQuotes = value.contains { $0 == Self.separator || $0 == "\"" || $0.isNewline || $0 == "'" }
        guard needsQuotes else { return value }
        return "\"" + value.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
    }

    static let formulaLeaders: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    static func isFormulaLike(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, formulaLeaders.contains(first) else { return false }
        return !isPlainNumber(value)
    }

    /// `-12`, `+0,5`, `-0.05`: digits with at most one decimal comma or point after an optional sign.
    static func isPlainNumber(_ value: String) -> Bool {
        var rest = Substring(value)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let parts = rest.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
    }
}
