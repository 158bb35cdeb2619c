import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutDocuments
import MarshrutStore
import MarshrutText

/// `marshrut demo`: the sample school by default, a generated region with `generate`, and its
/// Lua data file for the pure-Lua baseline with `export-lua`.
struct Demo: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "demo",
            abstract: tr(
                "Try Marshrut on sample data: the sample school (the default) or a generated region.",
                "Попробовать Маршрут на учебных данных: учебная школа (по умолчанию) или сгенерированный регион."),
            subcommands: [Setup.self, Generate.self, ExportLua.self],
            defaultSubcommand: Setup.self
        )
    }
}

extension Demo {
    /// `marshrut demo [setup]`: the sample school in a temporary or named database.
    struct Setup: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "setup",
                abstract: tr(
                    "Set up the sample school (Routes/) in a temporary or named database, and say what to try next.",
                    "Развернуть учебную школу (Routes/) во временной или указанной базе и подсказать, что попробовать."),
                discussion: tr(
                    "Without --db the database is a new file in the temporary folder, so nothing of yours is touched.",
                    "Без --db база создаётся во временной папке, ваши данные не затрагиваются.")
            )
        }

        @Option(
            help: ArgumentHelp(
                tr(
                    "The folder of sample documents (default: ./Routes, or the one beside the program).",
                    "Папка учебных документов (по умолчанию ./Routes или рядом с программой)."), valueName: "dir"))
        var samples: String?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let folder = try samples ?? Self.findSamples(environment: context.environment)
            let path = global.db ?? FileManager.default.temporaryDirectory.appendingPathComponent("marshrut-demo-\(UUID().uuidString.prefix(8)).db").path
            let service = try context.service(over: try context.store(at: path, create: true))
            if try service.storeSummary().counts.persons > 0 {
                throw CLIError(
                    tr(
                        "\(path) already holds data: give another --db (or leave it out for a temporary one)",
                        "в \(path) уже есть данные: укажите другой --db (или не указывайте его — будет временная база)"))
            }
            let result = try DocumentFiles.load([folder])
            try service.importDocuments(result.catalog)
            let c = result.catalog
            context.print(CLIText.demoReady(path))
            context.print("  \(Nouns.person.count(c.persons.count)), \(Nouns.route.count(c.routes.count)), \(Nouns.program.count(c.programs.count))")
            context.print()
            context.print(CLIText.tryNext)
            let db = "--db \(path)"
            for (command, what) in CLIText.demoSuggestions {
                // A space always stands before `#`, so the line can be pasted into a shell as it is.
                context.print("  marshrut \(db) \(command) ".padding(62) + " # " + what)
            }
        }

        /// `./Routes`, `$MARSHRUT_SAMPLES`, or the `Routes` folder of the checkout the program was built in.
        static func findSamples(environment: [String: String]) throws -> String {
            var candidates = [environment["MARSHRUT_SAMPLES"], "Routes"].compactMap { $0 }
            var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<5 {
                candidates.append(folder.appendingPathComponent("Routes").path)
                folder = folder.deletingLastPathComponent()
            }
            var isFolder: ObjCBool = false
            if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue }) {
                return found
            }
            throw CLIError(
                tr(
                    "cannot find the sample documents: run from the Marshrut folder, or give --samples DIR (or $MARSHRUT_SAMPLES)",
                    "не найдены учебные документы: запустите из папки Маршрута или укажите --samples DIR (или $MARSHRUT_SAMPLES)"))
        }
    }
}
