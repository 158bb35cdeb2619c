import ArgumentParser
import MarshrutServer
import Foundation
import MarshrutCore
import MarshrutText
import MarshrutDocuments
import MarshrutStore

struct Import: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: tr(
                "Import person, route and program documents from YAML files or folders, all or nothing.",
                "Загрузить документы (люди, маршруты, программы) из YAML-файлов или папок — всё или ничего."),
            discussion: tr(
                """
                Every document is checked first; if anything is wrong, every problem is listed with its
                file, line and field, and the database is left exactly as it was. Subjects already stored
                are replaced, but their history (consents, corrections, reflections, indicators) only grows.
                The database is created when missing.
                """,
                """
                Сначала проверяется каждый документ; при ошибках выводится каждая с файлом, строкой и полем, \
                а база остаётся ровно такой, как была. Уже сохранённые записи заменяются, но их история \
                (согласия, корректировки, рефлексия, показатели) только дополняется. Базы нет — она создаётся.
                """)
        )
    }

    @Argument(help: ArgumentHelp(tr("Files or folders of .yaml documents.", "Файлы или папки с документами .yaml."), valueName: "path"))
    var paths: [String]

    @Flag(help: tr("Check everything, including against the database, but store nothing.", "Проверить всё, в том числе по базе, но ничего не сохранять."))
    var dryRun = false

    @Option(
        help: tr(
            "Why stored routes change (after step 4 each difference a document makes is recorded as a correction with this reason; without it such a document is refused).",
            "Почему меняются сохранённые маршруты (после шага 4 каждое изменение из документа записывается как корректировка с этой причиной; без неё такой документ не принимается)."
        ))
    var reason: String?

    @Option(
        help: tr(
            "The person id the recorded corrections name (default: each route's tutor, else its teacher).",
            "Id того, кто вносит корректировки (по умолчанию тьютор маршрута, иначе педагог)."))
    var author: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError(CLIText.nameFilesToImport) }
    }

    func run(_ context: Context) throws {
        if let client = try context.remote() { return try run(context, against: client) }
        let store = try context.store(create: true)
        let service = try context.service(over: store)
        let result = try DocumentFiles.load(paths, knownPersons: try service.knownPersons(), knownOrganizations: try service.knownOrganizations())
        let catalog = result.catalog
        do {
            try service.importDocuments(catalog, reason: reason, author: author, dryRun: dryRun)
        } catch let error as ModelError {
            throw DocumentError(diagnostics: error.problems.map { result.sources.diagnostic(for: $0) })
        } catch let error as StoreError {
            throw CLIError("\(error.description)\n\(CLIText.nothingImported)")
        }
        let what = CLIText.counts(
            persons: catalog.persons.count, routes: catalog.routes.count, programs: catalog.programs.count,
            plans: catalog.plans.count, organizations: catalog.organizations.count)
        context.print(dryRun ? CLIText.checked(what) : CLIText.imported(what, into: store.path))
    }

    /// The same import into a server's database: the documents are read here and checked there,
    /// against the organizations the signed-in administrator administers.
    func run(_ context: Context, against client: ServerClient) throws {
        if author != nil { throw CLIError(CLIText.authorIsTheAccount) }
        var documents: [NamedText] = []
        for file in try DocumentFiles.files(in: paths) {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw CLIError(CLIText.unreadableDocument(file))
            }
            documents.append(NamedText(name: file, text: text))
        }
        let body = ImportBody(documents: documents, reason: reason, dryRun: dryRun ? true : nil)
        let answer = try client.decode(ImportAnswer.self, try client.send("POST", "api/v1/documents", json: try client.encode(body)))
        let what = CLIText.counts(
            persons: answer.persons, routes: answer.routes, programs: answer.programs, plans: answer.plans, organizations: answer.organizations)
        context.print(dryRun ? CLIText.checked(what) : CLIText.imported(what, into: client.server.absoluteString))
    }
}
