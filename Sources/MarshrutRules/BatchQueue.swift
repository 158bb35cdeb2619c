import Foundation
import LuaBridge
import MarshrutCore
import MarshrutStore

/// One worker's engine and phase times, for a concurrent run.
// @unchecked Sendable: each box is created before the workers start, handed to exactly one
// worker, which alone touches `engine` and `timing` while it runs; the run reads `timing` only
// after concurrentPerform has returned, which orders those accesses.
final class WorkerBox: @unchecked Sendable {
    let engine: RuleEngine
    var timing = RuleTiming()

    init(_ engine: RuleEngine) {
        self.engine = engine
    }
}

/// The batches of a run, handed out in order to the workers, and what they found.
///
/// A worker reads its next batch under the queue's lock, so batches follow each other in id
/// order whoever reads them; the results are put back in that order, so a run on several states
/// reports exactly what a run on one would (but for which subjects a stopped rule skipped).
// @unchecked Sendable: every mutable property is read and written only inside `locked`, under
// `lock`; `plan` is immutable.
final class BatchQueue: @unchecked Sendable {
    let plan: RunPlan
    private let lock = NSLock()
    private var kindIndex = 0
    private var after: String?
    private var sequence = 0
    private var seen: [SubjectReference.Kind: Int] = [:]
    private let spool: OutcomeSpool
    private var tallies: [Int: [Int: Tally]] = [:]
    private var stopped: Set<Int> = []
    private var failure: Error?

    init(_ plan: RunPlan) throws {
        self.plan = plan
        spool = try OutcomeSpool(cap: RunOutcome.resultsPerRule)
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Reads the next batch with `source`, or returns `nil` when the run is over (or failed).
    func next(from source: some RecordSource) throws -> (Int, Batch)? {
        try locked {
            let kinds = plan.kinds
            while failure == nil, kindIndex < kinds.count {
                let kind = kinds[kindIndex]
                if let batch = try Batch.read(kind, from: source, after: after, only: plan.only, size: plan.batchSize, today: plan.today) {
                    after = plan.only == nil ? batch.ids.last : nil
                    seen[kind, default: 0] += batch.ids.count
                    sequence += 1
                    if plan.only != nil { kindIndex = kinds.count }
                    return (sequence, batch)
                }
                if seen[kind] == nil { seen[kind] = 0 }  // a kind with no subjects counts 0
                kindIndex += 1
                after = nil
            }
            return nil
        }
    }

    /// Keeps a batch's results (on disk) and failures.
    func finish(_ sequence: Int, outcomes: [OutcomeBuffer], tallies: [Int: Tally]) throws {
        try locked {
            for (rule, buffer) in outcomes.enumerated() {
                try spool.append(buffer, rule: rule, sequence: sequence)
            }
            self.tallies[sequence] = tallies
        }
    }

    func stop(_ rule: Int) { _ = locked { stopped.insert(rule) } }
    func isStopped(_ rule: Int) -> Bool { locked { stopped.contains(rule) } }

    func fail(_ error: Error) {
        locked { if failure == nil { failure = error } }
    }

    /// Everything found, rule by rule and batch by batch; the first error if a worker failed.
    func result(counts: SubjectCounts) throws -> RunOutcome {
        try locked {
            if let failure { throw failure }
            let order = tallies.keys.sorted()
            let (chunks, leftOut) = spool.ordered(cap: RunOutcome.resultsPerRule)
            var errors: [RuleError] = []
            for rule in plan.rules.indices {
                if let count = leftOut[rule] {
                    let ref = plan.rules[rule]
                    errors.append(
                        RuleError(
                            rule: ref.id, error: RuleText.resultsLeftOut(count, cap: RunOutcome.resultsPerRule),
                            source: ref.source.description))
                }
                var merged: Tally?
                for sequence in order {
                    guard let tally = tallies[sequence]?[rule] else { continue }
                    merged = merged.map { $0.merged(with: tally) } ?? tally
                }
                errors += merged?.errors ?? []
            }
            var subjects = seen
            if plan.only == nil {
                for (kind, count) in [(SubjectReference.Kind.person, counts.persons), (.route, counts.routes), (.program, counts.programs)]
                where subjects[kind] == nil {
                    subjects[kind] = count
                }
            }
            return RunOutcome(spool: spool, chunks: chunks, rules: plan.rules, errors: errors, subjects: subjects)
        }
    }
}
