import Foundation

/// A table read from a file a person keeps: the rows of a CSV file or of a workbook's first
/// worksheet, each with the number the person sees beside it (the CSV line where the row begins,
/// or Excel's row number).
///
/// Only non-empty cells are kept, by column (0 for A): a row that Excel stores with its empty cells
/// left out still places each value in its column.
///
/// ```swift
/// let sheet = try Sheet.read(URL(fileURLWithPath: "staff.xlsx"))
/// for row in sheet.rows { print(row.number, row[0]?.text ?? "") }
/// ```
public struct Sheet: Sendable, Hashable {
    /// The rows that hold at least one cell, in order.
    public var rows: [Row]
    /// What the file was.
    public var format: Format
    /// Whether the workbook counts its date serials from 1904 (old Mac Excel), not 1900.
    public var uses1904Dates: Bool

    public init(rows: [Row], format: Format, uses1904Dates: Bool = false) {
        self.rows = rows
        self.format = format
        self.uses1904Dates = uses1904Dates
    }

    /// The kinds of file a sheet is read from.
    public enum Format: String, Sendable, Hashable {
        /// Comma- or semicolon-separated text, in UTF-8 or Windows-1251.
        case csv
        /// An Office Open XML workbook.
        case xlsx
    }

    /// One row: its number as a person sees it and its non-empty cells by column.
    public struct Row: Sendable, Hashable {
        public var number: Int
        public var cells: [Int: Cell]

        public init(number: Int, cells: [Int: Cell]) {
            self.number = number
            self.cells = cells
        }

        /// The cell in a column (0 for A), if it holds anything.
        public subscript(column: Int) -> Cell? { cells[column] }
    }

    /// One value as the file stores it: text, or a number (a date in a workbook is a number).
    public struct Cell: Sendable, Hashable {
        public var text: String
        /// Whether a workbook stored the value as a number (never true in CSV).
        public var isNumber: Bool
        /// Whether the workbook's styles show the number as a date: `nil` when the workbook has
        /// no styles to tell.
        public var isDateStyled: Bool?

        public init(_ text: String, isNumber: Bool = false, isDateStyled: Bool? = nil) {
            self.text = text
            self.isNumber = isNumber
            self.isDateStyled = isDateStyled
        }
    }

    /// How much of a file a reader takes before it refuses: hostile or mistaken files must not
    /// exhaust memory.
    public struct Limits: Sendable, Hashable {
        /// The largest file read at all.
        public var fileBytes: Int
        /// The most bytes a workbook's parts may unpack to, together.
        public var unpackedBytes: Int
        /// The most non-empty rows, a header row included.
        public var rows: Int
        /// The most non-empty cells.
        public var cells: Int

        public init(fileBytes: Int = 20_000_000, unpackedBytes: Int = 100_000_000, rows: Int = 20_000, cells: Int = 1_000_000) {
            self.fileBytes = fileBytes
            self.unpackedBytes = unpackedBytes
            self.rows = rows
            self.cells = cells
        }
    }
}

extension Sheet {
    /// Reads a `.csv` or `.xlsx` file, chosen by its extension.
    ///
    /// - Throws: ``SheetError`` naming what is wrong and where; a file over a limit is refused
    ///   before it is read whole.
    public static func read(_ url: URL, limits: Limits = Limits()) throws(SheetError) -> Sheet {
        let format: Format
        switch url.pathExtension.lowercased() {
        case "csv", "txt": format = .csv
        case "xlsx": format = .xlsx
        default: throw .unsupportedFormat(url.pathExtension)
        }
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw .unreadable
        }
        guard size <= limits.fileBytes else { throw .fileTooLarge(bytes: size, limit: limits.fileBytes) }
        switch format {
        case .csv:
            guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable }
            guard data.count <= limits.fileBytes else { throw .fileTooLarge(bytes: data.count, limit: limits.fileBytes) }
            return try CSVReader(limits: limits).read(data)
        case .xlsx:
            return try XLSXReader(limits: limits).read(url)
        }
    }
}
