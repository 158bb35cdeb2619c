import MarshrutCore

/// The words of a correction's stored change record in the reader's language.
///
/// A correction keeps what changed in one language-neutral form, as the documents hold it
/// (`due: 2026-12-20 -> 2027-01-31`, `deficit d1: level: 2 -> 3`, `deficit added: d6
/// (digitalization)`): English readers see it as stored, Russian readers in words, with
/// dates as the interface writes them and codes by their titles. A record of another shape
/// (written by hand in a document) is shown as it is.
public enum ChangeRecord {
    /// `record` as the current language reads it.
    public static func shown(_ record: String) -> String {
        guard Language.current == .russian else { return record }
        return parts(of: record).map(part).joined(separator: "; ")
    }

    /// Splits on `; ` outside «quotes».
    static func parts(of record: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var characters = record.makeIterator()
        while let c = characters.next() {
            if c == "«" { depth += 1 } else if c == "»" { depth = max(0, depth - 1) }
            if c == ";", depth == 0 {
                parts.append(current)
                current = ""
                if let next = characters.next(), next != " " { current.append(next) }
                continue
            }
            current.append(c)
        }
        parts.append(current)
        return parts
    }

    static func part(_ text: String) -> String {
        for (prefix, words) in events {
            if text.hasPrefix(prefix) { return words + event(String(text.dropFirst(prefix.count))) }
        }
        for (prefix, words) in owners {
            // `deficit d1: level: 2 -> 3`, `strength 2: text: «…» -> «…»`
            guard text.hasPrefix(prefix), let colon = text.firstRange(of: ": ") else { continue }
            let owner = text[text.index(text.startIndex, offsetBy: prefix.count)..<colon.lowerBound]
            guard !owner.contains(" ") else { continue }
            return "\(words) \(owner): " + field(String(text[colon.upperBound...]))
        }
        return field(text)
    }

    /// `name: before -> after`, with the field and its values in words.
    static func field(_ text: String) -> String {
        guard let colon = text.firstRange(of: ": "), let arrow = text[colon.upperBound...].firstRange(of: " -> ") else {
            return text
        }
        let name = String(text[..<colon.lowerBound])
        guard let title = fields[name] else { return text }
        let before = value(String(text[colon.upperBound..<arrow.lowerBound]), of: name)
        let after = value(String(text[arrow.upperBound...]), of: name)
        return "\(title): \(before) → \(after)"
    }

    /// `d6 (digitalization)`, `«Курс», due 2027-01-31`, `2 (ict) «…»`.
    static func event(_ text: String) -> String {
        var shown = text.replacing(", due ", with: ", срок ")
        for area in CompetencyArea.allCases {
            shown = shown.replacing("(\(area.rawValue))", with: "(\(area.words.russian))")
        }
        return dates(in: shown)
    }

    static func value(_ text: String, of field: String) -> String {
        switch field {
        case "stage": Stage(rawValue: text).map { "«\($0.words.russian)»" } ?? text
        case "area": CompetencyArea(rawValue: text).map(\.words.russian) ?? text
        case "kind": ActivityKind(rawValue: text).map(\.words.russian) ?? text
        case "status": ProgramStatus(rawValue: text).map { "«\($0.words.russian)»" } ?? text
        default: dates(in: text)
        }
    }

    /// Every `YYYY-MM-DD` in `text` as the interface writes a day.
    static func dates(in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(where: \.isNumber) {
            result += rest[..<start]
            let candidate = rest[start...].prefix(10)
            if candidate.count == 10, let day = try? Day(parsing: String(candidate)) {
                result += day.display
                rest = rest[candidate.endIndex...]
            } else {
                let digits = rest[start...].prefix(while: \.isNumber)
                result += digits
                rest = rest[digits.endIndex...]
            }
        }
        return result + rest
    }

    static let events: [(String, String)] = [
        ("strength added: ", "добавлено достижение "),
        ("strength removed: ", "удалено достижение "),
        ("deficit added: ", "добавлен дефицит "),
        ("deficit removed: ", "удалён дефицит "),
        ("activity added: ", "добавлено мероприятие "),
        (Route.droppedActivityChange + " ", "исключено мероприятие "),
    ]

    static let owners: [(String, String)] = [("deficit ", "дефицит"), ("strength ", "достижение")]

    static let fields: [String: String] = [
        "stage": "этап", "due": "срок", "start": "начало", "kind": "вид", "title": "название", "hours": "часы",
        "addresses": "дефициты", "area": "область", "level": "уровень", "text": "текст", "self-image": "образ себя",
        "product": "продукт", "date": "дата", "status": "статус",
    ]
}
