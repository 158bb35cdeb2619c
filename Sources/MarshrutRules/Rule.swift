import MarshrutCore
import MarshrutText

/// Where a rule was declared: `Scripts/routes.lua:12`.
public struct RuleSource: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// How serious a monitoring finding is.
public enum Severity: String, NamedVocabulary, Comparable {
    case info, warning, critical
    public static var noun: String { tr("severity", "уровень важности") }
    public static let russianGenitive = "уровня важности"

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Whether an incentive is money or recognition (regulation §3.4).
public enum IncentiveKind: String, NamedVocabulary {
    case material
    case nonMaterial = "non-material"
    public static var noun: String { tr("incentive kind", "вид поощрения") }
    public static let russianGenitive = "вида поощрения"
}

/// A curator's monitoring rule, as declared by `monitor { … }`.
public struct Monitor: Sendable, Hashable {
    public var id: String
    public var subject: SubjectReference.Kind
    public var severity: Severity
    public var description: String
    public var source: RuleSource
}

/// A curator's incentive criterion, as declared by `incentive { … }`.
public struct Incentive: Sendable, Hashable {
    public var id: String
    public var title: String
    public var kind: IncentiveKind
    public var subject: SubjectReference.Kind
    public var description: String
    public var source: RuleSource
}

/// One thing a monitoring rule found about one subject.
public struct Finding: Sendable, Hashable, Codable {
    public var rule: String
    public var severity: Severity
    public var subject: SubjectReference.Kind
    public var id: String
    public var message: String
    public var source: String

    public init(rule: String, severity: Severity, subject: SubjectReference.Kind, id: String, message: String, source: String) {
        self.rule = rule
        self.severity = severity
        self.subject = subject
        self.id = id
        self.message = message
        self.source = source
    }
}

/// A subject that meets an incentive criterion, and why.
public struct Award: Sendable, Hashable, Codable {
    public var incentive: String
    public var title: String
    public var kind: IncentiveKind
    public var subject: SubjectReference.Kind
    public var id: String
    public var reason: String
    public var source: String

    public init(
        incentive: String, title: String, kind: IncentiveKind, subject: SubjectReference.Kind, id: String,
        reason: String, source: String
    ) {
        self.incentive = incentive
        self.title = title
        self.kind = kind
        self.subject = subject
        self.id = id
        self.reason = reason
        self.source = source
    }
}

/// A script or rule that failed: it is reported, and every other rule still runs.
public struct RuleError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The rule's id, or the script's file name when the script failed as a whole.
    public var rule: String
    public var error: String
    public var source: String

    public init(rule: String, error: String, source: String) {
        self.rule = rule
        self.error = error
        self.source = source
    }

    public var description: String { "\(source): \(rule): \(error)" }
}

extension SubjectReference.Kind: Codable {}
