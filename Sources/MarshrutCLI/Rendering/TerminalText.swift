extension String {
    /// The text with every control character written as a visible escape (`\u{1B}`), so that what
    /// a script put in a message cannot move the cursor, set the window title, reach the clipboard
    /// or rewrite a line when printed: C0 (line feeds and tabs too, a message is one line), DEL
    /// and C1.
    var terminalSafe: String {
        guard unicodeScalars.contains(where: \.isTerminalControl) else { return self }
        var safe = ""
        safe.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if scalar.isTerminalControl {
                safe += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                safe.unicodeScalars.append(scalar)
            }
        }
        return safe
    }
}

private extension Unicode.Scalar {
    var isTerminalControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
