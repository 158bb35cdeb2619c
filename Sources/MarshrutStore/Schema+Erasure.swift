import GRDB

extension Schema {
    /// v3: erasing a person's personal data on withdrawn consent (`person forget`).
    ///
    /// The history tables stay append-only for everyone but an erasure: while the forget
    /// transaction holds the person's row in `erasure_in_progress` (filled and emptied inside
    /// that one transaction), the free texts of that person's routes — and only those, and
    /// only the text columns — may be overwritten. DELETE stays forbidden. Once logged in
    /// `erasure`, a person's personal data cannot be written back (an old document imported
    /// again is refused) and nothing new is recorded about them.
    static func registerErasure(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3: erasure of personal data on withdrawn consent") { db in
            try db.execute(
                sql: """
                    CREATE TABLE erasure (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,      -- the erasure's number
                        person_id TEXT NOT NULL UNIQUE REFERENCES person(id),
                        date TEXT NOT NULL,                         -- the day the data was erased
                        texts INTEGER NOT NULL                      -- how many free texts were overwritten
                    );
                    CREATE TRIGGER erasure_no_update BEFORE UPDATE ON erasure
                    BEGIN SELECT RAISE(ABORT, 'the erasure log is append-only'); END;
                    CREATE TRIGGER erasure_no_delete BEFORE DELETE ON erasure
                    BEGIN SELECT RAISE(ABORT, 'the erasure log is append-only'); END;

                    -- Empty but inside a forget transaction. A main-schema table, because triggers
                    -- of the main schema cannot see temp tables.
                    CREATE TABLE erasure_in_progress (
                        person_id TEXT PRIMARY KEY NOT NULL REFERENCES person(id)
                    );
                    """)
            try db.execute(sql: historyTriggers)
            try db.execute(sql: erasedPersonTriggers)
        }
    }

    /// The append-only triggers of the history tables with free texts, recreated so that an
    /// erasure in progress may overwrite the text column of its own person's rows.
    private static let historyTriggers = """
        DROP TRIGGER correction_no_update;
        CREATE TRIGGER correction_no_update BEFORE UPDATE ON correction
        WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress e JOIN route r ON r.teacher_id = e.person_id
                         WHERE r.id = OLD.route_id)
          OR NEW.seq IS NOT OLD.seq OR NEW.route_id IS NOT OLD.route_id OR NEW.date IS NOT OLD.date
          OR NEW.author IS NOT OLD.author OR NEW.activity IS NOT OLD.activity OR NEW.change IS NOT OLD.change
        BEGIN SELECT RAISE(ABORT, 'correction history is append-only'); END;

        DROP TRIGGER reflection_no_update;
        CREATE TRIGGER reflection_no_update BEFORE UPDATE ON reflection
        WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress e JOIN route r ON r.teacher_id = e.person_id
                         WHERE r.id = OLD.route_id)
          OR NEW.seq IS NOT OLD.seq OR NEW.route_id IS NOT OLD.route_id OR NEW.date IS NOT OLD.date
          OR NEW.activity IS NOT OLD.activity OR NEW.deficit IS NOT OLD.deficit OR NEW.score IS NOT OLD.score
          OR NEW.final IS NOT OLD.final OR NEW.tags IS NOT OLD.tags
        BEGIN SELECT RAISE(ABORT, 'reflection history is append-only'); END;

        DROP TRIGGER reflection_revision_no_update;
        CREATE TRIGGER reflection_revision_no_update BEFORE UPDATE ON reflection_revision
        WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress e JOIN route r ON r.teacher_id = e.person_id
                         JOIN reflection f ON f.route_id = r.id WHERE f.seq = OLD.reflection_seq)
          OR NEW.seq IS NOT OLD.seq OR NEW.reflection_seq IS NOT OLD.reflection_seq
          OR NEW.date IS NOT OLD.date OR NEW.score IS NOT OLD.score
        BEGIN SELECT RAISE(ABORT, 'reflection_revision history is append-only'); END;
        """

    /// After an erasure: the personal data of the person cannot come back (say, by importing
    /// an old document again), and nothing new is recorded about them.
    private static let erasedPersonTriggers = """
        CREATE TRIGGER person_erased_no_refill BEFORE UPDATE OF body ON person
        WHEN EXISTS (SELECT 1 FROM erasure WHERE person_id = OLD.id)
          AND (json_extract(NEW.body, '$.name') IS NOT json_extract(OLD.body, '$.name')
            OR json_extract(NEW.body, '$.school') IS NOT json_extract(OLD.body, '$.school')
            OR json_extract(NEW.body, '$.position') IS NOT json_extract(OLD.body, '$.position')
            OR json_extract(NEW.body, '$.subject') IS NOT json_extract(OLD.body, '$.subject')
            OR json_extract(NEW.body, '$.requests.subjects') IS NOT json_extract(OLD.body, '$.requests.subjects')
            OR json_extract(NEW.body, '$.offers.subjects') IS NOT json_extract(OLD.body, '$.offers.subjects'))
        BEGIN SELECT RAISE(ABORT, 'this person''s personal data was erased on withdrawn consent and cannot be written back: add the person anew under another id'); END;

        CREATE TRIGGER consent_after_erasure BEFORE INSERT ON consent
        WHEN EXISTS (SELECT 1 FROM erasure WHERE person_id = NEW.person_id)
        BEGIN SELECT RAISE(ABORT, 'this person''s personal data was erased on withdrawn consent: add the person anew under another id to record a new consent'); END;

        CREATE TRIGGER route_erased_no_refill BEFORE UPDATE OF body ON route
        WHEN EXISTS (SELECT 1 FROM erasure WHERE person_id = OLD.teacher_id)
          AND NOT EXISTS (SELECT 1 FROM erasure_in_progress)
          AND NEW.body IS NOT OLD.body
        BEGIN SELECT RAISE(ABORT, 'the teacher of this route withdrew their consent and their texts were erased: the route can no longer change'); END;

        CREATE TRIGGER correction_after_erasure BEFORE INSERT ON correction
        WHEN EXISTS (SELECT 1 FROM erasure e JOIN route r ON r.teacher_id = e.person_id WHERE r.id = NEW.route_id)
        BEGIN SELECT RAISE(ABORT, 'the teacher of this route withdrew their consent and their texts were erased: the route can no longer change'); END;

        CREATE TRIGGER reflection_after_erasure BEFORE INSERT ON reflection
        WHEN EXISTS (SELECT 1 FROM erasure e JOIN route r ON r.teacher_id = e.person_id WHERE r.id = NEW.route_id)
        BEGIN SELECT RAISE(ABORT, 'the teacher of this route withdrew their consent and their texts were erased: no reflection can be added'); END;

        CREATE TRIGGER reflection_revision_after_erasure BEFORE INSERT ON reflection_revision
        WHEN EXISTS (SELECT 1 FROM erasure e JOIN route r ON r.teacher_id = e.person_id
                     JOIN reflection f ON f.route_id = r.id WHERE f.seq = NEW.reflection_seq)
        BEGIN SELECT RAISE(ABORT, 'the teacher of this route withdrew their consent and their texts were erased: no reflection can be revised'); END;
        """
}
