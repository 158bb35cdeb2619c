/// The mentors' council's pairing problem: who mentors whom, for the best total score.
///
/// The council forms mentor–mentee pairs and groups from the two banks (regulation
/// §4.1.5): each mentor takes at most `capacities[m]` mentees at once, each mentee has at
/// most one mentor, and `score[m][j]` says how good mentor `m` is for mentee `j` — `nil`
/// when the pair is forbidden. ``solve()`` returns an assignment with the highest total.
///
/// Mentors and mentees are numbered by position; the caller keeps the mapping to persons.
/// The problem is checked once, here, so solving cannot fail.
///
/// ```swift
/// let problem = try AssignmentProblem(
///     capacities: [1, 2],
///     menteeCount: 3,
///     score: [[5, 4, nil],
///             [3, nil, 2]]
/// )
/// let assignment = problem.solve()
/// assignment.mentorOfMentee  // [1, 0, 1]
/// assignment.total           // 9.0
/// ```
public struct AssignmentProblem: Sendable, Hashable {
    /// How many mentees each mentor takes at once, by mentor; each 0 or more.
    public let capacities: [Int]
    /// How many mentees there are.
    public let menteeCount: Int
    /// The worth of each pair, `score[mentor][mentee]`; `nil` forbids the pair.
    public let score: [[Double?]]

    /// Checks and keeps a pairing problem.
    ///
    /// Every problem found is reported at once, each with its place (`capacities[2]`,
    /// `score[1][3]`) and how to fix it.
    ///
    /// - Parameters:
    ///   - capacities: How many mentees each mentor takes at once; one entry per mentor.
    ///   - menteeCount: How many mentees there are.
    ///   - score: One row per mentor, one entry per mentee: any finite number (zero and
    ///     negative included), or `nil` to forbid the pair.
    /// - Throws: `ModelError` when a capacity or the mentee count is negative, the rows do
    ///   not match the mentors and mentees, or a score is not finite.
    public init(capacities: [Int], menteeCount: Int, score: [[Double?]]) throws(ModelError) {
        var list = ProblemList(subject: nil)
        if menteeCount < 0 {
            list.add("menteeCount", .negativeMenteeCount(menteeCount))
        }
        for (mentor, capacity) in capacities.enumerated() where capacity < 0 {
            list.add("capacities[\(mentor)]", .negativeCapacity(capacity))
        }
        if score.count != capacities.count {
            list.add("score", .scoreRows(score.count, mentors: capacities.count))
        }
        for (mentor, row) in score.enumerated() {
            if menteeCount >= 0 && row.count != menteeCount {
                list.add("score[\(mentor)]", .scoreRow(row.count, mentees: menteeCount))
            }
            for (mentee, value) in row.enumerated() {
                if let value, !value.isFinite {
                    list.add("score[\(mentor)][\(mentee)]", .scoreNotFinite(value))
                }
            }
        }
        try list.check()
        self.capacities = capacities
        self.menteeCount = menteeCount
        self.score = score
    }

    /// The number of mentors.
    public var mentorCount: Int { capacities.count }

    /// Finds an assignment with the highest total score.
    ///
    /// The result is exact, not greedy: taking the single best pair first can lose total,
    /// and the solver does not. Its rules:
    ///
    /// - A forbidden pair is never made, nor a pair with a negative score: leaving the
    ///   mentee unassigned scores 0, which is better.
    /// - Among assignments with the highest total, it returns one with the most pairs, so
    ///   a pair scoring 0 is made when it fits.
    /// - Any remaining tie is broken by the fixed order of the search (mentors and mentees
    ///   by index), so the same problem always gives the same assignment.
    /// - A change to the total smaller than a billionth of the largest score counts as
    ///   none, so rounding in floating-point sums cannot break a tie: such a pair is made.
    ///
    /// It runs successive shortest augmenting paths on a min-cost flow network (source →
    /// mentor with the mentor's capacity, mentor → mentee for each allowed pair at cost
    /// −score, mentee → sink with capacity 1), each path found by Dijkstra with
    /// potentials, and stops at the first path that would lower the total. For m mentors,
    /// p allowed pairs and k pairs made it takes O(p log p + k·m²) time in practice
    /// (`PairingNetwork` gives the details): 200 mentors and 2,000 mentees take about
    /// a tenth of a second in a release build.
    public func solve() -> Assignment {
        var network = PairingNetwork(capacities: capacities, menteeCount: menteeCount, score: score)
        network.solve()
        return Assignment(mentorOfMentee: network.mentorOfMentee, mentorCount: mentorCount, score: score)
    }
}
