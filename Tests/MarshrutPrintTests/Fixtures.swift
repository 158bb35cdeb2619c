import Foundation
import MarshrutCore
import MarshrutPrint
import MarshrutTestSupport
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Texts that would break markup if they were not escaped, or XML 1.0 if not cleaned.
enum Hostile {
    static let wordML = "</w:t></w:r></w:p><w:p><w:r><w:t>forged"
    static let script = "<script>alert('x')</script> & \"quoted\""
    /// A bell, an escape, a NUL-adjacent control and U+FFFF, none of which XML 1.0 can hold.
    static let controls = "bell\u{07}escape\u{1B}[31mvt\u{0B}ff\u{0C}nonchar\u{FFFF}end"
}

/// A teacher, a tutor and a route that exercise every step of the printed route.
enum Sample {
    static let teacher = Person(
        id: "ivanova", name: "Иванова Мария Петровна", school: "МКОУ «Малиновская ООШ»", position: "учитель", subject: "математика",
        roles: [.mentee])
    static let tutor = Person(id: "petrova", name: "Петрова Анна Сергеевна", roles: [.tutor])

    static func route(selfImage: String = "Учитель, который ведёт каждого ученика к успеху", reason: String = "Лаборатория пришла позже") -> Route {
        Route(
            id: "ivanova-2022", teacher: "ivanova", tutor: "petrova", start: day("2022-09-01"), end: day("2027-05-31"), stage: .implementation,
            selfImage: selfImage,
            strengths: [Strength(area: .subject, text: "Глубокое знание предмета")],
            deficits: [Deficit(id: "d1", area: .ict, level: 2, text: "Не владею цифровыми лабораториями")],
            activities: [
                Activity(
                    id: "a1", kind: .course, title: "Цифровая лаборатория на уроке", hours: 72, start: day("2022-10-01"), due: day("2022-12-15"),
                    addresses: ["d1"],
                    product: Product(kind: "lesson-plans", title: "Пять разработок уроков", attitude: "Доволен", date: day("2022-12-10"))),
                Activity(id: "a2", kind: .trial, title: "Пробные уроки с датчиками", due: day("2023-05-01"), addresses: ["d1"]),
            ],
            corrections: [
                Correction(date: day("2023-01-10"), author: "petrova", activity: "a2", change: "due: 2023-03-01 -> 2023-05-01", reason: reason)
            ],
            reflections: [Reflection(date: day("2022-12-20"), target: .activity("a1"), score: 4, text: "Курс дал уверенность")])
    }

    static let today = day("2026-11-28")
}

/// The parts of a .docx, unzipped.
func unzip(_ data: Data) throws -> [String: Data] {
    let archive = try Archive(data: data, accessMode: .read)
    var parts: [String: Data] = [:]
    for entry in archive {
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        parts[entry.path] = bytes
    }
    return parts
}

/// Parses XML and returns its character data, or the parser's error.
func xmlText(_ data: Data) throws -> String {
    let parser = XMLParser(data: data)
    let collector = TextCollector()
    parser.delegate = collector
    guard parser.parse() else { throw XMLFailure(reason: "\(parser.parserError.map { "\($0)" } ?? "unknown error")") }
    return collector.text
}

struct XMLFailure: Error { var reason: String }

final class TextCollector: NSObject, XMLParserDelegate {
    var text = ""
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
