import Foundation
import LuaBridge
import MarshrutCore
import MarshrutStore

/// One batch of subjects of one kind, read and encoded as view ops.
struct Batch {
    var kind: SubjectReference.Kind
    var ids: [String]
    var ops: ViewOps

    /// The next batch after `after`, or `nil` when there is none (only `only`, when given).
    static func read(
        _ kind: SubjectReference.Kind, from source: some RecordSource, after: String?,
        only: SubjectReference?, size: Int, today: Day
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
            take(try only.map { try source.persons(ids: [$0.id]) } ?? source.persons(after: after, limit: size), id: \.id) { $0.add($1, today: today) }
        case .route:
            take(try only.map { try source.routes(ids: [$0.id]) } ?? source.routes(after: after, limit: size), id: \.id) { $0.add($1) }
        case .program:
            take(try only.map { try source.programs(ids: [$0.id]) } ?? source.programs(after: after, limit: size), id: \.id) { $0.add($1) }
        case .plan, .organization:
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
    /// The run's day, for the views' ages and years of experience.
    var today: Day

    /// The kinds to read: those some rule is about (or only `only`'s), in a fixed order.
    var kinds: [SubjectReference.Kind] {
        if let only { return [only.kind] }
        return [SubjectReference.Kind.person, .route, .program].filter { kind in rules.contains { $0.subject == kind } }
    }
}
