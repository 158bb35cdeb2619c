import ArgumentParser
import MarshrutDocuments

struct Validate: ParsableCommand, Marshrut.Runnable {
    static let configuration = CommandConfiguration(
        abstract: "Check documents without a database.",
        discussion: "Lists every problem with its file, line and field, and exits non-zero when there is one."
    )

    @Argument(help: ArgumentHelp("Files or folders of .yaml documents.", valueName: "path"))
    var paths: [String]

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Please name at least one file or folder to check, e.g. `marshrut validate Routes`.") }
    }

    func run(_ context: Context) throws {
        let result = try DocumentFiles.load(paths)
        let c = result.catalog
        context.print("OK: \(c.persons.count) persons, \(c.routes.count) routes, \(c.programs.count) programs, no problems.")
    }
}
