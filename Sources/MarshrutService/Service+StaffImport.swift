import MarshrutCore
import MarshrutStore

/// What a staff import did, or with `dryRun` would do.
public struct StaffImportResult: Sendable, Hashable, Codable {
    /// New persons, with the row each came from.
    public var added: [Entry]
    /// Stored persons whose staff data the list changed (matched by the id column, never by name).
    public var updated: [Entry]
    /// Rows that add a person whose full name a stored person already has: perhaps the same person.
    public var possibleDuplicates: [Duplicate]

    /// A person and the row they came from.
    public struct Entry: Sendable, Hashable, Codable {
        public var row: Int
        public var person: Person
    }

    /// A new person whose name a stored person has.
    public struct Duplicate: Sendable, Hashable, Codable {
        public var row: Int
        public var name: String
        public var existing: String
    }
}

extension Service {
    /// The prefix of the ids given to persons the list names without one: an id never carries
    /// a part of the name, which must not outlive `person forget`.
    public static let staffIDPrefix = "staff-"

    /// Imports a school's staff list all or nothing: rows with a stored id update that person's
    /// position, subject, roles and staff data from the columns the list has (an empty cell changes
    /// nothing; name and consents stay); every other row adds a person, with a generated
    /// `staff-N` id when it gives none.
    ///
    /// - Parameter organization: the organization every person of the list works in.
    /// - Throws: ``StaffImportError/rows(_:)`` listing every bad row, ``ServiceError`` when the
    ///   actor may not add or change the persons; nothing is stored then.
    public func importStaff(_ table: StaffTable, organization: String? = nil, dryRun: Bool = false) throws -> StaffImportResult {
        try authorize(.addPerson(organization: organization))
        if let organization, try store.organization(organization) == nil { throw ServiceError.notFound(.organization, id: organization) }
        let stored = Dictionary(try store.persons().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let erased = Set(try store.erasures().map(\.person))
        var taken = Set(stored.keys).union(table.rows.compactMap(\.id))
        var next = 1
        func freshID() -> String {
            while taken.contains(Self.staffIDPrefix + String(next)) { next += 1 }
            let id = Self.staffIDPrefix + String(next)
            taken.insert(id)
            return id
        }
        let names = Dictionary(
            stored.values.filter { !erased.contains($0.id) }.map { (Self.comparable($0.name), $0.id) }, uniquingKeysWith: { min($0, $1) })

        var result = StaffImportResult(added: [], updated: [], possibleDuplicates: [])
        var problems: [StaffProblem] = []
        for row in table.rows {
            var person: Person
            if let id = row.id, let existing = stored[id] {
                try authorize(.changePerson(id))
                if erased.contains(id) {
                    problems.append(StaffProblem(row: row.number, column: .id, value: id, reason: .erased(id)))
                    continue
                }
                person = existing
            } else {
                person = Person(id: row.id ?? freshID(), name: row.name)
                if let existing = names[Self.comparable(row.name)] {
                    result.possibleDuplicates.append(.init(row: row.number, name: row.name, existing: existing))
                }
            }
            row.apply(to: &person)
            if let organization { person.organization = organization }
            do {
                try person.validate()
            } catch {
                problems += error.problems.map {
                    StaffProblem(row: row.number, column: StaffColumn(path: $0.path), value: row.value(of: $0.path), reason: .model($0))
                }
            }
            let entry = StaffImportResult.Entry(row: row.number, person: person)
            if stored[person.id] != nil { result.updated.append(entry) } else { result.added.append(entry) }
        }
        if !problems.isEmpty { throw StaffImportError.rows(problems) }
        let persons = (result.added + result.updated).map(\.person)
        do {
            if dryRun { try store.checkImport(Catalog(persons: persons)) } else { try store.importCatalog(Catalog(persons: persons)) }
        } catch let error as ModelError {
            let rows = Dictionary((result.added + result.updated).map { ($0.person.id, $0.row) }, uniquingKeysWith: { min($0, $1) })
            throw StaffImportError.rows(
                error.problems.map {
                    StaffProblem(row: $0.subject.flatMap { rows[$0.id] } ?? 0, column: StaffColumn(path: $0.path), value: "", reason: .model($0))
                })
        }
        return result
    }

    /// A name as compared for possible duplicates: case, `ё` and spacing aside.
    static func comparable(_ name: String) -> String { StaffColumn.normalized(name) }
}

extension StaffRow {
    /// Writes the values the row gives into a person; what it leaves empty stays as it was.
    func apply(to person: inout Person) {
        if let position { person.position = position }
        if let subject { person.subject = subject }
        if let roles { person.roles = roles }
        if let day = staff.birthDate { person.staff.birthDate = day }
        if let day = staff.hireDate { person.staff.hireDate = day }
        if let day = staff.experienceSince { person.staff.experienceSince = day }
        if let category = staff.category { person.staff.category = category }
        if let day = staff.categoryDate { person.staff.categoryDate = day }
    }

    /// The row's value of a document field, as the model's problem names it.
    func value(of path: String) -> String {
        switch StaffColumn(path: path) {
        case .name: name
        case .position: position ?? ""
        case .subject: subject ?? ""
        case .birthDate: staff.birthDate?.description ?? ""
        case .hireDate: staff.hireDate?.description ?? ""
        case .experienceSince: staff.experienceSince?.description ?? ""
        case .categoryDate: staff.categoryDate?.description ?? ""
        case .category: staff.category?.rawValue ?? ""
        default: ""
        }
    }
}
