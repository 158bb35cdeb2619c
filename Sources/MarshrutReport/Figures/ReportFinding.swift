/// One monitoring finding, as the rule engine reports it (`rules check --json`).
///
/// The report takes findings as plain values so that it depends on the model alone; the
/// command line maps the rule engine's `Finding` to it field by field.
public struct ReportFinding: Sendable, Hashable, Codable {
    /// The monitoring rule's id, e.g. `overdue-activity`.
    public var rule: String
    /// `info`, `warning` or `critical`.
    public var severity: String
    /// `route`, `program` or `person`.
    public var subject: String
    /// The subject's id.
    public var id: String
    public var message: String
    /// The rule's description, which the report shows in place of its id.
    public var ruleTitle: String?

    public init(rule: String, severity: String, subject: String, id: String, message: String, ruleTitle: String? = nil) {
        self.ruleTitle = ruleTitle
        self.rule = rule
        self.severity = severity
        self.subject = subject
        self.id = id
        self.message = message
    }

    /// The known severities, gravest first.
    static let severities = ["critical", "warning", "info"]

    /// Gravest first; a severity the report does not know comes last.
    var severityRank: Int { Self.severities.firstIndex(of: severity) ?? Self.severities.count }
}
