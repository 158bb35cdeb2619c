import MarshrutAccounts
import MarshrutCore
import MarshrutReport
import MarshrutRules
import MarshrutService
import MarshrutStore

// The request bodies and answers of the API, shared by the server and its command-line client:
// one definition of each shape, written and read with `JSONShape` (snake_case keys).

public struct SignInBody: Codable, Sendable {
    public var login: String
    public var password: String

    public init(login: String, password: String) {
        self.login = login
        self.password = password
    }
}

public struct PasswordBody: Codable, Sendable {
    public var current: String
    public var new: String

    public init(current: String, new: String) {
        self.current = current
        self.new = new
    }
}

public struct ReflectionBody: Codable, Sendable {
    public var activity: String?
    public var deficit: String?
    /// True: the reflection is on the route's self-image.
    public var image: Bool?
    public var score: Int
    public var text: String
    /// YYYY-MM-DD; today when absent.
    public var date: String?
    public var final: Bool?
    public var tags: [String]?

    public init(
        activity: String? = nil, deficit: String? = nil, image: Bool? = nil, score: Int, text: String, date: String? = nil, final: Bool? = nil,
        tags: [String]? = nil
    ) {
        self.activity = activity
        self.deficit = deficit
        self.image = image
        self.score = score
        self.text = text
        self.date = date
        self.final = final
        self.tags = tags
    }
}

public struct AdvanceBody: Codable, Sendable {
    /// The step to move to; the next one when absent.
    public var to: String?
    /// Move back (kept as a correction, with a reason).
    public var back: Bool?
    public var reason: String?

    public init(to: String? = nil, back: Bool? = nil, reason: String? = nil) {
        self.to = to
        self.back = back
        self.reason = reason
    }
}

public struct CorrectionBody: Codable, Sendable {
    public var title: String?
    public var hours: Int?
    public var start: String?
    public var due: String?
    public var addresses: [String]?
    public var reason: String

    public init(title: String? = nil, hours: Int? = nil, start: String? = nil, due: String? = nil, addresses: [String]? = nil, reason: String) {
        self.title = title
        self.hours = hours
        self.start = start
        self.due = due
        self.addresses = addresses
        self.reason = reason
    }
}

public struct ImageBody: Codable, Sendable {
    public var text: String
    public var reason: String?

    public init(text: String, reason: String? = nil) {
        self.text = text
        self.reason = reason
    }
}

public struct DeficitBody: Codable, Sendable {
    /// An existing deficit to change, or the new one's id.
    public var id: String?
    public var area: String?
    public var level: Int?
    public var text: String?
    public var reason: String?

    public init(id: String? = nil, area: String? = nil, level: Int? = nil, text: String? = nil, reason: String? = nil) {
        self.id = id
        self.area = area
        self.level = level
        self.text = text
        self.reason = reason
    }
}

public struct ActivityBody: Codable, Sendable {
    /// An existing activity to change, or the new one's id.
    public var id: String?
    public var kind: String?
    public var title: String?
    public var hours: Int?
    public var start: String?
    public var due: String?
    public var addresses: [String]?
    public var reason: String?

    public init(
        id: String? = nil, kind: String? = nil, title: String? = nil, hours: Int? = nil, start: String? = nil, due: String? = nil, addresses: [String]? = nil,
        reason: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.hours = hours
        self.start = start
        self.due = due
        self.addresses = addresses
        self.reason = reason
    }
}

/// What a planning request did: added a part or changed one, and the route after it.
public struct Planned: Codable, Sendable {
    /// The part added or changed.
    public var outcome: PlanningOutcome { added.map(PlanningOutcome.added) ?? .changed(changed ?? "") }
    public var outcomeAndRoute: (outcome: PlanningOutcome, route: Route) { (outcome, route) }

    public var added: String?
    public var changed: String?
    public var route: Route

    public init(_ outcome: PlanningOutcome, route: Route) {
        switch outcome {
        case .added(let id): (added, changed) = (id, nil)
        case .changed(let id): (added, changed) = (nil, id)
        }
        self.route = route
    }
}

public struct NewRouteBody: Codable, Sendable {
    public var id: String
    public var teacher: String
    public var tutor: String?
    /// YYYY-MM-DD; today when absent.
    public var start: String?
    /// YYYY-MM-DD; 31 May of the fifth school year when absent.
    public var end: String?

    public init(id: String, teacher: String, tutor: String? = nil, start: String? = nil, end: String? = nil) {
        self.id = id
        self.teacher = teacher
        self.tutor = tutor
        self.start = start
        self.end = end
    }
}

