/// Why a file gives no table, as data: the front end chooses the words.
public enum SheetError: Error, Sendable, Hashable {
    /// Neither `.csv` nor `.xlsx` (the extension given).
    case unsupportedFormat(String)
    /// The file cannot be opened or read.
    case unreadable
    /// The file is larger than a reader takes.
    case fileTooLarge(bytes: Int, limit: Int)
    /// A workbook's parts unpack to more than a reader takes (a zip bomb, or a huge workbook).
    case unpackedTooLarge(limit: Int)
    /// More rows than a reader takes.
    case tooManyRows(limit: Int)
    /// More non-empty cells than a reader takes.
    case tooManyCells(limit: Int)
    /// A quoted CSV field that never closes, opened on this line.
    case unclosedQuote(line: Int)
    /// The file is not an `.xlsx` workbook (not a zip archive, or a part is missing).
    case notAWorkbook(missing: String)
    /// A part of the workbook is not well-formed XML.
    case badPart(String)
    /// A cell reference that names no cell Excel can hold, e.g. `XFE1`.
    case badCellReference(String)
}
