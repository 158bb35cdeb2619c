/// A closed list of codes that documents and commands spell in English, such as areas or forms.
///
/// Conforming enums get one way to read a code and one message for an unknown one, naming
/// every accepted value.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String, AllCases: RandomAccessCollection {
    /// The noun used in messages, in the current language: "area", «область компетенций».
    static var noun: String { get }

    /// The Russian noun in the genitive, as it follows «код» in a message: «неизвестный код
    /// области компетенций». Defaults to the noun in quotes.
    static var russianGenitive: String { get }
}

extension Vocabulary {
    /// "unknown area "ikt" (expected one of: …)", «неизвестный код области компетенций "ikt"
    /// (допустимые значения: …)»; the codes stay English, as documents spell them.
    public static func unknownMessage(_ code: String) -> String {
        CoreText.unknownCode(noun: noun, genitive: russianGenitive, code: code, accepted: allCases.map(\.rawValue))
    }

    /// The Russian noun in quotes, for a vocabulary that does not give its genitive.
    public static var russianGenitive: String {
        "«\(Language.$current.withValue(.russian) { noun })»"
    }

    public var code: String { rawValue }
}

/// The nine competency areas of strengths and deficits (regulation §4.3.2).
public enum CompetencyArea: String, Vocabulary {
    case scientificTheoretical = "scientific-theoretical"
    case normativeLegal = "normative-legal"
    case subject
    case psychologicalPedagogical = "psychological-pedagogical"
    case methodological
    case ict
    case digitalization
    case upbringing
    case healthSaving = "health-saving"

    public static var noun: String { tr("area", "область компетенций") }
    public static let russianGenitive = "области компетенций"
}

/// What a person is in the mentoring system.
public enum Role: String, Vocabulary {
    case mentor, mentee, tutor, curator, head
    public static var noun: String { tr("role", "роль") }
    public static let russianGenitive = "роли"
}

/// The forms of mentoring of regulation §4.1.6.
public enum MentoringForm: String, Vocabulary {
    case traditional, group, virtual, reverse, situational, speed
    case shortTerm = "short-term"
    case teacherTeacher = "teacher-teacher"
    case headTeacher = "head-teacher"
    public static var noun: String { tr("form", "форма наставничества") }
    public static let russianGenitive = "формы наставничества"
}

/// The directions of a program's work (regulation §1.2, the school's road map).
public enum Direction: String, Vocabulary {
    case subjectContent = "subject-content"
    case teachingMethods = "teaching-methods"
    case upbringing
    case lessonOrganisation = "lesson-organisation"
    case extracurricular
    case psychologicalSupport = "psychological-support"
    case workWithParents = "work-with-parents"
    case additionalEducation = "additional-education"
    public static var noun: String { tr("direction", "направление работы") }
    public static let russianGenitive = "направления работы"
}

/// The five kinds of roadmap activity (regulation §4.3.2, step 4 a–г).
public enum ActivityKind: String, Vocabulary {
    case course, trial, project, research, measure
    public static var noun: String { tr("activity kind", "вид мероприятия") }
    public static let russianGenitive = "вида мероприятия"
}

/// The kinds of pedagogical product the regulation names (§4.3.2, step 5). Documents may carry
/// other kinds as slugs; a command takes one of these.
public enum ProductKind: String, Vocabulary {
    case diagnosticsPack = "diagnostics-pack"
    case methodologicalRecommendations = "methodological-recommendations"
    case technology, method
    case lessonPlans = "lesson-plans"
    case eventScenario = "event-scenario"
    case program, publication, presentation
    public static var noun: String { tr("product kind", "вид продукта") }
    public static let russianGenitive = "вида продукта"
}

/// The kinds of consent a person gives.
public enum ConsentKind: String, Vocabulary {
    case personalData = "personal-data"
    case duties
    public static var noun: String { tr("consent kind", "вид согласия") }
    public static let russianGenitive = "вида согласия"
}

/// A program's state: draft → active → completed or cancelled.
public enum ProgramStatus: String, Vocabulary {
    case draft, active, completed, cancelled
    public static var noun: String { tr("status", "статус программы") }
    public static let russianGenitive = "статуса программы"
}
