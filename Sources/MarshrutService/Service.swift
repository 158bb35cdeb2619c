import Foundation
import MarshrutCore
import MarshrutRules
import MarshrutStore

/// Every operation a user can ask of Marshrut, over one store, on one day, for one actor.
///
/// Front ends (the command line, the HTTP server, the web pages) parse what they are asked,
/// call one operation, and render the value it returns; the decisions are made here and in the
/// core. Each operation first asks the ``AccessPolicy`` whether ``actor`` may do it.
///
/// ```swift
/// let service = Service(store: try Store(path: "marshrut.db"), today: day, scriptsFolder: "Scripts")
/// let proposal = try service.matchProposal()
/// ```
public struct Service: Sendable {
    public let store: Store
    /// The day the operations run on ("today" of rules, overdue work, default dates).
    public let today: Day
    public let actor: Actor
    /// The folder of the curator's Lua scripts.
    public let scriptsFolder: String
    let policy: any AccessPolicy

    public init(
        store: Store, today: Day, actor: Actor = .localOwner, scriptsFolder: String,
        policy: any AccessPolicy = LocalFilePolicy()
    ) {
        self.store = store
        self.today = today
        self.actor = actor
        self.scriptsFolder = scriptsFolder
        self.policy = policy
    }

    /// Asks the policy; every operation calls this before it reads or changes anything.
    public func authorize(_ permission: Permission) throws(ServiceError) {
        try policy.check(permission, for: actor)
    }

    /// Whether the policy allows `permission`: how listings keep to what the actor may read.
    public func may(_ permission: Permission) -> Bool {
        actor.identity == .localOwner || (try? policy.check(permission, for: actor)) != nil
    }

    /// The rule engine over the scripts of the actor's reach (see `runScripts`), loaded now:
    /// scripts change between runs.
    func ruleEngine() throws -> RuleEngine {
        try RuleEngine(scripts: try runScripts(organization: nil).scripts)
    }

    /// A moment as the store keeps it: UTC, ISO 8601 (`2026-12-04T13:22:06Z`).
    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}
