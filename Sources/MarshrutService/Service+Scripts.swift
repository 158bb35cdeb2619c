import Foundation
import MarshrutCore
import MarshrutRules
import MarshrutStore

/// How much one organization's scripts may hold: a push is refused past any of these, so that a
/// shared server's store and every run's load stay small.
public enum ScriptLimits {
    public static let files = 64
    public static let bytesPerFile = 128 * 1024
    public static let totalBytes = 192 * 1024
    public static let nameLength = 128
}

/// The scripts a run loads and the subjects it reads (`nil`: the whole store).
struct RunScripts {
    var scripts: ScriptSet
    var scope: SubjectScope?
    /// Whether the scripts are the scripts folder's (no organization of the chain pushed any).
    var fromFolder: Bool
}

extension Service {
    /// The scripts an organization pushed (its own, not its ancestors'), in name order.
    public func pushedScripts(of organization: String) throws -> [ScriptFile] {
        try authorize(.readScripts(organization: organization))
        guard try store.organization(organization) != nil else { throw ServiceError.notFound(.organization, id: organization) }
        return try store.scripts(of: [organization]).map { ScriptFile(name: $0.name, text: $0.text) }
    }

    /// Makes `files` the whole set of an organization's scripts: the next run for its scope (and
    /// for the scopes below it) loads them after its ancestors' scripts.
    ///
    /// Refused, with nothing stored, when a name is not a plain relative `*.lua` path, when the
    /// set is past ``ScriptLimits``, or when a script does not load beside its ancestors'
    /// (a syntax error, a declaration without its fields, an id an ancestor already declares):
    /// a broken script never reaches a run.
    ///
    /// - Parameter allowEmpty: whether an empty set may be pushed, which removes the
    ///   organization's scripts.
    @discardableResult
    public func pushScripts(_ files: [ScriptFile], to organization: String, allowEmpty: Bool = false) throws -> ScriptChanges {
        try authorize(.pushScripts(organization: organization))
        guard try store.organization(organization) != nil else { throw ServiceError.notFound(.organization, id: organization) }
        try Self.checkPush(files, allowEmpty: allowEmpty)
        let tree = OrganizationTree(try store.organizations())
        let inherited = try store.scripts(of: tree.chain(from: organization).dropFirst().reversed())
        let own = files.map { ScriptSet.Script(name: "\(organization)/\($0.name)", text: $0.text) }
        let engine = try RuleEngine(scripts: ScriptSet(inherited.map(Self.script(_:)) + own))
        let names = Set(own.map(\.name))
        let errors = engine.loadErrors.filter { names.contains(Self.file(of: $0.source)) }
        guard errors.isEmpty else { throw ServiceError.scriptsDoNotLoad(errors.map { "\($0.source): \($0.error)" }) }
        let texts = Dictionary(files.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
        return try store.replaceScripts(of: organization, with: texts, at: Self.timestamp(Date()))
    }

    /// The scripts for a run over an organization's scope: those pushed by the organization and
    /// its ancestors, the region's first, each named `ORG/NAME`; or the scripts folder when none
    /// of them pushed any.
    func scripts(for organization: String, in tree: OrganizationTree) throws -> ScriptSet? {
        let pushed = try store.scripts(of: tree.chain(from: organization).reversed())
        return pushed.isEmpty ? nil : ScriptSet(pushed.map(Self.script(_:)))
    }

    /// The scripts the actor's runs load, with the test cases they carry run on `day`: what
    /// the curator's page shows. Scripts of the folder are named by their paths inside it,
    /// pushed ones as `ORG/NAME`.
    public func scriptsInUse(on day: Day? = nil) throws -> (files: [ScriptFile], examples: ExampleRun) {
        try authorize(.runRules)
        let run = try runScripts(organization: nil)
        let engine = try RuleEngine(scripts: run.scripts)
        let examples = ExampleRun(engine: engine, results: engine.runExamples(today: day ?? today))
        if run.fromFolder { return (try ScriptService(scriptsFolder: scriptsFolder, today: today).files(), examples) }
        return (run.scripts.scripts.map { ScriptFile(name: $0.name, text: $0.text ?? "") }, examples)
    }

    /// What a run this actor asks for loads, and which subjects it reads.
    ///
    /// With `organization`, that organization's scope, which must lie within the actor's reach.
    /// Without, the owner of a local file runs the scripts folder over everything; anyone else
    /// runs over every organization where they hold a role that runs rules, with those
    /// organizations' scripts, which must then be the same for all (else they choose one).
    func runScripts(organization: String?) throws -> RunScripts {
        let tree = OrganizationTree(try store.organizations())
        let reach = actor.identity == .localOwner ? Set(tree.byID.keys) : runOrganizations(in: tree)
        if let organization {
            guard reach.contains(organization) else { throw ServiceError.notFound(.organization, id: organization) }
            let scope = try store.scope(ofOrganizations: Set(tree.scope(of: organization).map(\.id)))
            return try run(try scripts(for: organization, in: tree), over: scope)
        }
        guard actor.identity != .localOwner else { return try run(nil, over: nil) }
        let roots = reach.filter { id in tree.byID[id]?.parent.map { !reach.contains($0) } ?? true }.sorted()
        let sets = try roots.map { try scripts(for: $0, in: tree) }
        guard Set(sets).count <= 1 else { throw ServiceError.scriptsDiffer(organizations: roots) }
        return try run(sets.first ?? nil, over: try store.scope(ofOrganizations: reach))
    }

    /// A run of the pushed scripts, or of the scripts folder when there are none.
    private func run(_ pushed: ScriptSet?, over scope: SubjectScope?) throws -> RunScripts {
        if let pushed { return RunScripts(scripts: pushed, scope: scope, fromFolder: false) }
        return RunScripts(scripts: try ScriptSet(folder: scriptsFolder), scope: scope, fromFolder: true)
    }

    private static func script(_ stored: StoredScript) -> ScriptSet.Script {
        ScriptSet.Script(name: "\(stored.organization)/\(stored.name)", text: stored.text)
    }

    /// The file a rule error's `source` names, without its `:line`.
    private static func file(of source: String) -> String {
        guard let colon = source.lastIndex(of: ":"), source[source.index(after: colon)...].allSatisfy(\.isNumber) else { return source }
        return String(source[..<colon])
    }

    /// The names and sizes of a push, checked before anything is loaded.
    static func checkPush(_ files: [ScriptFile], allowEmpty: Bool) throws(ServiceError) {
        if files.isEmpty, !allowEmpty { throw .noScriptsToPush }
        if files.count > ScriptLimits.files { throw .tooManyScripts(files.count, limit: ScriptLimits.files) }
        var seen: Set<String> = []
        for file in files {
            guard isScriptName(file.name) else { throw .badScriptName(file.name) }
            guard seen.insert(file.name).inserted else { throw .badScriptName(file.name) }
            let bytes = file.text.utf8.count
            if bytes > ScriptLimits.bytesPerFile { throw .scriptTooLarge(file.name, bytes: bytes, limit: ScriptLimits.bytesPerFile) }
        }
        let total = files.reduce(0) { $0 + $1.text.utf8.count }
        if total > ScriptLimits.totalBytes { throw .scriptsTooLarge(bytes: total, limit: ScriptLimits.totalBytes) }
    }

    /// A relative path of Latin letters, digits, `.`, `_` and `-`, ending in `.lua`, with no part
    /// starting with a dot: `routes.lua`, `awards/olympiads.lua`.
    public static func isScriptName(_ name: String) -> Bool {
        guard name.hasSuffix(".lua"), name.utf8.count <= ScriptLimits.nameLength else { return false }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && !part.hasPrefix(".")
                && part.unicodeScalars.allSatisfy {
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
                }
        }
    }
}
