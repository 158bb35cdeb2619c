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

    public init(findings: [Finding], errors: [RuleError], subjects: [SubjectReference.Kind: Int], timing: RuleTiming = RuleTiming()) {
        self.findings = findings
        self.errors = errors
        self.subjects = subjects
        self.timing = timing
    }
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

extension RunReport {
    /// The most results a report holds in memory (for text, which groups them by subject); JSON
    /// streams every one.
    public static var inMemoryLimit: Int { 100_000 }

    /// How many results the report in memory leaves out.
    public var leftOutInMemory: Int { max(0, results.count - Self.inMemoryLimit) }
}

extension RunReport where Element == Finding {
    /// The same report with its findings in memory, at most ``inMemoryLimit`` of them.
    public var checkReport: CheckReport {
        CheckReport(findings: Array(results.prefix(Self.inMemoryLimit)), errors: errors, subjects: subjects, timing: timing)
    }
}

extension RunReport where Element == Award {
    /// The same report with its awards in memory, at most ``inMemoryLimit`` of them.
    public var awardReport: AwardReport {
        AwardReport(awards: Array(results.prefix(Self.inMemoryLimit)), errors: errors)
    }
}

/// Who meets which incentive criterion.
public struct AwardReport: Sendable {
    public var awards: [Award]
    public var errors: [RuleError]

    public init(awards: [Award], errors: [RuleError]) {
        self.awards = awards
        self.errors = errors
    }
}
