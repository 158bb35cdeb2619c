import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutRules
import MarshrutSynthetic
import MarshrutText

extension Demo {
    /// `marshrut demo export-lua`: the database as a Lua data file for the pure-Lua baseline.
    struct ExportLua: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "export-lua",
                abstract: tr(
                    "Write the database as a Lua data file for the pure-Lua baseline (Bench/baseline.lua).",
                    "Выгрузить базу в файл данных Lua для эталона на чистом Lua (Bench/baseline.lua)."),
                discussion: tr(
                    """
                    Persons, routes and programs become plain Lua tables with the same fields as the views \\
                    the rules see, relations resolved the same way. With --prelude, the trusted Lua the \\
                    rules run beside is written too. Run the baseline with \\
                    `lua5.4 Bench/baseline.lua FILE PRELUDE Scripts --today D`.
                    """,
                    """
                    Люди, маршруты и программы становятся обычными таблицами Lua с теми же полями, что \\
                    видят правила, и так же разрешёнными связями. С --prelude записывается и доверенный \\
                    код Lua, рядом с которым работают правила. Эталон: \\
                    `lua5.4 Bench/baseline.lua ФАЙЛ ПРЕЛЮДИЯ Scripts --today D`.
                    """)
            )
        }

        @Option(help: ArgumentHelp(tr("The Lua file to write.", "Файл Lua для записи."), valueName: "file"))
        var out: String
        @Option(
            help: ArgumentHelp(
                tr(
                    "Also write the rules' prelude (declarations, date helpers, runners) here, for the baseline.",
                    "Записать сюда и прелюдию правил (объявления, работу с датами, запуск) для эталона."),
                valueName: "file"))
        var prelude: String?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let catalog = try context.service().exportSelection().catalog
            try LuaDataFile.write(catalog, to: out)
            if let prelude {
                try RuleEngine.preludeSource.write(toFile: prelude, atomically: true, encoding: .utf8)
            }
            context.print(
                tr(
                    "Wrote \(catalog.persons.count) persons, \(catalog.routes.count) routes and \(catalog.programs.count) programs to \(out)",
                    "Записано людей: \(catalog.persons.count), маршрутов: \(catalog.routes.count), программ: \(catalog.programs.count) в \(out)"))
        }
    }
}
