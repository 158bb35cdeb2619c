import MarshrutCore
import MarshrutText

/// The report's Russian words for codes the core has no titles for.
enum ReportText {
    /// The regulation's wording (§5) of a monitoring indicator; an unknown name stays as it is.
    static func indicator(_ name: String) -> String {
        switch name {
        case "exam-pass-rate": "доля обучающихся, успешно прошедших ВПР/ОГЭ/ЕГЭ"
        case "achievement": "успеваемость обучающихся"
        case "olympiad-participation": "участие обучающихся в олимпиадах"
        case "professional-activity": "социально-профессиональная активность наставляемого"
        case "adaptation": "качество и темпы адаптации"
        default: name
        }
    }

    /// A kind of pedagogical product; an unknown code stays as it is.
    static func productKind(_ code: String) -> String {
        ProductKind(rawValue: code)?.words.russian ?? code
    }

    static func severity(_ code: String) -> String {
        Language.$current.withValue(.russian) { SeverityWords.title(code) }
    }

    static func incentiveKind(_ code: String) -> String {
        switch code {
        case "material": "материальное"
        case "non-material": "нематериальное"
        default: code
        }
    }

    static func subject(_ code: String) -> String {
        switch code {
        case "route": "маршрут"
        case "program": "программа"
        case "person": "педагог"
        default: code
        }
    }

    static func stageState(_ state: String) -> String {
        switch state {
        case "done": "выполнено"
        case "due": "в работе"
        case "overdue": "просрочено"
        default: state
        }
    }
}
