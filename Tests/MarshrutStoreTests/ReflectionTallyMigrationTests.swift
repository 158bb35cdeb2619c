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
        let path = try db.earlierVersionFile("v10.db", upTo: "v10: persons by organization", from: current)
        let old = try DatabaseQueue(path: path)
        #expect(try old.read { try Bool.fetchOne($0, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'route_tally'") } == false)
        try old.close()

        let store = try Store(path: path)
        #expect(try store.appliedMigrations().contains("v11: reflections counted per route"))
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
