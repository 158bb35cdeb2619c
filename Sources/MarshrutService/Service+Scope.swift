import Foundation
import MarshrutCore
import MarshrutStore

extension Service {
    /// The whole catalog restricted to what this actor's reports cover: the persons, routes and
    /// programs of the organizations where the actor holds such a role and below, the
    /// organizations of that subtree, and the road maps whose named responsible persons all
    /// belong to it. The owner of a local file gets everything.
    ///
    /// A report made from it on a shared server says nothing of another school's people.
    ///
    /// - Parameters:
    ///   - roles: the scoped roles whose organizations make the scope; by default those that run
    ///     rules and read reports (an export takes the administrator's alone).
    ///   - organization: only this organization's subtree, which must lie within the scope.
    public func scopedCatalog(roles: Set<ScopedRole>? = nil, within organization: String? = nil) throws -> Catalog {
        var catalog = try store.catalog()
        guard actor.identity != .localOwner || organization != nil else { return catalog }
        let tree = OrganizationTree(catalog.organizations)
        var organizations = actor.identity == .localOwner ? Set(tree.byID.keys) : runOrganizations(in: tree, roles: roles)
        if let organization {
            guard organizations.contains(organization) else { throw ServiceError.notFound(.organization, id: organization) }
            organizations = Set(tree.scope(of: organization).map(\.id))
        }
        let scope = try store.scope(ofOrganizations: organizations)
        let everyone = Set(catalog.persons.map(\.id))
        catalog.persons = catalog.persons.filter { scope.persons.contains($0.id) }
        catalog.routes = catalog.routes.filter { scope.routes.contains($0.id) }
        catalog.programs = catalog.programs.filter { scope.programs.contains($0.id) }
        // A stage names its responsible as person ids separated by commas, or as free text.
        catalog.plans = catalog.plans.filter { plan in
            let named = plan.stages.compactMap(\.responsible)
                .flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                .filter(everyone.contains)
            return !named.isEmpty && named.allSatisfy(scope.persons.contains)
        }
        catalog.organizations = catalog.organizations.filter { organizations.contains($0.id) }
        return catalog
    }
}
