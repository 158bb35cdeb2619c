import GRDB

extension Schema {
    /// v5: the school's road maps.
    static func registerPlans(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5: school road maps") { db in
            try db.execute(
                sql: """
                    CREATE TABLE plan (
                        id TEXT PRIMARY KEY NOT NULL,
                        body TEXT NOT NULL              -- JSON: title and stages
                    );
                    """)
        }
    }
}
