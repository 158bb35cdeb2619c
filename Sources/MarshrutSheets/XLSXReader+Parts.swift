import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `xl/workbook.xml`: the relationship id of the first sheet, and the date system.
final class WorkbookHandler: NSObject, XMLParserDelegate {
    var firstSheetRelationship: String?
    var uses1904Dates = false

    static func parse(_ data: Data) throws(SheetError) -> WorkbookHandler {
        let handler = WorkbookHandler()
        try run(XMLParser(data: data), handler, part: "xl/workbook.xml")
        return handler
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch localName(name) {
        case "sheet" where firstSheetRelationship == nil:
            firstSheetRelationship = attributes.first { localName($0.key) == "id" && $0.key.contains(":") }?.value
        case "workbookPr":
            uses1904Dates = ["1", "true"].contains(attributes["date1904"] ?? "")
        default: break
        }
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship ids to the parts they name.
final class RelationshipsHandler: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    static func parse(_ data: Data) throws(SheetError) -> [String: String] {
        let handler = RelationshipsHandler()
        try run(XMLParser(data: data), handler, part: "xl/_rels/workbook.xml.rels")
        return handler.targets
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if localName(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// `xl/sharedStrings.xml`: each `<si>`'s text, its rich-text runs joined, phonetic hints left out.
final class SharedStringsHandler: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phonetic = 0

    static func parse(_ data: Data) throws(SheetError) -> [String] {
        let handler = SharedStringsHandler()
        try run(XMLParser(data: data), handler, part: "xl/sharedStrings.xml")
        return handler.strings
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch localName(name) {
        case "si": current = ""
        case "t": inText = phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch localName(name) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// Runs a parser over a part; a part that is not well-formed XML, or that a handler stopped, is
/// refused.
func run(_ parser: XMLParser, _ handler: some XMLParserDelegate, part: String, stopped: () -> SheetError? = { nil }) throws(SheetError) {
    parser.delegate = handler
    parser.shouldResolveExternalEntities = false
    let parsed = parser.parse()
    if let error = stopped() { throw error }
    if !parsed { throw .badPart(part) }
}

/// An element's or attribute's name without its namespace prefix.
func localName(_ name: String) -> Substring {
    name.split(separator: ":").last ?? Substring(name)
}
