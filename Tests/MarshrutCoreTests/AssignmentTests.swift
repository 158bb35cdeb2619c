import MarshrutCore
import MarshrutSynthetic
import Testing

struct AssignmentTests {
    @Test func beatsTheGreedyChoice() throws {
        // Greedy takes 0–0 (10) first; then mentee 1 has no one left: 10 instead of 9 + 8.
        let problem = try AssignmentProblem(capacities: [1, 1], menteeCount: 2, score: [[10, 9], [8, nil]])
        let assignment = problem.solve()
        #expect(assignment.mentorOfMentee == [1, 0])
        #expect(assignment.total == 17)
        #expect(assignment.unassigned.isEmpty)
    }

    @Test func solvesTheDocumentedExample() throws {
        let problem = try AssignmentProblem(capacities: [1, 2], menteeCount: 3, score: [[5, 4, nil], [3, nil, 2]])
        let assignment = problem.solve()
        #expect(assignment.mentorOfMentee == [1, 0, 1])
        #expect(assignment.total == 9)
        #expect(assignment.mentees(of: 0) == [1])
        #expect(assignment.mentees(of: 1) == [0, 2])
        #expect(assignment.mentees(of: 7).isEmpty)
    }

    @Test(arguments: [(0, [Int](), 0.0), (1, [0], 3), (2, [0, 1], 5)])
    func aMentorTakesAtMostItsCapacity(capacity: Int, mentees: [Int], total: Double) throws {
        let problem = try AssignmentProblem(capacities: [capacity], menteeCount: 3, score: [[3, 2, 1]])
        let assignment = problem.solve()
        #expect(assignment.mentees(of: 0) == mentees)
        #expect(assignment.total == total)
        #expect(assignment.pairCount == mentees.count)
        #expect(assignment.unassigned.count == 3 - mentees.count)
    }

    @Test func forbiddenPairsAreNeverMade() throws {
        let problem = try AssignmentProblem(capacities: [2, 3], menteeCount: 3, score: [[nil, nil, nil], [nil, nil, nil]])
        let assignment = problem.solve()
        #expect(assignment.mentorOfMentee == [nil, nil, nil])
        #expect(assignment.unassigned == [0, 1, 2])
        #expect(assignment.total == 0)
    }

    @Test func negativeScoresAreLeftUnassigned() throws {
        // Mentor 0 has room for all three, yet only the pair worth something is made.
        let problem = try AssignmentProblem(capacities: [3], menteeCount: 3, score: [[-1, -0.5, 2]])
        let assignment = problem.solve()
        #expect(assignment.mentorOfMentee == [nil, nil, 0])
        #expect(assignment.total == 2)
        #expect(assignment.unassigned == [0, 1])
    }

    @Test func aNegativePairIsNotMadeForTheSakeOfMorePairs() throws {
        // Two pairs (−1 + 3) score less than mentor 0 with mentee 1 alone (3).
        let problem = try AssignmentProblem(capacities: [1, 1], menteeCount: 2, score: [[2, 3], [-1, nil]])
        #expect(problem.solve().mentorOfMentee == [nil, 0])
    }

    @Test func zeroScoresMakeMorePairsAtTheSameTotal() throws {
        // Mentor 0 scores 5 with either mentee; only the choice of mentee 1 lets mentor 1 take mentee 0.
        let problem = try AssignmentProblem(capacities: [1, 1], menteeCount: 2, score: [[5, 5], [0, nil]])
        let assignment = problem.solve()
        #expect(assignment.mentorOfMentee == [1, 0])
        #expect(assignment.total == 5)
        let zeros = try AssignmentProblem(capacities: [2], menteeCount: 2, score: [[0, 0]])
        #expect(zeros.solve().pairCount == 2)
    }

    @Test func moreMenteesThanPlacesKeepsTheBest() throws {
        let problem = try AssignmentProblem(
            capacities: [1, 2], menteeCount: 6,
            score: [[1, 9, 2, 3, 4, 1], [8, 1, 2, 7, 1, 6]])
        let assignment = problem.solve()
        #expect(assignment.mentees(of: 0) == [1])
        #expect(assignment.mentees(of: 1) == [0, 3])
        #expect(assignment.unassigned == [2, 4, 5])
        #expect(assignment.total == 24)
    }

