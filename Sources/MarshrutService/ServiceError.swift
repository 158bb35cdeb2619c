import MarshrutCore

/// Why an operation of ``Service`` was refused, as data: the front end chooses the words.
///
/// Refusals by the model, the documents or the store keep their own error types
/// (`ModelError`, `StoreError`, …) and pass through unchanged.
public enum ServiceError: Error, Sendable, Hashable {
    /// The actor may see the subject but not do this.
    case notPermitted(Permission)
    /// The subject does not exist, or is outside the actor's scope.
    case notFound(SubjectKind, id: String)
    /// The school has no road map to show (none was imported).
    case noRoadMap
    /// The match proposal changed since it was shown: it is shown again rather than applied.
    case proposalChanged
    /// The person named as a route's tutor does not hold the tutor role.
    case notATutor(String)
    /// The teacher already has a route that is not closed over an overlapping period.
    case overlappingRoute(teacher: String, existing: String)
    /// A draft or active program already joins the same mentors and mentees over an overlapping period.
    case duplicateProgram(existing: String)
    /// A reflection dated after today.
    case reflectionInFuture(Day)
    /// A reflection dated before its route began.
    case reflectionBeforeStart(Day, route: String, start: Day)
    /// A route has no reflection with this number.
    case noReflection(route: String, number: Int, count: Int)
    /// A consent dated after today.
    case consentAfterToday(Day, today: Day)
    /// A consent for a person whose data was erased (a new consent goes with a new id).
    case consentAfterErasure(String, on: Day)
    /// The same consent is already on record.
    case consentOnRecord(String, Consent)
    /// The person's personal data was erased; their record is not edited again.
    case erasedPerson(String)
    /// A school year outside the years a report covers.
    case yearOutOfRange(Int, ClosedRange<Int>)
    /// A new part of a route lacks fields it needs (named as the command line's options).
    case incomplete(NewPart, missing: [String])
    /// A push of scripts names no script (and removing them all was not asked for).
    case noScriptsToPush
    /// A script's name is not a relative `*.lua` path of Latin letters, digits, `.`, `_`, `-`, or
    /// is given twice.
    case badScriptName(String)
    /// A push holds more scripts than an organization may keep.
    case tooManyScripts(Int, limit: Int)
    /// One script is longer than a script may be.
    case scriptTooLarge(String, bytes: Int, limit: Int)
    /// The scripts together are longer than an organization may keep.
    case scriptsTooLarge(bytes: Int, limit: Int)
    /// Pushed scripts that do not load beside their ancestors' (each `source: error`).
    case scriptsDoNotLoad([String])
    /// The actor's roles cover organizations whose scripts differ: a run names one of them.
    case scriptsDiffer(organizations: [String])

    /// The parts of a route a planning command creates.
    public enum NewPart: String, Sendable, Hashable {
        case deficit, activity
    }

    /// The kinds of subject an operation can fail to find.
    public enum SubjectKind: String, Sendable, Hashable {
        case person, route, program, organization, plan
    }
}
