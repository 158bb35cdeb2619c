import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// The store's SQL on a PostgreSQL connection: `?` placeholders become `$1, $2, …`, values are
/// bound as text, bigint or double precision, and results are read back as the same
/// `SQLValue`s SQLite gives (integers, reals, text; `jsonb` as its JSON text).
///
/// The store's operations are synchronous (the server runs them off its event loops), so each
/// query waits on its future; a session is never used from an event loop thread.
struct PostgresSession: SQLSession {
    let connection: PostgresConnection
    let logger: Logger
    private let last = Changes()

    /// The row count of the session's last statement.
    private final class Changes: @unchecked Sendable {
        // @unchecked: a session belongs to one transaction on one thread.
        var count = 0
    }

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    var dialect: SQLDialect { .postgres }
    var changesCount: Int { last.count }

    func execute(sql: String, arguments: SQLArguments) throws {
        last.count = try run(sql: sql, arguments: arguments).metadata.rows ?? 0
    }

    func fetchRows(sql: String, arguments: SQLArguments) throws -> [SQLRow] {
        try Self.rows(of: try run(sql: sql, arguments: arguments))
    }

    /// A query sent and not yet waited for (see `send`).
    struct Sent {
        let answer: EventLoopFuture<PostgresQueryResult>

        /// The query's rows, when they have come.
        func rows() throws -> [SQLRow] {
            do {
                return try PostgresSession.rows(of: try answer.wait())
            } catch let error as PSQLError {
                throw PostgresFailure(error)
            }
        }
    }

    /// Sends a query and returns at once: the server works on it (and on the next ones sent, in
    /// order) while the caller takes the rows of earlier ones.
    func send(sql: String, arguments: SQLArguments) -> Sent {
        Sent(answer: connection.query(Self.query(sql, arguments), logger: logger))
    }

    private static func rows(of result: PostgresQueryResult) throws -> [SQLRow] {
        var rows: [SQLRow] = []
        var names: [String]?
        for row in result.rows {
            var values: [SQLValue] = []
            var columnNames: [String] = []
            for cell in row {
                values.append(try Self.value(cell))
                if names == nil { columnNames.append(cell.columnName) }
            }
            if names == nil { names = columnNames }
            rows.append(SQLRow(names: names ?? [], values: values))
        }
        return rows
    }

    private func run(sql: String, arguments: SQLArguments) throws -> PostgresQueryResult {
        do {
            return try connection.query(Self.query(sql, arguments), logger: logger).wait()
        } catch let error as PSQLError {
            throw PostgresFailure(error)
        }
    }

    private static func query(_ sql: String, _ arguments: SQLArguments) -> PostgresQuery {
        var binds = PostgresBindings(capacity: arguments.values.count)
        for value in arguments.values {
            switch value {
            case .null: binds.appendNull()
            case .integer(let v): binds.append(v)
            case .real(let v): binds.append(v)
            case .text(let v): binds.append(v)
            }
        }
        return PostgresQuery(unsafeSQL: numbered(sql), binds: binds)
    }

    /// Copies rows in COPY's text format into `table` (the driver's COPY is asynchronous: this
    /// waits for it, off any event loop, as every query of a session does).
    func copy(into table: String, columns: [String], text: String) throws {
        let outcome = CopyOutcome()
        let done = DispatchSemaphore(value: 0)
        let connection = connection
        let logger = logger
        let data = ByteBuffer(string: text)
        // The task runs on a queue of its own, never on the cooperative pool: a caller that
        // blocks one of the pool's few threads while it waits cannot starve its own COPY.
        Task(executorPreference: CopyExecutor.shared) {
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in try await writer.write(data) }
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error as? PSQLError { throw PostgresFailure(error) }
        if let error = outcome.error { throw error }
    }

    /// Where COPY tasks run: a serial dispatch queue, which gets a thread of its own when the
    /// cooperative pool's threads are all blocked.
    private final class CopyExecutor: TaskExecutor {
        static let shared = CopyExecutor()
        private let queue = DispatchQueue(label: "marshrut.postgres.copy")

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            let executor = asUnownedTaskExecutor()
            queue.async { job.runSynchronously(on: executor) }
        }
    }

    /// What a COPY's task ended with.
    private final class CopyOutcome: @unchecked Sendable {
        // @unchecked: written by the task before it signals, read after the wait: never at once.
        var error: (any Error)?
    }

    /// Runs several statements one by one (the driver prepares each statement, and a prepared
    /// statement holds one command): split at `;` outside quotes and `$$` function bodies.
    func executeScript(_ script: String) throws {
        for statement in Self.statements(script) { try execute(sql: statement, arguments: []) }
    }

    static func statements(_ script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inQuote = false
        var inBody = false
        var previous: Character?
        for c in script {
            if c == "'" && !inBody { inQuote.toggle() }
            if c == "$" && previous == "$" && !inQuote { inBody.toggle() }
            if c == ";" && !inQuote && !inBody {
                if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { statements.append(current) }
                current = ""
            } else {
                current.append(c)
            }
            previous = c == "$" && previous == "$" ? nil : c
        }
        if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { statements.append(current) }
        return statements
    }

    /// `?` → `$n`, leaving quoted text and identifiers alone.
    static func numbered(_ sql: String) -> String {
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var n = 0
        var quote: Character?
        for c in sql {
            if let open = quote {
                if c == open { quote = nil }
                out.append(c)
            } else if c == "'" || c == "\"" {
                quote = c
                out.append(c)
            } else if c == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard var bytes = cell.bytes else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid:
            return .integer(try cell.decode(Int64.self))
        case .float4, .float8, .numeric:
            return .real(try cell.decode(Double.self))
        case .bool:
            return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .jsonb where cell.format == .binary:
            _ = bytes.readInteger(as: UInt8.self)  // the jsonb format's version byte
            return .text(bytes.readString(length: bytes.readableBytes) ?? "")
        default:
            return .text(bytes.readString(length: bytes.readableBytes) ?? "")
        }
    }
}

/// What PostgreSQL answered when it refused a statement, said in words.
struct PostgresFailure: Error, CustomStringConvertible {
    /// The SQLSTATE code, e.g. `40001`, `23505`.
    var code: String
    var message: String

    init(_ error: PSQLError) {
        code = error.serverInfo?[.sqlState] ?? ""
        message = error.serverInfo?[.message] ?? "\(error.code)"
    }

    var description: String { code.isEmpty ? message : "\(message) (SQLSTATE \(code))" }
}
