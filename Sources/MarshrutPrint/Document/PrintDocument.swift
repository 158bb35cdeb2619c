/// A document to print, in the terms both renderers share: headings, paragraphs and tables.
///
/// Building a route, a program or an order produces one of these from the core's values; the
/// renderers turn it into an HTML page (`html()`) or a Word package (`docx(on:)`), and neither
/// knows what a route is. Every text in it is plain text: the renderers escape it.
///
/// ```swift
/// var document = PrintDocument(title: "Маршрут", language: .russian)
/// document.heading("Индивидуальный образовательный маршрут")
/// document.table(PrintTable(columns: [.init("Мероприятие")], rows: [["Курс"]]))
/// let page = document.html()
/// ```
public struct PrintDocument: Sendable, Hashable {
    /// The document's name, as a file's properties and a browser's tab show it.
    public var title: String
    /// The language the words are in, for hyphenation and spell checking.
    public var language: PrintLanguage
    public var blocks: [Block]

    public init(title: String, language: PrintLanguage, blocks: [Block] = []) {
        self.title = title
        self.language = language
        self.blocks = blocks
    }

    /// One part of the document's flow.
    public enum Block: Sendable, Hashable {
        /// A heading: level 1 is the document's title, 2 a section, 3 a part of one.
        case heading(String, level: Int)
        case paragraph(PrintParagraph)
        case table(PrintTable)
    }

    /// Adds a heading (level 1: the document's title, centred; 2: a section; 3: a part of one).
    public mutating func heading(_ text: String, level: Int = 1) {
        blocks.append(.heading(text, level: min(max(level, 1), 3)))
    }

    /// Adds a paragraph of plain text.
    public mutating func paragraph(_ text: String, alignment: PrintParagraph.Alignment = .left) {
        blocks.append(.paragraph(PrintParagraph([PrintRun(text)], alignment: alignment)))
    }

    /// Adds a paragraph that starts with a bold label: «Педагог: Иванова М. П.».
    public mutating func field(_ label: String, _ value: String) {
        blocks.append(.paragraph(PrintParagraph([PrintRun(label + ": ", bold: true), PrintRun(value)])))
    }

    /// Adds a paragraph made of runs.
    public mutating func paragraph(_ paragraph: PrintParagraph) {
        blocks.append(.paragraph(paragraph))
    }

    /// Adds a table.
    public mutating func table(_ table: PrintTable) {
        blocks.append(.table(table))
    }
}

/// The language a document is written in, as its markup names it.
public enum PrintLanguage: String, Sendable, Hashable {
    case english = "en-GB"
    case russian = "ru-RU"

    /// The short tag of HTML's `lang` attribute.
    public var short: String { String(rawValue.prefix(2)) }
}
