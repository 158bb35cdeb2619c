import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutDocuments

struct Export: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: tr(
                "Write documents back as YAML, one file per person, route and program.",
                "Выгрузить документы в YAML: по файлу на человека, маршрут и программу."),
            discussion: tr(
                """
                Files are named person-ID.yaml, route-ID.yaml and program-ID.yaml. Without --out the
                documents are printed, separated by `---`. Importing an export and exporting again
                gives the same bytes.
                """,
                """
                Файлы называются person-ID.yaml, route-ID.yaml, program-ID.yaml и plan-ID.yaml. Без --out документы \
                выводятся подряд через `---`. Загрузка выгрузки и повторная выгрузка дают те же байты.
                """)
        )
    }

    @Option(help: ArgumentHelp(tr("The folder to write into (created when missing).", "Папка для выгрузки (создаётся, если её нет)."), valueName: "dir"))
    var out: String?

    @Argument(
        help: ArgumentHelp(
            tr("Ids of persons, routes or programs to export (default: all).", "Id людей, маршрутов или программ для выгрузки (по умолчанию все)."),
            valueName: "id"))
    var ids: [String] = []

    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let catalog = try context.store().catalog()
        var documents: [(name: String, text: String)] = []
        var matched = Set<String>()
        func wanted(_ id: String) -> Bool {
            guard !ids.isEmpty else { return true }
            if ids.contains(id) { matched.insert(id); return true }
            return false
        }
        for p in catalog.persons where wanted(p.id) { documents.append(("person-\(p.id).yaml", try DocumentWriter.yaml(for: p))) }
        for r in catalog.routes where wanted(r.id) { documents.append(("route-\(r.id).yaml", try DocumentWriter.yaml(for: r))) }
        for p in catalog.programs where wanted(p.id) { documents.append(("program-\(p.id).yaml", try DocumentWriter.yaml(for: p))) }
        for p in catalog.plans where wanted(p.id) { documents.append(("plan-\(p.id).yaml", try DocumentWriter.yaml(for: p))) }
        let missing = ids.filter { !matched.contains($0) }
        if !missing.isEmpty {
            throw CLIError(CLIText.noSuchIDs(missing))
        }
        guard let out else {
            context.print(documents.map(\.text).joined(separator: "---\n"), terminator: "")
            return
        }
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
            for document in documents {
                let path = (out as NSString).appendingPathComponent(document.name)
                try Data(document.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            }
        } catch {
            throw CLIError(CLIText.cannotWrite(into: out, error.localizedDescription))
        }
        context.print(CLIText.exported(documents.count, to: out))
    }
}