    @Test(arguments: [(0, 0), (0, 3), (2, 0)])
    func emptyProblemsHaveEmptyAssignments(mentors: Int, mentees: Int) throws {
        let row = [Double?](repeating: 1, count: mentees)
        let problem = try AssignmentProblem(
            capacities: Array(repeating: 2, count: mentors), menteeCount: mentees,
            score: Array(repeating: row, count: mentors)
        )
        let assignment = problem.solve()
        #expect(assignment.mentorOfMentee == Array(repeating: nil, count: mentees))
        #expect(assignment.unassigned == Array(0..<mentees))
        #expect(assignment.total == 0)
        #expect(assignment.mentorCount == mentors)
    }

    @Test(
        arguments: [
            ([-1], 1, [[1]], ["capacities[0]"], .negativeCapacity(-1)),
            ([1], -1, [[]], ["menteeCount"], .negativeMenteeCount(-1)),
            ([1, 1], 1, [[1]], ["score"], .scoreRows(1, mentors: 2)),
            ([1], 2, [[1]], ["score[0]"], .scoreRow(1, mentees: 2)),
            ([1], 1, [[.nan]], ["score[0][0]"], .scoreNotFinite(.nan)),
            ([1], 2, [[.infinity, -.infinity]], ["score[0][0]", "score[0][1]"], .scoreNotFinite(.infinity)),
            ([-1, 2], 1, [[1], [.nan, 2]], ["capacities[0]", "score[1]", "score[1][0]"], .negativeCapacity(-1)),
        ] as [([Int], Int, [[Double?]], [String], Problem.Reason)])
    func refusesAMalformedProblem(capacities: [Int], menteeCount: Int, score: [[Double?]], paths: [String], reason: Problem.Reason) throws {
        let error = try #require(refusal { _ = try AssignmentProblem(capacities: capacities, menteeCount: menteeCount, score: score) })
        #expect(error.paths == paths)
        // Compared in code form: a NaN is not equal to itself.
        #expect("\(error.problems[0].reason)" == "\(reason)")
        #expect(error.description.hasPrefix("\(paths[0]): "))
    }

    @Test func matchesBruteForceOnRandomSmallProblems() throws {
        var random = SplitMix64(state: 0x4D61_7273_6872_7574)
        var greedyLosses = 0
        for instance in 0..<300 {
            let problem = try randomProblem(
                mentors: Int.random(in: 0...4, using: &random),
                mentees: Int.random(in: 0...6, using: &random), using: &random)
            let assignment = problem.solve()
            let best = bruteForce(problem)
            #expect(assignment.total == best.total, "instance \(instance): \(problem)")
            #expect(assignment.pairCount == best.pairs, "instance \(instance): most pairs among the best; \(problem)")
            expectFeasible(assignment, of: problem, "instance \(instance)")
            #expect(problem.solve() == assignment, "instance \(instance): the same problem gives the same assignment")
            if greedyTotal(problem) < best.total { greedyLosses += 1 }
        }
        // The instances are hard enough that best-first would fail some of them.
        #expect(greedyLosses > 10)
    }

    @Test func leavesNoImprovingCycleOnMediumProblems() throws {
        // Too big to enumerate; optimal exactly when the residual network has no negative cycle.
        var random = SplitMix64(state: 7)
        for instance in 0..<100 {
            let problem = try randomProblem(
                mentors: Int.random(in: 1...12, using: &random),
                mentees: Int.random(in: 1...40, using: &random),
                capacities: 0...5, using: &random)
            let assignment = problem.solve()
            expectFeasible(assignment, of: problem, "instance \(instance)")
            #expect(!hasNegativeCycle(assignment.mentorOfMentee, of: problem), "instance \(instance): \(problem)")
        }
    }

