/// A plain text table with columns padded to the widest cell.
struct TextTable {
    var header: [String]
    var rows: [[String]]

    func render() -> String {
        guard !rows.isEmpty else { return String(CLIText.none) }
        let rows = rows.map { $0.map { Printable.text($0, oneLine: true) } }
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }
}
