import Mustache

/// Escapes data for Markdown: what would start markup is backslash-escaped (CommonMark allows
/// a backslash before any ASCII punctuation), and line breaks become spaces so a value stays
/// in its table cell.
struct MarkdownContent: MustacheContentType {
    static let name = "MARKDOWN"

    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "#"]

    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            if character.isNewline {
                escaped.append(" ")
            } else {
                if Self.special.contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
        }
        return escaped
    }

    /// Makes `{{% CONTENT_TYPE: MARKDOWN }}` known to the template parser; safe to repeat, since
    /// the library keeps its content types under a lock.
    static func register() {
        MustacheContentTypes.register(MarkdownContent(), named: name)
    }
}
