/// A refusal by the model: one or more problems, each naming where and how to fix it.
///
/// The model never half-applies a change: a method that throws `ModelError` leaves its
/// value as it was.
public struct ModelError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// A single problem with no particular place.
    public init(_ reason: Problem.Reason, path: String = "") {
        self.problems = [Problem(path: path, reason: reason)]
    }

    /// The problems in code form, one a line; people read `text` from the catalog instead.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }

    /// Whether the refusal comes from the state the subject is in (a route's step, a program's
    /// status) rather than from what was asked: a guard, which a server answers with 409.
    public var isStateGuard: Bool {
        !problems.isEmpty && problems.allSatisfy { $0.path == "stage" || $0.path == "status" }
    }
}
