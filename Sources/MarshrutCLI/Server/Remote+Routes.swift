import Foundation
import MarshrutAccounts
import MarshrutCore
import MarshrutServer
import MarshrutService

/// The everyday commands against a server: the same values as a local run, fetched over HTTP and
/// rendered by the same code, so both print the same. The bodies and answers are the server's own
/// types (`APITypes.swift`).
extension ServerClient {
    /// The routes the signed-in account may read, with the day the server judges on.
    func routes(stage: Stage?, tutor: String?, overdue: Bool) throws -> (answer: Answer, routes: [Route]) {
        var query: [String: String] = [:]
        if let stage { query["stage"] = stage.rawValue }
        if let tutor { query["tutor"] = tutor }
        if overdue { query["overdue"] = "true" }
        let answer = try send("GET", "api/v1/routes", query: query)
        return (answer, try decode([Route].self, answer))
    }

    func route(_ id: String) throws -> (answer: Answer, route: Route) {
        let answer = try send("GET", "api/v1/routes/\(Self.segment(id))")
        return (answer, try decode(Route.self, answer))
    }

    /// The names of the persons the account may name.
    func names(of ids: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try decode([String: String].self, try send("GET", "api/v1/names", query: ["ids": Set(ids).sorted().joined(separator: ",")]))
    }

    /// The day the server runs on.
    func today() throws -> Day {
        try send("GET", "healthz").today ?? Day.today()
    }

    /// Sends `body` and decodes the answer as `T`.
    func call<Body: Encodable, T: Decodable>(_ method: String, _ path: String, _ body: Body, as type: T.Type) throws -> T {
        try decode(T.self, try send(method, path, json: try encode(body)))
    }

    /// Logs a reflection; returns its id (`ROUTE/N`).
    func reflect(on route: String, _ reflection: Reflection) throws -> String {
        let body = ReflectionBody(
            activity: reflection.activity, deficit: reflection.deficit, image: reflection.isOnImage ? true : nil, score: reflection.score,
            text: reflection.text,
            date: reflection.date.description, final: reflection.isFinal, tags: reflection.tags.isEmpty ? nil : reflection.tags)
        return try call("POST", "api/v1/routes/\(Self.segment(route))/reflections", body, as: LoggedReflection.self).id
    }

    /// Rewrites reflection `number`, keeping its earlier wording; returns how many versions it has.
    func revise(route: String, number: Int, text: String, score: Int?) throws -> Int {
        try call("PUT", "api/v1/routes/\(Self.segment(route))/reflections/\(number)", RevisionBody(text: text, score: score), as: Revised.self).versions
    }

    /// Moves a route a step (or to `to`), forward or back.
    func advance(_ route: String, to: Stage?, back: Bool, reason: String?) throws -> StageMove {
        try call("POST", "api/v1/routes/\(Self.segment(route))/advance", AdvanceBody(to: to?.rawValue, back: back, reason: reason), as: StageMove.self)
    }

    /// Corrects an activity of the roadmap; returns the route after the change.
    func correct(_ route: String, activity: String, edit: ActivityEdit, reason: String) throws -> Route {
        let body = CorrectionBody(
            title: edit.title, hours: edit.hours, start: edit.start?.description, due: edit.due?.description, addresses: edit.addresses, reason: reason)
        return try call("POST", "api/v1/routes/\(Self.segment(route))/activities/\(Self.segment(activity))/corrections", body, as: Route.self)
    }

    /// Opens a route.
    func openRoute(id: String, teacher: String, tutor: String?, start: Day?, end: Day?) throws -> Route {
        let body = NewRouteBody(id: id, teacher: teacher, tutor: tutor, start: start?.description, end: end?.description)
        return try call("POST", "api/v1/routes", body, as: Route.self)
    }

    /// Records an activity's product (step 5).
    func recordProduct(_ route: String, activity: String, product: Product, reason: String?) throws {
        let path = "api/v1/routes/\(Self.segment(route))/activities/\(Self.segment(activity))/product"
        _ = try call("POST", path, ProductBody(product: product, reason: reason), as: Route.self)
    }

    func addStrength(_ route: String, area: CompetencyArea, text: String, reason: String?) throws -> Int {
        try call("POST", "api/v1/routes/\(Self.segment(route))/strengths", StrengthBody(area: area, text: text, reason: reason), as: AddedStrength.self)
            .number
    }

    func amendStrength(_ route: String, number: Int, area: CompetencyArea?, text: String?, reason: String?) throws {
        _ = try call(
            "PATCH", "api/v1/routes/\(Self.segment(route))/strengths/\(number)", StrengthBody(area: area, text: text, reason: reason), as: Route.self)
    }

