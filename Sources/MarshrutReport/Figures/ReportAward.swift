/// A subject that meets an incentive criterion, and why, as the rule engine reports it
/// (`incentives --json`).
///
/// The command line maps the rule engine's `Award` to it field by field.
public struct ReportAward: Sendable, Hashable, Codable {
    /// The incentive criterion's id.
    public var incentive: String
    /// The criterion's title, e.g. «Знак отличия «За наставничество»».
    public var title: String
    /// `material` or `non-material`.
    public var kind: String
    /// `person`, `route` or `program`.
    public var subject: String
    /// The subject's id.
    public var id: String
    public var reason: String

    public init(incentive: String, title: String, kind: String, subject: String = "person", id: String, reason: String) {
        self.incentive = incentive
        self.title = title
        self.kind = kind
        self.subject = subject
        self.id = id
        self.reason = reason
    }
}
