import Foundation
import MarshrutCore
import MarshrutText

/// A value as the store writes it to SQL and reads it back, the same on both databases: flags
/// are integers, days are `YYYY-MM-DD` text, JSON bodies are text.
enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// A Swift value the store binds to a `?` of its SQL.
protocol SQLArgument {
    var sqlValue: SQLValue { get }
}

/// A Swift value the store reads from a column.
protocol SQLColumnValue {
    /// `nil` when the stored value is not of this type (or NULL).
    init?(sqlValue: SQLValue)
}

/// The arguments of one statement, in the order of its `?`s.
struct SQLArguments: ExpressibleByArrayLiteral {
    var values: [SQLValue]

    init(_ values: [SQLValue] = []) { self.values = values }

    init(arrayLiteral elements: (any SQLArgument)?...) {
        values = elements.map { $0?.sqlValue ?? .null }
    }

    static func + (a: SQLArguments, b: SQLArguments) -> SQLArguments { SQLArguments(a.values + b.values) }
}

/// What differs between the two databases in the store's SQL; the rest is written once.
enum SQLDialect: Sendable {
    case sqlite
    case postgres

    /// A text value of a JSON object's member `key` (`$.name`): `json_extract(body, '$.name')`
    /// or `body->>'name'`.
    func jsonText(_ column: String, _ key: String) -> String {
        switch self {
        case .sqlite: "json_extract(\(column), '$.\(key)')"
        case .postgres: "(\(column)->>'\(key)')"
        }
    }

    /// A person's organization as the `person_organization` index holds it (migration v10): a
    /// body that is not JSON, which only damage makes, has none, so the index never stops a
    /// damaged database from opening.
    var personOrganization: String {
        switch self {
        case .sqlite: "(CASE WHEN json_valid(body) THEN json_extract(body, '$.organization') END)"
        case .postgres: "(body->>'organization')"
        }
    }

    /// The roles an account holds, as a JSON array of `[role, organization]` pairs (in no
    /// particular order): `login` names the account's login column.
    func grantPairs(ofLogin login: String) -> String {
        switch self {
        case .sqlite:
            "(SELECT json_group_array(json_array(role, organization_id)) FROM account_role WHERE login = \(login))"
        case .postgres:
            "(SELECT coalesce(json_agg(json_build_array(role, organization_id)), '[]') FROM account_role WHERE login = \(login))"
        }
    }

    /// The placeholder of a JSON body: PostgreSQL stores it as `jsonb`.
    var jsonArgument: String {
        switch self {
        case .sqlite: "?"
        case .postgres: "CAST(? AS jsonb)"
        }
    }
}

/// One connection inside one transaction: what the store's logic reads and writes through,
/// whichever database holds the data.
protocol SQLSession {
    var dialect: SQLDialect { get }
    /// Runs a statement that returns no rows.
    func execute(sql: String, arguments: SQLArguments) throws
    /// Runs a statement whose outcome nothing waits for before the session's next statement:
    /// PostgreSQL is sent it and its failure is thrown by the next statement (at the latest the
    /// transaction's `COMMIT`, which then rolls back); SQLite runs it at once. `changesCount`
    /// does not count it.
    func executeAhead(sql: String, arguments: SQLArguments) throws
    /// Runs a query and returns every row.
    func fetchRows(sql: String, arguments: SQLArguments) throws -> [SQLRow]
    /// How many rows the last statement changed.
    var changesCount: Int { get }
}

extension SQLSession {
    func execute(sql: String) throws { try execute(sql: sql, arguments: []) }

    /// GRDB's spelling, kept so that a statement reads the same in every store file; both
    /// databases cache prepared statements on their side.
    func executeCached(sql: String, arguments: SQLArguments = []) throws { try execute(sql: sql, arguments: arguments) }

    func cachedStatement(sql: String) -> SQLStatement { SQLStatement(session: self, sql: sql) }

    /// Inserts `rows` into `table` in one statement, in their order; each row holds a value per
    /// column. Run ahead (`executeAhead`): a failed insert fails the transaction at its next
    /// statement.
    func insertRows(into table: String, columns: [String], _ rows: [SQLArguments]) throws {
        guard !rows.isEmpty else { return }
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let values = Array(repeating: row, count: rows.count).joined(separator: ", ")
        try executeAhead(
            sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(values)",
            arguments: SQLArguments(rows.flatMap(\.values)))
    }

    /// Inserts a row and returns its `seq`.
    func insertReturningSeq(sql: String, arguments: SQLArguments) throws -> Int64 {
        guard let seq: Int64 = try fetchRows(sql: sql + " RETURNING seq", arguments: arguments).first?[0] else {
            throw StoreError(StoreText.databaseError("", "an insert returned no row"))
        }
        return seq
    }
}

/// A statement and the session it runs in (see `executeCached`).
struct SQLStatement {
    let session: any SQLSession
    let sql: String
}

