import Foundation
import MarshrutCore
import MarshrutStore

extension Service {
    /// The whole catalog restricted to what this actor's reports cover: the persons, routes and
    /// programs of ``ruleScope()``, the organizations of that subtree, and the road maps whose
    /// named responsible persons all belong to it. The owner of a local file gets everything.
    ///
    /// A report made from it on a shared server says nothing of another school's people.
    public func scopedCatalog() throws -> Catalog {
        var catalog = try store.catalog()
        guard let scope = try ruleScope() else { return catalog }
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
        let organizations = runOrganizations(in: OrganizationTree(catalog.organizations))
        catalog.organizations = catalog.organizations.filter { organizations.contains($0.id) }
        return catalog
    }
}
