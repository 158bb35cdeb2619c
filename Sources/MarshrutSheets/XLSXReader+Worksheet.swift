import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A worksheet's `<sheetData>`: rows by their `r` numbers, cells by their references (`C7`), so
/// the empty cells Excel leaves out still leave their columns empty.
final class WorksheetHandler: NSObject, XMLParserDelegate {
    private let strings: [String]
    /// Whether each cell style shows a number as a date (`nil`: the workbook has no styles).
    private let dateStyles: [Bool]?
    private let limits: Sheet.Limits
    private(set) var rows: [Sheet.Row] = []
    private(set) var error: SheetError?

    private var rowNumber = 0
    private var cells: [Int: Sheet.Cell] = [:]
    private var column = -1
    private var type = "n"
    private var style = 0
    private var value = ""
    private var inline = ""
    private var formula = ""
    private var hasValue = false
    /// The element whose characters are being read: `v`, `f`, `t`, or none.
    private var reading = ""
    private var cellCount = 0

    /// The most columns a worksheet has (A to XFD).
    static let maximumColumns = 16_384

    init(strings: [String], dateStyles: [Bool]?, limits: Sheet.Limits) {
        self.strings = strings
        self.dateStyles = dateStyles
        self.limits = limits
    }

    static func parse(_ data: Data, strings: [String], dateStyles: [Bool]?, limits: Sheet.Limits) throws(SheetError) -> [Sheet.Row] {
        let handler = WorksheetHandler(strings: strings, dateStyles: dateStyles, limits: limits)
        try run(XMLParser(data: data), handler, part: "worksheet") { handler.error }
        return handler.rows
    }

    /// The column of a reference such as `C7` (0 for A), or `nil` when it names no column Excel has.
    static func column(of reference: String) -> Int? {
        var n = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            n = n * 26 + Int(scalar.value - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        guard letters > 0, n <= maximumColumns else { return nil }
        return n - 1
    }

    private func stop(_ parser: XMLParser, _ error: SheetError) {
        self.error = error
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        guard error == nil else { return }
        switch localName(name) {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells = [:]
            column = -1
        case "c":
            if let reference = attributes["r"] {
                guard let at = Self.column(of: reference) else { return stop(parser, .badCellReference(reference)) }
                column = at
            } else {
                column += 1
            }
            guard column < Self.maximumColumns else { return stop(parser, .badCellReference("\(rowNumber):\(column + 1)")) }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap { Int($0) } ?? 0
            (value, inline, formula, hasValue) = ("", "", "", false)
        case "v":
            reading = "v"
            hasValue = true
        case "f": reading = "f"
        case "t": if type == "inlineStr" { reading = "t" }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch reading {
        case "v": value += string
        case "f": formula += string
        case "t": inline += string
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard error == nil else { return }
        switch localName(name) {
        case "v", "f", "t": reading = ""
        case "c":
            guard let cell = cell(), !cell.text.isEmpty else { return }
            cells[column] = cell
            cellCount += 1
            if cellCount > limits.cells { stop(parser, .tooManyCells(limit: limits.cells)) }
        case "row":
            guard !cells.isEmpty else { return }
            rows.append(Sheet.Row(number: rowNumber, cells: cells))
            if rows.count > limits.rows { stop(parser, .tooManyRows(limit: limits.rows)) }
        default: break
        }
    }

    /// The cell just read: a formula's cached value, else its text (never evaluated).
    private func cell() -> Sheet.Cell? {
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) else { return nil }
            return Sheet.Cell(strings[index])
        case "inlineStr": return Sheet.Cell(inline)
        case "str", "e": return Sheet.Cell(hasValue ? value : formulaText)
        case "b": return Sheet.Cell(value == "1" ? "TRUE" : "FALSE")
        default:
            guard hasValue else { return formula.isEmpty ? nil : Sheet.Cell(formulaText) }
            let isDate = dateStyles.map { $0.indices.contains(style) && $0[style] }
            return Sheet.Cell(value, isNumber: true, isDateStyled: isDate)
        }
    }

    private var formulaText: String { formula.isEmpty ? "" : "=" + formula }
}
