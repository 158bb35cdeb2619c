import Foundation
import LuaBridge
import MarshrutCore
import MarshrutStore

extension RuleEngine {
    /// How many subjects are read, shown and evaluated at a time.
    public static let defaultBatchSize = 1_000

    /// How many Lua states evaluate at once by default: one per core.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs every monitor over the subjects of its kind (or over `only`), streaming the region
    /// from the store in batches, on `workers` sandboxed states at once (each with the scripts
    /// loaded anew): memory stays bounded whatever the region's size, and so does the list of
    /// findings, which waits on disk until it is read.
    ///
    /// With a `scope`, only the subjects in it are evaluated and seen, related ones included.
    public func streamCheck(
        _ store: Store, today: Day, only: SubjectReference? = nil,
        batchSize: Int = defaultBatchSize, workers: Int = defaultWorkers, scope: SubjectScope? = nil
    ) throws -> RunReport<Finding> {
        try run(store, monitors: true, today: today, only: only, batchSize: batchSize, workers: workers, scope: scope, Self.finding)
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
        batchSize: Int = defaultBatchSize, workers: Int = defaultWorkers, scope: SubjectScope? = nil
    ) throws -> RunReport<Award> {
        try run(store, monitors: false, today: today, only: only, batchSize: batchSize, workers: workers, scope: scope, Self.award)
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
        _ store: Store, monitors: Bool, today: Day, only: SubjectReference?, batchSize: Int, workers: Int, scope: SubjectScope?,
        _ make: @escaping @Sendable (RuleRef, String, String) -> Element
    ) throws -> RunReport<Element> {
        var timing = RuleTiming()
        let run = try evaluate(
            store, monitors: monitors, today: today, only: only, batchSize: batchSize, workers: workers, scope: scope,
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
    /// A finding's message or an award's reason, each cut to 4 KiB as error messages are (a
    /// message is a sentence, and a script may return megabytes).
    static func texts(of rule: RuleRef, _ result: [LuaValue]) -> [String] {
        switch rule {
        case .monitor:
            return (result.first?.tableValue?.array ?? []).map { LuaState.cut($0.stringValue ?? RuleText.notAMessage) }
        case .incentive(let incentive):
            guard result.first?.boolValue == true else { return [] }
            return [LuaState.cut(result.dropFirst().first?.stringValue ?? incentive.title)]
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
        _ store: Store, monitors: Bool, today: Day, only: SubjectReference?, batchSize: Int, workers: Int, scope: SubjectScope? = nil,
        timing: inout RuleTiming
    ) throws -> RunOutcome {
        let plan = RunPlan(rules: rules(monitors: monitors), only: only, batchSize: batchSize, today: today)
        var engines = [self]
        if only == nil, workers > 1 {
            for _ in 1..<workers {
                guard let other = try? RuleEngine(scripts: scripts, limits: limits),
                    other.rules(monitors: monitors) == plan.rules
                else { break }
                engines.append(other)
            }
        }
        let counts =
            only == nil
            ? try timing.measure(\.readingData) {
                try store.readRegion { reader in try scope.map { try ScopedRecords(reader, scope: $0).counts() } ?? reader.counts() }
            }
            : .zero
        let queue = try BatchQueue(plan)
        let boxes = engines.map { WorkerBox($0) }
        // One reader reads the batches ahead, in its own read transaction, while the workers
        // evaluate; the workers read only the related records their rules ask for.
        let reading = DispatchGroup()
        let readingTime = ReadingTime()
        DispatchQueue.global().async(group: reading) {
            let clock = ContinuousClock()
            let started = clock.now
            do {
                try store.readRegion { reader in
                    if let scope { queue.readAhead(from: ScopedRecords(reader, scope: scope)) } else { queue.readAhead(from: reader) }
                }
            } catch {
                queue.fail(error)
            }
            readingTime.duration = clock.now - started
        }
        DispatchQueue.concurrentPerform(iterations: boxes.count) { index in
            let box = boxes[index]
            do {
                try Self.onLuaThread {
                    try store.readRegion { reader in
                        if let scope {
                            try box.engine.work(
                                monitors: monitors, source: ScopedRecords(reader, scope: scope), next: queue.take, queue: queue, today: today,
                                timing: &box.timing)
                        } else {
                            try box.engine.work(monitors: monitors, source: reader, next: queue.take, queue: queue, today: today, timing: &box.timing)
                        }
                    }
                }
            } catch {
                queue.fail(error)
            }
        }
        reading.wait()
        for box in boxes { timing.add(box.timing) }
        timing.readingData += readingTime.duration
        timing.workers = boxes.count
        return try queue.result(counts: counts)
    }

    /// Evaluates over a record source on this engine's state alone.
    func evaluate(
        _ source: some RecordSource, monitors: Bool, today: Day, only: SubjectReference?,
        batchSize: Int = defaultBatchSize, timing: inout RuleTiming
    ) throws -> RunOutcome {
        let plan = RunPlan(rules: rules(monitors: monitors), only: only, batchSize: batchSize, today: today)
        let counts = only == nil ? try source.counts() : .zero
        let queue = try BatchQueue(plan)
        do {
            try Self.onLuaThread {
                try work(monitors: monitors, source: source, next: { try queue.next(from: source) }, queue: queue, today: today, timing: &timing)
            }
            // On one state, waiting for a batch is reading it.
            timing.readingData += timing.waitingForData
            timing.waitingForData = .zero
        } catch {
            queue.fail(error)
        }
        return try queue.result(counts: counts)
    }

    func rules(monitors: Bool) -> [RuleRef] {
        monitors ? monitorEntries.map { .monitor($0.rule) } : incentiveEntries.map { .incentive($0.rule) }
    }

    /// One worker: takes batches (`next`) until there are none, builds each batch's views once
    /// and calls each rule on each subject of its kind under the limits. Runs on the Lua thread.
    ///
    /// Views are the host's data: they count in the state's memory but must not eat the rules'
    /// allowance, so each call may allocate `limits.memoryBytes` more than is in use before it,
    /// up to a ceiling of twice that above the batch's views. A rule that hits a limit is stopped
    /// for the rest of the run, in every worker; one that hoarded memory in its script's globals
    /// has them cleared, so the rules after it still have room.
    func work(
        monitors: Bool, source: some RecordSource, next: () throws -> (Int, Batch)?, queue: BatchQueue, today: Day,
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
        let loader = { (kind: Int, ids: [String]) throws -> ViewOps in try RecordViews.load(source, kind: kind, ids: ids, today: today) }
        while let (sequence, batch) = try timing.measure(\.waitingForData, next) {
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

/// How long a run's reader read, written by the reader once it is done.
// @unchecked Sendable: written by the reader before it leaves its dispatch group, read after the
// group's wait, which orders the two.
private final class ReadingTime: @unchecked Sendable {
    var duration: Duration = .zero
}
