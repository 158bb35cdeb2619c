/// A paragraph: runs of text, each plain or bold, and how the lines are aligned.
///
/// A line break inside a run's text breaks the line in print, as people typed it.
public struct PrintParagraph: Sendable, Hashable {
    public enum Alignment: String, Sendable, Hashable {
        case left, center, right, justify
    }

    public var runs: [PrintRun]
    public var alignment: Alignment

    public init(_ runs: [PrintRun], alignment: Alignment = .left) {
        self.runs = runs
        self.alignment = alignment
    }

    /// All the paragraph's text, for tests and searches.
    public var text: String { runs.map(\.text).joined() }
}

/// A stretch of text in one style.
public struct PrintRun: Sendable, Hashable {
    public var text: String
    public var bold: Bool

    public init(_ text: String, bold: Bool = false) {
        self.text = text
        self.bold = bold
    }
}
