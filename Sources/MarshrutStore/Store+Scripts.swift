/// One of an organization's scripts as a shared server keeps it.
public struct StoredScript: Sendable, Hashable {
    public var organization: String
    /// Its path inside the folder it was pushed from: `routes.lua`, `awards/olympiads.lua`.
    public var name: String
    public var text: String
    /// When it was pushed (UTC, ISO 8601).
    public var pushed: String

    public init(organization: String, name: String, text: String, pushed: String) {
        self.organization = organization
        self.name = name
        self.text = text
        self.pushed = pushed
    }
}

/// What a push changed in an organization's scripts, by name.
public struct ScriptChanges: Sendable, Hashable, Codable {
    public var added: [String] = []
    public var changed: [String] = []
    public var unchanged: [String] = []
    public var removed: [String] = []

    public init(added: [String] = [], changed: [String] = [], unchanged: [String] = [], removed: [String] = []) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.removed = removed
    }
}

extension Store {
    /// The scripts of these organizations: organization by organization in the order given, each
    /// one's scripts in name order.
    public func scripts(of organizations: [String]) throws -> [StoredScript] {
        try read { db in
            try organizations.flatMap { try Self.fetchScripts(of: $0, db) }
        }
    }

    /// Makes `scripts` (name → text) the whole set of the organization's scripts, in one
    /// transaction: names not among them are removed; a script whose text is the same keeps
    /// its push time.
    @discardableResult
    public func replaceScripts(of organization: String, with scripts: [String: String], at time: String) throws -> ScriptChanges {
        try write { db in
            let stored = Dictionary(uniqueKeysWithValues: try Self.fetchScripts(of: organization, db).map { ($0.name, $0.text) })
            var changes = ScriptChanges()
            for (name, text) in scripts.sorted(by: { $0.key < $1.key }) {
                switch stored[name] {
                case text: changes.unchanged.append(name)
                case nil: changes.added.append(name)
                default: changes.changed.append(name)
                }
                guard stored[name] != text else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO script (organization_id, name, text, pushed) VALUES (?, ?, ?, ?)
                        ON CONFLICT(organization_id, name) DO UPDATE SET text = excluded.text, pushed = excluded.pushed
                        """,
                    arguments: [organization, name, text, time])
            }
            for name in stored.keys.sorted() where scripts[name] == nil {
                changes.removed.append(name)
                try db.execute(sql: "DELETE FROM script WHERE organization_id = ? AND name = ?", arguments: [organization, name])
            }
            return changes
        }
    }

    static func fetchScripts(of organization: String, _ db: any SQLSession) throws -> [StoredScript] {
        try SQLRow.fetchAll(
            db, sql: "SELECT organization_id, name, text, pushed FROM script WHERE organization_id = ? ORDER BY name",
            arguments: [organization]
        ).map(Self.script(from:))
    }

    static func fetchAllScripts(_ db: any SQLSession) throws -> [StoredScript] {
        try SQLRow.fetchAll(db, sql: "SELECT organization_id, name, text, pushed FROM script ORDER BY organization_id, name")
            .map(Self.script(from:))
    }

    static func insert(_ script: StoredScript, _ db: any SQLSession) throws {
        try db.execute(
            sql: "INSERT INTO script (organization_id, name, text, pushed) VALUES (?, ?, ?, ?)",
            arguments: [script.organization, script.name, script.text, script.pushed])
    }

    private static func script(from row: SQLRow) -> StoredScript {
        StoredScript(organization: row["organization_id"], name: row["name"], text: row["text"], pushed: row["pushed"])
    }
}
