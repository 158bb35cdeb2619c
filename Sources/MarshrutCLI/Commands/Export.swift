import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutText
import MarshrutServer
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

    /// The ending of a document being written; a file with it is the remains of a killed export.
    static let partialSuffix = ".marshrut-partial"

    func run(_ context: Context) throws {
        let documents: [(name: String, text: String)]
        if let client = try context.remote() {
            let answer = try client.decode(
                ExportAnswer.self, try client.send("GET", "api/v1/documents", query: ids.isEmpty ? [:] : ["ids": ids.joined(separator: ",")]))
            if !answer.missing.isEmpty { throw CLIError(CLIText.noSuchIDs(answer.missing)) }
            // Names come from a server: only plain file names are written, inside the folder.
            documents = answer.documents.filter { !$0.name.contains("/") && !$0.name.hasPrefix(".") }.map { ($0.name, $0.text) }
        } else {
            let selection = try context.service().exportSelection(ids: ids)
            if !selection.missing.isEmpty {
                throw CLIError(CLIText.noSuchIDs(selection.missing))
            }
            documents = try DocumentWriter.documents(of: selection.catalog)
        }
        guard let out else {
            context.print(documents.map(\.text).joined(separator: "---\n"), terminator: "")
            return
        }
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
            // A file is written under a temporary name and renamed into place, so a document is
            // either whole or absent; what an export killed midway left behind goes first.
            for leftover in try fm.contentsOfDirectory(atPath: out) where leftover.hasSuffix(Self.partialSuffix) {
                try? fm.removeItem(atPath: (out as NSString).appendingPathComponent(leftover))
            }
            for document in documents {
                let path = (out as NSString).appendingPathComponent(document.name)
                let partial = path + Self.partialSuffix
                try Data(document.text.utf8).write(to: URL(fileURLWithPath: partial))
                if rename(partial, path) != 0 {
                    try? fm.removeItem(atPath: partial)
                    throw CLIError(CLIText.cannotWrite(into: out, String(cString: strerror(errno))))
                }
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError(CLIText.cannotWrite(into: out, error.localizedDescription))
        }
        context.print(CLIText.exported(documents.count, to: out))
    }
}
