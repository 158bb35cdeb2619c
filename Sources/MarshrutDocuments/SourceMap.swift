import MarshrutCore
import MarshrutText

/// Where each subject and each of its fields came from, so that a problem found later by
/// the model (a missing teacher, a guard) can still name its file and line.
public struct SourceMap: Sendable, Hashable {
    struct Origin: Sendable, Hashable {
        var file: String
        var lines: [String: Int]
    }

    /// Every place a subject was read from, in order (more than one when an id repeats).
    var origins: [SubjectReference: [Origin]] = [:]

    public init() {}

    mutating func record(_ subject: SubjectReference, file: String, lines: [String: Int]) {
        origins[subject, default: []].append(Origin(file: file, lines: lines))
    }

    /// The file a subject came from.
    public func file(of subject: SubjectReference) -> String? { origins[subject]?.first?.file }

    /// Turns a model problem into a diagnostic, finding the nearest line for its path.
    public func diagnostic(for problem: Problem, defaultFile: String = "<input>") -> Diagnostic {
        guard let subject = problem.subject, let all = origins[subject], !all.isEmpty else {
            return Diagnostic(
                file: defaultFile, line: nil, path: problem.path,
                message: problem.subject.map { "\($0): \(problem.message)" } ?? problem.message)
        }
        let origin = all[min(problem.occurrence, all.count - 1)]
        var path = problem.path
        while true {
            if let line = origin.lines[path] {
                return Diagnostic(file: origin.file, line: line, path: problem.path, message: problem.message)
            }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            path = String(path[..<cut])
        }
        return Diagnostic(file: origin.file, line: origin.lines[""], path: problem.path, message: problem.message)
    }
}
