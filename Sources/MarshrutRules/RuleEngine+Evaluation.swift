import Foundation
import LuaBridge
import MarshrutCore
import MarshrutStore

/// What a run of the monitoring rules found.
public struct CheckReport: Sendable {
    public var findings: [Finding]
    public var errors: [RuleError]
    /// How many subjects of each kind were checked.
    public var subjects: [SubjectReference.Kind: Int]
    /// The time spent reading the data, building the views and evaluating the rules.
    public var timing = RuleTiming()
}

/// What a run over a store gave, with its results read from disk as they are iterated.
public struct RunReport<Element>: Sendable {
    /// Findings or awards, rule by rule, subjects in id order.
    public var results: RunResults<Element>
    public var errors: [RuleError]
    /// How many subjects of each kind the run covered.
    public var subjects: [SubjectReference.Kind: Int]
    /// The time spent reading the data, building the views and evaluating the rules.
    public var timing: RuleTiming
}

extension RunReport where Element == Finding {
    /// The same report with its findings in memory.
    public var checkReport: CheckReport {
        CheckReport(findings: Array(results), errors: errors, subjects: subjects, timing: timing)
    }
}

extension RunReport where Element == Award {
    /// The same report with its awards in memory.
    public var awardReport: AwardReport {
        AwardReport(awards: Array(results), errors: errors)
    }
}

/// Who meets which incentive criterion.
public struct AwardReport: Sendable {
    public var awards: [Award]
    public var errors: [RuleError]
}

extension RuleEngine {
    /// How many subjects are read, shown and evaluated at a time.
    public static let defaultBatchSize = 1_000

    /// How many Lua states evaluate at once by default: one per core.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs every monitor over the subjects of its kind (or over `only`), streaming the region
    /// from the store in batches, on `workers` sandboxed states at once (each with the scripts
    /// loaded anew): memory stays bounded whatever the region's size, and so does the list of
    /// findings, which waits on disk until it is read.
    public func streamCheck(
        _ store: Store, today: Day, only: SubjectReference? = nil,
        batchSize: Int = defaultBatchSize, workers: Int = defaultWorkers
    ) throws -> RunReport<Finding> {
        try run(store, monitors: true, today: today, only: only, batchSize: batchSize, workers: workers, Self.finding)
    }

    /// ``streamCheck(_:today:only:batchSize:workers:)`` with the findings in memory.
    public func check(
        _ store: Store, today: Day, only: SubjectReference? = nil,
        batchSize: Int = defaultBatchSize, workers: Int = defaultWorkers
    ) throws -> CheckReport {
        try streamCheck(store, today: today, only: only, batchSize: batchSize, workers: workers).checkReport
    }

    /// Runs every monitor over the subjects of a catalog in memory.
    public func check(_ catalog: Catalog, today: Day, only: SubjectReference? = nil) -> CheckReport {
        do {
            return try run(catalog, monitors: true, today: today, only: only, Self.finding).checkReport
        } catch {
            return CheckReport(findings: [], errors: loadErrors + [Self.readError(error)], subjects: [:])
        }
    }

    /// Runs every incentive criterion over the subjects of its kind, streaming from the store; the
    /// awards wait on disk until they are read.
    public func streamAwards(
        _ store: Store, today: Day, only: SubjectReference? = nil,
        batchSize: Int = defaultBatchSize, workers: Int = defaultWorkers
    ) throws -> RunReport<Award> {
        try run(store, monitors: false, today: today, only: only, batchSize: batchSize, workers: workers, Self.award)
    }

    /// ``streamAwards(_:today:only:batchSize:workers:)`` with the awards in memory.
    public func awards(
        _ store: Store, today: Day, only: SubjectReference? = nil,
        batchSize: Int = defaultBatchSize, workers: Int = defaultWorkers
    ) throws -> AwardReport {
        try streamAwards(store, today: today, only: only, batchSize: batchSize, workers: workers).awardReport
    }

    /// Runs every incentive criterion over the subjects of a catalog in memory.
    public func awards(_ catalog: Catalog, today: Day, only: SubjectReference? = nil) -> AwardReport {
        do {
            return try run(catalog, monitors: false, today: today, only: only, Self.award).awardReport
        } catch {
            return AwardReport(awards: [], errors: loadErrors + [Self.readError(error)])
        }
    }

    /// The monitors' or the incentives' run over the store, its results made by `make`.
    private func run<Element>(
        _ store: Store, monitors: Bool, today: Day, only: SubjectReference?, batchSize: Int, workers: Int,
        _ make: @escaping @Sendable (RuleRef, String, String) -> Element
    ) throws -> RunReport<Element> {
        var timing = RuleTiming()
        let run = try evaluate(
            store, monitors: monitors, today: today, only: only, batchSize: batchSize, workers: workers,
            timing: &timing)
        return RunReport(results: run.results(make), errors: loadErrors + run.errors, subjects: run.subjects, timing: timing)
    }

