import Foundation
import GRDB
import MarshrutCore
@testable import MarshrutStore
import MarshrutTestSupport
import Testing

/// Migration v8 rebuilds the reflection table (SQLite cannot change a CHECK in place): a file
/// written by the previous version keeps every reflection, revision and trigger.
struct ImageReflectionMigrationTests {
    static let previous = "v7: organizations, accounts, sessions, audit log"

    /// The sample school in a file at migration v7, as the previous version wrote it.
    static func previousVersionFile(_ db: TemporaryDatabase) throws -> (path: String, catalog: Catalog) {
        let current = try db.sampleStore()
        // A revised reflection, so that the revisions' link to the rebuilt table is tested too.
        _ = try current.updateRoute("kuznetsov-2024") { try $0.reviseReflection(1, text: "Исправленная запись", on: day("2026-11-01")) }
        let catalog = try current.catalog()
        let path = try db.earlierVersionFile("v7.db", upTo: previous, from: current)
        return (path, catalog)
    }

    @Test func aFileOfThePreviousVersionKeepsEverythingAndTakesImageReflections() throws {
        let db = try TemporaryDatabase()
        let (path, catalog) = try Self.previousVersionFile(db)
        let reflectionsBefore = catalog.routes.map(\.reflections.count).reduce(0, +)
        #expect(reflectionsBefore > 0)
        #expect(catalog.routes.contains { $0.reflections.contains { !$0.history.isEmpty } })

        let store = try Store(path: path)
        #expect(try store.appliedMigrations().contains("v8: reflections on the self-image"))
        #expect(try store.catalog() == catalog)
        #expect(try store.integrityCheck() == ["ok"])
        let dangling = try DatabaseQueue(path: path).read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }
        #expect(dangling.isEmpty)

        // The history is still append-only, whatever the caller.
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE reflection SET text = 'x'") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM reflection") } }
        #expect(throws: DatabaseError.self) {
            try queue.write {
                try $0.execute(sql: "INSERT INTO reflection (route_id, date, score, text) VALUES ('kuznetsov-2024', '2026-01-01', 3, 'no target')")
            }
        }
        try queue.close()

        try store.appendReflection(to: "kuznetsov-2024") { route, _ in
            Reflection(date: day("2026-11-20"), target: .image, score: 4, text: "Ближе к образу")
        }
        let route = try store.route("kuznetsov-2024")
        #expect(route.imageReflections.map(\.text) == ["Ближе к образу"])
        #expect(route.reflections.dropLast() == catalog.routes.first { $0.id == "kuznetsov-2024" }?.reflections[...])
    }
}
