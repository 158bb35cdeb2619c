import MarshrutCore
import MarshrutText

/// The persons of a catalog by id, for names in the report.
struct Directory: Sendable {
    private let byID: [String: Person]
    let persons: [Person]

    init(_ persons: [Person]) {
        self.persons = persons
        byID = Dictionary(persons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    subscript(id: String) -> Person? { byID[id] }

    /// The person's name, or the id when the person is not in the catalog.
    func name(_ id: String) -> String { byID[id]?.name ?? id }

    func member(_ id: String) -> AnnualReport.Member { AnnualReport.Member(id: id, name: name(id)) }

    /// The head's school, else the curator's, else the school most persons name.
    var school: String? {
        for role in [Role.head, .curator] {
            if let school = persons.first(where: { $0.roles.contains(role) && $0.school != nil })?.school {
                return school
            }
        }
        var counts: [String: Int] = [:]
        for school in persons.compactMap(\.school) { counts[school, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key
    }

    /// Names for a road-map stage's `responsible`: person ids become names, other text stays.
    func responsible(_ text: String) -> String {
        text.split(separator: ",")
            .map { $0.trimmingSpaces }
            .map { byID[$0]?.name ?? $0 }
            .joined(separator: ", ")
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

extension Person {
    /// Whether the person's personal data was erased on withdrawn consent: they left the banks.
    var isErased: Bool { name == Person.erasedName }
}
