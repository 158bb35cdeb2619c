import MarshrutCore

extension Store {
    /// Every organization, by id.
    public func organizations() throws -> [Organization] {
        try read { try Self.fetchOrganizations($0) }
    }

    /// The organization with this id, or `nil`.
    public func organization(_ id: String) throws -> Organization? {
        try read { db in try Self.fetchOrganizations(db).first { $0.id == id } }
    }

    /// Adds an organization, or replaces the one with its id, after checking it against the
    /// stored tree.
    public func save(_ organization: Organization) throws {
        try importCatalog(Catalog(organizations: [organization]))
    }

    static func fetchOrganizations(_ db: any SQLSession) throws -> [Organization] {
        try SQLRow.fetchAll(db, sql: "SELECT id, parent_id, body FROM organization ORDER BY id").map { row in
            let body = try JSON.decode(OrganizationBody.self, row["body"])
            return Organization(id: row["id"], name: body.name, type: body.type, parent: row["parent_id"])
        }
    }

    /// Saves organizations parents first: the table's parent reference must hold at every row.
    static func saveParentsFirst(_ organizations: [Organization], _ db: any SQLSession) throws {
        let levels: [Organization.Kind: Int] = [.region: 0, .municipality: 1, .centre: 1, .school: 2]
        for organization in organizations.sorted(by: { levels[$0.type]! < levels[$1.type]! }) { try save(organization, db) }
    }

    static func save(_ organization: Organization, _ db: any SQLSession) throws {
        try db.execute(
            sql: """
                INSERT INTO organization (id, parent_id, body) VALUES (?, ?, \(db.dialect.jsonArgument))
                ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id, body = excluded.body
                """,
            arguments: [organization.id, organization.parent, try JSON.encode(OrganizationBody(name: organization.name, type: organization.type))])
    }
}

/// The JSON body of an organization row.
struct OrganizationBody: Codable {
    var name: String
    var type: Organization.Kind
}
