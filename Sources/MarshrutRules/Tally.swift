import Foundation
import LuaBridge
import MarshrutCore
import MarshrutStore
import MarshrutText

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
