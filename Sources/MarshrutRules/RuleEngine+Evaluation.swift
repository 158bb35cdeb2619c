import LuaBridge
import MarshrutCore

/// What a run of the monitoring rules found.
public struct CheckReport: Sendable {
    public var findings: [Finding]
    public var errors: [RuleError]
    /// How many subjects of each kind were checked.
    public var subjects: [SubjectReference.Kind: Int]
    /// The time spent building the views and evaluating the rules.
    public var timing = RuleTiming()
}

/// Who meets which incentive criterion.
public struct AwardReport: Sendable {
    public var awards: [Award]
    public var errors: [RuleError]
}

extension RuleEngine {
    /// Runs every monitor over the subjects of its kind (or over `only`).
    public func check(_ catalog: Catalog, today: Day, only: SubjectReference? = nil) -> CheckReport {
        var findings: [Finding] = []
        var errors = loadErrors
        let subjects = Self.subjects(of: catalog, only: only)
        var timing = RuleTiming()
        Self.onLuaThread {
            errors += evaluate(monitorEntries, catalog: catalog, subjects: subjects, today: today,
                               id: \.id, kind: \.subject, source: \.source, runner: runners.check, timing: &timing) { entry, id, result in
                let monitor = entry.rule
                for message in result.first?.tableValue?.array ?? [] {
                    findings.append(Finding(rule: monitor.id, severity: monitor.severity, subject: monitor.subject, id: id,
                                            message: message.stringValue ?? RuleText.notAMessage, source: monitor.source.description))
                }
            }
        }
        return CheckReport(findings: findings, errors: errors, subjects: subjects.mapValues(\.count), timing: timing)
    }

    /// Runs every incentive criterion over the subjects of its kind.
    public func awards(_ catalog: Catalog, today: Day, only: SubjectReference? = nil) -> AwardReport {
        var awards: [Award] = []
        var errors = loadErrors
        let subjects = Self.subjects(of: catalog, only: only)
        var timing = RuleTiming()
        Self.onLuaThread {
            errors += evaluate(incentiveEntries, catalog: catalog, subjects: subjects, today: today,
                               id: \.id, kind: \.subject, source: \.source, runner: runners.eligible, timing: &timing) { entry, id, result in
                guard result.first?.boolValue == true else { return }
                let incentive = entry.rule
                awards.append(Award(incentive: incentive.id, title: incentive.title, kind: incentive.kind,
                                    subject: incentive.subject, id: id,
                                    reason: result.dropFirst().first?.stringValue ?? incentive.title,
                                    source: incentive.source.description))
            }
        }
        return AwardReport(awards: awards, errors: errors)
    }

    /// Builds the views once, then calls each rule on each subject of its kind under the limits.
    ///
    /// Views are the host's data: they count in the state's memory but must not eat the rules'
    /// allowance, so each call may allocate `limits.memoryBytes` more than is in use before it,
    /// up to a ceiling of twice that above the views. A rule that hits a limit is stopped for the
    /// rest of the run; one that hoarded memory in its script's globals has them cleared, so the
    /// rules after it still have room.
    func evaluate<Rule>(
        _ entries: [Entry<Rule>], catalog: Catalog, subjects: [SubjectReference.Kind: [String]], today: Day,
        id: KeyPath<Rule, String>, kind: KeyPath<Rule, SubjectReference.Kind>, source: KeyPath<Rule, RuleSource>,
        runner: LuaReference, timing: inout RuleTiming, _ handle: (Entry<Rule>, String, [LuaValue]) -> Void
    ) -> [RuleError] {
        let views = timing.measure(\.buildingViews) { Views(catalog, in: lua) }
        defer { views.release(in: lua) }
        let clock = ContinuousClock()
        let started = clock.now
        defer { timing.evaluating += clock.now - started }
        let ctx = context(today: today)
        defer { lua.release(ctx) }
        let ceiling = lua.memoryInUse + 2 * limits.memoryBytes
        var errors: [RuleError] = []
        for entry in entries {
            let rule = entry.rule
            var tally = Tally(rule: rule[keyPath: id], source: rule[keyPath: source])
            for subjectID in subjects[rule[keyPath: kind]] ?? [] {
                guard let view = views.view(of: rule[keyPath: kind], subjectID) else { continue }
                if tally.stopped { tally.skipped += 1; continue }
                arm(ceiling: ceiling)
                do throws(LuaError) {
                    let result = try lua.call(runner, arguments: [.reference(entry.function), .reference(view), .reference(ctx)])
                    handle(entry, subjectID, result)
                } catch {
                    tally.record(error, subject: SubjectReference(rule[keyPath: kind], subjectID), engine: self)
                    if error.kind == .memoryLimit { tally.clearedGlobals = reclaim(entry.environment, ceiling: ceiling) }
                }
            }
            errors += tally.errors
        }
        lua.limits = limits
        return errors
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

    static func subjects(of catalog: Catalog, only: SubjectReference?) -> [SubjectReference.Kind: [String]] {
        if let only { return [only.kind: [only.id]] }
        return [.person: catalog.persons.map(\.id), .route: catalog.routes.map(\.id), .program: catalog.programs.map(\.id)]
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

    var errors: [RuleError] {
        guard let first else { return [] }
        let text = RuleText.tally(first.message, on: first.subject, stopped: stopped, skipped: skipped,
                                  clearedGlobals: clearedGlobals, failures: failures)
        return [RuleError(rule: rule, error: text, source: first.location ?? source.description)]
    }
}