    /// Removes a part of a route (`strengths/N`, `deficits/D`, `activities/A`); returns the route after it.
    func remove(_ part: String, of route: String, reason: String?) throws -> Route {
        let answer = try send("DELETE", "api/v1/routes/\(Self.segment(route))/\(part)", query: reason.map { ["reason": $0] } ?? [:])
        return try decode(Route.self, answer)
    }

    /// Sets the self-image (step 1).
    func setSelfImage(_ route: String, text: String, reason: String?) throws {
        _ = try call("PUT", "api/v1/routes/\(Self.segment(route))/image", ImageBody(text: text, reason: reason), as: Route.self)
    }

    /// Records a deficit, or changes one.
    func recordDeficit(_ route: String, id: String?, change: DeficitEdit, reason: String?) throws -> Planned {
        let body = DeficitBody(id: id, area: change.area?.rawValue, level: change.level, text: change.text, reason: reason)
        return try call("POST", "api/v1/routes/\(Self.segment(route))/deficits", body, as: Planned.self)
    }

    /// Adds a roadmap activity, or changes one.
    func recordActivity(_ route: String, id: String?, edit: ActivityEdit, reason: String?) throws -> Planned {
        let body = ActivityBody(
            id: id, kind: edit.kind?.rawValue, title: edit.title, hours: edit.hours, start: edit.start?.description, due: edit.due?.description,
            addresses: edit.addresses, reason: reason)
        return try call("POST", "api/v1/routes/\(Self.segment(route))/activities", body, as: Planned.self)
    }

    func createProgram(_ body: NewProgramBody) throws -> Program {
        try call("POST", "api/v1/programs", body, as: Program.self)
    }

    func changeStatus(_ program: String, _ body: StatusBody) throws -> StatusMove {
        try call("POST", "api/v1/programs/\(Self.segment(program))/status", body, as: StatusMove.self)
    }

    func planProgramActivity(_ program: String, _ body: ProgramActivityBody) throws -> Activity {
        try call("POST", "api/v1/programs/\(Self.segment(program))/activities", body, as: Activity.self)
    }

    /// Records a program's indicator; returns the program after it.
    func recordIndicator(_ program: String, name: String, value: Double, on date: Day?, correcting: Bool) throws -> Program {
        let body = IndicatorBody(name: name, value: value, date: date?.description, correct: correcting ? true : nil)
        return try call("POST", "api/v1/programs/\(Self.segment(program))/indicators", body, as: Program.self)
    }

    /// Records the product of a program activity.
    func recordProgramProduct(_ program: String, activity: String, product: Product) throws {
        _ = try call("POST", "api/v1/programs/\(Self.segment(program))/activities/\(Self.segment(activity))/product", product, as: Program.self)
    }

    func addPerson(_ person: Person) throws {
        _ = try call("POST", "api/v1/persons", person, as: Person.self)
    }

    func editPerson(_ id: String, _ edit: PersonEdit) throws {
        _ = try call("PATCH", "api/v1/persons/\(Self.segment(id))", PersonEditBody(edit), as: Person.self)
    }

    /// Erases a person's personal data on the server.
    func forget(_ id: String) throws -> ForgetAnswer {
        try decode(ForgetAnswer.self, try send("POST", "api/v1/persons/\(Self.segment(id))/forget"))
    }

    /// Whether the server erased the person's data before.
    func isErased(_ id: String) throws -> Bool {
        try decode([ErasureNote].self, try send("GET", "api/v1/erasures")).contains { $0.person == id }
    }

    func person(_ id: String) throws -> Person {
        try decode(Person.self, try send("GET", "api/v1/persons/\(Self.segment(id))"))
    }

    func recordConsent(_ id: String, _ consent: Consent) throws -> Person {
        try call("POST", "api/v1/persons/\(Self.segment(id))/consents", consent, as: Person.self)
    }

    func addAccount(login: String, person: String, roles: [String], password: String?) throws -> CreatedAccount {
        try call("POST", "api/v1/accounts", NewAccountBody(login: login, person: person, roles: roles, password: password), as: CreatedAccount.self)
    }

    func grantRole(_ role: String, to login: String) throws -> AccountSummary {
        try call("POST", "api/v1/accounts/\(Self.segment(login))/roles", RoleBody(role: role), as: AccountSummary.self)
    }

    func revokeRole(_ role: String, from login: String) throws -> AccountSummary {
        try decode(AccountSummary.self, try send("DELETE", "api/v1/accounts/\(Self.segment(login))/roles/\(Self.segment(role))"))
    }

    func disableAccount(_ login: String) throws -> AccountSummary {
        try decode(AccountSummary.self, try send("POST", "api/v1/accounts/\(Self.segment(login))/disable"))
    }

    func saveOrganization(_ organization: Organization) throws {
        _ = try call("POST", "api/v1/organizations", organization, as: Organization.self)
    }

    /// An id as one path segment, whatever it holds.
    static func segment(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? id
    }
}
