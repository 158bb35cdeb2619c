import Foundation
import GRDB
import MarshrutCore

/// The store: persons, routes and programs with their history, in one SQLite file in WAL mode
/// (the embedded default) or in a PostgreSQL database chosen by its address. The store's logic
/// and its named migrations are the same on both; `SQLSession` is where they differ.
///
/// Every change runs in one transaction, so a change is either wholly stored or not at all, and
/// two writers at once wait for each other (SQLite's busy timeout; a PostgreSQL advisory lock)
/// rather than fail. Reads see a consistent snapshot.
///
/// ```swift
/// let store = try Store(path: "marshrut.db")
/// try store.updateRoute("ivanova-2022") { try $0.advance() }
/// ```
public final class Store: Sendable {
    enum Engine: Sendable {
        case sqlite(DatabasePool)
        case postgres(PostgresDatabase)
    }

    let engine: Engine
    /// Where the database lives: the file's path, or the PostgreSQL address without its password.
    public let path: String
    /// Reflections waiting to be written together (see ``appendReflection(to:_:)``).
    let reflectionQueue = ReflectionQueue()

    /// Whether `location` names a PostgreSQL database rather than a file.
    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Opens (creating if needed) and migrates the database at `path`: a SQLite file, or a
    /// PostgreSQL database when `path` is a `postgres://` address (the database must exist
    /// already, made with `createdb`; the store creates its schema in it).
    ///
    /// - Parameters:
    ///   - create: when false, a missing file (or a PostgreSQL database without the store's
    ///     schema) is an error rather than a new database.
    ///   - busyTimeout: how long a write waits for another process's write to finish.
    public init(path: String, create: Bool = true, busyTimeout: Double = 30) throws {
        if Self.isPostgres(path) {
            let database = try PostgresDatabase(url: path)
            try PostgresSchema.migrate(database, create: create)
            engine = .postgres(database)
            self.path = database.address
            return
        }
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw StoreError(StoreText.noDatabase(path))
        }
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "marshrut"
        do {
            engine = .sqlite(try Self.open(path: path, configuration: config))
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: path)
        }
        self.path = path
    }

    /// The SQLite pool, for what is built on SQLite alone so far (the region reader, bulk writes,
    /// erasure); on PostgreSQL, says so.
    func sqlitePool(for what: @autoclosure () -> String) throws -> DatabasePool {
        switch engine {
        case .sqlite(let pool): return pool
        case .postgres: throw StoreError(StoreText.notOnPostgres(what(), path))
        }
    }

    /// Opens the pool and migrates. Switching a new file to WAL, or recovering one, answers
    /// "busy" at once rather than waiting, when another process does the same at that moment:
    /// the open is then tried again shortly, for a few seconds.
    private static func open(path: String, configuration: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            attempt += 1
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try migrate(pool, path: path)
                return pool
            } catch let error as DatabaseError where attempt < 100 && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) {
                Thread.sleep(forTimeInterval: 0.01 * Double(attempt % 7 + 1))
            }
        }
    }

    /// Brings the schema up to date, safely when several processes open a new or older file at
    /// once: the migrator of one may find a table another has just created, and then tries again
    /// after it, finding the migration applied. A file with migrations this version does not know
    /// is refused before anything is written.
    private static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = Schema.migrator
        let known = Set(migrator.migrations)
        for attempt in 1...50 {
            let applied = try pool.read { db -> Set<String> in
                try db.tableExists("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
            }
            let unknown = applied.subtracting(known)
            guard unknown.isEmpty else { throw StoreError(StoreText.newerDatabase(path, unknown: unknown.sorted())) }
            if applied == known { return }
            do {
                try migrator.migrate(pool)
                return
            } catch let error as DatabaseError where attempt < 50 && Self.isLostRace(error) {
                Thread.sleep(forTimeInterval: 0.02 * Double(attempt % 5 + 1))
            }
        }
    }

    /// Another process ran the same migration first: its table exists, or its identifier is recorded.
    private static func isLostRace(_ error: DatabaseError) -> Bool {
        let message = error.message ?? ""
        return message.contains("already exists") || message.contains("duplicate column name")
            || (error.resultCode == .SQLITE_CONSTRAINT && message.contains("grdb_migrations"))
    }

    /// Names of the migrations applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        switch engine {
        case .sqlite(let pool): try pool.read { db in try Schema.migrator.appliedMigrations(db) }
        case .postgres(let database): try PostgresSchema.applied(database)
        }
    }

    /// The audit line of the change being made: the first write that runs while it is set records
    /// it in the same transaction, so a change is never stored without its line (or the line without it).
    @TaskLocal public static var auditing: AuditSlot?

    /// Runs `body` in one write transaction; any throw rolls everything back.
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try translatingErrors {
            switch engine {
            case .sqlite(let pool):
                return try pool.write { db in try Self.audited(GRDBSession(db: db), body) }
            case .postgres(let database):
                return try database.write { session in try Self.audited(session, body) }
            }
        }
    }

    /// `body`, and the audit line of the change being made when one waits (see `auditing`).
    private static func audited<T>(_ session: any SQLSession, _ body: (any SQLSession) throws -> T) throws -> T {
        guard let slot = Self.auditing, !slot.isWritten else { return try body(session) }
        let result = try body(session)
        try Self.insert(slot.entry, session)
        slot.isWritten = true
        return result
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try translatingErrors {
            switch engine {
            case .sqlite(let pool): return try pool.read { db in try body(GRDBSession(db: db)) }
            case .postgres(let database): return try database.read(body)
            }
        }
    }

    /// A read whose statements need not see one snapshot: each sees what was committed when it
    /// started (on SQLite they share one anyway). For the reads every request of a server makes
    /// first, where PostgreSQL's `BEGIN` and `COMMIT` would be two round trips of three.
    func readCommitted<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try translatingErrors {
            switch engine {
            case .sqlite(let pool): return try pool.read { db in try body(GRDBSession(db: db)) }
            case .postgres(let database): return try database.autocommit(body)
            }
        }
    }

    /// A read of the SQLite file alone (see `sqlitePool`).
    func sqliteRead<T>(_ what: @autoclosure () -> String, _ body: (Database) throws -> T) throws -> T {
        let pool = try sqlitePool(for: what())
        return try translatingErrors { try pool.read(body) }
    }

    /// The database's own errors as the store says them.
    func translatingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw translated(error)
        }
    }

    /// A database's error as the store says it; any other error as it is.
    func translated(_ error: any Error) -> any Error {
        switch error {
        case let error as DatabaseError:
            StoreError.from(error, path: path)
        case let error as PostgresFailure:
            StoreError(StoreText.databaseError(path, error.message))
        case let damaged as DamagedRecord:
            StoreError(StoreText.damagedRecord(path, table: damaged.table, id: damaged.id, detail: damaged.detail))
        default:
            error
        }
    }
}

extension StoreError {
    static func from(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(StoreText.locked(path))
        case .SQLITE_READONLY:
            return StoreError(StoreText.readOnly(path))
        case .SQLITE_CANTOPEN:
            return StoreError(StoreText.cannotOpen(path))
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StoreError(StoreText.notADatabase(path))
        case .SQLITE_FULL:
            return StoreError(StoreText.diskFull(path))
        default:
            return StoreError(StoreText.databaseError(path, error.message ?? "\(error.resultCode)"))
        }
    }
}

extension Store {
    /// SQLite's own check of the file: `["ok"]` when the database is sound.
    public func integrityCheck() throws -> [String] {
        try sqliteRead("the integrity check") { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