    /// The same over a catalog in memory, on this engine's state.
    private func run<Element>(
        _ catalog: Catalog, monitors: Bool, today: Day, only: SubjectReference?,
        _ make: @escaping @Sendable (RuleRef, String, String) -> Element
    ) throws -> RunReport<Element> {
        var timing = RuleTiming()
        let run = try evaluate(CatalogRecords(catalog), monitors: monitors, today: today, only: only, timing: &timing)
        return RunReport(results: run.results(make), errors: loadErrors + run.errors, subjects: run.subjects, timing: timing)
    }

    static func readError(_ error: Error) -> RuleError {
        error as? RuleError ?? RuleError(rule: "data", error: "\(error)", source: "store")
    }

    /// What a rule's call returned, as the texts of its results: a monitor's messages, or an
    /// incentive's reason when the subject meets it.
    static func texts(of rule: RuleRef, _ result: [LuaValue]) -> [String] {
        switch rule {
        case .monitor:
            return (result.first?.tableValue?.array ?? []).map { $0.stringValue ?? RuleText.notAMessage }
        case .incentive(let incentive):
            guard result.first?.boolValue == true else { return [] }
            return [result.dropFirst().first?.stringValue ?? incentive.title]
        }
    }

    @Sendable static func finding(_ rule: RuleRef, id: String, message: String) -> Finding {
        guard case .monitor(let monitor) = rule else { preconditionFailure("a finding of an incentive") }
        return Finding(
            rule: monitor.id, severity: monitor.severity, subject: monitor.subject, id: id,
            message: message, source: monitor.source.description)
    }

    @Sendable static func award(_ rule: RuleRef, id: String, reason: String) -> Award {
        guard case .incentive(let incentive) = rule else { preconditionFailure("an award of a monitor") }
        return Award(
            incentive: incentive.id, title: incentive.title, kind: incentive.kind, subject: incentive.subject, id: id,
            reason: reason, source: incentive.source.description)
    }

    /// Evaluates over the store: the region is read batch by batch, each worker reading its own
    /// batches in its own read transaction and evaluating them on its own Lua state.
    func evaluate(
        _ store: Store, monitors: Bool, today: Day, only: SubjectReference?, batchSize: Int, workers: Int,
        timing: inout RuleTiming
    ) throws -> RunOutcome {
        let plan = RunPlan(rules: rules(monitors: monitors), only: only, batchSize: batchSize)
        var engines = [self]
        if only == nil, workers > 1 {
            for _ in 1..<workers {
                guard let other = try? RuleEngine(scriptsFolder: scriptsFolder, limits: limits),
                    other.rules(monitors: monitors) == plan.rules
                else { break }
                engines.append(other)
            }
        }
        let counts = only == nil ? try timing.measure(\.readingData) { try store.readRegion { try $0.counts() } } : .zero
        let queue = try BatchQueue(plan)
        let boxes = engines.map { WorkerBox($0) }
        DispatchQueue.concurrentPerform(iterations: boxes.count) { index in
            let box = boxes[index]
            do {
                try Self.onLuaThread {
                    try store.readRegion { reader in
                        try box.engine.work(monitors: monitors, source: reader, queue: queue, today: today, timing: &box.timing)
                    }
                }
            } catch {
                queue.fail(error)
            }
        }
        for box in boxes { timing.add(box.timing) }
        timing.workers = boxes.count
        return try queue.result(counts: counts)
    }

    /// Evaluates over a record source on this engine's state alone.
    func evaluate(
        _ source: some RecordSource, monitors: Bool, today: Day, only: SubjectReference?,
        batchSize: Int = defaultBatchSize, timing: inout RuleTiming
    ) throws -> RunOutcome {
        let plan = RunPlan(rules: rules(monitors: monitors), only: only, batchSize: batchSize)
        let counts = only == nil ? try source.counts() : .zero
        let queue = try BatchQueue(plan)
        do {
            try Self.onLuaThread {
                try work(monitors: monitors, source: source, queue: queue, today: today, timing: &timing)
            }
        } catch {
            queue.fail(error)
        }
        return try queue.result(counts: counts)
    }

    func rules(monitors: Bool) -> [RuleRef] {
        monitors ? monitorEntries.map { .monitor($0.rule) } : incentiveEntries.map { .incentive($0.rule) }
    }

