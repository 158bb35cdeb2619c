import GRDB

extension Schema {
    /// v4: program status changes (append-only). The deficits a program addresses live in its body.
    static func registerProgramHistory(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4: program status changes") { db in
            try db.execute(
                sql: """
                    CREATE TABLE program_change (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        program_id TEXT NOT NULL REFERENCES program(id),
                        date TEXT NOT NULL,
                        status TEXT NOT NULL,
                        reason TEXT NOT NULL
                    );
                    CREATE INDEX program_change_program ON program_change(program_id, seq);
                    CREATE TRIGGER program_change_no_update BEFORE UPDATE ON program_change
                    BEGIN SELECT RAISE(ABORT, 'program_change history is append-only'); END;
                    CREATE TRIGGER program_change_no_delete BEFORE DELETE ON program_change
                    BEGIN SELECT RAISE(ABORT, 'program_change history is append-only'); END;
                    """)
        }
    }
}
