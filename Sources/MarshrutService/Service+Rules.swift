import Foundation
import MarshrutCore
import MarshrutRules
import MarshrutStore

/// A run of the monitoring rules or the incentive criteria over the store, as it streams.
public struct RuleRun<Result> {
    /// The scripts the run used.
    public var engine: RuleEngine
    public var report: RunReport<Result>
    /// The day the rules saw as `ctx.today`.
    public var day: Day
}

/// `rules check --json` and the server's answer: the findings and the scripts' errors.
public struct RuleCheckOutput: Codable, Sendable {
    public var findings: [Finding]
    public var errors: [RuleError]

    public init(findings: [Finding], errors: [RuleError]) {
        self.findings = findings
        self.errors = errors
    }
}

/// `incentives --json` and the server's answer: the awards and the scripts' errors.
public struct IncentivesOutput: Codable, Sendable {
    public var awards: [Award]
    public var errors: [RuleError]

    public init(awards: [Award], errors: [RuleError]) {
        self.awards = awards
        self.errors = errors
    }
}

/// The scripts' own test cases, run.
public struct ExampleRun {
    public var engine: RuleEngine
    public var results: [ExampleResult]
}

extension Service {
    /// The operations on the curator's scripts alone, which need no data.
    public var scripts: ScriptService {
        ScriptService(scriptsFolder: scriptsFolder, today: today, actor: actor, policy: policy)
    }

    /// Runs the monitoring rules over every subject in the actor's reach, or over `only` (which
    /// must exist), or over one organization's scope with that organization's scripts.
    public func check(
        only: SubjectReference? = nil, organization: String? = nil, on day: Day? = nil, workers: Int = RuleEngine.defaultWorkers,
        timing: inout RuleTiming
    ) throws -> RuleRun<Finding> {
        let (engine, scope, day) = try prepareRun(only: only, organization: organization, on: day, timing: &timing)
        let report = try engine.streamCheck(store, today: day, only: only, workers: workers, scope: scope)
        return RuleRun(engine: engine, report: report, day: day)
    }

    /// Runs the incentive criteria over every subject in the actor's reach, or over `only`
    /// (which must exist), or over one organization's scope with that organization's scripts.
    public func awards(
        only: SubjectReference? = nil, organization: String? = nil, on day: Day? = nil, workers: Int = RuleEngine.defaultWorkers
    ) throws -> RuleRun<Award> {
        var timing = RuleTiming()
        let (engine, scope, day) = try prepareRun(only: only, organization: organization, on: day, timing: &timing)
        return RuleRun(engine: engine, report: try engine.streamAwards(store, today: day, only: only, workers: workers, scope: scope), day: day)
    }

    /// Names and labels of the subjects a run's results name, for showing them.
    public func labels(of subjects: some Sequence<SubjectReference>) throws -> [SubjectReference: SubjectLabel] {
        try store.labels(of: subjects)
    }

    /// The organizations where the actor holds a role that runs rules (or one of `roles`), and
    /// those below them.
    func runOrganizations(in tree: OrganizationTree, roles: Set<ScopedRole>? = nil) -> Set<String> {
        let runners: Set<ScopedRole> = roles ?? Set(Permission.runRules.holders.compactMap(\.scopedRole))
        let roots = actor.grants.filter { runners.contains($0.role) }.map(\.organization)
        return Set(roots.flatMap { tree.scope(of: $0).map(\.id) })
    }

    private func prepareRun(
        only: SubjectReference?, organization: String?, on day: Day?, timing: inout RuleTiming
    ) throws -> (RuleEngine, SubjectScope?, Day) {
        try authorize(.runRules)
        let run = try runScripts(organization: organization)
        let engine = try timing.measure(\.loadingScripts) { try RuleEngine(scripts: run.scripts) }
        if let only, let scope = run.scope, !scope.contains(only) {
            throw ServiceError.notFound(ServiceError.SubjectKind(rawValue: only.kind.rawValue) ?? .person, id: only.id)
        }
        if let only {
            switch only.kind {
            case .route: _ = try route(only.id)
            case .program: _ = try program(only.id)
            case .person: _ = try person(only.id)
            case .plan, .organization: break
            }
        }
        return (engine, run.scope, day ?? today)
    }
}

/// The operations on the curator's Lua scripts that read no data: listing what they declare and
/// running their own test cases. They work with no database at all.
public struct ScriptService: Sendable {
    public let scriptsFolder: String
    public let today: Day
    public let actor: Actor
    let policy: any AccessPolicy

    public init(scriptsFolder: String, today: Day, actor: Actor = .localOwner, policy: any AccessPolicy = LocalFilePolicy()) {
        self.scriptsFolder = scriptsFolder
        self.today = today
        self.actor = actor
        self.policy = policy
    }

    /// The scripts, loaded now: their rules and criteria with any load errors.
    public func rules() throws -> RuleEngine {
        try policy.check(.runRules, for: actor)
        return try RuleEngine(scriptsFolder: scriptsFolder)
    }

    /// The scripts' text, for reading them where they cannot be edited (the web pages).
    public func files() throws -> [ScriptFile] {
        try policy.check(.runRules, for: actor)
        let base = scriptsFolder.hasSuffix("/") ? scriptsFolder : scriptsFolder + "/"
        return try RuleEngine.scriptFiles(in: scriptsFolder).map { path in
            let name = path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
            return ScriptFile(name: name, text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
        }
    }

    /// Runs the test cases the scripts carry; `day` is `ctx.today` for cases that set none.
    public func examples(on day: Day? = nil) throws -> ExampleRun {
        let engine = try rules()
        return ExampleRun(engine: engine, results: engine.runExamples(today: day ?? today))
    }
}

/// One of the curator's scripts: its name under the scripts folder and its text.
public struct ScriptFile: Sendable, Hashable, Codable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
