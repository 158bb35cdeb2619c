/// The report page's style sheet: screen and A4 print, no web fonts, nothing fetched.
enum HTMLStyle {
    static let css = """
        @page { size: A4; margin: 15mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 190mm; padding: 12px; color: #1d2330; background: #fff;
          font: 11pt/1.4 "PT Sans", "Segoe UI", Arial, "Liberation Sans", sans-serif; }
        header.title-block { border-bottom: 2px solid #2f4f7f; margin-bottom: 12px; }
        header .school { margin: 0; color: #4a5568; }
        h1 { font-size: 17pt; line-height: 1.25; margin: 6px 0; color: #2f4f7f; }
        h2 { font-size: 14pt; margin: 20px 0 8px; color: #2f4f7f; border-bottom: 1px solid #c9d3e3;
          break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 12pt; margin: 14px 0 6px; break-after: avoid; page-break-after: avoid; }
        p { margin: 4px 0 8px; }
        .subtitle { font-size: 12pt; margin: 0; }
        .date, .note, .empty { color: #4a5568; font-size: 10pt; }
        .cards { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 10px; }
        .card { flex: 1 1 23%; border: 1px solid #c9d3e3; border-radius: 4px; padding: 6px 8px; background: #f4f7fb;
          break-inside: avoid; page-break-inside: avoid; }
        .card .value { display: block; font-size: 16pt; font-weight: bold; color: #2f4f7f; }
        .card .label { display: block; font-size: 9pt; color: #4a5568; }
        table { width: 100%; border-collapse: collapse; margin: 6px 0 12px; font-size: 9.5pt;
          break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #c9d3e3; padding: 3px 5px; text-align: left; vertical-align: top; }
        th { background: #e8eef7; font-weight: bold; }
        td.number, th.number { text-align: right; white-space: nowrap; }
        tr.total td { font-weight: bold; background: #f4f7fb; }
        .columns { display: flex; gap: 12px; }
        .columns > div { flex: 1 1 0; }
        figure { margin: 8px 0 14px; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 9pt; color: #4a5568; margin-top: 2px; }
        svg.chart { display: block; max-width: 100%; height: auto; break-inside: avoid; page-break-inside: avoid; }
        svg.chart text { font-family: inherit; fill: #1d2330; }
        svg.chart .row-label { font-size: 11px; }
        svg.chart .value-label, svg.chart .tick-label, svg.chart .legend-label, svg.chart .date-label { font-size: 10px; fill: #4a5568; }
        svg.chart .grid { stroke: #e2e8f0; stroke-width: 1; }
        svg.chart .axis { stroke: #718096; stroke-width: 1; }
        svg.chart .bar-count { fill: #4a6fa5; }
        svg.chart .bar-at-start { fill: #9fb3d1; }
        svg.chart .bar-overcome { fill: #3f8f5a; }
        svg.chart .empty-label { font-size: 12px; fill: #718096; }
        svg.chart .line { fill: none; stroke: #2f4f7f; stroke-width: 2; }
        svg.chart .dot { fill: #2f4f7f; }
        .indicators { display: flex; flex-wrap: wrap; gap: 8px; }
        .indicator { flex: 0 1 48%; border: 1px solid #c9d3e3; border-radius: 4px; padding: 6px;
          break-inside: avoid; page-break-inside: avoid; }
        .indicator h4 { margin: 0 0 4px; font-size: 10pt; }
        .indicator p { margin: 2px 0 0; font-size: 9.5pt; }
        .trend-up { color: #2f7a49; font-weight: bold; }
        .trend-down { color: #b83232; font-weight: bold; }
        .trend-flat { color: #4a5568; font-weight: bold; }
        .badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 9pt; white-space: nowrap; }
        .state-done { background: #dcefe2; color: #215b36; }
        .state-due { background: #e8eef7; color: #2f4f7f; }
        .state-overdue { background: #f8dddd; color: #8c1d1d; }
        .severity-critical { background: #f8dddd; color: #8c1d1d; }
        .severity-warning { background: #fbefd5; color: #7a5200; }
        .severity-info { background: #e8eef7; color: #2f4f7f; }
        footer { margin-top: 18px; border-top: 1px solid #c9d3e3; font-size: 9pt; color: #4a5568; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          section { break-before: auto; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
