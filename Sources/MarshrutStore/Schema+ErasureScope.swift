import GRDB

extension Schema {
    /// v6: an erasure also reaches the person's reflection tags and, in the programs they took part
    /// in, the attitudes to products and the reasons of status changes.
    static func registerErasureScope(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6: erasure reaches tags and program texts") { db in
            try db.execute(
                sql: """
                    DROP TRIGGER reflection_no_update;
                    CREATE TRIGGER reflection_no_update BEFORE UPDATE ON reflection
                    WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress e JOIN route r ON r.teacher_id = e.person_id
                                     WHERE r.id = OLD.route_id)
                      OR NEW.seq IS NOT OLD.seq OR NEW.route_id IS NOT OLD.route_id OR NEW.date IS NOT OLD.date
                      OR NEW.activity IS NOT OLD.activity OR NEW.deficit IS NOT OLD.deficit OR NEW.score IS NOT OLD.score
                      OR NEW.final IS NOT OLD.final
                    BEGIN SELECT RAISE(ABORT, 'reflection history is append-only'); END;

                    DROP TRIGGER program_change_no_update;
                    CREATE TRIGGER program_change_no_update BEFORE UPDATE ON program_change
                    WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress e JOIN program_member m ON m.person_id = e.person_id
                                     WHERE m.program_id = OLD.program_id)
                      OR NEW.seq IS NOT OLD.seq OR NEW.program_id IS NOT OLD.program_id OR NEW.date IS NOT OLD.date
                      OR NEW.status IS NOT OLD.status
                    BEGIN SELECT RAISE(ABORT, 'program_change history is append-only'); END;
                    """)
        }
    }
}
