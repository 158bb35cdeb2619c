import Hummingbird
import MarshrutAccounts
import MarshrutCore
import MarshrutServer
import MarshrutService

extension PageRequest {
    /// Whether the reader administers some organization.
    var administers: Bool {
        holder?.actor.grants.contains { $0.role == .admin } ?? false
    }

    func accountsPage(
        values: [String: String] = [:], error: String? = nil, generated: NewAccount? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (accounts, names) = try await read { service in
            let accounts = try service.accounts()
            return (accounts, try service.names(of: accounts.map(\.person)))
        }
        let view = AccountsView(
            page: Frame(title: PageWords().accounts, request: self, userName: readerName, current: "/accounts"), accounts: accounts, names: names,
            values: values, error: error, generated: generated)
        return PageRenderer.shared.response("accounts", view, status: status)
    }

    /// Adds an account; a generated password is shown once, on the answer to this post.
    func addAccount() async throws -> Response {
        let form = try await self.form()
        let (login, person) = (form.text("login") ?? "", form.text("person") ?? "")
        let grants = (form["roles"] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let password = form["password"].flatMap { $0.isEmpty ? nil : $0 }
        let cost = server.settings.passwordCost
        let values = ["login": login, "person": person, "roles": form["roles"] ?? ""]
        do {
            let created = try await change("addAccount", subject: login) { service in
                try service.addAccount(login: login, person: person, grants: grants, password: password, cost: cost)
            }
            return try await accountsPage(generated: created, status: .created)
        } catch  where Self.isFixable(error) || MarshrutServer.status(for: error) == .notFound {
            return try await accountsPage(values: values, error: describe(error), status: .unprocessableContent)
        }
    }

    /// Grants, revokes or disables: `/accounts/LOGIN/ACTION`.
    func changeAccount() async throws -> Response {
        let login = parameter("login")
        let form = try await self.form()
        let role = form.text("role") ?? ""
        do {
            switch parameter("action") {
            case "grant": _ = try await change("grantRole", subject: login) { try $0.grantRole(role, to: login) }
            case "revoke": _ = try await change("revokeRole", subject: login) { try $0.revokeRole(role, from: login) }
            case "disable": _ = try await change("disableAccount", subject: login) { try $0.disableAccount(login) }
            default: throw AccountError.noAccount(login)
            }
            return PageRenderer.seeOther("/accounts")
        } catch  where Self.isFixable(error) {
            return try await accountsPage(error: describe(error), status: .unprocessableContent)
        }
    }

    func organizationsPage(values: [String: String] = [:], error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        guard administers else { throw ServiceError.notPermitted(.manageOrganization(nil)) }
        let organizations = try await read { try $0.organizations() }
        let view = OrganizationsView(
            page: Frame(title: PageWords().organizations, request: self, userName: readerName, current: "/organizations"),
            organizations: organizations, values: values, error: error)
        return PageRenderer.shared.response("organizations", view, status: status)
    }

    func saveOrganization() async throws -> Response {
        let form = try await self.form()
        let values = ["id": form.text("id") ?? "", "name": form.text("name") ?? "", "type": form["type"] ?? "", "parent": form["parent"] ?? ""]
        do {
            guard let type = Organization.Kind(rawValue: values["type"] ?? "") else { throw RequestError.badField("type", .badValue(values["type"] ?? "")) }
            let organization = Organization(
                id: try Self.required(form, "id"), name: try Self.required(form, "name"), type: type, parent: form.text("parent"))
            try organization.validate()
            try await change("saveOrganization", subject: organization.id) { try $0.saveOrganization(organization) }
            return PageRenderer.seeOther("/organizations")
        } catch  where Self.isFixable(error) {
            return try await organizationsPage(values: values, error: describe(error), status: .unprocessableContent)
        }
    }
}
