/// A closed list of codes that documents and commands spell in English, such as areas or forms.
///
/// The codes are the data; the words people read for them (titles, the noun in a message) come
/// from the catalog at the edge.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String, AllCases: RandomAccessCollection {}

extension Vocabulary {
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

}

/// What a person is in the mentoring system.
public enum Role: String, Vocabulary {
    case mentor, mentee, tutor, curator, head
}

/// The forms of mentoring of regulation §4.1.6.
public enum MentoringForm: String, Vocabulary {
    case traditional, group, virtual, reverse, situational, speed
    case shortTerm = "short-term"
    case teacherTeacher = "teacher-teacher"
    case headTeacher = "head-teacher"
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
}

/// The five kinds of roadmap activity (regulation §4.3.2, step 4, items a to d).
public enum ActivityKind: String, Vocabulary {
    case course, trial, project, research, measure
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
}

/// The kinds of consent a person gives.
public enum ConsentKind: String, Vocabulary {
    case personalData = "personal-data"
    case duties
    /// Consent to publishing the name (152-ФЗ art. 10.1), which the school site asks for: the
    /// personal-data consent of the banks does not cover making a name public.
    case publication
}

/// A teacher's qualification category: none, the first or the highest, or the two categories
/// of 2023, «педагог-методист» and «педагог-наставник».
public enum QualificationCategory: String, Vocabulary {
    case none
    case first
    case highest
    case teacherMethodist = "teacher-methodist"
    case teacherMentor = "teacher-mentor"
}

/// A program's state: draft → active → completed or cancelled.
public enum ProgramStatus: String, Vocabulary {
    case draft, active, completed, cancelled
}
