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
/// Batches are read in id order, either by the worker that asks for one (``next(from:)``, under
/// the queue's lock) or ahead of the workers by a reader of their own (``readAhead(from:)`` on
/// one thread, ``take()`` on the workers): then reading, with its database round trips, goes on
/// while the workers evaluate, and every batch comes from the reader's one snapshot. The results
/// are put back in batch order, so a run on several states reports exactly what a run on one
/// would (but for which subjects a stopped rule skipped).
// @unchecked Sendable: every mutable property is read and written only under `lock` (`locked`,
// or the condition's own waits); `plan` is immutable.
final class BatchQueue: @unchecked Sendable {
    let plan: RunPlan
    private let lock = NSCondition()
    /// Batches read ahead and not yet taken, in order; at most `ahead` of them.
    private var readied: [(Int, Batch)] = []
    private var readingEnded = false
    /// How many batches a reader keeps ready before it waits for the workers.
    static let ahead = 2
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
        try locked { failure == nil ? try read(from: source) : nil }
    }

    /// The next batch after the last one read; called under `lock`, or by the one reader.
    private func read(from source: some RecordSource) throws -> (Int, Batch)? {
        let kinds = plan.kinds
        while kindIndex < kinds.count {
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

    /// Reads every batch with `source` and keeps up to ``ahead`` of them ready for ``take()``;
    /// returns when all are read, or when the run failed. Only one reader may run, and no worker
    /// may call ``next(from:)`` meanwhile. Reading happens outside the lock (the reader alone
    /// touches where reading stands); a failure is the run's.
    func readAhead(from source: some RecordSource) {
        defer {
            lock.lock()
            readingEnded = true
            lock.broadcast()
            lock.unlock()
        }
        do {
            while !locked({ failure != nil }), let batch = try read(from: source) {
                lock.lock()
                while readied.count >= Self.ahead, failure == nil { lock.wait() }
                readied.append(batch)
                lock.broadcast()
                lock.unlock()
            }
        } catch {
            fail(error)
        }
    }

    /// The next batch a reader made ready, waiting for it; `nil` when there are no more (or the run failed).
    func take() -> (Int, Batch)? {
        lock.lock()
        defer { lock.unlock() }
        while readied.isEmpty, !readingEnded, failure == nil { lock.wait() }
        guard failure == nil, !readied.isEmpty else { return nil }
        lock.broadcast()  // room for the reader
        return readied.removeFirst()
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
        locked {
            if failure == nil { failure = error }
            lock.broadcast()  // neither the reader nor a worker waits on a failed run
        }
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