/// A route activity's product, with why it comes after step 4.
public struct ProductBody: Codable, Sendable {
    public var product: Product
    public var reason: String?

    public init(product: Product, reason: String? = nil) {
        self.product = product
        self.reason = reason
    }
}

/// The fields of a person to change; absent ones stay, an empty text clears an optional field.
public struct PersonEditBody: Codable, Sendable {
    public var name: String?
    public var school: String?
    public var organization: String?
    public var position: String?
    public var subject: String?
    public var roles: [Role]?
    public var capacity: Int?
    public var birthDate: Day?
    public var hireDate: Day?
    public var experienceSince: Day?
    public var category: QualificationCategory?
    public var categoryDate: Day?

    /// The staff data to set.
    public var staff: StaffData {
        StaffData(birthDate: birthDate, hireDate: hireDate, experienceSince: experienceSince, category: category, categoryDate: categoryDate)
    }

    public init(_ edit: PersonEdit) {
        birthDate = edit.staff.birthDate
        hireDate = edit.staff.hireDate
        experienceSince = edit.staff.experienceSince
        category = edit.staff.category
        categoryDate = edit.staff.categoryDate
        name = edit.name
        school = edit.school
        organization = edit.organization
        position = edit.position
        subject = edit.subject
        roles = edit.roles
        capacity = edit.capacity
    }
}

public struct NewProgramBody: Codable, Sendable {
    /// The next free prog-YEAR-NN when absent.
    public var id: String?
    public var forms: [MentoringForm]
    public var directions: [Direction]?
    public var mentors: [String]
    public var mentees: [String]
    public var start: String?
    public var end: String?
    public var addresses: [String]?

    public init(
        id: String?, forms: [MentoringForm], directions: [Direction], mentors: [String], mentees: [String], start: String?, end: String,
        addresses: [String]
    ) {
        self.id = id
        self.forms = forms
        self.directions = directions
        self.mentors = mentors
        self.mentees = mentees
        self.start = start
        self.end = end
        self.addresses = addresses
    }
}

public struct StatusBody: Codable, Sendable {
    public var status: ProgramStatus
    public var reason: String
    /// When (today when absent).
    public var date: String?
    /// Correct the date of the last change to `status` instead of changing it.
    public var fixDate: String?

    public init(status: ProgramStatus, reason: String, date: String? = nil, fixDate: String? = nil) {
        self.status = status
        self.reason = reason
        self.date = date
        self.fixDate = fixDate
    }
}

public struct ProgramActivityBody: Codable, Sendable {
    public var id: String?
    public var kind: ActivityKind
    public var title: String
    public var hours: Int?
    public var start: String?
    public var due: String?

    public init(id: String?, kind: ActivityKind, title: String, hours: Int?, start: String?, due: String) {
        self.id = id
        self.kind = kind
        self.title = title
        self.hours = hours
        self.start = start
        self.due = due
    }
}

public struct StrengthBody: Codable, Sendable {
    public var area: CompetencyArea?
    public var text: String?
    public var reason: String?

    public init(area: CompetencyArea?, text: String?, reason: String?) {
        self.area = area
        self.text = text
        self.reason = reason
    }
}

/// A strength recorded: its number on the route.
public struct AddedStrength: Codable, Sendable {
    public var number: Int

    public init(number: Int) {
        self.number = number
    }
}

public struct IndicatorBody: Codable, Sendable {
    public var name: String
    public var value: Double
    /// YYYY-MM-DD; today when absent.
    public var date: String?
    /// Correct the value recorded for that day, keeping the old one in the history.
    public var correct: Bool?

    public init(name: String, value: Double, date: String? = nil, correct: Bool? = nil) {
        self.name = name
        self.value = value
        self.date = date
        self.correct = correct
    }
}

public struct NewAccountBody: Codable, Sendable {
    public var login: String
    public var person: String
    public var roles: [String]?
    /// Without one, a one-time password is generated and answered once.
    public var password: String?

    public init(login: String, person: String, roles: [String]? = nil, password: String? = nil) {
        self.login = login
        self.person = person
        self.roles = roles
        self.password = password
    }
}

public struct CreatedAccount: Codable, Sendable {
    public var account: AccountSummary
    public var generatedPassword: String?

    public init(account: AccountSummary, generatedPassword: String? = nil) {
        self.account = account
        self.generatedPassword = generatedPassword
    }
}

public struct RoleBody: Codable, Sendable {
    public var role: String

    public init(role: String) {
        self.role = role
    }
}

public struct RevisionBody: Codable, Sendable {
    public var text: String
    public var score: Int?

