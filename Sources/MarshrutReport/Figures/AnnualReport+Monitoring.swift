import MarshrutCore

extension AnnualReport {
    /// What the curator's monitoring rules found, as the rule engine reported it.
    public struct Findings: Sendable, Hashable, Encodable {
        public var total: Int
        /// `critical`, `warning`, `info` (with zeros), then any other severity found.
        public var bySeverity: [Tally]
        /// Gravest first, then by rule id.
        public var byRule: [RuleTally]
        /// Gravest first, then by rule, subject and id.
        public var list: [ReportFinding]

        init(_ findings: [ReportFinding]) {
            let list = findings.sorted { a, b in
                (a.severityRank, a.rule, a.subject, a.id, a.message) < (b.severityRank, b.rule, b.subject, b.id, b.message)
            }
            self.list = list
            total = list.count
            let others = Set(list.map(\.severity)).subtracting(ReportFinding.severities).sorted()
            bySeverity = (ReportFinding.severities + others).map { severity in
                Tally(code: severity, title: ReportText.severity(severity), count: list.filter { $0.severity == severity }.count)
            }
            var rules: [RuleTally] = []
            for finding in list {
                if let i = rules.firstIndex(where: { $0.rule == finding.rule && $0.severity == finding.severity }) {
                    rules[i].count += 1
                } else {
                    rules.append(RuleTally(rule: finding.rule, title: finding.ruleTitle ?? finding.rule, severity: finding.severity, count: 1))
                }
            }
            byRule = rules
        }
    }

    /// How often one rule found something.
    public struct RuleTally: Sendable, Hashable, Encodable {
        public var rule: String
        /// The rule's description (its id when it has none).
        public var title: String
        public var severity: String
        public var count: Int
    }

    /// A subject that meets an incentive criterion, with the subject's name.
    public struct Awardee: Sendable, Hashable, Encodable {
        public var incentive: String
        public var title: String
        /// `material` or `non-material`.
        public var kind: String
        public var subject: String
        public var id: String
        /// The person's name; for a route, its teacher's; for a program, its mentees'.
        public var name: String
        public var reason: String
    }

    static func awardees(_ awards: [ReportAward], catalog: Catalog, people: Directory) -> [Awardee] {
        awards
            .sorted { ($0.title, $0.incentive, $0.subject, $0.id) < ($1.title, $1.incentive, $1.subject, $1.id) }
            .map { award in
                let name: String =
                    switch award.subject {
                    case "route": catalog.routes.first { $0.id == award.id }.map { people.name($0.teacher) } ?? award.id
                    case "program": catalog.programs.first { $0.id == award.id }.map { $0.mentees.map(people.name).joined(separator: ", ") } ?? award.id
                    default: people.name(award.id)
                    }
                return Awardee(
                    incentive: award.incentive, title: award.title, kind: award.kind, subject: award.subject,
                    id: award.id, name: name, reason: award.reason)
            }
    }
}
