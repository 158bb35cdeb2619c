/// Texts people type never carry control characters: an escape sequence stored in a name could
/// rewrite the screen of whoever lists it, and a line break could forge a table row. A long text
/// (a self-image, a reflection, a reason) may hold line breaks and tabs; a short one (a name, a
/// title, a tag) holds neither.
public enum TextSafety {
    /// The first character a text may not hold, if any.
    public static func forbidden(in text: String, multiline: Bool) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            if multiline, scalar == "\n" || scalar == "\t" { return false }
            return isControl(scalar)
        }
    }

    /// C0 and C1 controls, DEL, and the invisible marks that reorder or hide text (bidirectional
    /// overrides and isolates, line and paragraph separators).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// How a control character is named in a message: `U+001B`.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// Every text a subject carries, with its field path and whether it may span lines.
extension Route {
    var textFields: [(path: String, text: String, multiline: Bool)] {
        var found: [(path: String, text: String, multiline: Bool)] = []
        if let selfImage { found.append(("self_image", selfImage, true)) }
        for (i, s) in strengths.enumerated() { found.append(("strengths[\(i)].text", s.text, true)) }
        for (i, d) in deficits.enumerated() { found.append(("deficits[\(i)].text", d.text, true)) }
        for (i, a) in activities.enumerated() { found += a.textFields(at: "activities[\(i)]") }
        for (i, c) in corrections.enumerated() {
            found.append(("corrections[\(i)].change", c.change, true))
            found.append(("corrections[\(i)].reason", c.reason, true))
        }
        for (i, r) in reflections.enumerated() {
            found.append(("reflections[\(i)].text", r.text, true))
            for (j, tag) in r.tags.enumerated() { found.append(("reflections[\(i)].tags[\(j)]", tag, false)) }
            for (j, h) in r.history.enumerated() { found.append(("reflections[\(i)].history[\(j)].text", h.text, true)) }
        }
        return found
    }
}

extension Program {
    var textFields: [(path: String, text: String, multiline: Bool)] {
        var found: [(path: String, text: String, multiline: Bool)] = []
        for (i, a) in activities.enumerated() { found += a.textFields(at: "activities[\(i)]") }
        for (i, c) in changes.enumerated() { found.append(("changes[\(i)].reason", c.reason, true)) }
        return found
    }
}

extension Person {
    var textFields: [(path: String, text: String, multiline: Bool)] {
        var found: [(path: String, text: String, multiline: Bool)] = [("name", name, false)]
        if let school { found.append(("school", school, false)) }
        if let position { found.append(("position", position, false)) }
        if let subject { found.append(("subject", subject, false)) }
        for (field, preferences) in [("requests", requests), ("offers", offers)] {
            for (i, s) in (preferences?.subjects ?? []).enumerated() { found.append(("\(field).subjects[\(i)]", s, false)) }
        }
        return found
    }
}

extension Activity {
    func textFields(at path: String) -> [(path: String, text: String, multiline: Bool)] {
        var found: [(path: String, text: String, multiline: Bool)] = [("\(path).title", title, false)]
        if let product {
            found.append(("\(path).product.title", product.title, false))
            if let attitude = product.attitude { found.append(("\(path).product.attitude", attitude, true)) }
            if let reference = product.reference { found.append(("\(path).product.reference", reference, false)) }
        }
        return found
    }
}

extension ProblemList {
    /// Adds a problem for each text holding a control character it may not hold.
    mutating func checkTexts(_ fields: [(path: String, text: String, multiline: Bool)]) {
        for (path, text, multiline) in fields {
            if let scalar = TextSafety.forbidden(in: text, multiline: multiline) {
                add(path, .controlCharacter(TextSafety.name(scalar), multiline: multiline))
            }
        }
    }
}
