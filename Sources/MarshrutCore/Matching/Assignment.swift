/// A solution of an ``AssignmentProblem``: each mentee's mentor, if any, and the total score.
///
/// Mentors and mentees are numbered as in the problem. A mentee with no allowed,
/// worthwhile pair, or whose possible mentors are full, is left unassigned.
///
/// ```swift
/// let assignment = problem.solve()
/// for mentor in 0..<problem.mentorCount {
///     print(mentor, assignment.mentees(of: mentor))
/// }
/// print("unassigned:", assignment.unassigned)
/// ```
public struct Assignment: Sendable, Hashable {
    /// The mentor of each mentee, by mentee; `nil` for an unassigned mentee.
    public let mentorOfMentee: [Int?]
    /// The sum of the scores of the assigned pairs (0 when nobody is assigned).
    public let total: Double
    /// The number of mentors in the problem.
    public let mentorCount: Int

    /// Keeps an assignment, adding up its total from the problem's scores.
    init(mentorOfMentee: [Int?], mentorCount: Int, score: [[Double?]]) {
        self.mentorOfMentee = mentorOfMentee
        self.mentorCount = mentorCount
        var total = 0.0
        for (mentee, mentor) in mentorOfMentee.enumerated() {
            if let mentor, let value = score[mentor][mentee] { total += value }
        }
        self.total = total
    }

    /// The mentees assigned to a mentor, in increasing order (empty for an unknown mentor).
    ///
    /// - Parameters:
    ///   - mentor: The mentor's index in the problem.
    public func mentees(of mentor: Int) -> [Int] {
        mentorOfMentee.indices.filter { mentorOfMentee[$0] == mentor }
    }

    /// The mentees with no mentor, in increasing order.
    public var unassigned: [Int] {
        mentorOfMentee.indices.filter { mentorOfMentee[$0] == nil }
    }

    /// The number of mentor–mentee pairs made.
    public var pairCount: Int {
        mentorOfMentee.count { $0 != nil }
    }
}
