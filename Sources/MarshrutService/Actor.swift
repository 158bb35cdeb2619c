/// Who asks for an operation.
///
/// Every operation of ``Service`` runs on behalf of an actor, and the service's
/// ``AccessPolicy`` decides what that actor may do. Over a local database file the actor is
/// its owner (``localOwner``): whoever holds the file may do everything, as the file itself
/// gives no one a name. A server's actors are signed-in accounts, each acting as one person
/// with the scoped roles granted to the account.
public struct Actor: Sendable, Hashable {
    /// How the actor is known.
    public enum Identity: Sendable, Hashable {
        /// Whoever holds the local database file.
        case localOwner
        /// A signed-in account, acting as the person with id `person`.
        case account(login: String, person: String)
    }

    public var identity: Identity
    /// The roles granted to the account on organizations (relationship roles come from the data).
    public var grants: Set<RoleGrant>

    public init(identity: Identity, grants: Set<RoleGrant> = []) {
        self.identity = identity
        self.grants = grants
    }

    /// The owner of a local database file.
    public static let localOwner = Actor(identity: .localOwner)

    /// The person the actor acts as, or `nil` for the local owner (who names an author per change).
    public var person: String? {
        if case .account(_, let person) = identity { person } else { nil }
    }
}

/// A scoped role granted on an organization, written `ROLE@ORG`.
public struct RoleGrant: Sendable, Hashable, CustomStringConvertible {
    public var role: ScopedRole
    public var organization: String

    public init(_ role: ScopedRole, at organization: String) {
        self.role = role
        self.organization = organization
    }

    /// Reads `curator@malinovka`; `nil` when the text is not of that form or names no known role.
    public init?(parsing text: String) {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let role = ScopedRole(rawValue: String(parts[0])), !parts[1].isEmpty else { return nil }
        self.init(role, at: String(parts[1]))
    }

    public var description: String { "\(role.rawValue)@\(organization)" }
}

/// The roles an organization grants (`DESIGN.md`, "Accounts and roles").
public enum ScopedRole: String, Sendable, Hashable, CaseIterable {
    case curator, head, council, methodist, admin
}
