import Foundation
import GRDB
import MarshrutCore
@testable import MarshrutStore
import MarshrutTestSupport
import Testing

/// Migration v11 counts each route's reflections once, from what the file holds; from then on
/// the database keeps the count as reflections are added.
struct ReflectionTallyMigrationTests {
    @Test func aFileOfThePreviousVersionGetsEveryRoutesCount() throws {
        let db = try TemporaryDatabase()
        let current = try db.sampleStore()
        let catalog = try current.catalog()
        let path = db.folder.appendingPathComponent("v10.db").path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let old = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(old, upTo: "v10: persons by organization")
        try old.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [current.path])
            try db.inTransaction {
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT IN ('grdb_migrations', 'sqlite_sequence')")
                for table in tables {
                    let columns = try db.columns(in: table, in: "main").map { $0.name.quotedDatabaseIdentifier }.joined(separator: ", ")
                    try db.execute(sql: "INSERT INTO main.\(table) (\(columns)) SELECT \(columns) FROM source.\(table)")
                }
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE source")
        }
        #expect(try old.read { try Bool.fetchOne($0, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'route_tally'") } == false)
        try old.close()

        let store = try Store(path: path)
        #expect(try store.appliedMigrations().last == "v11: reflections counted per route")
        for route in catalog.routes {
            #expect(try store.routeHead(route.id).reflections == route.reflections.count, "\(route.id)")
        }
        let before = try #require(catalog.routes.first { $0.id == "kuznetsov-2024" }).reflections.count
        let number = try store.appendReflection(to: "kuznetsov-2024") { _, _ in
            Reflection(date: day("2026-11-20"), target: .deficit("d4"), score: 4, text: "После обновления")
        }
        #expect(number == before + 1)
        #expect(try store.route("kuznetsov-2024").reflections.count == before + 1)
    }
}
