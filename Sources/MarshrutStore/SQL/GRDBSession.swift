import GRDB

/// The store's SQL on the embedded SQLite file, through GRDB: statements are prepared once
/// per connection (GRDB's statement cache).
struct GRDBSession: SQLSession {
    let db: Database

    var dialect: SQLDialect { .sqlite }
    var changesCount: Int { db.changesCount }

    func execute(sql: String, arguments: SQLArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
    }

    /// In-process there is no round trip to save: runs the statement now.
    func executeAhead(sql: String, arguments: SQLArguments) throws {
        try execute(sql: sql, arguments: arguments)
    }

    func fetchRows(sql: String, arguments: SQLArguments) throws -> [SQLRow] {
        let statement = try db.cachedStatement(sql: sql)
        let names = statement.columnNames
        return try Row.fetchAll(statement, arguments: Self.arguments(arguments)).map { row in
            SQLRow(names: names, values: (0..<row.count).map { Self.value(row[$0] as DatabaseValue) })
        }
    }

    static func arguments(_ arguments: SQLArguments) -> StatementArguments {
        StatementArguments(
            arguments.values.map { value -> DatabaseValue in
                switch value {
                case .null: .null
                case .integer(let v): v.databaseValue
                case .real(let v): v.databaseValue
                case .text(let v): v.databaseValue
                }
            })
    }

    static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: .null
        case .int64(let v): .integer(v)
        case .double(let v): .real(v)
        case .string(let v): .text(v)
        case .blob(let data): .text(String(decoding: data, as: UTF8.self))
        }
    }
}
