/// Collects problems while a value is checked, with the current field path.
struct ProblemList {
    var subject: SubjectReference?
    var problems: [Problem] = []

    init(subject: SubjectReference?) {
        self.subject = subject
    }

    mutating func add(_ path: String, _ reason: Problem.Reason) {
        problems.append(Problem(subject: subject, path: path, reason: reason))
    }

    /// Throws when anything was found.
    func check() throws(ModelError) {
        if !problems.isEmpty { throw ModelError(problems: problems) }
    }
}

/// Short slugs name everything: lower-case letters, digits and hyphens.
/// How ids and logins are written: lower-case Latin letters and digits joined by - . _, at most 64.
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.count <= 64 else { return false }
        guard first.properties.isLowercase || ("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
        }
    }
}

extension String {
    /// The text with surrounding white space removed.
    var trimmed: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
