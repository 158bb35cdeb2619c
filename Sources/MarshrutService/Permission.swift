/// What an operation asks to do, with the subject it touches: the question an ``AccessPolicy``
/// answers.
///
/// The cases follow the roles table of `DESIGN.md` ("Accounts and roles"): reading and planning a
/// route are different permissions because a route's teacher may read it but only its tutor may
/// plan it; a program's mentor runs its activities and indicators, while the council manages
/// programs; and so on. ``holders`` is that table.
public enum Permission: Sendable, Hashable {
    /// Read one person's record.
    case readPerson(String)
    /// List the persons (the banks); a listing shows only the persons the actor may read.
    case listPersons
    /// Add a person working in an organization (`nil`: none named).
    case addPerson(organization: String?)
    /// Change a person's record, record consents, erase the person's data.
    case changePerson(String)
    /// Read one route with its reflections.
    case readRoute(String)
    /// List routes; a listing shows only the routes the actor may read.
    case listRoutes
    /// Open a new route for a teacher, with a tutor.
    case openRoute(teacher: String, tutor: String?)
    /// Change a route's planning: image, strengths, deficits, activities, products, corrections,
    /// moving between steps.
    case planRoute(String)
    /// Write or edit the teacher's own reflections on a route.
    case reflect(route: String)
    /// Read one program.
    case readProgram(String)
    /// List programs; a listing shows only the programs the actor may read.
    case listPrograms
    /// Create a program joining these persons.
    case createProgram(members: [String])
    /// Change a program's status, dates or draft; remove a draft.
    case manageProgram(String)
    /// Apply a match proposal over the banks.
    case applyMatch
    /// Record a program's activities and indicators.
    case runProgram(String)
    /// Run the monitoring rules, the incentive criteria, the scripts' tests and the matching score.
    case runRules
    /// Read the annual report, the school's road map and the site's pages.
    case readReports
    /// Read the rule scripts an organization pushed to a shared server.
    case readScripts(organization: String)
    /// Replace the rule scripts of an organization at or below one's own.
    case pushScripts(organization: String)
    /// Import documents into the store.
    case importDocuments
    /// Export documents from the store.
    case exportDocuments
    /// Add, change or read organizations at or below this one (for a new one: its parent).
    case manageOrganization(String?)
    /// List organizations.
    case listOrganizations
    /// Create accounts for the person with this id, grant and revoke their roles, disable them.
    case manageAccount(person: String)
    /// List accounts.
    case listAccounts
    /// Read the audit log.
    case readAudit

    /// Who may do it: the roles table of `DESIGN.md`, the one place it is written down.
    public var holders: Set<Holder> {
        switch self {
        case .readPerson: [.itself, .mentor, .curator, .head, .council, .admin]
        case .addPerson, .changePerson: [.council, .head]
        case .readRoute: [.teacher, .tutor, .curator, .head, .council, .admin]
        case .openRoute: [.tutor, .council, .head]
        case .planRoute: [.tutor]
        case .reflect: [.teacher]
        case .readProgram: [.mentor, .mentee, .curator, .head, .council, .admin]
        case .createProgram, .manageProgram, .applyMatch: [.council, .head]
        case .runProgram: [.mentor]
        case .runRules, .readReports, .readScripts: [.curator, .head, .council, .methodist, .admin]
        case .pushScripts: [.curator]
        case .importDocuments, .exportDocuments, .manageOrganization, .manageAccount, .listAccounts, .readAudit: [.admin]
        case .listPersons, .listRoutes, .listPrograms, .listOrganizations: Set(Holder.allCases)
        }
    }

    /// Who holds a permission: a relationship to the subject, or a scoped role over it.
    public enum Holder: String, Sendable, Hashable, CaseIterable, Comparable {
        /// The person the subject is.
        case itself = "self"
        case teacher, tutor, mentor, mentee
        case curator, head, council, methodist, admin

        /// The scoped role this holder is, or `nil` for a relationship.
        public var scopedRole: ScopedRole? { ScopedRole(rawValue: rawValue) }

        public static func < (a: Holder, b: Holder) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }
}
