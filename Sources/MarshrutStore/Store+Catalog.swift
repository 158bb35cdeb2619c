import GRDB
import MarshrutCore

extension Store {
    /// Everything stored, as one catalog.
    public func catalog() throws -> Catalog {
        try read { db in
            Catalog(
                persons: try Self.fetchPersons(db),
                routes: try String.fetchAll(db, sql: "SELECT id FROM route ORDER BY id").map { try Self.fetchRoute(db, $0) },
                programs: try String.fetchAll(db, sql: "SELECT id FROM program ORDER BY id").map { try Self.fetchProgram(db, $0) },
                plans: try Self.fetchPlans(db))
        }
    }

    /// Counts of what is stored.
    public func counts() throws -> (persons: Int, routes: Int, programs: Int) {
        try read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM route") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM program") ?? 0
            )
        }
    }

    /// Stores a whole catalog in one transaction: all of it, or — on any problem — none of it.
    ///
    /// Subjects whose ids are already stored are replaced, but their history (consents,
    /// corrections, reflections, indicators) can only grow. The catalog is checked against
    /// the persons already stored, so a document may name a person imported earlier.
    ///
    /// - Throws: `ModelError` listing every problem, or `StoreError`.
    public func importCatalog(_ catalog: Catalog, dryRun: Bool = false) throws {
        try write { db in
            var known: [String: Person] = [:]
            for person in try Self.fetchPersons(db) { known[person.id] = person }
            var routes: [String: Route] = [:]
            for reference in catalog.programs.flatMap(\.addresses) {
                let routeID = String(reference.split(separator: "/").first ?? "")
                if routes[routeID] == nil, let route = try? Self.fetchRoute(db, routeID) { routes[routeID] = route }
            }
            try catalog.validate(knownPersons: known, knownRoutes: routes)
            for person in catalog.persons { try Self.save(person, db) }
            for route in catalog.routes { try Self.save(route, db) }
            for program in catalog.programs { try Self.save(program, db) }
            for plan in catalog.plans { try Self.save(plan, db) }
            if dryRun { throw DryRun() }
        } as Void
    }

    /// Runs an import to the end, then rolls it back.
    public func checkImport(_ catalog: Catalog) throws {
        do {
            try importCatalog(catalog, dryRun: true)
        } catch is DryRun {
            return
        }
    }
}

extension Store {
    static func fetchPlans(_ db: Database) throws -> [SchoolPlan] {
        try String.fetchAll(db, sql: "SELECT body FROM plan ORDER BY id").map { try JSON.decode(SchoolPlan.self, $0) }
    }

    static func save(_ plan: SchoolPlan, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO plan (id, body) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body",
            arguments: [plan.id, try JSON.encode(plan)])
    }
}

/// Thrown to roll back a dry run after every check passed.
struct DryRun: Error {}
