import Foundation
import MarshrutCore
import MarshrutService
import MarshrutStore

/// An account as listed: no hash, only what an administrator reads.
public struct AccountSummary: Sendable, Hashable, Codable {
    public var login: String
    public var person: String
    public var roles: [String]
    public var disabled: Bool
    public var mustChangePassword: Bool
}

/// A new account and, when none was given, the password generated for it (shown once).
public struct NewAccount: Sendable, Hashable {
    public var account: AccountSummary
    public var generatedPassword: String?
}

/// A signed-in session: the token (given to the client once, stored only as a hash) and when it ends.
public struct SignedIn: Sendable, Hashable, Codable {
    public var token: String
    public var login: String
    public var person: String
    /// UTC, ISO 8601.
    public var expires: String
    public var mustChangePassword: Bool
}

/// Who a session token belongs to.
public struct SessionHolder: Sendable, Hashable {
    public var actor: Actor
    public var account: AccountSummary
}

extension AccountSummary {
    init(_ record: AccountRecord) {
        self.init(
            login: record.login, person: record.person, roles: record.grants.map { "\($0.role)@\($0.organization)" },
            disabled: record.disabled, mustChangePassword: record.mustChangePassword)
    }
}

extension Service {
    /// How long a session lasts after sign-in.
    public static let sessionLifetime: TimeInterval = 12 * 3600

    // MARK: Managing accounts

    /// Creates an account for a person, with scoped roles; without a password, one is generated
    /// and must be changed at the first sign-in.
    public func addAccount(
        login: String, person: String, grants: [String], password: String? = nil, cost: UInt8 = Secrets.defaultCost,
        now: Date = Date()
    ) throws -> NewAccount {
        try authorize(.manageAccount(person: person))
        guard Slug.isValid(login) else { throw AccountError.invalidLogin(login) }
        let parsed = try grants.map(parseGrant)
        for grant in parsed { try authorize(.manageOrganization(grant.organization)) }
        _ = try store.person(person)
        if try store.account(login) != nil { throw AccountError.loginTaken(login) }
        if let existing = try store.account(ofPerson: person) { throw AccountError.personHasAccount(person: person, login: existing.login) }
        if let password { try Self.checkStrength(password) }
        let chosen = password ?? Secrets.newPassword()
        let record = AccountRecord(
            login: login, person: person, passwordHash: Secrets.hash(password: chosen, cost: cost), mustChangePassword: password == nil,
            grants: parsed, created: Self.timestamp(now))
        try store.insert(record)
        return NewAccount(account: AccountSummary(record), generatedPassword: password == nil ? chosen : nil)
    }

    /// The accounts of the persons the actor manages.
    public func accounts() throws -> [AccountSummary] {
        try authorize(.listAccounts)
        return try store.accounts().filter { may(.manageAccount(person: $0.person)) }.map(AccountSummary.init)
    }

    /// Grants a scoped role.
    public func grantRole(_ text: String, to login: String) throws -> AccountSummary {
        let record = try managedAccount(login)
        let grant = try parseGrant(text)
        try authorize(.manageOrganization(grant.organization))
        try store.grant(grant, to: login)
        return AccountSummary(try store.account(login) ?? record)
    }

    /// Takes a scoped role away.
    public func revokeRole(_ text: String, from login: String) throws -> AccountSummary {
        let record = try managedAccount(login)
        let grant = try parseGrant(text)
        try authorize(.manageOrganization(grant.organization))
        guard try store.revoke(grant, from: login) else { throw AccountError.grantNotHeld(login: login, grant: text) }
        return AccountSummary(try store.account(login) ?? record)
    }

    /// Disables an account and ends its sessions.
    public func disableAccount(_ login: String) throws -> AccountSummary {
        _ = try managedAccount(login)
        try store.disable(login)
        return AccountSummary(try store.account(login)!)
    }

