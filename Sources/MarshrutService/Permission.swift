/// What an operation asks to do, with the subject it touches: the question an ``AccessPolicy``
/// answers.
///
/// The cases follow the roles table of `DESIGN.md` ("Accounts and roles"): reading and planning a
/// route are different permissions because a route's teacher may read it but only its tutor may
/// plan it; a program's mentor runs its activities and indicators, while the council manages
/// programs; and so on.
public enum Permission: Sendable, Hashable {
    /// Read one person's record.
    case readPerson(String)
    /// List the persons (the banks).
    case listPersons
    /// Add persons, record consents, erase a person's data.
    case changePersons
    /// Read one route with its reflections.
    case readRoute(String)
    /// List routes.
    case listRoutes
    /// Open a new route for a teacher.
    case openRoute(teacher: String)
    /// Change a route's planning: image, strengths, deficits, activities, products, corrections,
    /// moving between steps.
    case planRoute(String)
    /// Write or edit the teacher's own reflections on a route.
    case reflect(route: String)
    /// Read one program.
    case readProgram(String)
    /// List programs.
    case listPrograms
    /// Create programs, change their status, apply a match proposal.
    case managePrograms
    /// Record a program's activities and indicators.
    case runProgram(String)
    /// Run the monitoring rules, the incentive criteria, the scripts' tests and the matching score.
    case runRules
    /// Read the annual report, the school's road map and the site's pages.
    case readReports
    /// Import documents into the store.
    case importDocuments
    /// Export documents from the store.
    case exportDocuments
}
