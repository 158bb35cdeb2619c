import Foundation
import MarshrutCore
import MarshrutAccounts
import MarshrutService

/// The everyday commands against a server: the same values as a local run, fetched over HTTP and
/// rendered by the same code, so both print the same.
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

    /// Logs a reflection; returns its id (`ROUTE/N`).
    func reflect(on route: String, _ reflection: Reflection) throws -> String {
        var body: [String: Any] = ["score": reflection.score, "text": reflection.text, "date": reflection.date.description, "final": reflection.isFinal]
        switch reflection.target {
        case .activity(let id): body["activity"] = id
        case .deficit(let id): body["deficit"] = id
        }
        if !reflection.tags.isEmpty { body["tags"] = reflection.tags }
        let answer = try send("POST", "api/v1/routes/\(Self.segment(route))/reflections", json: try JSONSerialization.data(withJSONObject: body))
        struct Logged: Decodable { var id: String }
        return try decode(Logged.self, answer).id
    }

    /// Rewrites reflection `number`, keeping its earlier wording; returns how many versions it has.
    func revise(route: String, number: Int, text: String, score: Int?) throws -> Int {
        var body: [String: Any] = ["text": text]
        if let score { body["score"] = score }
        let answer = try send(
            "PUT", "api/v1/routes/\(Self.segment(route))/reflections/\(number)", json: try JSONSerialization.data(withJSONObject: body))
        struct Revised: Decodable { var versions: Int }
        return try decode(Revised.self, answer).versions
    }

    /// Moves a route a step (or to `to`), forward or back.
    func advance(_ route: String, to: Stage?, back: Bool, reason: String?) throws -> StageMove {
        var body: [String: Any] = ["back": back]
        if let to { body["to"] = to.rawValue }
        if let reason { body["reason"] = reason }
        return try decode(
            StageMove.self, try send("POST", "api/v1/routes/\(Self.segment(route))/advance", json: try JSONSerialization.data(withJSONObject: body)))
    }

    /// Corrects an activity of the roadmap; returns the route after the change.
    func correct(_ route: String, activity: String, edit: ActivityEdit, reason: String) throws -> Route {
        var body: [String: Any] = ["reason": reason]
        if let title = edit.title { body["title"] = title }
        if let hours = edit.hours { body["hours"] = hours }
        if let start = edit.start { body["start"] = start.description }
        if let due = edit.due { body["due"] = due.description }
        if let addresses = edit.addresses { body["addresses"] = addresses }
        let path = "api/v1/routes/\(Self.segment(route))/activities/\(Self.segment(activity))/corrections"
        return try decode(Route.self, try send("POST", path, json: try JSONSerialization.data(withJSONObject: body)))
    }

    /// Sets the self-image (step 1).
    func setSelfImage(_ route: String, text: String, reason: String?) throws {
        var body: [String: Any] = ["text": text]
        if let reason { body["reason"] = reason }
        _ = try send("PUT", "api/v1/routes/\(Self.segment(route))/image", json: try JSONSerialization.data(withJSONObject: body))
    }

    /// What a planning request answered: the part added or changed, and the route after it.
    struct Planned: Decodable {
        var added: String?
        var changed: String?
        var route: Route

        var outcome: PlanningOutcome { added.map(PlanningOutcome.added) ?? .changed(changed ?? "") }
        var result: (outcome: PlanningOutcome, route: Route) { (outcome, route) }
    }

    /// Records a deficit, or changes one.
    func recordDeficit(_ route: String, id: String?, change: DeficitEdit, reason: String?) throws -> Planned {
        var body: [String: Any] = [:]
        if let id { body["id"] = id }
        if let area = change.area { body["area"] = area.rawValue }
        if let level = change.level { body["level"] = level }
        if let text = change.text { body["text"] = text }
        if let reason { body["reason"] = reason }
        return try decode(
            Planned.self, try send("POST", "api/v1/routes/\(Self.segment(route))/deficits", json: try JSONSerialization.data(withJSONObject: body)))
    }

    /// Adds a roadmap activity, or changes one.
    func recordActivity(_ route: String, id: String?, edit: ActivityEdit, reason: String?) throws -> Planned {
        var body: [String: Any] = [:]
        if let id { body["id"] = id }
        if let kind = edit.kind { body["kind"] = kind.rawValue }
        if let title = edit.title { body["title"] = title }
        if let hours = edit.hours { body["hours"] = hours }
        if let start = edit.start { body["start"] = start.description }
        if let due = edit.due { body["due"] = due.description }
        if let addresses = edit.addresses { body["addresses"] = addresses }
        if let reason { body["reason"] = reason }
        return try decode(
            Planned.self, try send("POST", "api/v1/routes/\(Self.segment(route))/activities", json: try JSONSerialization.data(withJSONObject: body)))
    }

    /// What creating an account answers.
    struct CreatedAccount: Decodable {
        var account: AccountSummary
        var generatedPassword: String?
    }

    func addAccount(login: String, person: String, roles: [String], password: String?) throws -> CreatedAccount {
        var body: [String: Any] = ["login": login, "person": person, "roles": roles]
        if let password { body["password"] = password }
        return try decode(CreatedAccount.self, try send("POST", "api/v1/accounts", json: try JSONSerialization.data(withJSONObject: body)))
    }

    func grantRole(_ role: String, to login: String) throws -> AccountSummary {
        let body = try JSONSerialization.data(withJSONObject: ["role": role])
        return try decode(AccountSummary.self, try send("POST", "api/v1/accounts/\(Self.segment(login))/roles", json: body))
    }

    func revokeRole(_ role: String, from login: String) throws -> AccountSummary {
        try decode(AccountSummary.self, try send("DELETE", "api/v1/accounts/\(Self.segment(login))/roles/\(Self.segment(role))"))
    }

    func disableAccount(_ login: String) throws -> AccountSummary {
        try decode(AccountSummary.self, try send("POST", "api/v1/accounts/\(Self.segment(login))/disable"))
    }

    func saveOrganization(_ organization: Organization) throws {
        _ = try send("POST", "api/v1/organizations", json: try encode(organization))
    }

    /// An id as one path segment, whatever it holds.
    static func segment(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? id
    }
}