    public init(text: String, score: Int? = nil) {
        self.text = text
        self.score = score
    }
}

/// A reflection rewritten: how many versions it has now.
public struct Revised: Codable, Sendable {
    public var id: String
    public var versions: Int

    public init(id: String, versions: Int) {
        self.id = id
        self.versions = versions
    }
}

/// A reflection as logged: its number on the route (`ROUTE/N`) and what was stored.
public struct LoggedReflection: Codable, Sendable {
    public var id: String
    public var reflection: Reflection

    public init(id: String, reflection: Reflection) {
        self.id = id
        self.reflection = reflection
    }
}

/// Who is signed in.
public struct WhoAmIAnswer: Codable, Sendable {
    public var login: String
    public var person: String
    public var name: String
    public var roles: [String]
    public var mustChangePassword: Bool

    public init(login: String, person: String, name: String, roles: [String], mustChangePassword: Bool) {
        self.login = login
        self.person = person
        self.name = name
        self.roles = roles
        self.mustChangePassword = mustChangePassword
    }
}

public struct Health: Codable, Sendable {
    public var status: String
    public var migrations: Int

    public init(status: String, migrations: Int) {
        self.status = status
        self.migrations = migrations
    }
}

/// A named text: a report in one format, a table of the CSV report, a page of the school site.
public struct NamedText: Codable, Sendable, Hashable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// The annual report of the caller's scope, rendered as asked: one file for html, md and
/// json, one per table for csv.
public struct ReportAnswer: Codable, Sendable {
    public var schoolYear: Int
    /// The day the report was judged on.
    public var day: String
    /// Scripts that failed; the report leaves out what they would have found.
    public var errors: [RuleError]
    public var files: [NamedText]

    public init(schoolYear: Int, day: String, errors: [RuleError], files: [NamedText]) {
        self.schoolYear = schoolYear
        self.day = day
        self.errors = errors
        self.files = files
    }
}

/// The report's formats, as `marshrut report --format` names them.
public enum ReportFileFormat: String, Codable, Sendable, CaseIterable {
    case html, md, csv, json

    /// The report's files in this format.
    public func files(of report: AnnualReport, schoolYear: Int) throws -> [NamedText] {
        switch self {
        case .html: [NamedText(name: "report-\(schoolYear).html", text: try report.html())]
        case .md: [NamedText(name: "report-\(schoolYear).md", text: try report.markdown())]
        case .json: [NamedText(name: "report-\(schoolYear).json", text: try report.json())]
        case .csv: report.csvTables().map { NamedText(name: $0.name + ".csv", text: $0.text) }
        }
    }
}

/// How a run's subject is named to people, as `SubjectLabel` says it: a name, or a program's
/// status and dates.
public struct LabelText: Codable, Sendable, Hashable {
    public var subject: String
    public var name: String?
    public var status: ProgramStatus?
    public var start: Day?
    public var end: Day?

    public init(_ subject: SubjectReference, _ label: SubjectLabel) {
        self.subject = "\(subject.kind.rawValue):\(subject.id)"
        switch label {
        case .name(let name): self.name = name
        case .program(let status, let start, let end): (self.status, self.start, self.end) = (status, start, end)
        }
    }

    /// The label again, with the subject it names; nil for a subject that is not one.
    public var decoded: (SubjectReference, SubjectLabel)? {
        let parts = subject.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = SubjectReference.Kind(rawValue: parts[0]) else { return nil }
        let reference = SubjectReference(kind, parts[1])
        if let name { return (reference, .name(name)) }
        guard let status, let start, let end else { return nil }
        return (reference, .program(status: status, start: start, end: end))
    }
}

/// A rule check with what the terminal shows beside the findings: the subjects checked, the
/// number of rules, the day, and each subject's label.
public struct LabelledCheck: Codable, Sendable {
    public var findings: [Finding]
    public var errors: [RuleError]
    /// How many subjects of each kind were checked, by kind.
    public var subjects: [String: Int]
    public var monitors: Int
    public var day: Day
    public var labels: [LabelText]

    public init(findings: [Finding], errors: [RuleError], subjects: [String: Int], monitors: Int, day: Day, labels: [LabelText]) {
        self.findings = findings
        self.errors = errors
        self.subjects = subjects
        self.monitors = monitors
        self.day = day
        self.labels = labels
    }
}

/// The incentive criteria's awards with the criteria and each subject's label.
public struct LabelledAwards: Codable, Sendable {
    public struct Criterion: Codable, Sendable {
        public var id: String
        public var title: String
        public var kind: IncentiveKind

        public init(id: String, title: String, kind: IncentiveKind) {
            self.id = id
            self.title = title
            self.kind = kind
        }
    }

