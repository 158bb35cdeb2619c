import MarshrutRules
import MarshrutService

/// The curator's scripts, read-only: what each declares, its text, and its test cases' results.
struct ScriptsView: Sendable {
    struct Declaration: Sendable { var id: String, kind: String, description: String }
    struct Case: Sendable {
        var rule: String, name: String, expected: String, actual: String
        var passed: Bool
    }

    struct File: Sendable {
        var name: String, anchor: String, text: String
        var declarations: [Declaration]
    }

    var page: Frame
    var files: [File]
    var cases: [Case]
    var passedCount: Int, failedCount: Int
    var hasFailures: Bool
    var errors: [String]
    var hasErrors: Bool

    init(page: Frame, files: [ScriptFile], engine: RuleEngine, results: [ExampleResult]) {
        self.page = page
        func declared(in file: String) -> [Declaration] {
            let monitors = engine.monitors.filter { Self.names($0.source.file, file) }.map {
                Declaration(id: $0.id, kind: FindingsView.title($0.severity), description: $0.description)
            }
            let incentives = engine.incentives.filter { Self.names($0.source.file, file) }.map {
                Declaration(id: $0.id, kind: $0.kind.rawValue, description: $0.description)
            }
            return monitors + incentives
        }
        self.files = files.map { f in
            File(name: f.name, anchor: f.name.replacingOccurrences(of: "/", with: "-"), text: f.text, declarations: declared(in: f.name))
        }
        cases = results.map { Case(rule: $0.rule, name: $0.name, expected: $0.expected, actual: $0.actual, passed: $0.passed) }
        passedCount = cases.filter(\.passed).count
        failedCount = cases.count - passedCount
        hasFailures = failedCount > 0
        errors = engine.loadErrors.map { "\($0.rule): \($0.error)" }
        hasErrors = !errors.isEmpty
    }

    /// Whether a declaration's source path is the script of this name under the folder.
    static func names(_ path: String, _ name: String) -> Bool {
        path == name || path.hasSuffix("/" + name)
    }
}
