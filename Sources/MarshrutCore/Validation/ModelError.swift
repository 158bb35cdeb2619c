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
    public init(_ message: String, path: String = "") {
        self.problems = [Problem(path: path, message: message)]
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
