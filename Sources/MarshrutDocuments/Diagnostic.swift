import MarshrutCore

/// One problem in a document file: the file, the line when known, the field path, and the fix.
///
/// Reads like a compiler's message: `Routes/ivanova.yaml:23: deficits[1].area: unknown area "ikt" (…)`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var path: String
    public var message: String

    public init(file: String, line: Int?, path: String, message: String) {
        self.file = file
        self.line = line
        self.path = path
        self.message = message
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if !path.isEmpty { text += "\(path): " }
        return text + message
    }
}

/// Documents that cannot be read or do not hold together; every problem found is listed.
public struct DocumentError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        let count = diagnostics.count
        let head = count == 1 ? "" : DocumentText.problemCount(count) + "\n"
        return head + diagnostics.map(\.description).joined(separator: "\n")
    }
}
