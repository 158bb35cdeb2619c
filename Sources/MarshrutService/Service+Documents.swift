import Foundation
import MarshrutCore
import MarshrutStore

/// What the documents of an export hold: the subjects asked for, and the ids that matched none.
public struct ExportSelection: Sendable {
    public var catalog: Catalog
    /// Ids asked for that name no stored subject.
    public var missing: [String]
}

extension Service {
    /// The stored persons by id, against which documents are read (a route names its teacher).
    public func knownPersons() throws -> [String: Person] {
        try authorize(.importDocuments)
        return Dictionary(uniqueKeysWithValues: try store.persons().map { ($0.id, $0) })
    }

    /// The stored organizations, which person documents may name.
    public func knownOrganizations() throws -> [Organization] {
        try authorize(.importDocuments)
        return try store.organizations()
    }

    /// Imports documents all or nothing; with `dryRun`, checks everything against the store and
    /// keeps nothing. A changed document of a stored route is reconciled with its history
    /// (``Route/reconciled(with:note:)``): `reason` and `author` are what the corrections record.
    public func importDocuments(_ catalog: Catalog, reason: String? = nil, author: String? = nil, dryRun: Bool = false) throws {
        try authorize(.importDocuments)
        try checkImportScope(catalog)
        let future = catalog.routes.flatMap { $0.reflectionsAfter(today) }
        if !future.isEmpty { throw ModelError(problems: future) }
        let note = reason.map { ImportNote(date: today, author: actor.person ?? author, reason: $0) }
        if dryRun { try store.checkImport(catalog, note: note) } else { try store.importCatalog(catalog, note: note) }
    }

    /// The subjects to export: every one, or those with the given ids.
    public func exportSelection(ids: [String] = []) throws -> ExportSelection {
        try authorize(.exportDocuments)
        // On a shared server an administrator exports the organizations they administer.
        var catalog = try scopedCatalog(roles: [.admin])
        guard !ids.isEmpty else { return ExportSelection(catalog: catalog, missing: []) }
        let wanted = Set(ids)
        catalog.persons = catalog.persons.filter { wanted.contains($0.id) }
        catalog.routes = catalog.routes.filter { wanted.contains($0.id) }
        catalog.programs = catalog.programs.filter { wanted.contains($0.id) }
        catalog.plans = catalog.plans.filter { wanted.contains($0.id) }
        catalog.organizations = catalog.organizations.filter { wanted.contains($0.id) }
        let found = Set(
            catalog.persons.map(\.id) + catalog.routes.map(\.id) + catalog.programs.map(\.id) + catalog.plans.map(\.id)
                + catalog.organizations.map(\.id))
        return ExportSelection(catalog: catalog, missing: ids.filter { !found.contains($0) })
    }
}

extension Service {
    /// On a shared server, refuses documents that place a subject outside the organizations the
    /// actor administers, or that would change one stored outside them: either answers as if the
    /// subject did not exist. The owner of a local file imports anything.
    func checkImportScope(_ catalog: Catalog) throws {
        guard actor.identity != .localOwner else { return }
        let stored = try store.catalog()
        // What the documents would make of the tree, and the tree as it is: a stored subject must
        // be the actor's before, and a documented one after.
        let after = runOrganizations(in: OrganizationTree(stored.organizations + catalog.organizations), roles: [.admin])
        let before = runOrganizations(in: OrganizationTree(stored.organizations), roles: [.admin])
        let storedHome = Dictionary(stored.persons.map { ($0.id, $0.organization ?? "") }, uniquingKeysWith: { a, _ in a })
        var home = storedHome
        for person in catalog.persons { home[person.id] = person.organization ?? "" }
        let mine = { (id: String) in after.contains(home[id] ?? "") }
        let wasMine = { (id: String) in before.contains(storedHome[id] ?? "") }

        for o in catalog.organizations where !after.contains(o.id) || (stored.organizations.contains { $0.id == o.id } && !before.contains(o.id)) {
            throw ServiceError.notFound(.organization, id: o.id)
        }
        for p in catalog.persons where !mine(p.id) || (storedHome[p.id] != nil && !wasMine(p.id)) {
            throw ServiceError.notFound(.person, id: p.id)
        }
        let storedRoutes = Dictionary(stored.routes.map { ($0.id, $0.teacher) }, uniquingKeysWith: { a, _ in a })
        for r in catalog.routes where !mine(r.teacher) || (storedRoutes[r.id].map { !wasMine($0) } ?? false) {
            throw ServiceError.notFound(.route, id: r.id)
        }
        let storedPrograms = Dictionary(stored.programs.map { ($0.id, $0.mentors + $0.mentees) }, uniquingKeysWith: { a, _ in a })
        for p in catalog.programs
        where !(p.mentors + p.mentees).allSatisfy(mine) || (storedPrograms[p.id].map { !$0.allSatisfy(wasMine) } ?? false) {
            throw ServiceError.notFound(.program, id: p.id)
        }
        for plan in catalog.plans {
            let named = plan.stages.compactMap(\.responsible)
                .flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                .filter { home[$0] != nil }
            guard !named.isEmpty, named.allSatisfy(mine) else { throw ServiceError.notFound(.plan, id: plan.id) }
        }
    }
}
