/// Field paths from the layout of block-style YAML text, for problems the parser reports
/// before any document exists (such as a repeated key).
enum YAMLOutline {
    /// The path of the key on `line` (1-based), e.g. `deficits[0].level`, or `nil` when the
    /// line holds no `key:`.
    static func path(ofLine line: Int, in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.indices.contains(line - 1), let (indent, key) = entry(lines[line - 1]), let key else { return nil }
        var parts = [key]
        var level = indent
        var i = line - 1
        // A key that starts a list item belongs to that item: count the item's index first.
        if lines[line - 1].trimmingLeadingSpaces.hasPrefix("- ") {
            parts[0] = "[\(itemIndex(lines, at: i, indent: indent - 2))].\(key)"
            level = indent - 2
        }
        while i > 0 {
            i -= 1
            guard let (otherIndent, otherKey) = entry(lines[i]) else { continue }
            let isItem = lines[i].trimmingLeadingSpaces.hasPrefix("- ")
            // An item's `- ` stands two columns left of its keys; that column decides nesting.
            guard (isItem ? otherIndent - 2 : otherIndent) < level else { continue }
            if isItem {
                let index = itemIndex(lines, at: i, indent: otherIndent - 2)
                parts.insert("[\(index)]", at: 0)  // the item's own key is a sibling, not a parent
                level = otherIndent - 2
            } else if let otherKey {
                parts.insert(otherKey, at: 0)
                level = otherIndent
            }
            if level == 0 { break }
        }
        return parts.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    /// The column where a line's key starts (after any `- `) and the key, if any.
    private static func entry(_ line: String) -> (Int, String?)? {
        let body = line.trimmingLeadingSpaces
        guard !body.isEmpty, !body.hasPrefix("#") else { return nil }
        var indent = line.count - body.count
        var rest = Substring(body)
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2); indent += 2 }
        guard let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains(" ") || rest.first == "\"" else { return (indent, nil) }
        return (indent, String(rest[..<colon]))
    }

    /// How many items of the same list stand before the item on line `i`.
    private static func itemIndex(_ lines: [String], at i: Int, indent: Int) -> Int {
        var count = 0
        var j = i
        while j > 0 {
            j -= 1
            let line = lines[j]
            let body = line.trimmingLeadingSpaces
            guard !body.isEmpty, !body.hasPrefix("#") else { continue }
            let lineIndent = line.count - body.count
            if lineIndent < indent { break }
            if lineIndent == indent && body.hasPrefix("- ") { count += 1 }
        }
        return count
    }
}

extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
