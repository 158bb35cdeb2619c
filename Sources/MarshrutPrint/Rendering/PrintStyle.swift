/// The printed page's style sheet: A4 with the margins Russian office papers use, a serif font
/// with Cyrillic, black borders on every cell, no row split across pages, nothing fetched.
enum PrintStyle {
    static let css = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 165mm; color: #000; background: #fff;
          font: 12pt/1.3 "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; }
        @media screen { body { padding: 12mm 0; } }
        h1 { font-size: 14pt; text-align: center; margin: 14pt 0 8pt; break-after: avoid; page-break-after: avoid; }
        h2 { font-size: 13pt; margin: 14pt 0 6pt; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 12pt; margin: 10pt 0 4pt; break-after: avoid; page-break-after: avoid; }
        p { margin: 0 0 4pt; }
        p.center { text-align: center; }
        p.right { text-align: right; }
        p.justify { text-align: justify; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 10pt; font-size: 11pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        th { font-weight: bold; text-align: center; background: #f0f0f0; }
        """
}
