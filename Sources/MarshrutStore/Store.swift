import Foundation
import GRDB
import MarshrutCore

/// The embedded store: one SQLite file in WAL mode holding persons, routes and programs.
///
/// Every change runs in one immediate transaction, so a change is either wholly stored or
/// not at all, and two processes writing at once wait for each other (busy timeout) rather
/// than fail. Reads see a consistent snapshot.
///
/// ```swift
/// let store = try Store(path: "marshrut.db")
/// try store.updateRoute("ivanova-2022") { try $0.advance() }
/// ```
public final class Store: Sendable {
    let pool: DatabasePool
    /// Where the database lives.
    public let path: String

    /// Opens (creating if needed) and migrates the database at `path`.
    ///
    /// - Parameters:
    ///   - create: when false, a missing file is an error rather than a new database.
    ///   - busyTimeout: how long a write waits for another process's write to finish.
    public init(path: String, create: Bool = true, busyTimeout: Double = 30) throws {
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw StoreError(StoreText.noDatabase(path))
        }
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "marshrut"
        do {
            pool = try Self.open(path: path, configuration: config)
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: path)
        }
        self.path = path
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
        try pool.read { db in try Schema.migrator.appliedMigrations(db) }
    }

    /// The audit line of the change being made: the first write that runs while it is set records
    /// it in the same transaction, so a change is never stored without its line (or the line without it).
    @TaskLocal public static var auditing: AuditSlot?

    /// Runs `body` in one write transaction; any throw rolls everything back.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            guard let slot = Self.auditing, !slot.isWritten else { return try pool.write(body) }
            return try pool.write { db in
                let result = try body(db)
                try Self.insert(slot.entry, db)
                slot.isWritten = true
                return result
            }
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: path)
        } catch let damaged as DamagedRecord {
            throw StoreError(StoreText.damagedRecord(path, table: damaged.table, id: damaged.id, detail: damaged.detail))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: path)
        } catch let damaged as DamagedRecord {
            throw StoreError(StoreText.damagedRecord(path, table: damaged.table, id: damaged.id, detail: damaged.detail))
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
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}

extension Database {
    /// Executes `sql` through the connection's statement cache: a statement that a save repeats
    /// for every subject of an import is compiled once, not once per row.
    func executeCached(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
