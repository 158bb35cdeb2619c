import Foundation
import GRDB
import MarshrutCore
@testable import MarshrutStore
import MarshrutTestSupport
import Testing

/// Migration v12 gives each stored revision the route of its reflection; the route's journal and
/// the region reader then find the revisions by it.
struct RevisionRoutesMigrationTests {
    @Test func aFileOfThePreviousVersionGetsTheRouteOfEveryRevision() throws {
        let db = try TemporaryDatabase()
        let current = try db.sampleStore()
        try current.updateRoute("kuznetsov-2024") { try $0.reviseReflection(2, text: "Вторая редакция", on: day("2026-11-25")) }
        try current.updateRoute("kuznetsov-2024") { try $0.reviseReflection(2, text: "Третья редакция", on: day("2026-11-26")) }
        let expected = try current.route("kuznetsov-2024")
        let path = try db.earlierVersionFile("v11.db", upTo: "v11: reflections counted per route", from: current)
        let old = try DatabaseQueue(path: path)
        #expect(try old.read { try $0.columns(in: "reflection_revision").contains { $0.name == "route_id" } } == false)
        #expect(try old.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM reflection_revision") } == 2)
        try old.close()

        let store = try Store(path: path)
        #expect(try store.appliedMigrations().last == "v12: revisions name their route")
        let named = try DatabaseQueue(path: path).read { db in
            try String?.fetchAll(db, sql: "SELECT route_id FROM reflection_revision ORDER BY seq")
        }
        #expect(named == ["kuznetsov-2024", "kuznetsov-2024"])
        let route = try store.route("kuznetsov-2024")
        #expect(route == expected)
        #expect(route.reflections[1].text == "Третья редакция")
        #expect(route.reflections[1].history.count == 2)

        let read = try store.readRegion { region in try region.routes(after: nil, limit: 100) }
        let stored = try #require(read.first { $0.id == "kuznetsov-2024" })
        #expect(stored.reflections[1].history.count == 2)
        #expect(stored.reflections[1].text == "Третья редакция")

        // A revision logged after the migration names its route too.
        try store.updateRoute("kuznetsov-2024") { try $0.reviseReflection(3, text: "После обновления", on: day("2026-11-27")) }
        #expect(try store.route("kuznetsov-2024").reflections[2].text == "После обновления")
    }
}

/// The same migration on PostgreSQL, over rows an earlier version wrote.
struct PostgresRevisionRoutesMigrationTests {
    @Test(.enabled(if: PostgresTestDatabase.server != nil))
    func aDatabaseOfThePreviousVersionGetsTheRouteOfEveryRevision() throws {
        let database = try PostgresTestDatabase()
        let old = try PostgresDatabase(url: database.url, connections: 1)
        try PostgresSchema.migrate(old, create: true, last: "v11: reflections counted per route")
        try old.write { db in
            try db.execute(sql: #"INSERT INTO person (id, body) VALUES ('a', '{}'), ('b', '{}')"#)
            try db.execute(
                sql: #"""
                    INSERT INTO route (id, teacher_id, start, "end", stage, body)
                    VALUES ('a-2024', 'a', '2024-09-01', '2029-06-30', 'plan', '{}'), ('b-2024', 'b', '2024-09-01', '2029-06-30', 'plan', '{}')
                    """#)
            try db.execute(
                sql: """
                    INSERT INTO reflection (route_id, date, deficit, score, text)
                    VALUES ('a-2024', '2024-10-01', 'd1', 3, 'a1'), ('b-2024', '2024-10-02', 'd1', 4, 'b1'), ('a-2024', '2024-10-03', 'd1', 4, 'a2')
                    """)
            try db.execute(
                sql: """
                    INSERT INTO reflection_revision (reflection_seq, date, score, text)
                    SELECT seq, '2024-11-01', 5, text || ' revised' FROM reflection
                    """)
        }
        #expect(
            try old.read {
                try Int.fetchOne(
                    $0, sql: "SELECT count(*) FROM information_schema.columns WHERE table_name = 'reflection_revision' AND column_name = 'route_id'")
            } == 0)

        let store = try Store(path: database.url)
        #expect(try store.appliedMigrations().last == "v12: revisions name their route")
        let named = try store.read { db in
            try SQLRow.fetchAll(
                db, sql: "SELECT v.route_id AS named, r.route_id AS actual FROM reflection_revision v JOIN reflection r ON r.seq = v.reflection_seq")
        }
        #expect(named.count == 3)
        #expect(named.allSatisfy { ($0["named"] as String?) != nil && ($0["named"] as String?) == ($0["actual"] as String?) })
        let a2 = try #require(try store.read { try Int64.fetchOne($0, sql: "SELECT seq FROM reflection WHERE text = 'a2'") })
        #expect(throws: StoreError.self) {
            try store.write { db in
                try db.execute(
                    sql: "INSERT INTO reflection_revision (reflection_seq, route_id, date, score, text) VALUES (?, 'b-2024', '2024-11-02', 2, 'x')",
                    arguments: [a2])
            }
        }
        try store.write { db in
            try db.execute(
                sql: "INSERT INTO reflection_revision (reflection_seq, route_id, date, score, text) VALUES (?, 'a-2024', '2024-11-02', 2, 'a2 again')",
                arguments: [a2])
        }
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM reflection_revision WHERE route_id = 'a-2024'") } == 3)
    }
}
