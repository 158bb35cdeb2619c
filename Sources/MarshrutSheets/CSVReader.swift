import Foundation

/// Reads CSV as RFC 4180 writes it and spreadsheets save it: fields separated by `;` or `,`
/// (whichever the header line uses outside quotes), quoted fields that may hold separators,
/// doubled quotes and line breaks, lines ending in CRLF or LF.
///
/// A row's number is the line on which it begins, as an editor shows it.
struct CSVReader {
    var limits: Sheet.Limits

    func read(_ data: Data) throws(SheetError) -> Sheet {
        let scalars = Array(TextDecoding.decode(data).text.unicodeScalars)
        return Sheet(rows: try rows(of: scalars, separator: Self.separator(of: scalars)), format: .csv)
    }

    /// `;` or `,` (or a tab), whichever the first line uses most outside quotes; `;` when none.
    static func separator(of scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for c in scalars {
            if c == "\"" {
                quoted.toggle()
            } else if !quoted, c == "\n" || c == "\r" {
                break
            } else if !quoted, counts[c] != nil {
                counts[c, default: 0] += 1
            }
        }
        let best = [";", ",", "\t"].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? ";"
        return (counts[best] ?? 0) > 0 ? best : ";"
    }

    func rows(of scalars: [Unicode.Scalar], separator: Unicode.Scalar) throws(SheetError) -> [Sheet.Row] {
        var rows: [Sheet.Row] = []
        var cells: [Int: Sheet.Cell] = [:]
        var field = String.UnicodeScalarView()
        var column = 0, line = 1, rowLine = 1, cellCount = 0
        var quoted = false, atFieldStart = true
        var i = 0

        func endField() throws(SheetError) {
            let text = String(field)
            if !text.isEmpty {
                cells[column] = Sheet.Cell(text)
                cellCount += 1
                if cellCount > limits.cells { throw .tooManyCells(limit: limits.cells) }
            }
            field = String.UnicodeScalarView()
            column += 1
            atFieldStart = true
        }
        func endRow() throws(SheetError) {
            try endField()
            if !cells.isEmpty {
                rows.append(Sheet.Row(number: rowLine, cells: cells))
                if rows.count > limits.rows { throw .tooManyRows(limit: limits.rows) }
            }
            cells = [:]
            column = 0
        }

        while i < scalars.count {
            let c = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            if quoted {
                if c == "\"" {
                    if next == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else if c == "\r", next == "\n" {
                    field.append("\n")
                    line += 1
                    i += 1
                } else {
                    if c == "\n" || c == "\r" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"", atFieldStart {
                quoted = true
                atFieldStart = false
            } else if c == separator {
                try endField()
            } else if c == "\n" || c == "\r" {
                if c == "\r", next == "\n" { i += 1 }
                try endRow()
                line += 1
                rowLine = line
            } else {
                field.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if quoted { throw .unclosedQuote(line: rowLine) }
        try endRow()
        return rows
    }
}
