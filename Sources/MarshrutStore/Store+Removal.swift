import MarshrutCore

extension Store {
    /// Removes a route entered by mistake, in one transaction: `check` sees the stored route and
    /// throws to keep it. A route with history (corrections, reflections) or one a program addresses
    /// is never removed.
    public func removeRoute(_ id: String, check: (Route) throws -> Void) throws {
        try write { db in
            let route = try Self.fetchRoute(db, id)
            try check(route)
            let addressing = try String.fetchAll(db, sql: "SELECT id FROM program ORDER BY id").filter { programID in
                try Self.fetchProgram(db, programID).addresses.contains { $0.hasPrefix(id + "/") }
            }
            guard addressing.isEmpty, route.corrections.isEmpty, route.reflections.isEmpty else {
                throw StoreError(
                    StoreText.routeKept(
                        id, programs: addressing, corrections: route.corrections.count,
                        reflections: route.reflections.count))
            }
            try db.execute(sql: "DELETE FROM route WHERE id = ?", arguments: [id])
        }
    }

    /// Removes a program entered by mistake, in one transaction: `check` sees the stored program and
    /// throws to keep it. A program with indicators is never removed (they are history).
    public func removeProgram(_ id: String, check: (Program) throws -> Void) throws {
        try write { db in
            let program = try Self.fetchProgram(db, id)
            try check(program)
            guard program.indicators.isEmpty else {
                throw StoreError(StoreText.programKept(id, indicators: program.indicators.count))
            }
            try db.execute(sql: "DELETE FROM program WHERE id = ?", arguments: [id])
        }
    }
}
