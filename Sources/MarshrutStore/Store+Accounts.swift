import Foundation
import MarshrutCore

/// A server account as stored: the person it acts as, its password's hash and its grants.
///
/// The store keeps what it is given; hashing passwords and tokens is the accounts module's job,
/// so no clear password or token ever reaches this type.
public struct AccountRecord: Sendable, Hashable {
    public var login: String
    public var person: String
    public var passwordHash: String
    /// Set for a new account whose password was generated: the first sign-in must change it.
    public var mustChangePassword: Bool
    public var disabled: Bool
    /// Scoped roles, as `role@organization`.
    public var grants: [Grant]
    public var created: String

    public struct Grant: Sendable, Hashable, Comparable {
        public var role: String
        public var organization: String

        public init(role: String, organization: String) {
            self.role = role
            self.organization = organization
        }

        public static func < (a: Grant, b: Grant) -> Bool { (a.organization, a.role) < (b.organization, b.role) }
    }

    public init(
        login: String, person: String, passwordHash: String, mustChangePassword: Bool, disabled: Bool = false,
        grants: [Grant] = [], created: String
    ) {
        self.login = login
        self.person = person
        self.passwordHash = passwordHash
        self.mustChangePassword = mustChangePassword
        self.disabled = disabled
        self.grants = grants
        self.created = created
    }
}

/// One line of the audit log: who did what to which subject, and how it ended.
public struct AuditEntry: Sendable, Hashable, Codable {
    public var seq: Int64
    /// UTC time, ISO 8601.
    public var at: String
    public var login: String
    public var action: String
    public var subject: String
    public var outcome: String

    public init(seq: Int64 = 0, at: String, login: String, action: String, subject: String, outcome: String) {
        self.seq = seq
        self.at = at
        self.login = login
        self.action = action
        self.subject = subject
        self.outcome = outcome
    }
}

/// An audit line waiting for the write it records (see ``Store/auditing``).
public final class AuditSlot: @unchecked Sendable {
    // Set up by one request and read by the one write transaction it makes, on one thread at a time.
    public let entry: AuditEntry
    public internal(set) var isWritten = false

    public init(_ entry: AuditEntry) {
        self.entry = entry
    }
}

extension Store {
    // MARK: Accounts

    /// Every account, by login.
    public func accounts() throws -> [AccountRecord] {
        try read(Self.fetchAccounts)
    }

    static func fetchAccounts(_ db: any SQLSession) throws -> [AccountRecord] {
        try SQLRow.fetchAll(db, sql: "SELECT * FROM account ORDER BY login").map { try account(from: $0, db) }
    }

