import Foundation
import GRDB
import MarshrutCore
import MarshrutDocuments
@testable import MarshrutStore
import MarshrutTestSupport
import Testing

/// A folder of its own for one test's database, removed when the test is done.
final class TemporaryDatabase {
    private let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    /// Where the database file goes; nothing is there until a store opens it.
    let path: String

    init() throws {
        temporary = try TemporaryFolder("marshrut-store")
        path = temporary.path("marshrut.db")
    }

    /// A store on this file holding the sample school.
    func sampleStore() throws -> Store {
        let store = try Store(path: path)
        try store.importCatalog(try Sample.catalog())
        return store
    }

    /// A file beside this one, `name`, with the schema up to `migration` and every row of
    /// `current`'s tables that schema has: what an earlier version of the tool wrote.
    func earlierVersionFile(_ name: String, upTo migration: String, from current: Store) throws -> String {
        let path = folder.appendingPathComponent(name).path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let old = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(old, upTo: migration)
        try old.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [current.path])
            try db.inTransaction {
                // The tally is the database's own count, kept by a trigger as the reflections are copied.
                let tables = try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM main.sqlite_master
                        WHERE type = 'table' AND name NOT IN ('grdb_migrations', 'sqlite_sequence', 'route_tally')
                        """)
                for table in tables {
                    let columns = try db.columns(in: table, in: "main").map { $0.name.quotedDatabaseIdentifier }.joined(separator: ", ")
                    try db.execute(sql: "INSERT INTO main.\(table) (\(columns)) SELECT \(columns) FROM source.\(table)")
                }
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE source")
        }
        try old.close()
        return path
    }
}

/// The sample school in `Routes/`, found from this file's place in the repository.
enum Sample {
    static let routes = Repository.routes

    static func catalog() throws -> Catalog {
        try DocumentFiles.load([routes]).catalog
    }
}

extension Route {
    /// The same route with other history, which only the initialiser may set.
    func with(corrections: [Correction]? = nil, reflections: [Reflection]? = nil) -> Route {
        Route(
            id: id, teacher: teacher, tutor: tutor, start: start, end: end, stage: stage, selfImage: selfImage,
            strengths: strengths, deficits: deficits, activities: activities,
            corrections: corrections ?? self.corrections, reflections: reflections ?? self.reflections)
    }
}

/// A person for the bank, with both consents.
func newcomer(_ id: String) -> Person {
    Person(
        id: id, name: "Новикова Анна Игоревна", roles: [.mentee],
        consents: [Consent(kind: .personalData, date: day("2026-08-25")), Consent(kind: .duties, date: day("2026-08-25"))])
}

/// Runs `body` and returns its `StoreError`, recording a failure for anything else.
func storeError(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> StoreError? {
    do {
        try body()
        Issue.record("expected a StoreError, but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as StoreError {
        return error
    } catch {
        Issue.record("expected a StoreError, got \(type(of: error)): \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

extension Store {
    /// Persons, routes and programs stored, as a comparable list.
    func countList() throws -> [Int] {
        let c = try counts()
        return [c.persons, c.routes, c.programs]
    }
}