    private func managedAccount(_ login: String) throws -> AccountRecord {
        guard let record = try store.account(login) else { throw AccountError.noAccount(login) }
        do {
            try authorize(.manageAccount(person: record.person))
        } catch ServiceError.notFound {
            throw AccountError.noAccount(login)
        }
        return record
    }

    private func parseGrant(_ text: String) throws -> AccountRecord.Grant {
        guard let grant = RoleGrant(parsing: text) else { throw AccountError.invalidGrant(text) }
        guard try store.organization(grant.organization) != nil else { throw AccountError.noOrganization(grant.organization) }
        return AccountRecord.Grant(role: grant.role.rawValue, organization: grant.organization)
    }

    static func checkStrength(_ password: String) throws {
        if password.count < Secrets.minimumPasswordLength { throw AccountError.passwordTooShort(minimum: Secrets.minimumPasswordLength) }
    }
}

/// Signing in and out: needs no actor, only the store.
public struct Sessions: Sendable {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Checks the login and password and opens a session.
    public func signIn(login: String, password: String, now: Date = Date()) throws -> SignedIn {
        guard let record = try store.account(login) else {
            // Spend the time a real check takes, so a missing login does not answer faster.
            _ = Secrets.verify(password: password, hash: Self.decoyHash)
            throw AccountError.wrongCredentials
        }
        guard Secrets.verify(password: password, hash: record.passwordHash) else { throw AccountError.wrongCredentials }
        if record.disabled { throw AccountError.disabled(login) }
        let token = Secrets.newToken()
        let expires = Service.timestamp(now.addingTimeInterval(Service.sessionLifetime))
        try store.closeSessions(expiredBefore: Service.timestamp(now))
        try store.openSession(tokenHash: Secrets.tokenHash(token), login: login, created: Service.timestamp(now), expires: expires)
        return SignedIn(token: token, login: login, person: record.person, expires: expires, mustChangePassword: record.mustChangePassword)
    }

    /// The account a token signs in, or ``AccountError/notSignedIn``.
    public func holder(of token: String, now: Date = Date()) throws -> SessionHolder {
        guard let (expires, record) = try store.sessionAccount(tokenHash: Secrets.tokenHash(token)), expires > Service.timestamp(now),
            !record.disabled
        else { throw AccountError.notSignedIn }
        let grants = Set(record.grants.compactMap { RoleGrant(parsing: "\($0.role)@\($0.organization)") })
        return SessionHolder(actor: Actor(identity: .account(login: record.login, person: record.person), grants: grants), account: AccountSummary(record))
    }

    /// Ends the session of a token.
    public func signOut(token: String) throws {
        guard try store.closeSession(tokenHash: Secrets.tokenHash(token)) else { throw AccountError.notSignedIn }
    }

    /// Changes the signed-in account's own password, given the current one.
    public func changePassword(login: String, current: String, new: String, cost: UInt8 = Secrets.defaultCost) throws {
        guard let record = try store.account(login), Secrets.verify(password: current, hash: record.passwordHash) else {
            throw AccountError.wrongCredentials
        }
        try Service.checkStrength(new)
        try store.setPasswordHash(Secrets.hash(password: new, cost: cost), mustChange: false, for: login)
    }

    /// A hash of no one's password, checked against when the login is unknown.
    static let decoyHash = Secrets.hash(password: "no account has this password", cost: Secrets.defaultCost)
}

extension Service {
    /// The audit log, oldest first: the entries of the accounts the actor manages.
    public func audit(from: String? = nil, account: String? = nil, subject: String? = nil) throws -> [AuditEntry] {
        try authorize(.readAudit)
        let managed: Set<String>? =
            actor.identity == .localOwner ? nil : Set(try store.accounts().filter { may(.manageAccount(person: $0.person)) }.map(\.login))
        return try store.audit(from: from, login: account, subject: subject).filter { managed?.contains($0.login) ?? true }
    }
}