    /// One worker: takes batches from `queue` until there are none, builds each batch's views once
    /// and calls each rule on each subject of its kind under the limits. Runs on the Lua thread.
    ///
    /// Views are the host's data: they count in the state's memory but must not eat the rules'
    /// allowance, so each call may allocate `limits.memoryBytes` more than is in use before it,
    /// up to a ceiling of twice that above the batch's views. A rule that hits a limit is stopped
    /// for the rest of the run, in every worker; one that hoarded memory in its script's globals
    /// has them cleared, so the rules after it still have room.
    func work(
        monitors: Bool, source: some RecordSource, queue: BatchQueue, today: Day,
        timing: inout RuleTiming
    ) throws {
        let functions = monitors ? monitorEntries.map(\.function) : incentiveEntries.map(\.function)
        let environments = monitors ? monitorEntries.map(\.environment) : incentiveEntries.map(\.environment)
        let runner = monitors ? runners.check : runners.eligible
        let rules = queue.plan.rules
        let ctx = context(today: today)
        defer {
            lua.release(ctx)
            lua.limits = limits
            try? lua.endBatch()  // frees the last batch and the loader's hold on the source
        }
        let loader = { (kind: Int, ids: [String]) throws -> ViewOps in try RecordViews.load(source, kind: kind, ids: ids) }
        while let (sequence, batch) = try timing.measure(\.readingData, { try queue.next(from: source) }) {
            let views = try timing.measure(\.buildingViews) { try show(batch, loader: loader) }
            defer { for view in views { lua.release(view) } }
            let clock = ContinuousClock()
            let started = clock.now
            let filling = lua.timeFilledOnDemand
            defer {
                let related = lua.timeFilledOnDemand - filling
                timing.loadingRelated += related
                timing.evaluating += clock.now - started - related
            }
            let ceiling = lua.memoryInUse + 2 * limits.memoryBytes
            let filledBefore = lua.memoryFilledOnDemand
            var outcomes = Array(repeating: OutcomeBuffer(), count: rules.count)
            var tallies: [Int: Tally] = [:]
            for index in rules.indices where rules[index].subject == batch.kind {
                var tally = Tally(rule: rules[index].id, source: rules[index].source)
                let stoppedElsewhere = queue.isStopped(index)
                for (subjectID, view) in zip(batch.ids, views) {
                    if tally.stopped || stoppedElsewhere { tally.skipped += 1; continue }
                    arm(ceiling: ceiling + lua.memoryFilledOnDemand - filledBefore)
                    do throws(LuaError) {
                        let result = try lua.call(runner, arguments: [.reference(functions[index]), .reference(view), .reference(ctx)])
                        for text in Self.texts(of: rules[index], result) {
                            outcomes[index].append(id: subjectID, text: text)
                        }
                    } catch {
                        tally.record(error, subject: SubjectReference(batch.kind, subjectID), engine: self)
                        if error.isLimit { queue.stop(index) }
                        if error.kind == .memoryLimit {
                            tally.clearedGlobals = reclaim(environments[index], ceiling: ceiling + lua.memoryFilledOnDemand - filledBefore)
                        }
                    }
                }
                if tally.failures > 0 || tally.skipped > 0 { tallies[index] = tally }
            }
            try queue.finish(sequence, outcomes: outcomes, tallies: tallies)
        }
    }

    /// Starts a new batch of views and builds `batch` into it; returns the subjects' views in order.
    func show(_ batch: Batch, loader: @escaping (Int, [String]) throws -> ViewOps) throws -> [LuaReference] {
        do throws(LuaError) {
            try lua.beginBatch(loader: loader)
            try lua.build(batch.ops)
        } catch {
            throw RuleError(
                rule: batch.kind.rawValue,
                error: RuleText.damagedData(batch.kind, from: batch.ids.first ?? "", to: batch.ids.last ?? "", error.message),
                source: "store")
        }
        guard let kind = RecordKind(batch.kind) else { return [] }
        return batch.ids.compactMap { lua.recordView(kind: kind.rawValue, id: $0) }
    }

    /// Gives the next call `limits.memoryBytes` above what is in use, within `ceiling`.
    func arm(ceiling: Int) {
        let cap = min(lua.memoryInUse + limits.memoryBytes, ceiling)
        // Re-arming has a cost; a drift under 1 MiB does not matter.
        if abs(lua.limits.memoryBytes - cap) > 1 << 20 {
            var next = limits
            next.memoryBytes = cap
            lua.limits = next
        }
    }

    /// After a memory stop: collects garbage, and when the script still holds too much, empties
    /// its globals. Returns whether it did.
    func reclaim(_ environment: LuaReference, ceiling: Int) -> Bool {
        lua.collectGarbage()
        guard ceiling - lua.memoryInUse < limits.memoryBytes / 2 else { return false }
        lua.limits = limits
        _ = try? lua.call(runners.clear, arguments: [.reference(environment)])
        lua.collectGarbage()
        return true
    }

    /// The read-only `ctx` a rule receives: `today` and `flag`.
    func context(today: Day) -> LuaReference {
        lua.makeReadOnly(.table(LuaTable(fields: ["today": .string(today.description), "flag": .function(runners.flag)])))
    }
}

