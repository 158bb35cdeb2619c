import Foundation
import MarshrutCore
import MarshrutSheets
import MarshrutText

/// A staff list read into rows of person data, each value checked: a header row that names the
/// columns, then one row per person.
public struct StaffTable: Sendable, Hashable, Codable {
    /// The columns the list has.
    public var columns: Set<StaffColumn>
    public var rows: [StaffRow]

    /// Reads the table of a sheet whose first non-empty row holds the headers.
    ///
    /// - Throws: ``StaffImportError`` for a header that names no column, and every bad value of
    ///   every row at once.
    public init(_ sheet: Sheet) throws(StaffImportError) {
        guard let header = sheet.rows.first else { throw .empty }
        var byIndex: [Int: StaffColumn] = [:]
        var unknown: [String] = []
        for (index, cell) in header.cells.sorted(by: { $0.key < $1.key }) {
            guard let column = StaffColumn(header: cell.text) else {
                if !cell.text.trimmed.isEmpty { unknown.append(cell.text.trimmed) }
                continue
            }
            if byIndex.values.contains(column) { throw .columnTwice(column) }
            byIndex[index] = column
        }
        if !unknown.isEmpty { throw .unknownHeaders(unknown) }
        guard byIndex.values.contains(.name) else { throw .noNameColumn }
        columns = Set(byIndex.values)

        var problems: [StaffProblem] = []
        var rows: [StaffRow] = []
        var firstRowOfID: [String: Int] = [:]
        for line in sheet.rows.dropFirst() {
            var row = StaffRow(number: line.number)
            for (index, column) in byIndex {
                guard let cell = line[index], !cell.text.trimmed.isEmpty else { continue }
                if let reason = row.read(cell, into: column, uses1904Dates: sheet.uses1904Dates) {
                    problems.append(StaffProblem(row: line.number, column: column, value: cell.text, reason: reason))
                }
            }
            if row.name.isEmpty { problems.append(StaffProblem(row: line.number, column: .name, value: "", reason: .nameRequired)) }
            if let id = row.id {
                if let first = firstRowOfID[id] {
                    problems.append(StaffProblem(row: line.number, column: .id, value: id, reason: .idTwice(firstRow: first)))
                } else {
                    firstRowOfID[id] = line.number
                }
            }
            rows.append(row)
        }
        if !problems.isEmpty { throw .rows(problems.sorted { ($0.row, $0.column?.order ?? 0) < ($1.row, $1.column?.order ?? 0) }) }
        self.rows = rows
    }
}

extension StaffColumn {
    /// The column's place in ``allCases``, so a row's problems are listed in the order of the columns.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
