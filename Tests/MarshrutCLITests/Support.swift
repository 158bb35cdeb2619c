import Foundation
import MarshrutCLI
import MarshrutTestSupport
import Testing

/// A temporary folder with a database path, removed when the test ends.
final class Sandbox {
    private let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    var db: String { temporary.path("test.db") }

    init() throws {
        temporary = try TemporaryFolder("marshrut-cli")
    }

    /// Writes a file into the sandbox and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try temporary.write(name, text)
    }

    /// Runs `marshrut` in-process against this sandbox's database.
    @discardableResult
    func run(_ arguments: [String], input: String? = nil, today: String = "2026-11-28") -> Marshrut.Outcome {
        Marshrut.run(
            ["--db", db] + arguments, environment: ["MARSHRUT_TODAY": today, "MARSHRUT_SCRIPTS": Repository.scripts],
            input: input)
    }

    /// Creates the database and imports the sample school.
    func importSample() throws {
        let outcome = run(["import", Repository.routes])
        try #require(outcome.status == 0, "import failed: \(outcome.errors)")
    }

    /// Every document in the database, as `export` prints it.
    func dump() -> String { run(["export"]).output }
}

/// The sample persons file, for tests that add their own routes or programs beside it.
let samplePersons = """
    kind: person
    id: ivanova
    name: Иванова Мария Петровна
    school: МКОУ «Малиновская ООШ»
    roles: [mentee]
    consents:
      - kind: personal-data
        date: 2022-08-25
    ---
    kind: person
    id: petrova
    name: Петрова Анна Сергеевна
    roles: [tutor]
    """
