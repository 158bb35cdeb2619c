import ArgumentParser
import MarshrutCore
import MarshrutDocuments
import MarshrutText

struct Validate: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "validate",
            abstract: tr("Check documents without a database.", "Проверить документы без базы данных."),
            discussion: tr(
                "Lists every problem with its file, line and field, and exits non-zero when there is one.",
                "Показывает каждую ошибку с файлом, строкой и полем; при ошибках код выхода ненулевой.")
        )
    }

    @Argument(help: ArgumentHelp(tr("Files or folders of .yaml documents.", "Файлы или папки с документами .yaml."), valueName: "path"))
    var paths: [String]

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError(CLIText.nameFilesToCheck) }
    }

    func run(_ context: Context) throws {
        let result = try DocumentFiles.load(paths)
        let c = result.catalog
        context.print(CLIText.valid(CLIText.counts(persons: c.persons.count, routes: c.routes.count, programs: c.programs.count, plans: c.plans.count)))
    }
}
