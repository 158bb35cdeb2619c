import Foundation
import LuaBridge
import MarshrutCore
import MarshrutDocuments
import MarshrutRules
import Testing

/// A fresh temporary folder of rule scripts, removed when the test ends.
///
/// The folder's path is kept short on purpose: Lua shortens chunk names longer than 59 bytes
/// with a leading `...`, and these tests compare `source` with the full `file:line`.
final class ScriptFolder {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        let suffix = UUID().uuidString.prefix(8).lowercased()
        path = (base.hasSuffix("/") ? base : base + "/") + "mr-\(suffix)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The full path of a script in the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes (or overwrites) a script and returns its path.
    @discardableResult
    func write(_ name: String, _ source: String) throws -> String {
        let target = file(name)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        try Data(source.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// A new engine on the folder, with limits small enough for hostile scripts to fail fast.
    func engine(limits: LuaLimits = .fast) throws -> RuleEngine {
        try RuleEngine(scriptsFolder: path, limits: limits)
    }
}

extension LuaLimits {
    /// Limits that stop a runaway script within milliseconds but let every real rule finish.
    static let fast = LuaLimits(memoryBytes: 32 << 20, instructionsPerCall: 2_000_000, secondsPerCall: 1)
}

/// The repository's worked examples: `Routes/` and `Scripts/`.
enum Sample {
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let routes = root + "/Routes"
    static let scripts = root + "/Scripts"

    private static let loaded = Result { () throws(DocumentError) -> Catalog in
        try DocumentFiles.load([routes]).catalog
    }

    /// The sample school: persons, routes and programs of `Routes/`.
    static func catalog() throws -> Catalog { try loaded.get() }

    /// The day the sample data was written for.
    static let today = "2026-11-28"

    static let routeIDs = ["antonova-2026", "belousova-2022", "kuznetsov-2024", "romanova-2021"]
}

/// A day from its `YYYY-MM-DD` text.
func day(_ text: String) throws -> Day { try Day(parsing: text) }

/// A monitor declaration around a `check` body, as a curator writes it.
func monitorScript(id: String, subject: String = "route", severity: String = "info", body: String) -> String {
    """
    monitor {
      id = "\(id)",
      subject = "\(subject)",
      severity = "\(severity)",
      check = function(subject, ctx)
    \(body)
      end,
    }

    """
}

/// Runs `body` as the check of a monitor on one subject of the sample school and returns the
/// messages it flagged, in order. The body sees the subject as `subject` and the context as `ctx`.
///
/// Any script error is recorded as a test failure, so a probe that reads a missing field fails
/// loudly rather than answering with nothing.
func probe(
    _ subject: SubjectReference, today: String = Sample.today, _ body: String,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> [String] {
    let folder = try ScriptFolder()
    try folder.write("probe.lua", monitorScript(id: "probe", subject: subject.kind.rawValue, body: body))
    let engine = try folder.engine()
    let report = engine.check(try Sample.catalog(), today: try day(today), only: subject)
    #expect(report.errors.isEmpty, "the probe failed: \(report.errors)", sourceLocation: sourceLocation)
    return report.findings.filter { $0.rule == "probe" }.map(\.message)
}

extension Array {
    /// The single element, or nil when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
