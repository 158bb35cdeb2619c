import Foundation
import MarshrutCore
import MarshrutStore

/// What a database holds, as `init` reports it.
public struct StoreSummary: Sendable, Hashable {
    public var path: String
    public var migrations: Int
    public var counts: SubjectCounts
}

extension Service {
    /// The database's path, how many migrations it has had, and how much it holds.
    public func storeSummary() throws -> StoreSummary {
        StoreSummary(path: store.path, migrations: try store.appliedMigrations().count, counts: try store.counts())
    }
}

extension Service {
    /// What a database holds, if there is a readable one at `path` (a file, or a PostgreSQL
    /// address): for the hints of `marshrut` alone. Never creates the file.
    public static func peek(at path: String) -> StoreSummary? {
        guard Store.isPostgres(path) || FileManager.default.fileExists(atPath: path), let store = try? Store(path: path, create: false),
            let counts = try? store.counts(), let migrations = try? store.appliedMigrations()
        else { return nil }
        return StoreSummary(path: store.path, migrations: migrations.count, counts: counts)
    }

    /// The ids of one kind of subject in a database, for shell completion; empty when there is no
    /// readable one at `path`. Never creates the file.
    public static func ids(of kind: SubjectReference.Kind, at path: String) -> [String] {
        guard Store.isPostgres(path) || FileManager.default.fileExists(atPath: path), let store = try? Store(path: path, create: false)
        else { return [] }
        switch kind {
        case .route: return (try? store.routeIDs()) ?? []
        case .person: return (try? store.personIDs()) ?? []
        case .program: return (try? store.programIDs()) ?? []
        case .plan, .organization: return []
        }
    }
}

extension Service {
    /// Copies the whole database into `target`, which must be empty: documents with their
    /// history, organizations, accounts, the erasure and audit logs. For moving between a SQLite
    /// file and PostgreSQL; only who may export, read the accounts and the audit log may do it.
    public func copy(to target: Store) throws -> CopySummary {
        for permission in [Permission.exportDocuments, .importDocuments, .listAccounts, .readAudit] { try authorize(permission) }
        return try store.copy(to: target)
    }
}
