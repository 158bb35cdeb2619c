import Foundation
import GRDB
import MarshrutCore
import MarshrutTestSupport
import Testing

@testable import MarshrutStore

/// The persons of a scope are found through an index, not by reading every person.
struct ScopeIndexTests {
    @Test func theScopesPersonsAreFoundThroughTheOrganizationIndex() throws {
        let db = try TemporaryDatabase()
        let store = try Store(path: db.path)
        try store.importCatalog(
            Catalog(
                persons: [Person(id: "p1", name: "Иванова", organization: "s1"), Person(id: "p2", name: "Петров")],
                organizations: [Organization(id: "s1", name: "Школа", type: .region)]))
        let condition = "\(SQLDialect.sqlite.personOrganization) IN (?)"
        let plan = try DatabaseQueue(path: db.path).read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM person WHERE \(condition)", arguments: ["s1"]).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING INDEX person_organization") }, "\(plan)")
        #expect(try store.scope(ofOrganizations: ["s1"]).persons == ["p1"])
        // A body that is not JSON (damage) still goes in and out of the index: the store opens.
        try DatabaseQueue(path: db.path).write { try $0.execute(sql: "UPDATE person SET body = 'not json' WHERE id = 'p2'") }
        #expect(try Store(path: db.path).scope(ofOrganizations: ["s1"]).persons == ["p1"])
    }
}