    public var awards: [Award]
    public var errors: [RuleError]
    public var incentives: [Criterion]
    public var labels: [LabelText]

    public init(awards: [Award], errors: [RuleError], incentives: [Criterion], labels: [LabelText]) {
        self.awards = awards
        self.errors = errors
        self.incentives = incentives
        self.labels = labels
    }
}

/// The match proposal of the caller's scope, with what the terminal shows beside it and the
/// signature an apply must name.
public struct MatchAnswer: Codable, Sendable {
    public var proposals: [MatchProposal.Pairing]
    public var unmatched: [String]
    public var total: Double
    public var waiting: [String]
    public var names: [String: String]
    public var errors: [RuleError]
    public var signature: String

    public init(_ proposal: MatchProposal) {
        proposals = proposal.proposals
        unmatched = proposal.unmatched
        total = proposal.total
        waiting = proposal.waiting
        names = proposal.names
        errors = proposal.errors
        signature = proposal.signature
    }
}

/// An organization's scripts, pulled or pushed; a push with `clear` may be empty, which removes
/// them.
public struct ScriptsBody: Codable, Sendable {
    public var scripts: [ScriptFile]
    public var clear: Bool?

    public init(scripts: [ScriptFile], clear: Bool? = nil) {
        self.scripts = scripts
        self.clear = clear
    }
}

/// Drafts the programs of the proposal whose signature was shown.
public struct MatchApplyBody: Codable, Sendable {
    public var signature: String
    public var start: String?
    public var months: Int

    public init(signature: String, start: String?, months: Int) {
        self.signature = signature
        self.start = start
        self.months = months
    }
}

/// What `person forget` did through a server.
public struct ForgetAnswer: Codable, Sendable {
    /// The erasure's number in the log, from 1.
    public var number: Int
    public var person: String
    public var date: Day
    /// How many free texts were overwritten.
    public var texts: Int
    /// The person had been erased before; this run only finished the clean-up.
    public var wasAlreadyErased: Bool
    /// The person's own routes, whose texts were erased.
    public var routes: [String]

    public init(_ result: ForgetResult) {
        number = result.erasure.number
        person = result.erasure.person
        date = result.erasure.date
        texts = result.erasure.texts
        wasAlreadyErased = result.wasAlreadyErased
        routes = result.routes
    }
}

/// A draft program's new details (`program edit`): absent fields stay as they are.
public struct ProgramEditBody: Codable, Sendable {
    public var forms: [MentoringForm]?
    public var directions: [Direction]?
    public var mentors: [String]?
    public var mentees: [String]?
    public var start: String?
    public var end: String?
    public var addresses: [String]?

    public init(_ edit: ProgramEdit) {
        forms = edit.forms
        directions = edit.directions
        mentors = edit.mentors
        mentees = edit.mentees
        start = edit.start?.description
        end = edit.end?.description
        addresses = edit.addresses
    }
}

/// The documents of an export, each with its file name, and the ids asked for that matched none.
public struct ExportAnswer: Codable, Sendable {
    public var documents: [NamedText]
    public var missing: [String]

    public init(documents: [NamedText], missing: [String]) {
        self.documents = documents
        self.missing = missing
    }
}

/// Documents to import (`import`): each named by the file it came from, so refusals name it.
public struct ImportBody: Codable, Sendable {
    public var documents: [NamedText]
    /// What a route's corrections record when a document changes a route past step 4.
    public var reason: String?
    public var dryRun: Bool?

    public init(documents: [NamedText], reason: String?, dryRun: Bool?) {
        self.documents = documents
        self.reason = reason
        self.dryRun = dryRun
    }
}

/// How many subjects of each kind an import read (and stored, unless it was a dry run).
public struct ImportAnswer: Codable, Sendable {
    public var persons: Int
    public var routes: Int
    public var programs: Int
    public var plans: Int
    public var organizations: Int

    public init(_ catalog: Catalog) {
        persons = catalog.persons.count
        routes = catalog.routes.count
        programs = catalog.programs.count
        plans = catalog.plans.count
        organizations = catalog.organizations.count
    }
}

/// A staff list read by the client (`person import` through a server): the file's name for
/// messages, its rows as the client read them, and where they go.
public struct StaffImportBody: Codable, Sendable {
    public var file: String
    public var table: StaffTable
    public var organization: String?
    public var dryRun: Bool?

    public init(file: String, table: StaffTable, organization: String?, dryRun: Bool) {
        self.file = file
        self.table = table
        self.organization = organization
        self.dryRun = dryRun
    }
}