    @Test func theCycleCheckCatchesAWorseAssignment() throws {
        let problem = try AssignmentProblem(capacities: [1, 1], menteeCount: 2, score: [[10, 9], [8, nil]])
        #expect(hasNegativeCycle([0, nil], of: problem))  // greedy: 10
        #expect(hasNegativeCycle([nil, nil], of: problem))
        #expect(hasNegativeCycle([1, nil], of: problem))
        #expect(!hasNegativeCycle([1, 0], of: problem))  // 17
    }

    @Test func scalingTheScoresByAPowerOfTwoChangesNothing() throws {
        var random = SplitMix64(state: 42)
        for instance in 0..<50 {
            let problem = try randomProblem(mentors: 4, mentees: 6, using: &random)
            let expected = problem.solve()
            for factor in [0x1p-1000, 0x1p900] {
                let scaled = try AssignmentProblem(
                    capacities: problem.capacities, menteeCount: problem.menteeCount,
                    score: problem.score.map { $0.map { $0.map { $0 * factor } } }
                )
                let assignment = scaled.solve()
                #expect(assignment.mentorOfMentee == expected.mentorOfMentee, "instance \(instance), factor \(factor)")
                #expect(assignment.total == expected.total * factor, "instance \(instance), factor \(factor)")
            }
        }
    }

    @Test func solvesALargeProblem() throws {
        var random = SplitMix64(state: 2000)
        let mentors = 200, mentees = 2000
        let capacities = (0..<mentors).map { _ in Int.random(in: 0...15, using: &random) }
        let score: [[Double?]] = (0..<mentors).map { _ in
            (0..<mentees).map { _ in
                Int.random(in: 0..<4, using: &random) == 0 ? nil : Double.random(in: -3...10, using: &random)
            }
        }
        let problem = try AssignmentProblem(capacities: capacities, menteeCount: mentees, score: score)
        let clock = ContinuousClock()
        var assignment: Assignment?
        let elapsed = clock.measure { assignment = problem.solve() }
        let result = try #require(assignment)
        print(
            "AssignmentTests: \(mentors) mentors (places \(capacities.reduce(0, +))) × \(mentees) mentees:",
            "\(result.pairCount) pairs, total \(result.total), solved in \(elapsed)")
        expectFeasible(result, of: problem, "large")
        #expect(result.total >= greedyTotal(problem))
    }
}

/// A small, seeded generator (SplitMix64), so a failing instance can be replayed.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Capacities 0–3 by default, scores −3…10 in halves (sums stay exact), about a quarter forbidden.
private func randomProblem(
    mentors: Int, mentees: Int, capacities range: ClosedRange<Int> = 0...3,
    using random: inout SplitMix64
) throws -> AssignmentProblem {
    let capacities = (0..<mentors).map { _ in Int.random(in: range, using: &random) }
    let score: [[Double?]] = (0..<mentors).map { _ in
        (0..<mentees).map { _ in
            Int.random(in: 0..<4, using: &random) == 0 ? nil : Double(Int.random(in: -6...20, using: &random)) / 2
        }
    }
    return try AssignmentProblem(capacities: capacities, menteeCount: mentees, score: score)
}

/// The best total over every assignment of each mentee to a mentor or to none, and the
/// most pairs among assignments with that total.
private func bruteForce(_ problem: AssignmentProblem) -> (total: Double, pairs: Int) {
    var load = Array(repeating: 0, count: problem.mentorCount)
    var best = (total: 0.0, pairs: 0)
    func visit(_ mentee: Int, total: Double, pairs: Int) {
        guard mentee < problem.menteeCount else {
            if total > best.total || (total == best.total && pairs > best.pairs) { best = (total, pairs) }
            return
        }
        visit(mentee + 1, total: total, pairs: pairs)
        for mentor in 0..<problem.mentorCount where load[mentor] < problem.capacities[mentor] {
            guard let value = problem.score[mentor][mentee] else { continue }
            load[mentor] += 1
            visit(mentee + 1, total: total + value, pairs: pairs + 1)
            load[mentor] -= 1
        }
    }
    visit(0, total: 0, pairs: 0)
    return best
}

