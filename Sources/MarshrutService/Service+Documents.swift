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
