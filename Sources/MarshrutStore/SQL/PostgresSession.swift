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
    let link: PostgresLink
    let logger: Logger
    private let last = Changes()
    private let ahead = SentAhead()

    /// The row count of the session's last statement.
    private final class Changes: @unchecked Sendable {
        // @unchecked: a session belongs to one transaction on one thread.
        var count = 0
    }

    /// Statements sent without waiting for their answer (`sendAhead`), checked at the next wait.
    fileprivate final class SentAhead: @unchecked Sendable {
        // @unchecked: a session belongs to one transaction on one thread.
        var answers: [EventLoopFuture<PostgresQueryResult>] = []

        /// What a wait gave, unless a statement sent ahead of it failed: then that failure. A
        /// statement after a failed one failed too (its transaction was aborted) or, worse, ran
        /// outside the transaction a failed `BEGIN` was to open; either way the earlier failure
        /// is what happened. The connection answers in order, so those answers are in by now.
        func settle<T>(_ outcome: () throws -> T) throws -> T {
            let result = Result(catching: outcome)
            let earlier = answers
            answers = []
            for answer in earlier {
                do { _ = try answer.wait() } catch { throw PostgresFailure.translated(error) }
            }
            return try result.get()
        }
    }

    init(link: PostgresLink, logger: Logger) {
        self.link = link
        self.logger = logger
    }

    var connection: PostgresConnection { link.connection }
    var dialect: SQLDialect { .postgres }
    var changesCount: Int { last.count }

    func execute(sql: String, arguments: SQLArguments) throws {
        last.count = try ahead.settle { try run(sql: sql, arguments: arguments) }.metadata.rows ?? 0
    }

    /// Sends a statement whose answer nobody waits for (`BEGIN`, a lock): the connection runs it
    /// before the next one, and the next wait reports it if it failed. A transaction's opening
    /// statements so cost no wait of their own.
    func sendAhead(sql: String) {
        ahead.answers.append(connection.query(PostgresQuery(unsafeSQL: sql), logger: logger))
    }

    /// Sends a statement and leaves its answer to the next wait (see `sendAhead`): an insert
    /// and the `COMMIT` after it cost one wait together.
    func executeAhead(sql: String, arguments: SQLArguments) throws {
        ahead.answers.append(connection.query(Self.query(sql, arguments), logger: logger))
    }

    /// Runs a query as a statement prepared on the connection (see `PostgresLink`).
    func fetchRows(sql: String, arguments: SQLArguments) throws -> [SQLRow] {
        try send(sql: sql, arguments: arguments).rows()
    }

    /// A query sent and not yet waited for (see `send`).
    struct Sent {
        let answer: EventLoopFuture<[PostgresRow]>
        /// What to forget when PostgreSQL refuses the statement as it was prepared.
        let statement: (link: PostgresLink, sql: String)?
        fileprivate let ahead: SentAhead

        /// The query's rows, when they have come.
        func rows() throws -> [SQLRow] {
            let rows = try ahead.settle {
                do {
                    return try answer.wait()
                } catch {
                    if let statement, PostgresFailure.isStalePlan(error) { statement.link.forget(statement.sql) }
                    throw PostgresFailure.translated(error)
                }
            }
            return try PostgresSession.rows(of: rows)
        }
    }

    /// Sends a query and returns at once: the server works on it (and on the next ones sent, in
    /// order) while the caller takes the rows of earlier ones. The query is prepared on the
    /// connection the first time it is sent (one round trip more, once).
    func send(sql: String, arguments: SQLArguments) -> Sent {
        let typed = Self.typed(sql, arguments)
        do {
            if let statement = try link.prepared(typed, logger: logger) {
                return Sent(answer: statement.execute(Self.data(arguments)), statement: (link, typed), ahead: ahead)
            }
        } catch {
            return Sent(answer: connection.eventLoop.makeFailedFuture(error), statement: nil, ahead: ahead)
        }
        return Sent(answer: connection.query(Self.query(sql, arguments), logger: logger).map(\.rows), statement: nil, ahead: ahead)
    }

    private static func rows(of result: [PostgresRow]) throws -> [SQLRow] {
        var rows: [SQLRow] = []
        rows.reserveCapacity(result.count)
        var names: [String]?
        for row in result {
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
        } catch {
            throw PostgresFailure.translated(error)
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

    /// The arguments of a prepared statement, in the binary formats its typed text declares.
    private static func data(_ arguments: SQLArguments) -> [PostgresData] {
        arguments.values.map { value in
            switch value {
            case .null: .null
            case .integer(let v): PostgresData(int64: v)
            case .real(let v): PostgresData(double: v)
            case .text(let v): PostgresData(string: v)
            }
        }
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
        try ahead.settle {
            if let error = outcome.error { throw PostgresFailure.translated(error) }
        }
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
        placeholders(in: sql) { "$\($0)" }
    }

    /// `?` → `$n` typed as the n-th argument is: `CAST($n AS bigint)`, `… AS double precision)`,
    /// `… AS text)`, and a bare `$n` for a NULL, whose type PostgreSQL works out from where it
    /// stands, as it does for an unnamed query.
    static func typed(_ sql: String, _ arguments: SQLArguments) -> String {
        placeholders(in: sql) { n in
            guard n <= arguments.values.count else { return "$\(n)" }
            switch arguments.values[n - 1] {
            case .null: return "$\(n)"
            case .integer: return "CAST($\(n) AS bigint)"
            case .real: return "CAST($\(n) AS double precision)"
            case .text: return "CAST($\(n) AS text)"
            }
        }
    }

    /// `sql` with its n-th `?` outside quoted text and identifiers replaced by `placeholder(n)`.
    private static func placeholders(in sql: String, _ placeholder: (Int) -> String) -> String {
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
                out += placeholder(n)
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// A cell as the value SQLite would give.
    ///
    /// The driver asks for every result in binary, prepared or not, but marks the cells of a
    /// prepared statement as text (it keeps the formats of the statement's description, which
    /// PostgreSQL gives before any format is chosen): the cells are read as binary whatever
    /// they say.
    static func value(_ cell: PostgresCell) throws -> SQLValue {
        var cell = cell
        cell.format = .binary
        guard var bytes = cell.bytes else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid:
            return .integer(try cell.decode(Int64.self))
        case .float4, .float8, .numeric:
            return .real(try cell.decode(Double.self))
        case .bool:
            return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .jsonb:
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

    init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    var description: String { code.isEmpty ? message : "\(message) (SQLSTATE \(code))" }

    /// The driver's error as a `PostgresFailure` (a prepared statement's errors come in the
    /// driver's older form, `PostgresError`); any other error as it is.
    static func translated(_ error: any Error) -> any Error {
        switch error {
        case let error as PSQLError:
            return PostgresFailure(error)
        case PostgresError.server(let answer):
            return PostgresFailure(code: answer.fields[.sqlState] ?? "", message: answer.fields[.message] ?? answer.description)
        case PostgresError.connectionClosed:
            return PostgresFailure(code: "", message: "\(PostgresError.connectionClosed)")
        default:
            return error
        }
    }

    /// Whether PostgreSQL refused a prepared statement because the tables it reads changed
    /// the type of what it returns (`0A000`, "cached plan must not change result type").
    static func isStalePlan(_ error: any Error) -> Bool {
        (translated(error) as? PostgresFailure)?.code == "0A000"
    }
}
