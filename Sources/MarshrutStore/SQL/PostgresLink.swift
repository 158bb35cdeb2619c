import Foundation
import Logging
import NIOCore
import PostgresNIO

/// One connection of the pool and the statements prepared on it.
///
/// A query the store sends often is parsed and planned by PostgreSQL once per connection
/// instead of once per call: `prepared(_:)` prepares it on first use under a name of its own
/// and keeps it while the connection lives. Its parameters are typed in the statement's text
/// (`CAST($1 AS bigint)`), so a statement prepared for an integer is never given a text: the
/// kinds of the arguments are part of the text the statement is kept under.
final class PostgresLink: @unchecked Sendable {
    // @unchecked: a link is used by one holder at a time — the pool hands it over under its
    // lock, which orders the holders' accesses to `statements`.
    let connection: PostgresConnection
    private var statements: [String: PreparedQuery] = [:]

    /// At most this many statements are kept on one connection; queries beyond them are sent
    /// unnamed, as before any was kept.
    static let statementLimit = 256

    init(_ connection: PostgresConnection) {
        self.connection = connection
    }

    var isClosed: Bool { connection.isClosed }

    /// The statement prepared for `sql` on this connection, prepared now if it was not yet;
    /// `nil` when the connection keeps as many as it may.
    func prepared(_ sql: String, logger: Logger) throws -> PreparedQuery? {
        if let statement = statements[sql] { return statement }
        guard statements.count < Self.statementLimit else { return nil }
        let statement = try connection.prepare(query: sql).wait()
        statements[sql] = statement
        return statement
    }

    /// Forgets a statement PostgreSQL no longer runs as it was prepared (its tables changed).
    func forget(_ sql: String) {
        guard let statement = statements.removeValue(forKey: sql) else { return }
        _ = statement.deallocate()
    }
}
