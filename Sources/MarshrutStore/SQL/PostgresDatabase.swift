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
    // @unchecked: `idle` and `open` are only touched under `available`; the connections themselves are Sendable.
    let configuration: PostgresConnection.Configuration
    /// The address without its password, for messages.
    let address: String
    /// Guards `idle` and `open`; signalled when a connection is given back or its place freed.
    private let available = NSCondition()
    private var idle: [PostgresLink] = []
    /// Connections open now, idle or in use.
    private var open = 0
    /// At most this many connections open at once.
    let limit: Int
    /// How long a store operation waits for a connection when all are in use.
    static let waitForConnection: TimeInterval = 60
    private let logger = Logger(label: "marshrut.postgres")
    private static let nextID = LockedCounter()
    /// The key of the advisory lock every write holds.
    static let writeLock: Int64 = 0x6D61_7273_6872  // "marshr"

    /// - Parameter connections: how many connections at most the pool opens to the database.
    init(url: String, connections: Int = 16) throws {
        limit = max(1, connections)
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

    /// Runs `body` outside a transaction: each statement sees what was committed when it
    /// started. One round trip per statement instead of three for a statement in a transaction
    /// of its own.
    func autocommit<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        let connection = try take()
        do {
            let result = try body(PostgresSession(link: connection, logger: logger))
            give(connection)
            return result
        } catch {
            // A refused statement leaves no transaction open; a lost connection is not kept.
            give(connection)
            throw error
        }
    }

    /// Runs a statement that PostgreSQL runs only outside a transaction (`VACUUM`).
    func outsideTransaction(_ sql: String) throws {
        let connection = try take()
        do {
            try PostgresSession(link: connection, logger: logger).execute(sql: sql)
            give(connection)
        } catch {
            discard(connection)
            throw error
        }
    }

    private func transaction<T>(_ begin: String, _ body: (PostgresSession) throws -> T) throws -> T {
        let connection = try take()
        let session = PostgresSession(link: connection, logger: logger)
        do {
            for statement in begin.split(separator: ";") { session.sendAhead(sql: String(statement)) }
            let result = try body(session)
            try session.execute(sql: "COMMIT")
            give(connection)
            return result
        } catch {
            if (try? session.execute(sql: "ROLLBACK")) != nil { give(connection) } else { discard(connection) }
            throw error
        }
    }

    /// A connection of the pool: an idle one, a new one while fewer than `limit` are open, or
    /// else the first one given back. Waiting here costs the database nothing, where a new
    /// connection would cost it a process.
    private func take() throws -> PostgresLink {
        if let connection = try idleOrPlace() { return connection }
        do {
            return PostgresLink(
                try PostgresConnection.connect(
                    on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: Self.nextID.next(), logger: logger
                ).wait())
        } catch {
            freePlace()
            if let error = error as? PSQLError { throw StoreError(StoreText.cannotConnect(address, PostgresFailure(error).description)) }
            throw StoreError(StoreText.cannotConnect(address, "\(error)"))
        }
    }

    /// An idle connection, or `nil` when a place for a new one has been counted; waits while
    /// every place is taken.
    private func idleOrPlace() throws -> PostgresLink? {
        available.lock()
        defer { available.unlock() }
        let deadline = Date(timeIntervalSinceNow: Self.waitForConnection)
        while true {
            while let connection = idle.popLast() {
                if !connection.isClosed { return connection }
                open -= 1
            }
            if open < limit {
                open += 1
                return nil
            }
            if !available.wait(until: deadline) { throw StoreError(StoreText.allConnectionsBusy(address, limit)) }
        }
    }

    private func freePlace() {
        available.withLock { open -= 1 }
        available.signal()
    }

    /// Gives a connection back to the pool; a closed one frees its place.
    private func give(_ connection: PostgresLink) {
        if connection.isClosed { return freePlace() }
        available.withLock { idle.append(connection) }
        available.signal()
    }

    /// Closes a connection that is not to be used again, and frees its place.
    private func discard(_ connection: PostgresLink) {
        try? connection.connection.close().wait()
        freePlace()
    }

    deinit {
        for link in idle { try? link.connection.close().wait() }
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
