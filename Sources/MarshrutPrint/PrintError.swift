/// What stopped a document from being made; the words are chosen where it is shown (`text`).
public enum PrintError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The Word package could not be zipped: the library's reason.
    case cannotPackage(String)
    /// No Chromium to print a PDF with: where it was looked for.
    case noChromium(searched: [String])
    /// Chromium ran but made no PDF: its exit status and the end of its log.
    case chromiumFailed(status: Int32, log: String)
    /// Chromium did not finish within the seconds given, and was stopped.
    case chromiumTimedOut(seconds: Double)
    /// A file around the printing could not be written or read: the path and the system's reason.
    case file(String, String)

    public var description: String { text }
}