/// A row of a query's result: values by column name or position.
struct SQLRow {
    let names: [String]
    let values: [SQLValue]

    /// The column's value; a required column that is NULL or of another type is a damaged record.
    subscript<T: SQLColumnValue>(_ column: String) -> T {
        guard let index = names.firstIndex(of: column) else { preconditionFailure("no column \(column) in \(names)") }
        return self[index]
    }

    subscript<T: SQLColumnValue>(_ column: String) -> T? {
        guard let index = names.firstIndex(of: column) else { preconditionFailure("no column \(column) in \(names)") }
        return self[index]
    }

    subscript<T: SQLColumnValue>(_ index: Int) -> T {
        guard let value = T(sqlValue: values[index]) else {
            preconditionFailure("column \(names[index]) holds \(values[index]), not \(T.self)")
        }
        return value
    }

    subscript<T: SQLColumnValue>(_ index: Int) -> T? {
        T(sqlValue: values[index])
    }

    /// A required day column; a malformed value is a damaged database, not a crash.
    func day(_ column: String) throws -> Day {
        guard let text: String = self[column], let day = try? Day(parsing: text) else {
            var error = StoreError(StoreText.malformedDate(column: column))
            error.isMalformedValue = true
            throw error
        }
        return day
    }

    func code<V: NamedVocabulary>(_ column: String, _ type: V.Type) throws -> V {
        guard let text: String = self[column], let value = V(rawValue: text) else {
            var error = StoreError(StoreText.unknownCode(V.self, column: column))
            error.isMalformedValue = true
            throw error
        }
        return value
    }

    static func fetchAll(_ session: any SQLSession, sql: String, arguments: SQLArguments = []) throws -> [SQLRow] {
        try session.fetchRows(sql: sql, arguments: arguments)
    }

    static func fetchAll(_ statement: SQLStatement, arguments: SQLArguments = []) throws -> [SQLRow] {
        try statement.session.fetchRows(sql: statement.sql, arguments: arguments)
    }

    static func fetchOne(_ session: any SQLSession, sql: String, arguments: SQLArguments = []) throws -> SQLRow? {
        try session.fetchRows(sql: sql, arguments: arguments).first
    }

    static func fetchOne(_ statement: SQLStatement, arguments: SQLArguments = []) throws -> SQLRow? {
        try statement.session.fetchRows(sql: statement.sql, arguments: arguments).first
    }
}

extension SQLColumnValue {
    /// The first column of every row.
    static func fetchAll(_ session: any SQLSession, sql: String, arguments: SQLArguments = []) throws -> [Self] {
        try session.fetchRows(sql: sql, arguments: arguments).map { $0[0] }
    }

    static func fetchAll(_ statement: SQLStatement, arguments: SQLArguments = []) throws -> [Self] {
        try fetchAll(statement.session, sql: statement.sql, arguments: arguments)
    }

    /// The first column of the first row, or `nil`.
    static func fetchOne(_ session: any SQLSession, sql: String, arguments: SQLArguments = []) throws -> Self? {
        try session.fetchRows(sql: sql, arguments: arguments).first.flatMap { $0[0] }
    }

    static func fetchOne(_ statement: SQLStatement, arguments: SQLArguments = []) throws -> Self? {
        try fetchOne(statement.session, sql: statement.sql, arguments: arguments)
    }
}

extension String: SQLArgument, SQLColumnValue {
    var sqlValue: SQLValue { .text(self) }
    init?(sqlValue: SQLValue) {
        guard case .text(let text) = sqlValue else { return nil }
        self = text
    }
}

extension Int64: SQLArgument, SQLColumnValue {
    var sqlValue: SQLValue { .integer(self) }
    init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .integer(let value): self = value
        case .real(let value) where value.rounded() == value && abs(value) < 9e18: self = Int64(value)
        default: return nil
        }
    }
}

extension Int: SQLArgument, SQLColumnValue {
    var sqlValue: SQLValue { .integer(Int64(self)) }
    init?(sqlValue: SQLValue) {
        guard let value = Int64(sqlValue: sqlValue) else { return nil }
        self = Int(value)
    }
}

extension Double: SQLArgument, SQLColumnValue {
    var sqlValue: SQLValue { .real(self) }
    init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .real(let value): self = value
        case .integer(let value): self = Double(value)
        default: return nil
        }
    }
}

extension Bool: SQLArgument, SQLColumnValue {
    var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    init?(sqlValue: SQLValue) {
        guard let value = Int64(sqlValue: sqlValue) else { return nil }
        self = value != 0
    }
}

extension Day: SQLArgument, SQLColumnValue {
    var sqlValue: SQLValue { .text(description) }
    init?(sqlValue: SQLValue) {
        guard case .text(let text) = sqlValue, let day = try? Day(parsing: text) else { return nil }
        self = day
    }
}

extension Optional: SQLArgument where Wrapped: SQLArgument {
    var sqlValue: SQLValue { self?.sqlValue ?? .null }
}
