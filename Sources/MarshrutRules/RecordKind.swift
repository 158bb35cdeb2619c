import LuaBridge
import MarshrutCore

/// The kinds of record the rules show to scripts, as the numbers the Lua bridge's view ops carry.
///
/// The bridge gives the numbers no meaning; the engine registers them with each state it creates
/// (``register(in:)``).
enum RecordKind: Int, CaseIterable, Sendable {
    case person = 1
    case route = 2
    case program = 3

    /// The record kind of a subject kind (`nil` for road maps, which scripts do not see).
    init?(_ kind: SubjectReference.Kind) {
        switch kind {
        case .person: self = .person
        case .route: self = .route
        case .program: self = .program
        case .plan, .organization: return nil
        }
    }

    /// The name a script's error uses for a record of this kind.
    var name: String {
        switch self {
        case .person: "person"
        case .route: "route"
        case .program: "program"
        }
    }

    /// Every field a view of this kind may have (`RecordViews` builds them; `docs/curators.md`
    /// lists them): reading another is a script's error, so a typo never reads as a silent `nil`.
    var fields: [String] {
        switch self {
        case .person:
            [
                "id", "name", "school", "organization", "position", "subject", "roles", "birth_date", "hire_date", "experience_since",
                "category", "category_date", "age", "experience_years", "requests", "capacity", "offers", "consents",
                "routes", "mentor_programs", "mentee_programs", "completed_programs",
            ]
        case .route:
            ["id", "start", "end", "stage", "self_image", "strengths", "deficits", "activities", "corrections", "reflections", "teacher", "tutor"]
        case .program:
            ["id", "forms", "directions", "start", "end", "status", "addresses", "activities", "changes", "indicators", "mentors", "mentees"]
        }
    }

    /// Registers every kind with `lua`, with its fields, so its batches can hold them.
    static func register(in lua: LuaState) throws(LuaError) {
        try lua.registerRecordKinds(allCases.count)
        for kind in allCases { try lua.describeRecordKind(kind.rawValue, name: kind.name, fields: kind.fields) }
    }
}
