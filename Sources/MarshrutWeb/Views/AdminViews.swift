import MarshrutAccounts
import MarshrutCore

/// The administrator's accounts: who signs in, with which roles, and the forms that change them.
struct AccountsView: Sendable {
    struct Row: Sendable {
        struct Grant: Sendable { var text: String, login: String }
        var login: String, person: String, name: String
        var grants: [Grant]
        var disabled: Bool, mustChange: Bool
    }

    var page: Frame
    var rows: [Row]
    var values: [String: String]
    var hasError: Bool, error: String
    var hasGenerated: Bool, generated: String, generatedFor: String

    init(page: Frame, accounts: [AccountSummary], names: [String: String], values: [String: String] = [:], error: String? = nil, generated: NewAccount? = nil) {
        self.page = page
        rows = accounts.sorted { $0.login < $1.login }.map { a in
            Row(
                login: a.login, person: a.person, name: names[a.person] ?? "", grants: a.roles.map { Row.Grant(text: $0, login: a.login) },
                disabled: a.disabled,
                mustChange: a.mustChangePassword)
        }
        self.values = Dictionary(uniqueKeysWithValues: ["login", "person", "roles"].map { ($0, values[$0] ?? "") })
        (hasError, self.error) = (error != nil, error ?? "")
        (hasGenerated, self.generated, generatedFor) = (generated?.generatedPassword != nil, generated?.generatedPassword ?? "", generated?.account.login ?? "")
    }
}

/// The administrator's organizations, as a tree's rows, and the form that adds one.
struct OrganizationsView: Sendable {
    struct Row: Sendable { var id: String, name: String, type: String, parent: String, depth: Int, indent: String }

    var page: Frame
    var rows: [Row]
    var types: [Option]
    var parents: [Option]
    var values: [String: String]
    var hasError: Bool, error: String

    init(page: Frame, organizations: [Organization], values: [String: String] = [:], error: String? = nil) {
        self.page = page
        let tree = OrganizationTree(organizations)
        func depth(_ o: Organization) -> Int {
            var (n, next) = (0, o.parent)
            while let id = next, n < 8 { (n, next) = (n + 1, tree.byID[id]?.parent) }
            return n
        }
        // Parents before children: each row after the rows of its ancestors.
        func path(_ o: Organization) -> [String] {
            var names = [o.name]
            var next = o.parent
            while let id = next, let up = tree.byID[id], names.count < 9 { names.insert(up.name, at: 0); next = up.parent }
            return names
        }
        rows = organizations.sorted { path($0).lexicographicallyPrecedes(path($1)) }.map { o in
            Row(id: o.id, name: o.name, type: o.type.title, parent: o.parent ?? "—", depth: depth(o), indent: String(repeating: "· ", count: depth(o)))
        }
        types = Organization.Kind.allCases.map { Option(value: $0.rawValue, label: $0.title, selected: $0.rawValue == values["type"]) }
        parents = organizations.sorted { $0.name < $1.name }.map { Option(value: $0.id, label: $0.name, selected: $0.id == values["parent"]) }
        self.values = Dictionary(uniqueKeysWithValues: ["id", "name", "type", "parent"].map { ($0, values[$0] ?? "") })
        (hasError, self.error) = (error != nil, error ?? "")
    }
}
