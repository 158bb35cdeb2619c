import ArgumentParser
import MarshrutCore
import MarshrutStore

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
        let store = try Store(path: context.databasePath, create: true)
        let counts = try store.counts()
        context.print(
            CLIText.databaseReady(
                store.path, migrations: try store.appliedMigrations().count,
                persons: counts.persons, routes: counts.routes, programs: counts.programs))
        if counts.persons == 0 {
            context.print(CLIText.afterInit)
        }
    }
}
