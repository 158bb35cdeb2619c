/// The language people read Marshrut in: Russian or English.
///
/// Codes, ids, documents and `--json` stay English whatever the language; only what a
/// person reads changes. The language of the current command is a task-local value, so
/// commands run side by side (as tests do) each keep their own.
///
/// ```swift
/// Language.$current.withValue(.russian) {
///     Stage.roadmap.title   // "дорожная карта"
/// }
/// ```
public enum Language: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case russian = "ru"

    /// The language of the command being run.
    @TaskLocal public static var current: Language = .english

    /// `$MARSHRUT_LANG`, else `$LC_ALL`, `$LC_MESSAGES`, `$LANG` (`ru…` means Russian), else English.
    public static func from(environment: [String: String]) -> Language {
        if let chosen = environment["MARSHRUT_LANG"].flatMap(Language.init(code:)) { return chosen }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("ru") ? .russian : .english
        }
        return .english
    }

    /// Reads `ru`, `ru_RU.UTF-8`, `en`, `english`, `русский`…
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("ru") || lower.hasPrefix("рус") {
            self = .russian
        } else if lower.hasPrefix("en") || lower == "c" || lower == "posix" {
            self = .english
        } else {
            return nil
        }
    }
}

/// A text in both languages; `description` is the current language's.
public struct Localized: Sendable, Hashable, CustomStringConvertible {
    public var english: String
    public var russian: String

    public init(_ english: String, ru russian: String) {
        self.english = english
        self.russian = russian
    }

    public var description: String { Language.current == .russian ? russian : english }
}

/// Picks the current language's text: `tr("overdue", "просрочено")`.
public func tr(_ english: String, _ russian: String) -> String {
    Language.current == .russian ? russian : english
}
