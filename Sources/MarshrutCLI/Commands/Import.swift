import ArgumentParser
import MarshrutCore
import MarshrutDocuments
import MarshrutStore

struct Import: ParsableCommand, Marshrut.Runnable {
    static let configuration = CommandConfiguration(
        abstract: "Import person, route and program documents from YAML files or folders, all or nothing.",
        discussion: """
            Every document is checked first; if anything is wrong, every problem is listed with its
            file, line and field, and the database is left exactly as it was. Subjects already stored
            are replaced, but their history (consents, corrections, reflections, indicators) only grows.
            The database is created when missing.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders of .yaml documents.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Check everything, including against the database, but store nothing.")
    var dryRun = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Please name at least one file or folder to import, e.g. `marshrut import Routes`.") }
    }

    func run(_ context: Context) throws {
        let store = try Store(path: context.databasePath, create: true)
        var known: [String: Person] = [:]
        for person in try store.persons() { known[person.id] = person }
        let result = try DocumentFiles.load(paths, knownPersons: known)
        let catalog = result.catalog
        do {
            if dryRun { try store.checkImport(catalog) } else { try store.importCatalog(catalog) }
        } catch let error as ModelError {
            throw DocumentError(diagnostics: error.problems.map { result.sources.diagnostic(for: $0) })
        } catch let error as StoreError {
            throw CLIError("\(error.description)\nNothing was imported.")
        }
        var what = "\(catalog.persons.count) persons, \(catalog.routes.count) routes, \(catalog.programs.count) programs"
        if !catalog.plans.isEmpty { what += ", \(catalog.plans.count) road map(s)" }
        context.print(dryRun ? "Checked \(what): all valid; nothing stored (--dry-run)." : "Imported \(what) into \(store.path).")
    }
}
