import GRDB

extension Schema {
    /// v8: a reflection may be on the route's self-image (step 7) instead of an activity or a
    /// deficit. SQLite cannot change a table's CHECK in place, so the table is rebuilt: the
    /// triggers and indexes that name it are read from the schema as they stand, dropped, and
    /// created again unchanged once the new table has its name; row ids (`seq`, which the
    /// revisions name) are copied as they were.
    static func registerImageReflections(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8: reflections on the self-image") { db in
            let dependents = try Row.fetchAll(
                db,
                sql: """
                    SELECT type, name, sql FROM sqlite_master
                    WHERE sql IS NOT NULL AND type IN ('trigger', 'index')
                      AND (tbl_name = 'reflection' OR (type = 'trigger' AND sql LIKE '%reflection%'))
                    ORDER BY type DESC, name
                    """
            ).map { (type: $0["type"] as String, name: $0["name"] as String, sql: $0["sql"] as String) }
            for dependent in dependents {
                try db.execute(sql: "DROP \(dependent.type == "index" ? "INDEX" : "TRIGGER") \(dependent.name.quotedDatabaseIdentifier)")
            }
            try db.execute(
                sql: """
                    CREATE TABLE reflection_v8 (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        route_id TEXT NOT NULL REFERENCES route(id),
                        date TEXT NOT NULL,
                        activity TEXT,
                        deficit TEXT,
                        image INTEGER NOT NULL DEFAULT 0 CHECK (image IN (0, 1)),
                        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                        text TEXT NOT NULL,
                        final INTEGER NOT NULL DEFAULT 0,
                        tags TEXT NOT NULL DEFAULT '[]',    -- JSON list, set when logged
                        CHECK ((activity IS NOT NULL) + (deficit IS NOT NULL) + image = 1)
                    );
                    INSERT INTO reflection_v8 (seq, route_id, date, activity, deficit, image, score, text, final, tags)
                        SELECT seq, route_id, date, activity, deficit, 0, score, text, final, tags FROM reflection;
                    DROP TABLE reflection;
                    ALTER TABLE reflection_v8 RENAME TO reflection;
                    """)
            for dependent in dependents {
                try db.execute(sql: dependent.sql)
            }
        }
    }
}
