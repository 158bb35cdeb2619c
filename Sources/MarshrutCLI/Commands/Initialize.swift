import ArgumentParser
import MarshrutCore
import MarshrutStore
import MarshrutText

struct Initialize: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "init",
            abstract: tr(
                "Create the database, or bring an existing one up to date (safe to repeat).", "Создать базу данных или обновить её схему (можно повторять).")
        )
    }

    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let summary = try context.service(over: try context.store(create: true)).storeSummary()
        let counts = summary.counts
        context.print(
            CLIText.databaseReady(
                summary.path, migrations: summary.migrations,
                persons: counts.persons, routes: counts.routes, programs: counts.programs))
        if counts.persons == 0 {
            context.print(CLIText.afterInit)
        }
    }
}
