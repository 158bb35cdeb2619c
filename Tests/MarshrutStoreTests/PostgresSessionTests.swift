import Foundation
@testable import MarshrutStore
import MarshrutTestSupport
import Testing

/// How the store talks to PostgreSQL: statements prepared per connection, typed by their
/// arguments, and statements sent ahead whose failures still fail their transaction.
@Suite struct PostgresSessionTests {
    @Test func placeholdersAreTypedAsTheirArgumentsAreAndQuotedTextIsLeftAlone() {
        let sql = "SELECT ? FROM t WHERE a = '?' AND \"b?\" = ? AND c = ? AND d = ?"
        let typed = PostgresSession.typed(sql, [Int64(1), "x", Double(0.5), nil])
        #expect(typed == "SELECT CAST($1 AS bigint) FROM t WHERE a = '?' AND \"b?\" = CAST($2 AS text) AND c = CAST($3 AS double precision) AND d = $4")
        #expect(PostgresSession.numbered(sql) == "SELECT $1 FROM t WHERE a = '?' AND \"b?\" = $2 AND c = $3 AND d = $4")
    }

    @Test(.enabled(if: PostgresTestDatabase.server != nil))
    func oneQueryGivenAnIntegerATextAndANullAnswersEachAsAskedAgainAndAgain() throws {
        let database = try PostgresTestDatabase()
        let pool = try PostgresDatabase(url: database.url, connections: 1)
        let sql = "SELECT CAST(? AS text) AS shown"
        for _ in 0..<3 {
            let answers = try pool.read { db in
                [
                    try String.fetchOne(db, sql: sql, arguments: [Int64(42)]),
                    try String.fetchOne(db, sql: sql, arguments: ["сорок два"]),
                    try String.fetchOne(db, sql: sql, arguments: [nil as String?]),
                ]
            }
            #expect(answers == ["42", "сорок два", nil])
        }
        // One statement per kind of argument, prepared once on the pool's one connection.
        let prepared = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%AS shown'") }
        #expect(prepared == 3)
    }

    @Test(.enabled(if: PostgresTestDatabase.server != nil))
    func queriesBeyondTheStatementLimitAreAnsweredUnprepared() throws {
        let database = try PostgresTestDatabase()
        let pool = try PostgresDatabase(url: database.url, connections: 1)
        let count = PostgresLink.statementLimit + 20
        let sums = try pool.read { db in
            try (0..<count).map { n in try Int.fetchOne(db, sql: "SELECT \(n) + CAST(? AS bigint)", arguments: [Int64(1)]) }
        }
        #expect(sums == (0..<count).map { $0 + 1 })
        let prepared = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM pg_prepared_statements") }
        #expect(prepared == PostgresLink.statementLimit)
    }

    @Test(.enabled(if: PostgresTestDatabase.server != nil))
    func aPreparedQueryWhoseTableChangedTypeFailsOnceAndIsPreparedAgain() throws {
        let database = try PostgresTestDatabase()
        let pool = try PostgresDatabase(url: database.url, connections: 1)
        try pool.write { db in
            try db.execute(sql: "CREATE TABLE shelf (item integer)")
            try db.execute(sql: "INSERT INTO shelf VALUES (7)")
        }
        let sql = "SELECT item FROM shelf WHERE item IS NOT NULL OR ? = 0"
        #expect(try pool.read { try Int.fetchOne($0, sql: sql, arguments: [Int64(0)]) } == 7)
        try pool.write { try $0.execute(sql: "ALTER TABLE shelf ALTER COLUMN item TYPE text") }
        #expect(throws: PostgresFailure.self) { try pool.read { try String.fetchOne($0, sql: sql, arguments: [Int64(0)]) } }
        #expect(try pool.read { try String.fetchOne($0, sql: sql, arguments: [Int64(0)]) } == "7")
    }

    @Test(.enabled(if: PostgresTestDatabase.server != nil))
    func anInsertSentAheadThatFailsFailsItsTransactionAtTheNextStatementOrTheCommit() throws {
        let database = try PostgresTestDatabase()
        let pool = try PostgresDatabase(url: database.url, connections: 1)
        try pool.write { try $0.execute(sql: "CREATE TABLE box (n integer NOT NULL)") }
        let refused: [SQLArguments] = [[Int64(1)], [nil as Int64?]]

        // Followed by a query: the query throws the insert's refusal, not its own.
        var failure: PostgresFailure?
        do {
            try pool.write { db in
                try db.insertRows(into: "box", columns: ["n"], refused)
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM box")
            }
        } catch let error as PostgresFailure {
            failure = error
        }
        #expect(failure?.code == "23502")

        // Last before the commit: the commit rolls back and throws the refusal.
        failure = nil
        do {
            try pool.write { db in
                try db.execute(sql: "INSERT INTO box VALUES (5)")
                try db.insertRows(into: "box", columns: ["n"], refused)
            }
        } catch let error as PostgresFailure {
            failure = error
        }
        #expect(failure?.code == "23502")
        #expect(try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM box") } == 0)

        // The connection is still good for the next transaction.
        try pool.write { db in try db.insertRows(into: "box", columns: ["n"], [[Int64(1)], [Int64(2)]]) }
        #expect(try pool.read { try Int.fetchOne($0, sql: "SELECT sum(n) FROM box") } == 3)
    }
}
