/// The min-cost flow network behind ``AssignmentProblem/solve()``, solved by successive
/// shortest augmenting paths.
///
/// The network is source → mentor (capacity `capacities[m]`, cost 0), mentor → mentee
/// (capacity 1, cost −score, one edge per allowed pair), mentee → sink (capacity 1, cost
/// 0). Each round finds a cheapest source–sink path in the residual network and sends one
/// unit along it: one more pair, possibly moving other mentees to other mentors. The costs
/// of successive cheapest paths never decrease, so rounds stop at the first path that
/// would lower the total: what has been built is then optimal, and among optimal
/// assignments it has the most pairs, since paths of cost 0 are still taken. Pairs with
/// negative scores are left out: an assignment using one is never optimal.
///
/// A residual path alternates mentors and mentees. It leaves the source for a mentor with
/// room; each time it reaches a mentee already assigned to mentor `m′`, it must go on to
/// `m′` (the reverse edge, cost +score); it ends at a free mentee and the sink. So the
/// search runs over mentors only, on two kept summaries (see `PairingNetwork+Transfers`):
/// the cheapest way for mentor `a` to take one of mentor `b`'s mentees, and each mentor's
/// best free mentee. Dijkstra on the m mentors, from the sink backwards, uses potentials
/// (Johnson's reweighting) to keep reduced costs nonnegative, and stops once the source is
/// settled; unsettled mentors take the source's distance, which keeps the potentials
/// feasible.
///
/// Cost, for m mentors, n mentees, p allowed pairs and k pairs made (k ≤ n): sorting each
/// mentor's pairs, O(p log p); each round, O(m) per mentor Dijkstra settles (at most m,
/// about a quarter of them on random problems), plus O(m·(1 + l)) to refresh the summaries
/// of the mentors on the path, where l counts the mentees of the mentors that give one
/// away (usually none or a few). In all O(p log p + k·m·(m + l)); memory O(m·n + m²).
///
/// Scores are scaled by a power of two so the largest is in [1, 2): this changes no
/// comparison, gives the tolerance a fixed meaning, and keeps sums of any finite scores
/// from overflowing.
struct PairingNetwork {
    /// Path costs above `-tolerance` count as 0: rounding in sums of up to 2m + 1 scaled
    /// scores stays far below it.
    static let tolerance = 1e-9

    let mentorCount: Int
    let menteeCount: Int
    let capacities: [Int]
    /// The scaled score of each pair, at `mentee * mentorCount + mentor` so that one
    /// mentee's scores lie together; −∞ for a pair left out. Read with `weight(_:_:)`.
    let weights: [Double]
    /// Each mentor's pairs, best first (ties: lower mentee first), one mentor after another.
    let ranking: [Int]
    /// Where each mentor's part of `ranking` ends.
    let rankingEnd: [Int]
    /// Where in `ranking` each mentor's best free mentee is; mentees never become free
    /// again, so this only moves forward.
    var rankingPosition: [Int]
    /// The current mentor of each mentee.
    var mentorOfMentee: [Int?]
    /// The current mentees of each mentor, in no particular order.
    var menteesOf: [[Int]]
    /// At `to * mentorCount + from`: the least cost for `from` to take one of `to`'s
    /// mentees, min over `j` of `weight(to, j) − weight(from, j)`; +∞ when there is none.
    var transfer: [Double]
    /// The mentee that gives each `transfer` entry (-1 when there is none).
    var transferMentee: [Int]
    /// Potentials: every residual edge's reduced cost c(u, v) + π(u) − π(v) is ≥ 0.
    var mentorPotential: [Double]
    var sourcePotential: Double
    var sinkPotential: Double

