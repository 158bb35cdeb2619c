/// A closed list of codes that documents and commands spell in English, such as areas or forms.
///
/// Conforming enums get one way to read a code and one message for an unknown one, naming
/// every accepted value.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String, AllCases: RandomAccessCollection {
    /// The noun used in messages, e.g. "area".
    static var noun: String { get }
}

extension Vocabulary {
    /// Reads a code, or throws a message that lists the accepted ones.
    public init(code: String) throws(ModelError) {
        guard let value = Self(rawValue: code) else {
            throw ModelError(Self.unknownMessage(code))
        }
        self = value
    }

    /// "unknown area "ikt" (expected one of: …)".
    public static func unknownMessage(_ code: String) -> String {
        "unknown \(noun) \"\(code)\" (expected one of: \(allCases.map(\.rawValue).joined(separator: ", ")))"
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

    public static let noun = "area"
}

/// What a person is in the mentoring system.
public enum Role: String, Vocabulary {
    case mentor, mentee, tutor, curator, head
    public static let noun = "role"
}

/// The forms of mentoring of regulation §4.1.6.
public enum MentoringForm: String, Vocabulary {
    case traditional, group, virtual, reverse, situational, speed
    case shortTerm = "short-term"
    case teacherTeacher = "teacher-teacher"
    case headTeacher = "head-teacher"
    public static let noun = "form"
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
    public static let noun = "direction"
}

/// The five kinds of roadmap activity (regulation §4.3.2, step 4 a–г).
public enum ActivityKind: String, Vocabulary {
    case course, trial, project, research, measure
    public static let noun = "activity kind"
}

/// The kinds of consent a person gives.
public enum ConsentKind: String, Vocabulary {
    case personalData = "personal-data"
    case duties
    public static let noun = "consent kind"
}

/// A program's state: draft → active → completed or cancelled.
public enum ProgramStatus: String, Vocabulary {
    case draft, active, completed, cancelled
    public static let noun = "status"
}
