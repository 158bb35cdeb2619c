import GRDB

extension Schema {
    /// v9: the curators' Lua scripts of each organization, pushed to a shared server.
    static func registerScripts(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9: scripts of organizations") { db in
            try db.execute(
                sql: """
                    CREATE TABLE script (
                        organization_id TEXT NOT NULL REFERENCES organization(id),
                        name TEXT NOT NULL,             -- a path inside the pushed folder: routes.lua, extra/awards.lua
                        text TEXT NOT NULL,
                        pushed TEXT NOT NULL,           -- UTC, ISO 8601
                        PRIMARY KEY (organization_id, name)
                    );
                    """)
        }
    }

    /// v10: persons found by their organization, as a scoped run on a shared server finds them.
    static func registerPersonOrganization(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v10: persons by organization") { db in
            // The expression is the one the scope's query uses (`SQLDialect.personOrganization`;
            // ScopeIndexTests holds the two together). A shipped migration is never edited.
            try db.execute(
                sql: "CREATE INDEX person_organization ON person((CASE WHEN json_valid(body) THEN json_extract(body, '$.organization') END))")
        }
    }
}
