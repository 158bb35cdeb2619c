import MarshrutCore
import MarshrutStore

extension Service {
    /// The organizations, by id.
    public func organizations() throws -> [Organization] {
        try authorize(.listOrganizations)
        return try store.organizations()
    }

    /// One organization.
    public func organization(_ id: String) throws -> Organization {
        try authorize(.listOrganizations)
        guard let organization = try store.organization(id) else { throw ServiceError.notFound(.organization, id: id) }
        return organization
    }

    /// Adds an organization under its parent, or changes one; an administrator adds only within
    /// their scope.
    public func saveOrganization(_ organization: Organization) throws {
        if try store.organization(organization.id) != nil {
            try authorize(.manageOrganization(organization.id))
        } else {
            try authorize(.manageOrganization(organization.parent))
        }
        try store.save(organization)
    }
}
