import GRDB

/// The database schema, as named migrations. A shipped migration is never edited: change
/// the schema by adding a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: persons, routes, programs, append-only history") { db in
            try db.execute(
                sql: """
                    CREATE TABLE person (
                        id TEXT PRIMARY KEY NOT NULL,
                        body TEXT NOT NULL              -- JSON: name, school, roles, requests, offers …
                    );
                    CREATE TABLE consent (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL,
                        date TEXT NOT NULL
                    );
                    CREATE INDEX consent_person ON consent(person_id);

                    CREATE TABLE route (
                        id TEXT PRIMARY KEY NOT NULL,
                        teacher_id TEXT NOT NULL REFERENCES person(id),
                        tutor_id TEXT REFERENCES person(id),
                        start TEXT NOT NULL,
                        "end" TEXT NOT NULL,
                        stage TEXT NOT NULL,
                        body TEXT NOT NULL              -- JSON: self-image, strengths, deficits, activities
                    );
                    CREATE INDEX route_teacher ON route(teacher_id);
                    CREATE TABLE correction (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        route_id TEXT NOT NULL REFERENCES route(id),
                        date TEXT NOT NULL,
                        author TEXT NOT NULL,
                        activity TEXT,
                        change TEXT NOT NULL,
                        reason TEXT NOT NULL
                    );
                    CREATE INDEX correction_route ON correction(route_id, seq);
                    CREATE TABLE reflection (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        route_id TEXT NOT NULL REFERENCES route(id),
                        date TEXT NOT NULL,
                        activity TEXT,
                        deficit TEXT,
                        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                        text TEXT NOT NULL,
                        final INTEGER NOT NULL DEFAULT 0,
                        CHECK ((activity IS NULL) <> (deficit IS NULL))
                    );
                    CREATE INDEX reflection_route ON reflection(route_id, seq);

                    CREATE TABLE program (
                        id TEXT PRIMARY KEY NOT NULL,
                        status TEXT NOT NULL,
                        start TEXT NOT NULL,
                        "end" TEXT NOT NULL,
                        body TEXT NOT NULL              -- JSON: forms, directions, activities
                    );
                    CREATE TABLE program_member (
                        program_id TEXT NOT NULL REFERENCES program(id) ON DELETE CASCADE,
                        person_id TEXT NOT NULL REFERENCES person(id),
                        role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
                        position INTEGER NOT NULL,
                        PRIMARY KEY (program_id, role, person_id)
                    );
                    CREATE INDEX program_member_person ON program_member(person_id);
                    CREATE TABLE indicator (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        program_id TEXT NOT NULL REFERENCES program(id),
                        name TEXT NOT NULL,
                        date TEXT NOT NULL,
                        value REAL NOT NULL
                    );
                    CREATE INDEX indicator_program ON indicator(program_id, seq);
                    """)
            // The regulation keeps corrections, reflections, consents and indicators: the
            // database refuses to change or delete them, whatever the caller.
            for table in ["consent", "correction", "reflection", "indicator"] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
                        BEGIN SELECT RAISE(ABORT, '\(table) history is append-only'); END;
                        CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
                        BEGIN SELECT RAISE(ABORT, '\(table) history is append-only'); END;
                        """)
            }
        }
        migrator.registerMigration("v2: reflection tags and revisions") { db in
            try db.execute(
                sql: """
                    ALTER TABLE reflection ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';  -- JSON list, set when logged
                    CREATE TABLE reflection_revision (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        reflection_seq INTEGER NOT NULL REFERENCES reflection(seq),
                        date TEXT NOT NULL,                 -- the day the new wording was written
                        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                        text TEXT NOT NULL
                    );
                    CREATE INDEX reflection_revision_reflection ON reflection_revision(reflection_seq, seq);
                    CREATE TRIGGER reflection_revision_no_update BEFORE UPDATE ON reflection_revision
                    BEGIN SELECT RAISE(ABORT, 'reflection_revision history is append-only'); END;
                    CREATE TRIGGER reflection_revision_no_delete BEFORE DELETE ON reflection_revision
                    BEGIN SELECT RAISE(ABORT, 'reflection_revision history is append-only'); END;
                    """)
        }
        registerErasure(in: &migrator)
        registerProgramHistory(in: &migrator)
        registerPlans(in: &migrator)
        registerErasureScope(in: &migrator)
        registerAccounts(in: &migrator)
        registerImageReflections(in: &migrator)
        registerScripts(in: &migrator)
        registerPersonOrganization(in: &migrator)
        registerReflectionTally(in: &migrator)
        registerRevisionRoutes(in: &migrator)
        return migrator
    }
}
