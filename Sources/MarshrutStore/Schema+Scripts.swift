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
}
