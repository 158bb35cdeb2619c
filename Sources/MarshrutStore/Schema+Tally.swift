import GRDB

extension Schema {
    /// v11: how many reflections each route has, kept by the database as reflections are added,
    /// so that a new reflection learns its number without counting the route's whole journal
    /// (a route that collects reflections for years would make every write slower).
    ///
    /// The tally is derived: a trigger adds to it on every insert, whoever inserts (a reflection,
    /// an import, a copy), and reflections are never deleted (the history is append-only).
    static func registerReflectionTally(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v11: reflections counted per route") { db in
            try db.execute(
                sql: """
                    CREATE TABLE route_tally (
                        route_id TEXT PRIMARY KEY REFERENCES route(id) ON DELETE CASCADE,
                        reflections INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    INSERT INTO route_tally (route_id, reflections)
                        SELECT route_id, count(*) FROM reflection GROUP BY route_id;
                    CREATE TRIGGER reflection_tally AFTER INSERT ON reflection
                    BEGIN
                        INSERT INTO route_tally (route_id, reflections) VALUES (NEW.route_id, 1)
                        ON CONFLICT (route_id) DO UPDATE SET reflections = reflections + 1;
                    END;
                    """)
        }
    }
}
