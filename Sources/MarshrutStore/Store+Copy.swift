import MarshrutCore

/// What `Store.copy(to:)` moved.
public struct CopySummary: Sendable, Hashable {
    public var counts: SubjectCounts
    public var organizations: Int
    public var plans: Int
    public var accounts: Int
    public var erasures: Int
    public var auditLines: Int
    public var scripts: Int
}

extension Store {
    /// Copies everything this database holds into `target`, which must be empty, in one
    /// transaction of the target: the documents with their whole history, the organizations,
    /// the organizations' scripts, the accounts with their roles, the erasure log and the audit
    /// log, keeping their numbers.
    /// Sign-in sessions are not copied: everyone signs in again on the new database.
    ///
    /// Works between any two databases (SQLite file or PostgreSQL): an export of both is then
    /// the same.
    ///
    /// - Throws: `StoreError` when the target holds anything already (nothing is written).
    @discardableResult
    public func copy(to target: Store) throws -> CopySummary {
        let (catalog, scripts, accounts, erasures, audit) = try read { db in
            (
                try Self.fetchCatalog(db),
                try Self.fetchAllScripts(db),
                try Self.fetchAccounts(db),
                try SQLRow.fetchAll(db, sql: "SELECT * FROM erasure ORDER BY seq").map(Self.erasure(from:)),
                try SQLRow.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq").map(Self.auditEntry(from:))
            )
        }
        try Self.$auditing.withValue(nil) {
            try target.write { db in
                for table in ["person", "organization", "plan", "script", "account", "audit", "erasure"] {
                    if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") != 0 {
                        throw StoreError(StoreText.copyTargetNotEmpty(target.path))
                    }
                }
                if let session = db as? PostgresSession {
                    try Self.copying(catalog, into: session)
                } else {
                    // The documents go in as an import does, checked again on the way.
                    try Self.importing(catalog, note: nil, db)
                }
                for script in scripts { try Self.insert(script, db) }
                for account in accounts { try Self.insert(account, db) }
                for erasure in erasures {
                    try db.execute(
                        sql: "INSERT INTO erasure (seq, person_id, date, texts) VALUES (?, ?, ?, ?)",
                        arguments: [erasure.number, erasure.person, erasure.date, erasure.texts])
                }
                for entry in audit {
                    try db.execute(
                        sql: "INSERT INTO audit (seq, at, login, action, subject, outcome) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [entry.seq, entry.at, entry.login, entry.action, entry.subject, entry.outcome])
                }
                if db.dialect == .postgres {
                    // Numbers given explicitly do not move PostgreSQL's sequences: move them past.
                    for table in ["erasure", "audit"] {
                        try db.execute(
                            sql: "SELECT setval(pg_get_serial_sequence('\(table)', 'seq'), COALESCE((SELECT MAX(seq) FROM \(table)), 0) + 1, false)")
                    }
                }
            }
        }
        return CopySummary(
            counts: SubjectCounts(persons: catalog.persons.count, routes: catalog.routes.count, programs: catalog.programs.count),
            organizations: catalog.organizations.count, plans: catalog.plans.count, accounts: accounts.count,
            erasures: erasures.count, auditLines: audit.count, scripts: scripts.count)
    }

    /// The documents of a store, into an empty PostgreSQL database: checked together once, then
    /// written with COPY as a generated region is (one round trip per batch rather than per row:
    /// a region's hundreds of thousands of reflections otherwise take minutes). The rows are
    /// laid out as an import lays them out (`BulkRows`).
    static func copying(_ catalog: Catalog, into session: PostgresSession) throws {
        try catalog.validate()
        try Self.saveParentsFirst(catalog.organizations, session)
        var writer = try BulkWriter(postgres: session)
        var rows = BulkRows()
        func add(_ make: (inout BulkRows) -> Void) throws {
            make(&rows)
            if rows.count >= 4_096 {
                try writer.insert(rows)
                rows = BulkRows()
            }
        }
        for person in catalog.persons { try add { $0.add(person) } }
        for route in catalog.routes { try add { $0.add(route) } }
        for program in catalog.programs { try add { $0.add(program) } }
        try writer.insert(rows)
        try writer.flush()
        try session.execute(
            sql: "SELECT setval(pg_get_serial_sequence('reflection', 'seq'), COALESCE((SELECT MAX(seq) FROM reflection), 0) + 1, false)")
        try Self.checkBulkReferences(session)
        for plan in catalog.plans { try Self.save(plan, session) }
        try Self.analyzeRegion(session)
    }
}
