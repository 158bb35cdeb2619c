import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutRules
import MarshrutServer
import MarshrutService
import MarshrutStore
import MarshrutText

extension Rules {
    /// `rules push DIR --org ORG`: an organization's scripts, kept by the store (a shared
    /// server's, or this file's) for the runs over that organization's scope.
    struct Push: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "push",
                abstract: tr(
                    "Make the *.lua scripts of a folder an organization's scripts (curator@ORG).",
                    "Сделать скрипты *.lua из папки скриптами организации (curator@ORG)."),
                discussion: tr(
                    """
                    A run over the organization's scope (and the scopes below it) then loads the scripts of its \
                    ancestors and its own; until one of them pushes any, the scripts folder runs. The folder replaces \
                    what was pushed before, whole. Nothing is stored when a script does not load.
                    """,
                    """
                    Запуск по организации (и по организациям ниже) затем загружает скрипты вышестоящих организаций \
                    и её собственные; пока ни одна из них ничего не загрузила, работают скрипты из папки. Папка \
                    заменяет загруженное ранее целиком. Если скрипт не загружается, ничего не сохраняется.
                    """))
        }
        @Argument(help: ArgumentHelp(tr("The folder of scripts.", "Папка со скриптами."), valueName: "dir")) var folder: String?
        @Option(help: ArgumentHelp(tr("The organization the scripts are for.", "Организация, для которой скрипты."), valueName: "id"))
        var org: String
        @Flag(
            help: tr(
                "Remove the organization's scripts (with no folder): its runs go back to its ancestors' scripts.",
                "Удалить скрипты организации (без папки): её запуски вернутся к скриптам вышестоящих организаций."))
        var clear = false
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if clear == (folder != nil) { throw ValidationError(CLIText.pushFolderOrClear) }
        }

        func run(_ context: Context) throws {
            let files = try folder.map(Self.read(_:)) ?? []
            let changes: ScriptChanges
            if let client = try context.remote() {
                let body = ScriptsBody(scripts: files, clear: clear ? true : nil)
                let path = Rules.scriptsPath(of: org)
                changes = try client.decode(ScriptChanges.self, try client.send("PUT", path, json: try client.encode(body)))
            } else {
                changes = try context.service().pushScripts(files, to: org, allowEmpty: clear)
            }
            context.print(CLIText.pushed(changes, to: org))
        }

        /// The scripts under `folder`, named by their paths inside it.
        static func read(_ folder: String) throws -> [ScriptFile] {
            let set: ScriptSet
            do {
                set = try ScriptSet(folder: folder)
            } catch let error as RuleError {
                throw CLIError(error.error)
            }
            return try set.scripts.map { script in
                guard let text = script.text else { throw CLIError(CLIText.scriptNotText(script.name)) }
                let base = folder.hasSuffix("/") ? folder : folder + "/"
                return ScriptFile(name: String(script.name.dropFirst(base.count)), text: text)
            }
        }
    }

    /// `rules pull --org ORG`: the scripts an organization pushed, written into a folder to read
    /// or edit and push again.
    struct Pull: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "pull",
                abstract: tr(
                    "Write the scripts an organization pushed into a folder (default: the scripts folder).",
                    "Записать загруженные организацией скрипты в папку (по умолчанию — папку скриптов)."),
                discussion: tr(
                    "A file that exists with other text is not overwritten unless --force is given; other files in the folder stay.",
                    "Существующий файл с другим текстом не перезаписывается без --force; другие файлы папки остаются."))
        }
        @Option(help: ArgumentHelp(tr("The organization.", "Организация."), valueName: "id")) var org: String
        @Option(name: .customLong("to"), help: ArgumentHelp(tr("The folder to write into.", "Папка, куда записать."), valueName: "dir"))
        var folder: String?
        @Flag(help: tr("Overwrite files whose text differs.", "Перезаписывать файлы с другим текстом.")) var force = false
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let scripts: [ScriptFile]
            if let client = try context.remote() {
                let path = Rules.scriptsPath(of: org)
                scripts = try client.decode(ScriptsBody.self, try client.send("GET", path)).scripts
            } else {
                scripts = try context.service().pushedScripts(of: org)
            }
            guard !scripts.isEmpty else { return context.print(CLIText.nothingPushed(org)) }
            let folder = self.folder ?? context.scriptsPath
            let base = URL(fileURLWithPath: folder, isDirectory: true)
            var unchanged = 0
            var writes: [(URL, ScriptFile)] = []
            var conflicts: [String] = []
            for script in scripts {
                // A name came from the store: refuse anything a push would not have taken.
                guard Service.isScriptName(script.name) else { throw CLIError(CLIText.badPulledName(script.name)) }
                let url = base.appendingPathComponent(script.name)
                if let data = FileManager.default.contents(atPath: url.path) {
                    if data == Data(script.text.utf8) {
                        unchanged += 1
                        continue
                    }
                    if !force { conflicts.append((folder as NSString).appendingPathComponent(script.name)) }
                }
                writes.append((url, script))
            }
            guard conflicts.isEmpty else { throw CLIError(CLIText.wouldOverwrite(conflicts)) }
            for (url, script) in writes {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(script.text.utf8).write(to: url, options: .atomic)
            }
            context.print(CLIText.pulled(written: writes.count, unchanged: unchanged, of: org, into: folder))
        }
    }

    /// The API path of an organization's scripts.
    static func scriptsPath(of organization: String) -> String {
        "api/v1/organizations/\(ServerClient.segment(organization))/scripts"
    }
}
