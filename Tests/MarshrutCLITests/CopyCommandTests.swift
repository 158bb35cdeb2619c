import Foundation
import MarshrutCLI
import MarshrutTestSupport
import Testing

/// `marshrut copy` between the SQLite file and PostgreSQL (when `$MARSHRUT_TEST_POSTGRES` names a
/// server, as in `make test`), and between two files otherwise.
@Suite struct CopyCommandTests {
    /// A new PostgreSQL database on the test server for `body`; a file without one.
    static func withMiddle(_ box: Sandbox, _ body: (String) throws -> Void) throws {
        guard PostgresTestDatabase.server != nil else { return try body(box.folder.appendingPathComponent("middle.db").path) }
        let database = try PostgresTestDatabase()
        try body(database.url)
    }

    @Test func aSchoolGoesThereAndBackWithNothingLost() throws {
        let box = try AccountCommandTests.school()
        #expect(box.run(["account", "add", "zavuch", "--person", "bocharova", "--role", "curator@malinovka"]).status == 0)
        #expect(box.run(["reflect", "kuznetsov-2024", "--image", "--score", "4", "Ближе к образу"]).status == 0)
        #expect(box.run(["journal", "--edit", "kuznetsov-2024/9", "--score", "5"], input: "Ближе к образу, чем год назад").status == 0)
        let history = box.run(["journal", "--history", "kuznetsov-2024/9", "--json"]).output
        #expect(history.contains("Ближе к образу, чем год назад") && history.contains("\"Ближе к образу\""), "\(history)")
        #expect(box.run(["person", "forget", "grishina", "--yes"]).status == 0)
        let scripts = try TemporaryFolder("marshrut-scripts")
        try scripts.write("school.lua", ScriptPushCommandTests.monitor("school-seen", says: "seen"))
        #expect(box.run(["rules", "push", scripts.path, "--org", "malinovka"]).status == 0)
        let exported = box.dump()
        let accounts = box.run(["account", "list"]).output
        let back = box.folder.appendingPathComponent("back.db").path
        try Self.withMiddle(box) { middle in
            let there = box.run(["copy", "--to", middle])
            #expect(there.status == 0, "\(there.errors)")
            #expect(
                there.output.contains(
                    "persons — 14, routes — 4, programs — 6, road maps — 1, organizations — 3, their scripts — 1, accounts — 1, erasures of personal data — 1"))
            #expect(!there.output.contains("PGPASSWORD"))
            let copy = box.run(["--db", middle, "export"])
            #expect(copy.output == exported, "\(copy.errors)")
            #expect(box.run(["--db", middle, "journal", "--history", "kuznetsov-2024/9", "--json"]).output == history, "revisions came along")
            // The curator's runs read the same subjects and say the same, byte for byte.
            for run in [["rules", "check", "--json"], ["incentives", "--json"], ["report", "--year", "2025", "--format", "json"]] {
                let here = box.run(run)
                let there = box.run(["--db", middle] + run)
                #expect(there.status == here.status, "\(run): \(there.errors)")
                #expect(there.output == here.output, "\(run)")
                #expect(here.output.count > 100)
            }
            // A second copy into the same, now full, database is refused and writes nothing.
            let again = box.run(["copy", "--to", middle])
            #expect(again.status == 1)
            #expect(again.errors.contains("already holds data"))
            let returned = box.run(["copy", "--from", middle, "--to", back])
            #expect(returned.status == 0, "\(returned.errors)")
        }
        #expect(box.run(["--db", back, "export"]).output == exported)
        #expect(box.run(["--db", back, "account", "list"]).output == accounts)
        // The school's scripts came along, and run there as here.
        let here = box.run(["rules", "check", "--org", "malinovka", "--json"])
        #expect(here.output.contains("school-seen"))
        #expect(box.run(["--db", back, "rules", "check", "--org", "malinovka", "--json"]).output == here.output)
        // The erasure came along: the erased person's name cannot be imported back.
        let refill = box.run(["--db", back, "import", Repository.routes])
        #expect(refill.status != 0)
    }
}