/// One batch of subjects of one kind, read and encoded as view ops.
struct Batch {
    var kind: SubjectReference.Kind
    var ids: [String]
    var ops: ViewOps

    /// The next batch after `after`, or `nil` when there is none (only `only`, when given).
    static func read(
        _ kind: SubjectReference.Kind, from source: some RecordSource, after: String?,
        only: SubjectReference?, size: Int
    ) throws -> Batch? {
        var ops = ViewOps()
        var ids: [String] = []
        func take<R>(_ records: [R], id: (R) -> String, add: (inout ViewOps, R) -> Void) {
            for record in records {
                ids.append(id(record))
                add(&ops, record)
            }
        }
        switch kind {
        case .person:
            take(try only.map { try source.persons(ids: [$0.id]) } ?? source.persons(after: after, limit: size), id: \.id) { $0.add($1) }
        case .route:
            take(try only.map { try source.routes(ids: [$0.id]) } ?? source.routes(after: after, limit: size), id: \.id) { $0.add($1) }
        case .program:
            take(try only.map { try source.programs(ids: [$0.id]) } ?? source.programs(after: after, limit: size), id: \.id) { $0.add($1) }
        case .plan:
            break
        }
        return ids.isEmpty ? nil : Batch(kind: kind, ids: ids, ops: ops)
    }
}

/// A monitor or an incentive, as a run sees it.
enum RuleRef: Sendable, Equatable {
    case monitor(Monitor)
    case incentive(Incentive)

    var id: String {
        switch self {
        case .monitor(let m): m.id
        case .incentive(let i): i.id
        }
    }

    var subject: SubjectReference.Kind {
        switch self {
        case .monitor(let m): m.subject
        case .incentive(let i): i.subject
        }
    }

    var source: RuleSource {
        switch self {
        case .monitor(let m): m.source
        case .incentive(let i): i.source
        }
    }
}

/// What a run produced: its results waiting on disk, its errors and how many subjects it saw.
struct RunOutcome {
    var spool: OutcomeSpool
    var chunks: [OutcomeSpool.Chunk]
    var rules: [RuleRef]
    var errors: [RuleError]
    var subjects: [SubjectReference.Kind: Int]

    /// The most results one rule gives in one run; the rest are counted in one error line.
    static let resultsPerRule = 10_000

    /// The results in the order of a run on one state: rule by rule, subjects in order.
    func results<Element>(_ make: @escaping @Sendable (RuleRef, String, String) -> Element) -> RunResults<Element> {
        RunResults(spool: spool, chunks: chunks, rules: rules, make: make, count: chunks.reduce(0) { $0 + $1.keep })
    }
}

/// The rules of a run and which subjects it covers.
struct RunPlan: Sendable {
    var rules: [RuleRef]
    var only: SubjectReference?
    var batchSize: Int

    /// The kinds to read: those some rule is about (or only `only`'s), in a fixed order.
    var kinds: [SubjectReference.Kind] {
        if let only { return [only.kind] }
        return [SubjectReference.Kind.person, .route, .program].filter { kind in rules.contains { $0.subject == kind } }
    }
}

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
        spool = try OutcomeSpool()
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
                if let batch = try Batch.read(kind, from: source, after: after, only: plan.only, size: plan.batchSize) {
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

/// Failures of one rule over a run: a limit stops the rule for the rest of the run and is
/// reported once with the subjects it skipped; other errors are reported once with a count.
struct Tally {
    var rule: String
    var source: RuleSource
    var stopped = false
    var skipped = 0
    var failures = 0
    var clearedGlobals = false
    var first: (message: String, location: String?, subject: SubjectReference)?

    init(rule: String, source: RuleSource) {
        self.rule = rule
        self.source = source
    }

    mutating func record(_ error: LuaError, subject: SubjectReference, engine: RuleEngine) {
        failures += 1
        if first == nil || error.isLimit { first = (engine.describe(error), engine.display(error.location), subject) }
        if error.isLimit { stopped = true }
    }

    /// This batch's tally followed by a later batch's.
    func merged(with later: Tally) -> Tally {
        var tally = self
        tally.stopped = stopped || later.stopped
        tally.skipped += later.skipped
        tally.failures += later.failures
        tally.clearedGlobals = clearedGlobals || later.clearedGlobals
        if tally.first == nil || (later.stopped && !stopped) { tally.first = later.first ?? tally.first }
        return tally
    }

    var errors: [RuleError] {
        guard let first else { return [] }
        let text = RuleText.tally(
            first.message, on: first.subject, stopped: stopped, skipped: skipped,
            clearedGlobals: clearedGlobals, failures: failures)
        return [RuleError(rule: rule, error: text, source: first.location ?? source.description)]
    }
}
