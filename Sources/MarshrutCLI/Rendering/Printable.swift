import MarshrutCore

/// Text made safe for a terminal: a control character a stored text should never hold (an
/// escape sequence, a carriage return, a bidirectional override) is shown as a visible sign
/// instead of acting on the screen.
enum Printable {
    /// Every control character but line breaks and tabs shown visibly; with `oneLine`, those too
    /// (a table cell must not break its row).
    static func text(_ text: String, oneLine: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { TextSafety.isControl($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !oneLine, scalar == "\n" || scalar == "\t" {
                out.append(scalar)
            } else if TextSafety.isControl(scalar) {
                out.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// What the program writes itself: text, line breaks, and (when colour is on) the colour
    /// sequences of `Style` — `ESC [ digits ; … m`. Any other control character is shown visibly.
    static func output(_ text: String, colour: Bool) -> String {
        guard text.unicodeScalars.contains(where: { TextSafety.isControl($0) && $0 != "\n" && $0 != "\t" }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if colour, scalar == "\u{1B}", let end = colourSequenceEnd(scalars, from: i) {
                out.append(contentsOf: scalars[i...end])
                i = end + 1
                continue
            }
            if scalar == "\n" || scalar == "\t" || !TextSafety.isControl(scalar) {
                out.append(scalar)
            } else {
                out.append(contentsOf: visible(scalar).unicodeScalars)
            }
            i += 1
        }
        return String(out)
    }

    /// The index of the `m` that ends a colour sequence starting at `start`, if it is one.
    private static func colourSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var i = start + 2
        while i < scalars.count, i - start < 16 {
            let s = scalars[i]
            if s == "m" { return i }
            guard ("0"..."9").contains(s) || s == ";" else { return nil }
            i += 1
        }
        return nil
    }

    /// ␛ for ESC, ␍ for CR and the other control pictures for C0; `<U+202E>` for the rest.
    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: String(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
        case 0x7F: "\u{2421}"
        default: "<\(TextSafety.name(scalar))>"
        }
    }

    /// An error message with every line cut to a sane length: a value someone typed or a
    /// document held is echoed to say what was wrong, not repeated whole (a 20 MB value).
    static func message(_ text: String, lineLimit: Int = 500) -> String {
        guard text.count > lineLimit else { return output(text, colour: false) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > lineLimit else { return String(line) }
            return String(line.prefix(lineLimit)) + "… " + CLIText.cut(line.count)
        }
        return output(lines.joined(separator: "\n"), colour: false)
    }
}
