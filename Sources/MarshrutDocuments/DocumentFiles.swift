import Foundation
import MarshrutCore

/// Reads document files and folders from disk.
public enum DocumentFiles {
    /// The YAML files named by `paths`: files as given, folders searched recursively for
    /// `*.yaml` and `*.yml`, in a stable order.
    public static func files(in paths: [String]) throws(DocumentError) -> [String] {
        var found: [String] = []
        var problems: [Diagnostic] = []
        let fm = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(Diagnostic(file: path, line: nil, path: "", message: DocumentText.noSuchFile))
                continue
            }
            guard isFolder.boolValue else {
                found.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let inside = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
            if inside.isEmpty {
                problems.append(Diagnostic(file: path, line: nil, path: "", message: DocumentText.emptyFolder))
            }
            found += inside.map { "\(base)/\($0)" }
        }
        if !problems.isEmpty { throw DocumentError(diagnostics: problems) }
        // The same file named twice (or through a folder and by itself) is read once.
        var seen = Set<String>()
        return found.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path).inserted }
    }

    /// Reads and checks every document in `paths`, joining them into one catalog.
    ///
    /// - Parameter knownPersons: persons stored already, which documents may name.
    /// - Throws: `DocumentError` with every problem in every file, each with file:line.
    /// - Parameter knownOrganizations: organizations stored already, which persons may name.
    public static func load(
        _ paths: [String], knownPersons: [String: Person] = [:], knownOrganizations: [Organization] = []
    ) throws(DocumentError) -> DocumentReader.Result {
        var texts: [(file: String, text: String)] = []
        var unreadable: [Diagnostic] = []
        for file in try files(in: paths) {
            guard let data = FileManager.default.contents(atPath: file) else {
                unreadable.append(Diagnostic(file: file, line: nil, path: "", message: DocumentText.unreadableFile))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                unreadable.append(Diagnostic(file: file, line: nil, path: "", message: DocumentText.notUTF8))
                continue
            }
            texts.append((file, text))
        }
        return try load(texts: texts, knownPersons: knownPersons, knownOrganizations: knownOrganizations, diagnostics: unreadable)
    }

    /// Reads and checks documents given as texts, each named by the file it came from (a server
    /// reads what a client sent this way, and names the client's files in its diagnostics).
    public static func load(
        texts: [(file: String, text: String)], knownPersons: [String: Person] = [:], knownOrganizations: [Organization] = [],
        diagnostics earlier: [Diagnostic] = []
    ) throws(DocumentError) -> DocumentReader.Result {
        var catalog = Catalog()
        var sources = SourceMap()
        var diagnostics = earlier
        for (file, text) in texts {
            let result = DocumentReader.read(text, file: file)
            catalog.persons += result.catalog.persons
            catalog.routes += result.catalog.routes
            catalog.programs += result.catalog.programs
            catalog.plans += result.catalog.plans
            catalog.organizations += result.catalog.organizations
            sources.origins.merge(result.sources.origins) { first, second in first + second }
            diagnostics += result.diagnostics
        }
        // Only documents that were read whole are checked together; a document with its
        // own problems is already reported and would only add noise here.
        diagnostics += catalog.problems(knownPersons: knownPersons, knownOrganizations: knownOrganizations).map { sources.diagnostic(for: $0) }
        if !diagnostics.isEmpty { throw DocumentError(diagnostics: diagnostics) }
        return DocumentReader.Result(catalog: catalog, sources: sources, diagnostics: [])
    }
}
