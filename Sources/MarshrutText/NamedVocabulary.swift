import MarshrutCore

/// A vocabulary with a noun for its messages.
///
/// Conforming enums get one message for an unknown code, naming every accepted value.
public protocol NamedVocabulary: Vocabulary {
    /// The noun used in messages, in the current language: "area", «область компетенций».
    static var noun: String { get }

    /// The Russian noun in the genitive, as it follows «код» in a message: «неизвестный код
    /// области компетенций». Defaults to the noun in quotes.
    static var russianGenitive: String { get }
}

extension NamedVocabulary {
    /// "unknown area "ikt" (expected one of: …)", «неизвестный код области компетенций "ikt"
    /// (допустимые значения: …)»; the codes stay English, as documents spell them.
    public static func unknownMessage(_ code: String) -> String {
        CoreText.unknownCode(noun: noun, genitive: russianGenitive, code: code, accepted: allCases.map(\.rawValue))
    }

    /// The Russian noun in quotes, for a vocabulary that does not give its genitive.
    public static var russianGenitive: String {
        "«\(Language.$current.withValue(.russian) { noun })»"
    }
}

extension SchoolPlan.Check: NamedVocabulary {
    public static var noun: String { tr("plan check", "проверка дорожной карты") }
    public static let russianGenitive = "проверки дорожной карты"

    /// The check in words, for people.
    public var explanation: String { CoreText.explanation(of: self) }
}
