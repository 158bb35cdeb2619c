/// One thing wrong with a document or a change: where it is and what to do about it.
public struct Problem: Sendable, Hashable, CustomStringConvertible {
    /// The subject the problem belongs to, when there is one.
    public var subject: SubjectReference?
    /// The field path inside the subject, e.g. `deficits[1].area` (empty for the whole subject).
    public var path: String
    /// What is wrong, as data; a front end renders it in the reader's language.
    public var reason: Reason
    /// Which of several subjects with the same reference (0 for the first), when ids repeat.
    public var occurrence: Int

    public init(subject: SubjectReference? = nil, path: String, reason: Reason, occurrence: Int = 0) {
        self.subject = subject
        self.path = path
        self.reason = reason
        self.occurrence = occurrence
    }

    /// The problem in code form, `route r1: tutor: ownTutor(teacher: "ivanova")`: for logs and
    /// tests. People read the catalog's words for it (`MarshrutText`).
    public var description: String {
        var parts = place
        parts.append("\(reason)")
        return parts.joined(separator: ": ")
    }

    /// The subject and the field path, the parts of the place that are given.
    public var place: [String] {
        var parts: [String] = []
        if let subject { parts.append("\(subject)") }
        if !path.isEmpty { parts.append(path) }
        return parts
    }
}

/// Names one stored subject: a person, a route or a program.
public struct SubjectReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Comparable {
        case person, route, program, plan, organization
        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public var kind: Kind
    public var id: String

    public init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    public var description: String { "\(kind.rawValue) \(id)" }

    public static func < (a: Self, b: Self) -> Bool { (a.kind, a.id) < (b.kind, b.id) }
}
