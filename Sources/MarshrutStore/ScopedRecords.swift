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

/// A record source that shows only the subjects of a scope: batches hold only its subjects, and a
/// related subject outside the scope reads as absent, so no rule sees another school's data.
///
/// Batches are read by id, so a school's run in a region of 100,000 teachers reads its own
/// records, not the region's; the base must give its batches in id order, as the store does.
public struct ScopedRecords<Base: RecordSource>: RecordSource {
    public let base: Base
    public let scope: SubjectScope
    private let personIDs: [String]
    private let routeIDs: [String]
    private let programIDs: [String]

    public init(_ base: Base, scope: SubjectScope) {
        self.base = base
        self.scope = scope
        // Ids are slugs (ASCII), so Swift's order is the store's byte order.
        personIDs = scope.persons.sorted()
        routeIDs = scope.routes.sorted()
        programIDs = scope.programs.sorted()
    }

    public func counts() throws -> SubjectCounts {
        SubjectCounts(persons: scope.persons.count, routes: scope.routes.count, programs: scope.programs.count)
    }

    public func persons(after: String?, limit: Int) throws -> [StoredPerson] {
        try base.persons(ids: Self.page(personIDs, after: after, limit: limit))
    }

    public func routes(after: String?, limit: Int) throws -> [StoredRoute] {
        try base.routes(ids: Self.page(routeIDs, after: after, limit: limit))
    }

    public func programs(after: String?, limit: Int) throws -> [StoredProgram] {
        try base.programs(ids: Self.page(programIDs, after: after, limit: limit))
    }

    public func persons(ids: [String]) throws -> [StoredPerson] { try base.persons(ids: ids.filter(scope.persons.contains)) }
    public func routes(ids: [String]) throws -> [StoredRoute] { try base.routes(ids: ids.filter(scope.routes.contains)) }
    public func programs(ids: [String]) throws -> [StoredProgram] { try base.programs(ids: ids.filter(scope.programs.contains)) }

    /// Up to `limit` of the sorted `ids` that come after `after`.
    static func page(_ ids: [String], after: String?, limit: Int) -> [String] {
        var start = 0
        if let after {
            var high = ids.count
            while start < high {
                let middle = (start + high) / 2
                if ids[middle] <= after { start = middle + 1 } else { high = middle }
            }
        }
        return Array(ids[start..<min(ids.count, start + max(0, limit))])
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
            let inScope = "SELECT id FROM person WHERE \(db.dialect.personOrganization) IN (\(marks))"
            let persons = Set(try String.fetchAll(db, sql: inScope, arguments: arguments))
            let routes = Set(try String.fetchAll(db, sql: "SELECT id FROM route WHERE teacher_id IN (\(inScope))", arguments: arguments))
            let programs = Set(
                try String.fetchAll(
                    db, sql: "SELECT DISTINCT program_id FROM program_member WHERE person_id IN (\(inScope))", arguments: arguments))
            return SubjectScope(persons: persons, routes: routes, programs: programs)
        }
    }
}
