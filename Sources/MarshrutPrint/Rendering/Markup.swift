import MarshrutCore

/// Plain text made safe to stand in HTML or XML.
///
/// Stored texts should hold no control characters (the core refuses them), but a printed document
/// is also made from a server's answer or an old file: whatever arrives, nothing in it can end
/// an element, start one, or make the XML unreadable. XML 1.0 cannot hold C0 controls other than
/// tab and line breaks, nor U+FFFE and U+FFFF, even as character references, so those are dropped;
/// the C1 controls and the marks that reorder text invisibly go too.
enum Markup {
    /// The text without what a page must not hold: line breaks become `\n`, a tab a space, other
    /// controls and the characters XML 1.0 forbids are removed.
    static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            switch scalar {
            case "\n": if !afterReturn { result.append("\n") }
            case "\r", "\u{2028}", "\u{2029}": result.append("\n")
            case "\t": result.append(" ")
            case "\u{FFFE}", "\u{FFFF}": continue
            default: if !TextSafety.isControl(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// The cleaned text with `&`, `<`, `>`, `"` and `'` written as references, fit for element
    /// content and for attribute values in either quote.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in clean(text) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// The cleaned, escaped text cut at its line breaks.
    static func lines(_ text: String) -> [String] {
        clean(text).split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
    }
}
