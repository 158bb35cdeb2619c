import GRDB

extension Schema {
    /// v7: organizations, and the accounts, sessions and audit log of a shared server.
    static func registerAccounts(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7: organizations, accounts, sessions, audit log") { db in
            try db.execute(
                sql: """
                    CREATE TABLE organization (
                        id TEXT PRIMARY KEY NOT NULL,
                        parent_id TEXT REFERENCES organization(id),
                        body TEXT NOT NULL              -- JSON: name, type
                    );
                    CREATE INDEX organization_parent ON organization(parent_id);

                    CREATE TABLE account (
                        login TEXT PRIMARY KEY NOT NULL,
                        person_id TEXT NOT NULL UNIQUE REFERENCES person(id),
                        password_hash TEXT NOT NULL,    -- bcrypt, never the password
                        must_change_password INTEGER NOT NULL DEFAULT 1,
                        disabled INTEGER NOT NULL DEFAULT 0,
                        created TEXT NOT NULL
                    );
                    CREATE TABLE account_role (
                        login TEXT NOT NULL REFERENCES account(login) ON DELETE CASCADE,
                        role TEXT NOT NULL CHECK (role IN ('curator', 'head', 'council', 'methodist', 'admin')),
                        organization_id TEXT NOT NULL REFERENCES organization(id),
                        PRIMARY KEY (login, role, organization_id)
                    );
                    CREATE TABLE session (
                        token_hash TEXT PRIMARY KEY NOT NULL,   -- SHA-256 of the token, never the token
                        login TEXT NOT NULL REFERENCES account(login) ON DELETE CASCADE,
                        created TEXT NOT NULL,
                        expires TEXT NOT NULL
                    );
                    CREATE INDEX session_login ON session(login);

                    CREATE TABLE audit (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        at TEXT NOT NULL,               -- UTC, ISO 8601
                        login TEXT NOT NULL,
                        action TEXT NOT NULL,
                        subject TEXT NOT NULL,
                        outcome TEXT NOT NULL
                    );
                    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
                    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
                    """)
        }
    }
}
