/// The main part of a Word package, `word/document.xml`, written from the document's blocks.
extension PrintDocument {
    /// A4 in twentieths of a point, and the margins of Russian office papers (30 mm left, 15 mm
    /// right, 20 mm top and bottom), so the text is 9,355 twips wide.
    static let page = (width: 11_906, height: 16_838, top: 1_134, right: 850, bottom: 1_134, left: 1_701)
    static var textWidth: Int { page.width - page.left - page.right }

    /// The WordprocessingML of the document's body, with every text escaped.
    public func wordDocumentXML() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(WordPackage.wordNamespace)" xmlns:r="\(WordPackage.relationshipNamespace)"><w:body>
            """
        var afterTable = false
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                xml += Self.paragraph([PrintRun(text)], style: level == 1 ? "Title" : "Heading\(level - 1)", alignment: nil)
            case .paragraph(let paragraph):
                // A paragraph right under a table gets the room that HTML's table margin gives it.
                xml += Self.paragraph(paragraph.runs, style: nil, alignment: paragraph.alignment, spaceBefore: afterTable ? 160 : nil)
            case .table(let table):
                xml += Self.table(table)
            }
            if case .table = block { afterTable = true } else { afterTable = false }
        }
        // Word expects the body to end with a paragraph before the section's properties.
        if case .table = blocks.last { xml += "<w:p/>" }
        let p = Self.page
        xml += """
            <w:sectPr><w:pgSz w:w="\(p.width)" w:h="\(p.height)"/>\
            <w:pgMar w:top="\(p.top)" w:right="\(p.right)" w:bottom="\(p.bottom)" w:left="\(p.left)" w:header="709" w:footer="709" w:gutter="0"/>\
            </w:sectPr></w:body></w:document>
            """
        return xml
    }

    private static func paragraph(_ runs: [PrintRun], style: String?, alignment: PrintParagraph.Alignment?, spaceBefore: Int? = nil) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if let spaceBefore { properties += "<w:spacing w:before=\"\(spaceBefore)\"/>" }
        switch alignment {
        case .center: properties += "<w:jc w:val=\"center\"/>"
        case .right: properties += "<w:jc w:val=\"right\"/>"
        case .justify: properties += "<w:jc w:val=\"both\"/>"
        case .left, nil: break
        }
        let head = properties.isEmpty ? "<w:p>" : "<w:p><w:pPr>\(properties)</w:pPr>"
        return head + runs.map(run).joined() + "</w:p>"
    }

    /// A run; a line break in its text becomes `<w:br/>`, since Word shows `\n` in `<w:t>` as a space.
    private static func run(_ run: PrintRun) -> String {
        let properties = run.bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : ""
        let texts = Markup.lines(run.text).map { "<w:t xml:space=\"preserve\">\($0)</w:t>" }
        return "<w:r>\(properties)" + texts.joined(separator: "<w:br/>") + "</w:r>"
    }

    private static func table(_ table: PrintTable) -> String {
        let widths = table.widths(of: textWidth)
        let border = { (side: String) in "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:tblBorders>"
        xml += ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).joined()
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "<w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
        xml += "</w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        // The header row repeats on each page; no row breaks across pages.
        xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for (column, width) in zip(table.columns, widths) {
            xml += cell(PrintRun(column.title, bold: true), width: width, shaded: true)
        }
        xml += "</w:tr>"
        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (text, width) in zip(table.cells(of: row), widths) { xml += cell(PrintRun(text), width: width, shaded: false) }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private static func cell(_ content: PrintRun, width: Int, shaded: Bool) -> String {
        let shade = shaded ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F0F0F0\"/>" : ""
        let paragraph = paragraph([content], style: "TableText", alignment: shaded ? .center : nil)
        return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shade)</w:tcPr>\(paragraph)</w:tc>"
    }
}
