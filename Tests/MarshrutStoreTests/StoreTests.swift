import Foundation
import GRDB
import MarshrutCore
import MarshrutStore
import Testing

struct StoreTests {
    /// The first migration; later ones are added after it, never edited.
    static let first = "v1: persons, routes, programs, append-only history"

    @Test func createsAndMigratesANewDatabase() throws {
        let db = try TemporaryDatabase()
        let store = try Store(path: db.path)
        #expect(FileManager.default.fileExists(atPath: db.path))
        let applied = try store.appliedMigrations()
        #expect(applied.first == Self.first)
        #expect(Set(applied).count == applied.count)
        #expect(try store.catalog().isEmpty)
        #expect(try store.countList() == [0, 0, 0])
        #expect(store.path == db.path)
    }

    @Test func reopeningIsSafeAndKeepsEverything() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.catalog()
        let applied = try store.appliedMigrations()
        let again = try Store(path: db.path)
        #expect(try again.appliedMigrations() == applied)
        #expect(try again.catalog() == before)
        let existing = try Store(path: db.path, create: false)
        #expect(try existing.appliedMigrations() == applied)
        #expect(try existing.countList() == [14, 4, 6])
    }

    @Test func theDatabaseIsInWALMode() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        #expect(FileManager.default.fileExists(atPath: db.path + "-wal"))
        let queue = try DatabaseQueue(path: db.path)
        let mode = try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(try store.counts().persons == 14)
    }

    @Test func aMissingDatabaseIsNotCreatedWhenCreateIsFalse() throws {
        let db = try TemporaryDatabase()
        let error = storeError { _ = try Store(path: db.path, create: false) }
        #expect(error?.message.contains("marshrut init") == true)
        #expect(error?.message.contains(db.path) == true)
        #expect(!FileManager.default.fileExists(atPath: db.path))
    }

    @Test func aFileThatIsNotADatabaseIsRefusedUntouched() throws {
        let db = try TemporaryDatabase()
        let text = Data(String(repeating: "kind: person\nid: ivanova\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: db.path))
        let error = storeError { _ = try Store(path: db.path) }
        #expect(error?.message.contains("is not a Marshrut database") == true, "\(String(describing: error))")
        #expect(error?.message.contains(db.path) == true)
        #expect(FileManager.default.contents(atPath: db.path) == text)
    }

    @Test func aDatabaseInAMissingFolderSaysSo() throws {
        let db = try TemporaryDatabase()
        let path = db.folder.appendingPathComponent("no-such-folder/marshrut.db").path
        let error = storeError { _ = try Store(path: path) }
        #expect(error?.message.contains("cannot open the database") == true, "\(String(describing: error))")
    }

    @Test func anUnknownSubjectListsTheKnownOnes() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let error = storeError { _ = try store.route("ivanova-2022") }
        #expect(error?.message.contains("no route \"ivanova-2022\"") == true)
        #expect(error?.message.contains("antonova-2026, belousova-2022, kuznetsov-2024, romanova-2021") == true)
    }

    @Test func addingAPersonTwiceIsRefused() throws {
        let db = try TemporaryDatabase()
        let store = try Store(path: db.path)
        try store.add(newcomer("novikova"))
        #expect(try store.person("novikova") == newcomer("novikova"))
        let error = storeError { try store.add(newcomer("novikova")) }
        #expect(error?.message.contains("already exists") == true)
        #expect(try store.persons().count == 1)
    }
}
