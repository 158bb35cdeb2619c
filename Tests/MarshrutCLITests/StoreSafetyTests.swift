import Foundation
import GRDB
import MarshrutStore
import MarshrutTestSupport
import Testing

/// A newer, damaged or concurrently created database is never used wrongly.
@Suite(.serialized) struct StoreSafetyTests {
    @Test func aDatabaseOneMigrationAheadIsNotOpened() throws {
        let box = try Sandbox()
        try box.importSample()
        let queue = try DatabaseQueue(path: box.db)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: a later version')") }
        let tablesBefore = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master ORDER BY name") }
        for arguments in [["route", "list"], ["reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "4", "Текст"], ["init"]] {
            let outcome = box.run(arguments)
            #expect(outcome.status != 0, "\(arguments)")
            #expect(outcome.errors.contains("written by a newer Marshrut"), "\(outcome.errors)")
            #expect(outcome.errors.contains("v99: a later version"))
        }
        let tablesAfter = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master ORDER BY name") }
        #expect(tablesAfter == tablesBefore)
        let reflections = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reflection WHERE text = 'Текст'") }
        #expect(reflections == 0)
    }

    @Test(arguments: [
        ("route", "kuznetsov-2024", "UPDATE route SET body = '{\"selfImage\": 7}' WHERE id = 'kuznetsov-2024'"),
        ("route", "kuznetsov-2024", "UPDATE route SET start = '2024-13-01' WHERE id = 'kuznetsov-2024'"),
        ("person", "kuznetsov", "UPDATE person SET body = 'not json' WHERE id = 'kuznetsov'"),
        ("program", "prog-2023-01", "UPDATE program SET body = '{}' WHERE id = 'prog-2023-01'"),
    ])
    func aDamagedRecordIsNamedWithItsDatabaseTableAndID(_ table: String, _ id: String, _ damage: String) throws {
        let box = try Sandbox()
        try box.importSample()
        let queue = try DatabaseQueue(path: box.db)
        try queue.write { db in try db.execute(sql: damage) }
        let command: [String] =
            switch table {
            case "route": ["route", "show", id]
            case "person": ["person", "show", id]
            default: ["program", "show", id]
            }
        let outcome = box.run(command)
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains(box.db), "\(outcome.errors)")
        #expect(outcome.errors.contains("the \(table) \"\(id)\" is damaged"), "\(outcome.errors)")
        #expect(!outcome.errors.contains("DecodingError"), "\(outcome.errors)")
    }

    @Test func fourProcessesOpeningANewFileAtOnceAllSucceed() throws {
        let binary = try #require(Repository.binary)
        let box = try Sandbox()
        for round in 1...8 {
            let db = box.folder.appendingPathComponent("new-\(round).db").path
            let processes = (1...4).map { _ in
                let p = Process()
                p.executableURL = URL(fileURLWithPath: binary)
                p.arguments = ["--db", db, "init"]
                p.standardOutput = FileHandle.nullDevice
                let errors = Pipe()
                p.standardError = errors
                return (p, errors)
            }
            for (p, _) in processes { try p.run() }
            for (p, errors) in processes {
                p.waitUntilExit()
                let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                #expect(p.terminationStatus == 0, "round \(round): \(text)")
            }
            let store = try Store(path: db, create: false)
            #expect(try store.appliedMigrations().count == 12)
            #expect(try store.integrityCheck() == ["ok"])
        }
    }
}
