/// A table with a header row and rows of plain-text cells, printed with borders on every cell.
///
/// The header repeats on each page, and a row is never split across pages.
public struct PrintTable: Sendable, Hashable {
    /// A column: its heading and its share of the width, relative to the other columns'.
    public struct Column: Sendable, Hashable {
        public var title: String
        public var weight: Int

        public init(_ title: String, weight: Int = 1) {
            self.title = title
            self.weight = max(weight, 1)
        }
    }

    public var columns: [Column]
    /// Each row has as many cells as there are columns: missing cells print empty, extra ones are dropped.
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// A row cut or padded to the columns' count.
    func cells(of row: [String]) -> [String] {
        Array((row + Array(repeating: "", count: max(0, columns.count - row.count))).prefix(columns.count))
    }

    /// Each column's share of a width, in whole units, summing to `total`.
    func widths(of total: Int) -> [Int] {
        let sum = columns.map(\.weight).reduce(0, +)
        guard sum > 0 else { return [] }
        var widths = columns.map { total * $0.weight / sum }
        if let last = widths.indices.last { widths[last] += total - widths.reduce(0, +) }
        return widths
    }
}
