import GRDB

extension Schema {
    /// v12: a revision names the route of its reflection, so that the revisions of a batch of
    /// routes are read through an index on the route rather than by joining every reflection of
    /// those routes (on PostgreSQL, a hash join over the whole revision table for each batch of
    /// the region reader).
    ///
    /// The route is derived, and the database holds it to that: an insert naming another route
    /// than its reflection's is refused, and the history's no-update trigger covers the new column.
    static func registerRevisionRoutes(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v12: revisions name their route") { db in
            try db.execute(
                sql: """
                    ALTER TABLE reflection_revision ADD COLUMN route_id TEXT;
                    DROP TRIGGER reflection_revision_no_update;
                    UPDATE reflection_revision SET route_id = (SELECT route_id FROM reflection WHERE seq = reflection_seq);
                    CREATE TRIGGER reflection_revision_no_update BEFORE UPDATE ON reflection_revision
                    WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress e JOIN route r ON r.teacher_id = e.person_id
                                     WHERE r.id = OLD.route_id)
                      OR NEW.seq IS NOT OLD.seq OR NEW.reflection_seq IS NOT OLD.reflection_seq
                      OR NEW.route_id IS NOT OLD.route_id OR NEW.date IS NOT OLD.date OR NEW.score IS NOT OLD.score
                    BEGIN SELECT RAISE(ABORT, 'reflection_revision history is append-only'); END;
                    CREATE TRIGGER reflection_revision_route BEFORE INSERT ON reflection_revision
                    WHEN NEW.route_id IS NOT (SELECT route_id FROM reflection WHERE seq = NEW.reflection_seq)
                    BEGIN SELECT RAISE(ABORT, 'a revision must name the route of its reflection'); END;
                    CREATE INDEX reflection_revision_route ON reflection_revision(route_id, reflection_seq, seq);
                    """)
        }
    }
}