    /// The account with this login, or `nil`.
    public func account(_ login: String) throws -> AccountRecord? {
        try read { db in
            try SQLRow.fetchOne(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login]).map { try Self.account(from: $0, db) }
        }
    }

    /// The account of a person, or `nil`.
    public func account(ofPerson person: String) throws -> AccountRecord? {
        try read { db in
            try SQLRow.fetchOne(db, sql: "SELECT * FROM account WHERE person_id = ?", arguments: [person]).map { try Self.account(from: $0, db) }
        }
    }

    /// Adds a new account; throws a conflict when the login or the person already has one.
    public func insert(_ account: AccountRecord) throws {
        try write { db in try Self.insert(account, db) }
    }

    static func insert(_ account: AccountRecord, _ db: any SQLSession) throws {
        do {
            try db.execute(
                sql: """
                    INSERT INTO account (login, person_id, password_hash, must_change_password, disabled, created)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    account.login, account.person, account.passwordHash, account.mustChangePassword, account.disabled, account.created,
                ])
            for grant in account.grants { try Self.insert(grant, login: account.login, db) }
        }
    }

    /// Grants a scoped role; granting one already held changes nothing.
    public func grant(_ grant: AccountRecord.Grant, to login: String) throws {
        try write { db in try Self.insert(grant, login: login, db) }
    }

    /// Takes a scoped role away; returns whether the account held it.
    public func revoke(_ grant: AccountRecord.Grant, from login: String) throws -> Bool {
        try write { db in
            try db.execute(
                sql: "DELETE FROM account_role WHERE login = ? AND role = ? AND organization_id = ?",
                arguments: [login, grant.role, grant.organization])
            return db.changesCount > 0
        }
    }

    /// Disables an account and ends its sessions.
    public func disable(_ login: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE account SET disabled = 1 WHERE login = ?", arguments: [login])
            try db.execute(sql: "DELETE FROM session WHERE login = ?", arguments: [login])
        }
    }

    /// Sets a new password hash; `mustChange` marks a password that someone else chose.
    public func setPasswordHash(_ hash: String, mustChange: Bool, for login: String) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE account SET password_hash = ?, must_change_password = ? WHERE login = ?",
                arguments: [hash, mustChange, login])
        }
    }

    private static func insert(_ grant: AccountRecord.Grant, login: String, _ db: any SQLSession) throws {
        try db.execute(
            sql: "INSERT INTO account_role (login, role, organization_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            arguments: [login, grant.role, grant.organization])
    }

    static func account(from row: SQLRow, _ db: any SQLSession) throws -> AccountRecord {
        let grants = try SQLRow.fetchAll(
            db, sql: "SELECT role, organization_id FROM account_role WHERE login = ? ORDER BY organization_id, role", arguments: [row["login"] as String]
        ).map { AccountRecord.Grant(role: $0["role"], organization: $0["organization_id"]) }
        return account(from: row, grants: grants)
    }

    static func account(from row: SQLRow, grants: [AccountRecord.Grant]) -> AccountRecord {
        let login: String = row["login"]
        return AccountRecord(
            login: login, person: row["person_id"], passwordHash: row["password_hash"], mustChangePassword: row["must_change_password"],
            disabled: row["disabled"], grants: grants, created: row["created"])
    }

    // MARK: Sessions

    /// Records a session by its token's hash.
    public func openSession(tokenHash: String, login: String, created: String, expires: String) throws {
        try write { db in
            try db.execute(
                sql: "INSERT INTO session (token_hash, login, created, expires) VALUES (?, ?, ?, ?)",
                arguments: [tokenHash, login, created, expires])
        }
    }

    /// The login and expiry of the session with this token hash, or `nil`.
    public func session(tokenHash: String) throws -> (login: String, expires: String)? {
        try read { db in
            try SQLRow.fetchOne(db, sql: "SELECT login, expires FROM session WHERE token_hash = ?", arguments: [tokenHash]).map {
                (login: $0["login"], expires: $0["expires"])
            }
        }
    }

    /// The expiry of the session with this token hash and its account with its grants, read
    /// in one statement (what every signed-in request checks first), or `nil` when there is no
    /// such session.
    public func sessionAccount(tokenHash: String) throws -> (expires: String, account: AccountRecord)? {
        try readCommitted { db in
            let sql = """
                SELECT s.expires AS session_expires, \(db.dialect.grantPairs(ofLogin: "a.login")) AS grant_pairs, a.*
                FROM session s JOIN account a ON a.login = s.login WHERE s.token_hash = ?
                """
            return try SQLRow.fetchOne(db.cachedStatement(sql: sql), arguments: [tokenHash]).map { row in
                let pairs = try DamagedRecord.naming(table: "account_role", id: row["login"]) {
                    try JSON.decode([[String]].self, row["grant_pairs"] as String)
                }
                let grants = pairs.filter { $0.count == 2 }.map { AccountRecord.Grant(role: $0[0], organization: $0[1]) }.sorted()
                return (expires: row["session_expires"], account: Self.account(from: row, grants: grants))
            }
        }
    }

    /// Ends a session; returns whether there was one.
    public func closeSession(tokenHash: String) throws -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM session WHERE token_hash = ?", arguments: [tokenHash])
            return db.changesCount > 0
        }
    }

    /// Forgets the sessions that expired before `now` (ISO 8601 UTC, which sorts as text).
    public func closeSessions(expiredBefore now: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM session WHERE expires < ?", arguments: [now]) }
    }

    // MARK: Audit

    /// Appends one line to the audit log.
    public func appendAudit(_ entry: AuditEntry) throws {
        try Self.$auditing.withValue(nil) { try write { db in try Self.insert(entry, db) } }
    }

    static func insert(_ entry: AuditEntry, _ db: any SQLSession) throws {
        try insert([entry], db)
    }

    /// Appends several lines in one statement, in their order.
    static func insert(_ entries: [AuditEntry], _ db: any SQLSession) throws {
        try db.insertRows(
            into: "audit", columns: ["at", "login", "action", "subject", "outcome"],
            entries.map { [$0.at, $0.login, $0.action, $0.subject, $0.outcome] })
    }

    /// The audit log, oldest first, narrowed by time (from, ISO 8601 prefix), login and subject.
    public func audit(from: String? = nil, login: String? = nil, subject: String? = nil) throws -> [AuditEntry] {
        try read { db in
            var clauses: [String] = []
            var arguments: SQLArguments = []
            if let from {
                clauses.append("at >= ?")
                arguments.values.append(.text(from))
            }
            if let login {
                clauses.append("login = ?")
                arguments.values.append(.text(login))
            }
            if let subject {
                clauses.append("subject = ?")
                arguments.values.append(.text(subject))
            }
            let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            return try SQLRow.fetchAll(db, sql: "SELECT * FROM audit \(filter) ORDER BY seq", arguments: arguments).map(Self.auditEntry(from:))
        }
    }

    static func auditEntry(from row: SQLRow) -> AuditEntry {
        AuditEntry(seq: row["seq"], at: row["at"], login: row["login"], action: row["action"], subject: row["subject"], outcome: row["outcome"])
    }
}
