import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// A PostgreSQL database chosen by its address, `postgres://user[:password]@host[:port]/name`:
/// a small pool of connections, transactions, and the store's named migrations.
///
/// Writes take one transaction-wide advisory lock, so that writers follow each other as they
/// do on the SQLite file, across processes and servers: a change is read, checked and written
/// with nothing in between. Reads see one snapshot (`REPEATABLE READ`).
final class PostgresDatabase: @unchecked Sendable {
    // @unchecked: `idle` is only touched under `lock`; the connections themselves are Sendable.
    let configuration: PostgresConnection.Configuration
    /// The address without its password, for messages.
    let address: String
    private let lock = NSLock()
    private var idle: [PostgresConnection] = []
    private let logger = Logger(label: "marshrut.postgres")
    private static let nextID = LockedCounter()
    /// The key of the advisory lock every write holds.
    static let writeLock: Int64 = 0x6D61_7273_6872  // "marshr"

    init(url: String) throws {
        guard let parts = URLComponents(string: url), ["postgres", "postgresql"].contains(parts.scheme ?? ""),
            let host = parts.host, !host.isEmpty
        else {
            throw StoreError(StoreText.badDatabaseAddress(url))
        }
        let database = String(parts.path.drop { $0 == "/" })
        let user = parts.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        let password = parts.password ?? ProcessInfo.processInfo.environment["PGPASSWORD"]
        var configuration = PostgresConnection.Configuration(
            host: host, port: parts.port ?? 5432, username: user, password: password,
            database: database.isEmpty ? user : database, tls: try Self.tls(parts, url: url))
        configuration.options.connectTimeout = .seconds(10)
        self.configuration = configuration
        var shown = parts
        shown.password = nil
        address = shown.string ?? url
    }

    /// TLS as libpq's `sslmode` asks (`?sslmode=disable|prefer|require`); `prefer` when not
    /// given: encrypted when the server offers it. `require` verifies the server's certificate
    /// against the system's trusted ones.
    static func tls(_ parts: URLComponents, url: String) throws -> PostgresConnection.Configuration.TLS {
        let mode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        switch mode {
        case "disable":
            return .disable
        case "prefer", "allow":
            return .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case "require", "verify-ca", "verify-full":
            return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        default:
            throw StoreError(StoreText.badDatabaseAddress(url))
        }
    }

    /// Runs `body` in a write transaction: all of it is stored, or on any throw none of it.
    func write<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(\(Self.writeLock))", body)
    }

    /// Runs `body` on one consistent snapshot.
    func read<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// Runs a statement that PostgreSQL runs only outside a transaction (`VACUUM`).
    func outsideTransaction(_ sql: String) throws {
        let connection = try take()
        do {
            try PostgresSession(connection: connection, logger: logger).execute(sql: sql)
            give(connection)
        } catch {
            try? connection.close().wait()
            throw error
        }
    }

    private func transaction<T>(_ begin: String, _ body: (PostgresSession) throws -> T) throws -> T {
        let connection = try take()
        let session = PostgresSession(connection: connection, logger: logger)
        do {
            for statement in begin.split(separator: ";") { try session.execute(sql: String(statement)) }
            let result = try body(session)
            try session.execute(sql: "COMMIT")
            give(connection)
            return result
        } catch {
            if (try? session.execute(sql: "ROLLBACK")) != nil { give(connection) } else { try? connection.close().wait() }
            throw error
        }
    }

    private func take() throws -> PostgresConnection {
        if let connection = lock.withLock({ idle.popLast() }), !connection.isClosed { return connection }
        do {
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: Self.nextID.next(), logger: logger
            ).wait()
        } catch let error as PSQLError {
            throw StoreError(StoreText.cannotConnect(address, PostgresFailure(error).description))
        } catch {
            throw StoreError(StoreText.cannotConnect(address, "\(error)"))
        }
    }

    private func give(_ connection: PostgresConnection) {
        let kept = lock.withLock { () -> Bool in
            guard idle.count < 16 else { return false }
            idle.append(connection)
            return true
        }
        if !kept { try? connection.close().wait() }
    }

    deinit {
        for connection in idle { try? connection.close().wait() }
    }
}

/// Connection ids for the driver's logs.
final class LockedCounter: @unchecked Sendable {
    // @unchecked: `value` is only touched under `lock`.
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.withLock {
            value += 1; return value
        }
    }
}
