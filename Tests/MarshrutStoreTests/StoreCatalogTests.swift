import Foundation
import MarshrutCore
import MarshrutStore
import Testing

struct StoreCatalogTests {
    @Test func importedCatalogReadsBackEqual() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let sample = try Sample.catalog()
        #expect(try store.catalog() == sample.sorted)
        #expect(try store.countList() == [14, 4, 6])
        #expect(try store.route("kuznetsov-2024") == sample.routes.first { $0.id == "kuznetsov-2024" })
        #expect(try store.program("prog-2024-01").mentees == ["belousova", "kuznetsov"])
    }

    @Test func importingTheSameCatalogAgainChangesNothing() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        try store.importCatalog(try Sample.catalog())
        #expect(try store.catalog() == (try Sample.catalog()).sorted)
    }

    @Test func aDocumentMayNameAPersonImportedEarlier() throws {
        let db = try TemporaryDatabase()
        let store = try Store(path: db.path)
        let sample = try Sample.catalog()
        try store.importCatalog(Catalog(persons: sample.persons))
        try store.importCatalog(Catalog(routes: sample.routes, programs: sample.programs, plans: sample.plans))
        #expect(try store.catalog() == sample.sorted)
    }

    @Test func anImportWithOneBadDocumentStoresNothingInAnEmptyDatabase() throws {
        let db = try TemporaryDatabase()
        let store = try Store(path: db.path)
        var catalog = try Sample.catalog()
        catalog.routes[0].teacher = "nobody"
        #expect(throws: ModelError.self) { try store.importCatalog(catalog) }
        #expect(try store.catalog().isEmpty)
        #expect(try store.countList() == [0, 0, 0])
    }

    @Test func anImportRefusedByTheModelLeavesTheDatabaseAsItWas() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.catalog()
        var route = try store.route("belousova-2022")
        route.id = "novikova-2026"
        route.teacher = "novikova"
        route.end = day("2040-01-01")
        let catalog = Catalog(persons: [newcomer("novikova")], routes: [route])
        do {
            try store.importCatalog(catalog)
            Issue.record("expected the import to be refused")
        } catch let error as ModelError {
            #expect(error.problems.map(\.path) == ["end"])
        }
        #expect(try store.catalog() == before)
        #expect(try store.countList() == [14, 4, 6])
    }

    /// The newcomer is saved before the route's history is found altered: the rollback must take it back.
    @Test func anImportRefusedByTheDatabaseRollsBackWhatItHadSaved() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.catalog()
        let route = try store.route("belousova-2022")
        let altered = route.with(reflections: Array(route.reflections.dropFirst()))
        let catalog = Catalog(
            persons: [newcomer("novikova")], routes: [altered],
            programs: [try store.program("prog-2022-01")])
        let error = storeError { try store.importCatalog(catalog) }
        #expect(error?.message.contains("append-only") == true)
        #expect(try store.catalog() == before)
        #expect(try store.countList() == [14, 4, 6])
        #expect(throws: StoreError.self) { try store.person("novikova") }
    }

    @Test func aDryRunChecksEverythingAndStoresNothing() throws {
        let db = try TemporaryDatabase()
        let store = try Store(path: db.path)
        try store.checkImport(try Sample.catalog())
        #expect(try store.countList() == [0, 0, 0])
        var broken = try Sample.catalog()
        broken.programs[0].mentors = ["nobody"]
        #expect(throws: ModelError.self) { try store.checkImport(broken) }
    }
}