/// Whether the residual network of the assignment has a cycle of negative cost (Bellman–Ford).
///
/// Nodes: source, mentors, mentees, sink; an edge sink → source lets the number of pairs
/// change. Every allowed pair counts, negative ones too. Scores in halves keep sums exact.
private func hasNegativeCycle(_ mentorOfMentee: [Int?], of problem: AssignmentProblem) -> Bool {
    let mentors = problem.mentorCount, source = 0, sink = mentors + problem.menteeCount + 1
    func menteeNode(_ mentee: Int) -> Int { mentors + 1 + mentee }
    // Edges with room left in the network; a used edge appears reversed, at the opposite cost.
    var edges: [(from: Int, to: Int, cost: Double)] = [(sink, source, 0)]
    if mentorOfMentee.contains(where: { $0 != nil }) { edges.append((source, sink, 0)) }
    for mentor in 0..<mentors {
        let load = mentorOfMentee.count { $0 == mentor }
        if load < problem.capacities[mentor] { edges.append((source, mentor + 1, 0)) }
        if load > 0 { edges.append((mentor + 1, source, 0)) }
        for mentee in 0..<problem.menteeCount {
            guard let value = problem.score[mentor][mentee] else { continue }
            let used = mentorOfMentee[mentee] == mentor
            edges.append(used ? (menteeNode(mentee), mentor + 1, value) : (mentor + 1, menteeNode(mentee), -value))
        }
    }
    for mentee in 0..<problem.menteeCount {
        edges.append(mentorOfMentee[mentee] == nil ? (menteeNode(mentee), sink, 0) : (sink, menteeNode(mentee), 0))
    }
    var distance = Array(repeating: 0.0, count: sink + 1)
    for _ in 0...sink {
        var changed = false
        for edge in edges where distance[edge.from] + edge.cost < distance[edge.to] {
            distance[edge.to] = distance[edge.from] + edge.cost
            changed = true
        }
        if !changed { return false }
    }
    return true
}

/// Takes pairs best first while they fit: a lower bound on the optimum.
private func greedyTotal(_ problem: AssignmentProblem) -> Double {
    let pairs = problem.score.enumerated().flatMap { mentor, row in
        row.enumerated().compactMap { mentee, value in value.flatMap { $0 >= 0 ? (mentor, mentee, score: $0) : nil } }
    }
    var load = Array(repeating: 0, count: problem.mentorCount)
    var taken = Array(repeating: false, count: problem.menteeCount)
    var total = 0.0
    for (mentor, mentee, score) in pairs.sorted(by: { $0.score > $1.score })
    where !taken[mentee] && load[mentor] < problem.capacities[mentor] {
        (taken[mentee], load[mentor], total) = (true, load[mentor] + 1, total + score)
    }
    return total
}

/// Capacities hold, only allowed pairs with scores ≥ 0 are made, and the totals add up.
private func expectFeasible(
    _ assignment: Assignment, of problem: AssignmentProblem, _ label: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(assignment.mentorOfMentee.count == problem.menteeCount, "\(label)", sourceLocation: sourceLocation)
    var total = 0.0
    for mentor in 0..<problem.mentorCount {
        let mentees = assignment.mentees(of: mentor)
        #expect(mentees.count <= problem.capacities[mentor], "\(label): mentor \(mentor) over capacity", sourceLocation: sourceLocation)
        for mentee in mentees {
            let value = problem.score[mentor][mentee]
            #expect(value != nil, "\(label): forbidden pair \(mentor)–\(mentee)", sourceLocation: sourceLocation)
            #expect((value ?? 0) >= 0, "\(label): negative pair \(mentor)–\(mentee)", sourceLocation: sourceLocation)
            total += value ?? 0
        }
    }
    #expect(abs(total - assignment.total) <= 1e-9 * max(1, abs(total)), "\(label): total", sourceLocation: sourceLocation)
    #expect(assignment.pairCount + assignment.unassigned.count == problem.menteeCount, "\(label)", sourceLocation: sourceLocation)
}
