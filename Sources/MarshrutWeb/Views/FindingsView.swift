import MarshrutCore
import MarshrutRules
import MarshrutStore
import MarshrutText

/// The curator's findings and awards over their scope, as `rules check` and `incentives`
/// give them, grouped by severity and rule and filtered by both.
struct FindingsView: Sendable {
    struct Card: Sendable { var value: Int, label: String, key: String }

    struct Row: Sendable {
        var subject: String, label: String, message: String
        var href: String
        var hasLink: Bool
    }

    struct RuleGroup: Sendable {
        var rule: String
        var count: Int
        var rows: [Row]
    }

    struct SeverityGroup: Sendable {
        var key: String, title: String
        var rules: [RuleGroup]
    }

    struct AwardRow: Sendable {
        var title: String, kind: String, subject: String, label: String, reason: String
        var href: String
        var hasLink: Bool
    }

    struct ErrorRow: Sendable { var rule: String, error: String }

    var page: Frame
    var day: String
    var cards: [Card]
    var severities: [Option]
    var rules: [Option]
    var organizations: [Option]
    var hasOrganizations: Bool
    var groups: [SeverityGroup]
    var hasFindings: Bool
    var awards: [AwardRow]
    var hasAwards: Bool
    var errors: [ErrorRow]
    var hasErrors: Bool

    init(
        page: Frame, findings: [Finding], awards: [Award], errors: [RuleError], labels: [SubjectReference: SubjectLabel], day: Day,
        severity: Severity?, rule: String?, organizations: [Option] = []
    ) {
        self.page = page
        self.organizations = organizations
        hasOrganizations = organizations.count > 1
        self.day = day.display
        let words = page.words
        cards =
            Severity.allCases.reversed().map { s in Card(value: findings.filter { $0.severity == s }.count, label: Self.title(s), key: s.rawValue) }
            + [Card(value: awards.count, label: words.awards, key: "awards")]
        severities = Severity.allCases.reversed().map { Option(value: $0.rawValue, label: Self.title($0), selected: $0 == severity) }
        rules = Set(findings.map(\.rule)).sorted().map { Option(value: $0, label: $0, selected: $0 == rule) }
        let shown = findings.filter { f in (severity.map { f.severity == $0 } ?? true) && (rule.map { f.rule == $0 } ?? true) }
        groups = Severity.allCases.reversed().compactMap { s in
            let ofSeverity = shown.filter { $0.severity == s }
            guard !ofSeverity.isEmpty else { return nil }
            let byRule = Dictionary(grouping: ofSeverity, by: \.rule)
            return SeverityGroup(
                key: s.rawValue, title: Self.title(s),
                rules: byRule.keys.sorted().map { rule in
                    let rows = (byRule[rule] ?? []).map { f in
                        Self.row(SubjectReference(f.subject, f.id), labels: labels, message: f.message)
                    }
                    return RuleGroup(rule: rule, count: rows.count, rows: rows.sorted { ($0.label, $0.subject) < ($1.label, $1.subject) })
                })
        }
        hasFindings = !groups.isEmpty
        self.awards = awards.map { a in
            let row = Self.row(SubjectReference(a.subject, a.id), labels: labels, message: a.reason)
            return AwardRow(
                title: a.title, kind: a.kind.rawValue, subject: row.subject, label: row.label, reason: a.reason, href: row.href, hasLink: row.hasLink)
        }
        hasAwards = !self.awards.isEmpty
        self.errors = errors.map { ErrorRow(rule: $0.rule, error: $0.error) }
        hasErrors = !self.errors.isEmpty
    }

    /// A severity as people read it.
    static func title(_ severity: Severity) -> String {
        SeverityWords.title(severity.rawValue)
    }

    /// A subject with its label, and a link where the pages show it.
    static func row(_ subject: SubjectReference, labels: [SubjectReference: SubjectLabel], message: String) -> Row {
        let label: String
        switch labels[subject] {
        case .name(let name): label = name
        case .program(let status, let start, let end): label = "\(status.title), \(start.display) – \(end.display)"
        case nil: label = ""
        }
        let href = subject.kind == .route ? "/routes/\(Pages.encoded(subject.id))" : ""
        return Row(subject: "\(subject.kind.rawValue) \(subject.id)", label: label, message: message, href: href, hasLink: !href.isEmpty)
    }
}

/// The annual report's page: the school year to show, and the report itself in a frame.
struct ReportPageView: Sendable {
    var page: Frame
    var years: [Option]
    var year: Int
}
