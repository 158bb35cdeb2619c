import Foundation
@testable import MarshrutStore

/// A new, empty PostgreSQL database on the test server (`$MARSHRUT_TEST_POSTGRES`, which
/// `make test` sets to a throwaway cluster), dropped when this value goes away.
public final class PostgresTestDatabase: @unchecked Sendable {
    // @unchecked: every property is set once in `init`.

    /// The server tests may create databases on, if this run has one.
    public static let server: String? = ProcessInfo.processInfo.environment["MARSHRUT_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// The new database's address, for `Store(path:)` and `--db`.
    public let url: String
    private let name: String
    private let admin: PostgresDatabase

    public init() throws {
        guard let server = Self.server, var parts = URLComponents(string: server) else {
            throw StoreError("no PostgreSQL server for tests: set MARSHRUT_TEST_POSTGRES (make test does)")
        }
        name = "marshrut_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        admin = try PostgresDatabase(url: server)
        try admin.outsideTransaction("CREATE DATABASE \(name)")
        parts.path = "/" + name
        url = parts.string ?? server
    }

    deinit {
        try? admin.outsideTransaction("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }
}
