import Foundation
import Mustache

extension AnnualReport {
    /// The report as one self-contained HTML page in Russian: inline CSS for screen and A4
    /// print, inline SVG charts, nothing fetched from the network.
    ///
    /// The charts are `<svg>` elements with these ids and classes:
    /// - `id="chart-forms"` (class `chart-forms`): programs of the year by form;
    /// - `id="chart-deficits"` (class `chart-deficits`): deficits per competency area, at the
    ///   start of the year and overcome in it;
    /// - class `chart-indicator`, `id="chart-indicator-<program>-<indicator>"`: one small line
    ///   chart per indicator of each program.
    ///
    /// Every text from the data is HTML-escaped, in the SVG labels and titles too.
    ///
    /// - Throws: `ReportError` if a template does not parse (a bug in this module).
    public func html() throws(ReportError) -> String {
        var library = MustacheLibrary()
        do {
            try library.register(HTMLStyle.css, named: "style")
            try library.register(ChartTemplates.bar, named: "barChart")
            try library.register(ChartTemplates.line, named: "lineChart")
            try library.register(HTMLTemplate.page, named: "page")
        } catch {
            throw ReportError("the HTML report's templates do not parse (a bug in MarshrutReport): \(error)")
        }
        guard let page = library.render(ReportView(self), withTemplate: "page") else {
            throw ReportError("the HTML report's page template is missing (a bug in MarshrutReport)")
        }
        return page
    }

    /// The report as Markdown, in Russian like the HTML page; the charts become tables.
    ///
    /// Every text from the data is escaped for Markdown (`|`, `*`, `<` and the like get a
    /// backslash, line breaks become spaces), so a title never breaks a table or becomes markup.
    ///
    /// - Throws: `ReportError` if the template does not parse (a bug in this module).
    public func markdown() throws(ReportError) -> String {
        MarkdownContent.register()
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: MarkdownTemplate.document)
        } catch {
            throw ReportError("the Markdown report's template does not parse (a bug in MarshrutReport): \(error)")
        }
        var text = template.render(ReportView(self))
        while text.hasPrefix("\n") { text.removeFirst() }
        while text.hasSuffix("\n\n") { text.removeLast() }
        return text
    }

    /// All figures as JSON: English snake_case keys in sorted order, dates as `YYYY-MM-DD`,
    /// codes as documents spell them.
    ///
    /// Top-level keys: `awards`, `deficits`, `findings`, `indicators`, `overview`, `plans`,
    /// `products`, `school` (absent when unknown), `school_year`, `today`. Encoding the report
    /// with any `JSONEncoder` using `.convertToSnakeCase` gives the same keys.
    ///
    /// - Throws: `ReportError` if a value cannot be encoded (a number that is not finite).
    public func json() throws(ReportError) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        } catch {
            throw ReportError("the report cannot be written as JSON: \(error)")
        }
    }
}
