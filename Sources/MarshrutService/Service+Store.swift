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
