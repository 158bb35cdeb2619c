import Foundation
import MarshrutCLI
import Testing

/// A temporary folder with a database path, removed when the test ends.
final class Sandbox {
    let folder: URL
    var db: String { folder.appendingPathComponent("test.db").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("marshrut-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes a file into the sandbox and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
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

enum Repository {
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let routes = root + "/Routes"
    static let scripts = root + "/Scripts"

    /// The built `marshrut` binary next to the test bundle.
    static var binary: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("marshrut").path,
            root + "/.build/debug/marshrut",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
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
