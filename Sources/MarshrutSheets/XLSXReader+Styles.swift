import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `xl/styles.xml`: which cell styles (`<cellXfs>`) show a number as a date, so a year typed as
/// 1990 in a General cell is not taken for the day with serial 1990.
final class StylesHandler: NSObject, XMLParserDelegate {
    private var customDates: Set<Int> = []
    private var inCellFormats = false
    private(set) var dateStyles: [Bool] = []

    /// Excel's built-in number formats that show dates (14–22; 27–36, 45–47 and 50–58 in East
    /// Asian locales).
    static let builtInDates = Set(Array(14...22) + Array(27...36) + Array(45...47) + Array(50...58))

    static func parse(_ data: Data) throws(SheetError) -> [Bool] {
        let handler = StylesHandler()
        try run(XMLParser(data: data), handler, part: "xl/styles.xml")
        return handler.dateStyles
    }

    /// Whether a format code shows a day, month or year: `DD.MM.YYYY` does, `0.00` and `General`
    /// do not; quoted text, `[…]` sections and backslash-escaped characters are not read.
    static func isDate(_ code: String) -> Bool {
        var quoted = false, bracketed = false, escaped = false
        for c in code.lowercased() {
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "\"" {
                quoted.toggle()
            } else if !quoted, c == "[" {
                bracketed = true
            } else if bracketed {
                bracketed = c != "]"
            } else if !quoted, "dmy".contains(c) {
                return true
            }
        }
        return false
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch localName(name) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), Self.isDate(attributes["formatCode"] ?? "") { customDates.insert(id) }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
            dateStyles.append(Self.builtInDates.contains(id) || customDates.contains(id))
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if localName(name) == "cellXfs" { inCellFormats = false }
    }
}
