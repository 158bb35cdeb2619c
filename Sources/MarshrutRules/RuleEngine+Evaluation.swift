import LuaBridge
import MarshrutCore

/// What a run of the monitoring rules found.
public struct CheckReport: Sendable {
    public var findings: [Finding]
    public var errors: [RuleError]
    /// How many subjects of each kind were checked.
    public var subjects: [SubjectReference.Kind: Int]
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
        LuaThread.run {
            let views = Views(catalog, in: lua)
            defer { views.release(in: lua) }
            let ctx = context(today: today)
            defer { lua.release(ctx) }
            for entry in monitorEntries {
                let monitor = entry.rule
                var tally = Tally(rule: monitor.id, source: monitor.source)
                for id in subjects[monitor.subject] ?? [] {
                    guard let view = views.view(of: monitor.subject, id) else { continue }
                    if tally.stopped { tally.skipped += 1; continue }
                    do throws(LuaError) {
                        let result = try lua.call(runners.check, arguments: [.reference(entry.function), .reference(view), .reference(ctx)])
                        for message in result.first?.tableValue?.array ?? [] {
                            findings.append(Finding(rule: monitor.id, severity: monitor.severity, subject: monitor.subject, id: id,
                                                    message: message.stringValue ?? "(not a message)", source: monitor.source.description))
                        }
                    } catch {
                        tally.record(error, subject: SubjectReference(monitor.subject, id))
                    }
                }
                errors += tally.errors
            }
        }
        return CheckReport(findings: findings, errors: errors, subjects: subjects.mapValues(\.count))
    }

    /// Runs every incentive criterion over the subjects of its kind.
    public func awards(_ catalog: Catalog, today: Day, only: SubjectReference? = nil) -> AwardReport {
        var awards: [Award] = []
        var errors = loadErrors
        let subjects = Self.subjects(of: catalog, only: only)
        LuaThread.run {
            let views = Views(catalog, in: lua)
            defer { views.release(in: lua) }
            let ctx = context(today: today)
            defer { lua.release(ctx) }
            for entry in incentiveEntries {
                let incentive = entry.rule
                var tally = Tally(rule: incentive.id, source: incentive.source)
                for id in subjects[incentive.subject] ?? [] {
                    guard let view = views.view(of: incentive.subject, id) else { continue }
                    if tally.stopped { tally.skipped += 1; continue }
                    do throws(LuaError) {
                        let result = try lua.call(runners.eligible, arguments: [.reference(entry.function), .reference(view), .reference(ctx)])
                        guard result.first?.boolValue == true else { continue }
                        awards.append(Award(incentive: incentive.id, title: incentive.title, kind: incentive.kind,
                                            subject: incentive.subject, id: id,
                                            reason: result.dropFirst().first?.stringValue ?? incentive.title,
                                            source: incentive.source.description))
                    } catch {
                        tally.record(error, subject: SubjectReference(incentive.subject, id))
                    }
                }
                errors += tally.errors
            }
        }
        return AwardReport(awards: awards, errors: errors)
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
    var first: (error: LuaError, subject: SubjectReference)?

    init(rule: String, source: RuleSource) {
        self.rule = rule
        self.source = source
    }

    mutating func record(_ error: LuaError, subject: SubjectReference) {
        failures += 1
        if first == nil { first = (error, subject) }
        if error.isLimit {
            stopped = true
            first = (error, subject)
        }
    }

    var errors: [RuleError] {
        guard let first else { return [] }
        var text = "\(RuleEngine.describe(first.error)) (on \(first.subject)"
        if stopped {
            text += "; the rule was stopped for the rest of the run, \(skipped) subject(s) skipped)"
        } else if failures > 1 {
            text += "; failed on \(failures) subjects in all)"
        } else {
            text += ")"
        }
        return [RuleError(rule: rule, error: text, source: first.error.location ?? source.description)]
    }
}
