import GRDB
import MarshrutCore

/// The subjects a run may see: the persons, routes and programs of an organization's scope.
public struct SubjectScope: Sendable, Hashable {
    public var persons: Set<String>
    public var routes: Set<String>
    public var programs: Set<String>

    public init(persons: Set<String>, routes: Set<String>, programs: Set<String>) {
        self.persons = persons
        self.routes = routes
        self.programs = programs
    }

    public func contains(_ subject: SubjectReference) -> Bool {
        switch subject.kind {
        case .person: persons.contains(subject.id)
        case .route: routes.contains(subject.id)
        case .program: programs.contains(subject.id)
        case .plan, .organization: false
        }
    }
}

/// A record source that shows only the subjects of a scope: batches skip the others, and a related
/// subject outside the scope reads as absent, so no rule sees another school's data.
public struct ScopedRecords<Base: RecordSource>: RecordSource {
    public let base: Base
    public let scope: SubjectScope

    public init(_ base: Base, scope: SubjectScope) {
        self.base = base
        self.scope = scope
    }

    public func counts() throws -> SubjectCounts {
        SubjectCounts(persons: scope.persons.count, routes: scope.routes.count, programs: scope.programs.count)
    }

    public func persons(after: String?, limit: Int) throws -> [StoredPerson] {
        try page(after: after, limit: limit, id: \.id, keep: scope.persons) { try base.persons(after: $0, limit: $1) }
    }

    public func routes(after: String?, limit: Int) throws -> [StoredRoute] {
        try page(after: after, limit: limit, id: \.id, keep: scope.routes) { try base.routes(after: $0, limit: $1) }
    }

    public func programs(after: String?, limit: Int) throws -> [StoredProgram] {
        try page(after: after, limit: limit, id: \.id, keep: scope.programs) { try base.programs(after: $0, limit: $1) }
    }

    public func persons(ids: [String]) throws -> [StoredPerson] { try base.persons(ids: ids.filter(scope.persons.contains)) }
    public func routes(ids: [String]) throws -> [StoredRoute] { try base.routes(ids: ids.filter(scope.routes.contains)) }
    public func programs(ids: [String]) throws -> [StoredProgram] { try base.programs(ids: ids.filter(scope.programs.contains)) }

    /// Up to `limit` records of the scope after `after`, reading the base's batches in its order.
    private func page<Record>(
        after: String?, limit: Int, id: (Record) -> String, keep: Set<String>, read: (String?, Int) throws -> [Record]
    ) throws -> [Record] {
        var kept: [Record] = []
        var cursor = after
        while kept.count < limit {
            let batch = try read(cursor, max(limit, 256))
            guard let last = batch.last else { break }
            kept += batch.filter { keep.contains(id($0)) }
            cursor = id(last)
        }
        return Array(kept.prefix(limit))
    }
}

extension Store {
    /// The subjects of a set of organizations, found by the database: the persons working there,
    /// their routes, and the programs they are members of.
    public func scope(ofOrganizations organizations: Set<String>) throws -> SubjectScope {
        guard !organizations.isEmpty else { return SubjectScope(persons: [], routes: [], programs: []) }
        return try read { db in
            let marks = Array(repeating: "?", count: organizations.count).joined(separator: ", ")
            let arguments = SQLArguments(organizations.sorted().map { .text($0) })
            let inScope = "SELECT id FROM person WHERE \(db.dialect.jsonText("body", "organization")) IN (\(marks))"
            let persons = Set(try String.fetchAll(db, sql: inScope, arguments: arguments))
            let routes = Set(try String.fetchAll(db, sql: "SELECT id FROM route WHERE teacher_id IN (\(inScope))", arguments: arguments))
            let programs = Set(
                try String.fetchAll(
                    db, sql: "SELECT DISTINCT program_id FROM program_member WHERE person_id IN (\(inScope))", arguments: arguments))
            return SubjectScope(persons: persons, routes: routes, programs: programs)
        }
    }
}
