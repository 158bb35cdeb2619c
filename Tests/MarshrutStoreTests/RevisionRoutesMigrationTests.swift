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
