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

extension CompetencyArea {
    public static var noun: String { tr("area", "область компетенций") }
    public static let russianGenitive = "области компетенций"
}

extension Role {
    public static var noun: String { tr("role", "роль") }
    public static let russianGenitive = "роли"
}

extension MentoringForm {
    public static var noun: String { tr("form", "форма наставничества") }
    public static let russianGenitive = "формы наставничества"
}

extension Direction {
    public static var noun: String { tr("direction", "направление работы") }
    public static let russianGenitive = "направления работы"
}

extension ActivityKind {
    public static var noun: String { tr("activity kind", "вид мероприятия") }
    public static let russianGenitive = "вида мероприятия"
}

extension ProductKind {
    public static var noun: String { tr("product kind", "вид продукта") }
    public static let russianGenitive = "вида продукта"
}

extension ConsentKind {
    public static var noun: String { tr("consent kind", "вид согласия") }
    public static let russianGenitive = "вида согласия"
}

extension ProgramStatus {
    public static var noun: String { tr("status", "статус программы") }
    public static let russianGenitive = "статуса программы"
}

extension Stage {
    public static var noun: String { tr("stage", "этап маршрута") }
    public static let russianGenitive = "этапа маршрута"
}

extension Organization.Kind {
    public static var noun: String { tr("organization type", "тип организации") }
    public static let russianGenitive = "типа организации"
}

extension SchoolPlan.Check: NamedVocabulary {
    public static var noun: String { tr("plan check", "проверка дорожной карты") }
    public static let russianGenitive = "проверки дорожной карты"

    /// The check in words, for people.
    public var explanation: String { CoreText.explanation(of: self) }
}
