extension PrintDocument {
    /// The document as one self-contained HTML page that prints on A4.
    ///
    /// Every text is escaped (`Markup`), the page loads nothing (its content security policy
    /// forbids it), and its style sheet is inline, so the file can be opened, mailed and printed
    /// anywhere, or handed to Chromium for a PDF.
    public func html() -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="\(language.short)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="generator" content="Marshrut">
            <title>\(Markup.escape(title))</title>
            <style>
            \(PrintStyle.css)
            </style>
            </head>
            <body>

            """
        for block in blocks {
            switch block {
            case .heading(let text, let level): page += "<h\(level)>\(Self.inline(text))</h\(level)>\n"
            case .paragraph(let paragraph): page += Self.html(paragraph)
            case .table(let table): page += Self.html(table)
            }
        }
        return page + "</body>\n</html>\n"
    }

    private static func html(_ paragraph: PrintParagraph) -> String {
        let runs = paragraph.runs.map { run in run.bold ? "<b>\(inline(run.text))</b>" : inline(run.text) }.joined()
        let alignment = paragraph.alignment == .left ? "" : " class=\"\(paragraph.alignment.rawValue)\""
        return "<p\(alignment)>\(runs)</p>\n"
    }

    private static func html(_ table: PrintTable) -> String {
        let widths = table.widths(of: 1000)
        var html = "<table>\n<colgroup>"
        for width in widths { html += "<col style=\"width:\(Double(width) / 10)%\">" }
        html += "</colgroup>\n<thead><tr>"
        for column in table.columns { html += "<th>\(inline(column.title))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>" + table.cells(of: row).map { "<td>\(inline($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// Escaped text whose line breaks print as line breaks.
    private static func inline(_ text: String) -> String {
        Markup.lines(text).joined(separator: "<br>")
    }
}
