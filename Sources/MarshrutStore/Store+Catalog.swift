import MarshrutCore

extension Store {
    /// Everything stored, as one catalog.
    public func catalog() throws -> Catalog {
        try read(Self.fetchCatalog)
    }

    static func fetchCatalog(_ db: any SQLSession) throws -> Catalog {
        Catalog(
            persons: try fetchPersons(db),
            routes: try String.fetchAll(db, sql: "SELECT id FROM route ORDER BY id").map { try fetchRoute(db, $0) },
            programs: try String.fetchAll(db, sql: "SELECT id FROM program ORDER BY id").map { try fetchProgram(db, $0) },
            plans: try fetchPlans(db),
            organizations: try fetchOrganizations(db))
    }

    /// Counts of what is stored.
    public func counts() throws -> SubjectCounts {
        try read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            return SubjectCounts(persons: try count("person"), routes: try count("route"), programs: try count("program"))
        }
    }

    /// Stores a whole catalog in one transaction: all of it, or — on any problem — none of it.
    ///
    /// Subjects whose ids are already stored are replaced, but their history (consents,
    /// corrections, reflections, indicators) can only grow. The catalog is checked against
    /// the persons already stored, so a document may name a person imported earlier.
    ///
    /// - Throws: `ModelError` listing every problem, or `StoreError`.
    public func importCatalog(_ catalog: Catalog, note: ImportNote? = nil, dryRun: Bool = false) throws {
        try write { db in
            try Self.importing(catalog, note: note, db)
            if dryRun { throw DryRun() }
        } as Void
    }

    /// The import inside the caller's transaction.
    static func importing(_ documents: Catalog, note: ImportNote?, _ db: any SQLSession) throws {
        // A document of a stored route may not slip a change past the route's history.
        var catalog = documents
        var problems: [Problem] = []
        for (i, route) in catalog.routes.enumerated() {
            let stored = try Self.storedRoute(db, route.id)
            problems += try Self.newParticipationProblems(route: route, stored: stored, db)
            guard let stored else { continue }
            switch Result(catching: { () throws(ModelError) -> Route in try route.reconciled(with: stored, note: note) }) {
            case .success(let reconciled): catalog.routes[i] = reconciled
            case .failure(let error): problems += error.problems
            }
        }
        for program in catalog.programs {
            let stored = try? Self.fetchProgram(db, program.id)
            problems += try Self.newParticipationProblems(program: program, stored: stored, db)
        }
        for person in catalog.persons { problems += try Self.refillProblems(person: person, db) }
        if !problems.isEmpty { throw ModelError(problems: problems) }
        var known: [String: Person] = [:]
        for person in try Self.fetchPersons(db) { known[person.id] = person }
        var routes: [String: Route] = [:]
        for reference in catalog.programs.flatMap(\.addresses) {
            let routeID = String(reference.split(separator: "/").first ?? "")
            if routes[routeID] == nil, let route = try? Self.fetchRoute(db, routeID) { routes[routeID] = route }
        }
        let catalogIDs = Set(catalog.organizations.map(\.id))
        let organizations = try Self.fetchOrganizations(db).filter { !catalogIDs.contains($0.id) }
        try catalog.validate(knownPersons: known, knownRoutes: routes, knownOrganizations: organizations)
        try Self.saveParentsFirst(catalog.organizations, db)
        for person in catalog.persons { try Self.save(person, db) }
        for route in catalog.routes { try Self.save(route, db) }
        for program in catalog.programs { try Self.save(program, db) }
        for plan in catalog.plans { try Self.save(plan, db) }
    }

    /// Runs an import to the end, then rolls it back.
    public func checkImport(_ catalog: Catalog, note: ImportNote? = nil) throws {
        do {
            try importCatalog(catalog, note: note, dryRun: true)
        } catch is DryRun {
            return
        }
    }
}

extension Store {
    /// The stored route with this id, or `nil` when there is none.
    static func storedRoute(_ db: any SQLSession, _ id: String) throws -> Route? {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM route WHERE id = ?"), arguments: [id]) == true else { return nil }
        return try fetchRoute(db, id)
    }

    static func fetchPlans(_ db: any SQLSession) throws -> [SchoolPlan] {
        try String.fetchAll(db, sql: "SELECT body FROM plan ORDER BY id").map { try JSON.decode(SchoolPlan.self, $0) }
    }

    static func save(_ plan: SchoolPlan, _ db: any SQLSession) throws {
        try db.execute(
            sql: "INSERT INTO plan (id, body) VALUES (?, \(db.dialect.jsonArgument)) ON CONFLICT(id) DO UPDATE SET body = excluded.body",
            arguments: [plan.id, try JSON.encode(plan)])
    }
}

/// Thrown to roll back a dry run after every check passed.
struct DryRun: Error {}