    init(capacities: [Int], menteeCount: Int, score: [[Double?]]) {
        var largest = 0.0
        for row in score {
            for case let value? in row where value > largest { largest = value }
        }
        // value × 2^shift in one step, so that no intermediate factor over- or underflows.
        let shift = largest > 0 ? -largest.exponent : 0
        var weights = [Double](repeating: -.infinity, count: capacities.count * menteeCount)
        for (mentor, row) in score.enumerated() {
            for (mentee, value) in row.enumerated() {
                if let value, value >= 0 {
                    weights[mentee * capacities.count + mentor] = Double(sign: .plus, exponent: shift, significand: value)
                }
            }
        }
        mentorCount = capacities.count
        self.menteeCount = menteeCount
        self.capacities = capacities
        self.weights = weights
        var ranking: [Int] = []
        var rankingEnd: [Int] = []
        for mentor in 0..<capacities.count {
            let pairs = (0..<menteeCount).compactMap { mentee in
                let weight = weights[mentee * capacities.count + mentor]
                return weight > -.infinity ? (score: weight, mentee: mentee) : nil
            }
            ranking += pairs.sorted { $0.score > $1.score || ($0.score == $1.score && $0.mentee < $1.mentee) }.map(\.mentee)
            rankingEnd.append(ranking.count)
        }
        self.ranking = ranking
        self.rankingEnd = rankingEnd
        rankingPosition = [0] + rankingEnd.dropLast()
        mentorOfMentee = Array(repeating: nil, count: menteeCount)
        menteesOf = Array(repeating: [], count: mentorCount)
        transfer = Array(repeating: .infinity, count: mentorCount * mentorCount)
        transferMentee = Array(repeating: -1, count: mentorCount * mentorCount)
        // With no pairs yet, every path costs at least −(largest scaled score), so these
        // potentials make every reduced cost ≥ 0.
        mentorPotential = Array(repeating: 0, count: mentorCount)
        sourcePotential = 0
        sinkPotential = largest > 0 ? -Double(sign: .plus, exponent: shift, significand: largest) : 0
    }

    /// The scaled score of a pair, −∞ for a pair left out.
    func weight(_ mentor: Int, _ mentee: Int) -> Double {
        weights[mentee * mentorCount + mentor]
    }

    /// Makes pairs while one more pair (with the moves it needs) does not lower the total.
    mutating func solve() {
        while augment() {}
    }

    /// Finds a cheapest path to the sink and, when it is worth it, makes one more pair.
    ///
    /// The search runs backwards, from the sink: every mentor with room starts at reduced
    /// distance 0 from the source, so a forward search would settle them all each round,
    /// while backwards the mentors spread out by how much they lose to reach a free mentee.
    ///
    /// - Returns: Whether a pair was made.
    private mutating func augment() -> Bool {
        // Reduced distance from each mentor to the sink, and the next mentor on the way
        // (-1: straight to its best free mentee).
        var distance = [Double](repeating: .infinity, count: mentorCount)
        var next = [Int](repeating: -1, count: mentorCount)
        for mentor in 0..<mentorCount {
            if let mentee = bestFreeMentee(of: mentor) {
                let reduced = -weight(mentor, mentee) + mentorPotential[mentor] - sinkPotential
                distance[mentor] = max(0, reduced)
            }
        }
        var sourceDistance = Double.infinity
        var first = -1
        // Ties go to the source, then to the mentor found first: fewer steps, same answer.
        var unsettled = Array(0..<mentorCount)
        var nearest = unsettled.indices.min { (distance[unsettled[$0]], $0) < (distance[unsettled[$1]], $1) } ?? -1

        while nearest >= 0, distance[unsettled[nearest]] < sourceDistance {
            let mentor = unsettled[nearest]
            unsettled.swapAt(nearest, unsettled.count - 1)
            unsettled.removeLast()
            if menteesOf[mentor].count < capacities[mentor] {
                let through = distance[mentor] + max(0, sourcePotential - mentorPotential[mentor])
                if through < sourceDistance { (sourceDistance, first) = (through, mentor) }
            }
            // Relax every unsettled mentor that could take one of this one's mentees, and
            // find the next nearest.
            let base = distance[mentor] - mentorPotential[mentor]
            let column = mentor * mentorCount
            nearest = -1
            var nearestDistance = Double.infinity
            for (index, other) in unsettled.enumerated() {
                let through = base + transfer[column + other] + mentorPotential[other]
                if through < distance[other] {
                    distance[other] = through
                    next[other] = mentor
                }
                if distance[other] < nearestDistance {
                    nearest = index
                    nearestDistance = distance[other]
                }
            }
        }
        guard first >= 0 else { return false }
        let moves = path(from: first, next: next)
        guard gain(of: moves) > -Self.tolerance else { return false }

        for mentor in 0..<mentorCount {
            mentorPotential[mentor] -= min(distance[mentor], sourceDistance)
        }
        sourcePotential -= sourceDistance
        apply(moves)
        return true
    }
}
