import LuaBridge
import MarshrutCore
import MarshrutStore

/// The matching score of one mentor–mentee pair and the reason the script gave.
public struct PairScore: Sendable, Hashable {
    public var score: Double
    public var reason: String?
}

/// Scores of every pair: `scores[mentor][mentee]`, `nil` where the script forbids the pair.
public struct PairScores: Sendable {
    public var scores: [[PairScore?]]
    public var errors: [RuleError]
}

extension RuleEngine {
    /// The largest score (in absolute value) a pair may have: a plan's total of many such scores
    /// stays exact enough and finite.
    public static let maximumScore = 1e9

    /// Asks `matching { score = function(mentor, mentee, ctx) … end }` about every pair.
    ///
    /// A pair whose score fails is forbidden and the failure reported; a limit stops the
    /// scoring for the remaining pairs (they are forbidden too).
    /// - Throws: `RuleError` when no script declares `matching`.
    public func scorePairs(_ catalog: Catalog, mentors: [String], mentees: [String], today: Day) throws(RuleError) -> PairScores {
        guard let entry = matchingEntry else {
            throw RuleError(rule: "matching", error: RuleText.noMatching, source: files.first ?? "Scripts")
        }
        var scores = Array(repeating: Array(repeating: PairScore?.none, count: mentees.count), count: mentors.count)
        var errors = loadErrors
        Self.onLuaThread {
            let records = CatalogRecords(catalog)
            let loader = { (kind: Int, ids: [String]) throws -> ViewOps in try RecordViews.load(records, kind: kind, ids: ids, today: today) }
            var persons: [String: LuaReference] = [:]
            do {
                var ops = ViewOps()
                let found = try records.persons(ids: Array(Set(mentors + mentees)))
                for person in found { ops.add(person, today: today) }
                let ids = found.map(\.id)
                let batch = Batch(kind: .person, ids: ids, ops: ops)
                for (id, view) in zip(ids, try show(batch, loader: loader)) { persons[id] = view }
            } catch {
                errors.append(Self.readError(error))
            }
            defer {
                for view in persons.values { lua.release(view) }
                try? lua.endBatch()
            }
            let ctx = context(today: today)
            defer { lua.release(ctx) }
            let ceiling = lua.memoryInUse + 2 * limits.memoryBytes
            var tally = Tally(rule: "matching", source: entry.rule.source)
            for (i, mentor) in mentors.enumerated() {
                guard let mentorView = persons[mentor] else { continue }
                for (j, mentee) in mentees.enumerated() where mentee != mentor {
                    guard let menteeView = persons[mentee] else { continue }
                    if tally.stopped { tally.skipped += 1; continue }
                    arm(ceiling: ceiling)
                    do throws(LuaError) {
                        let result = try lua.call(
                            runners.score,
                            arguments: [
                                .reference(entry.function), .reference(mentorView),
                                .reference(menteeView), .reference(ctx),
                            ])
                        if let value = result.first?.doubleValue {
                            // finite scores can still sum to infinity over a plan
                            guard abs(value) <= Self.maximumScore else {
                                throw LuaError(kind: .runtime, message: RuleText.scoreOutOfRange(value, limit: Self.maximumScore))
                            }
                            scores[i][j] = PairScore(score: value, reason: result.dropFirst().first?.stringValue)
                        }
                    } catch {
                        tally.record(error, subject: SubjectReference(.person, "\(mentor)+\(mentee)"), engine: self)
                    }
                }
            }
            lua.limits = limits
            errors += tally.errors
        }
        return PairScores(scores: scores, errors: errors)
    }
}
