import MarshrutCore

extension Store {
    /// Whether `mentor` mentors `mentee` in some program, asked of the members table alone.
    public func isMentor(_ mentor: String, of mentee: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT 1 FROM program_member AS m JOIN program_member AS e ON e.program_id = m.program_id
                        WHERE m.person_id = ? AND m.role = 'mentor' AND e.person_id = ? AND e.role = 'mentee' LIMIT 1
                        """), arguments: [mentor, mentee]) ?? false
        }
    }

    public func programs() throws -> [Program] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT id FROM program ORDER BY id").map { try Self.fetchProgram(db, $0) }
        }
    }

    public func program(_ id: String) throws -> Program {
        try read { db in try Self.fetchProgram(db, id) }
    }

    /// Reads, changes and saves a program in one transaction.
    @discardableResult
    public func updateProgram(_ id: String, _ change: (inout Program) throws -> Void) throws -> Program {
        try write { db in
            var program = try Self.fetchProgram(db, id)
            let stored = program
            try change(&program)
            guard program.id == id else { throw StoreError(StoreText.programIDChange(id, program.id)) }
            try Self.checkMembers(of: program, db)
            let problems = try Self.newParticipationProblems(program: program, stored: stored, db)
            if !problems.isEmpty { throw ModelError(problems: problems) }
            try Self.save(program, db)
            return program
        }
    }

    static func checkMembers(of program: Program, _ db: any SQLSession) throws {
        var persons: [String: Person] = [:]
        for id in program.mentors + program.mentees {
            if let person = try? fetchPerson(db, id) { persons[id] = person }
        }
        var routes: [String: Route] = [:]
        for reference in program.addresses {
            let routeID = String(reference.split(separator: "/").first ?? "")
            if routes[routeID] == nil, let route = try? fetchRoute(db, routeID) { routes[routeID] = route }
        }
        try Catalog(programs: [program]).validate(knownPersons: persons, knownRoutes: routes)
    }

    /// Adds a new program; its members must be in the banks with their consents.
    public func add(_ program: Program) throws {
        try write { db in
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM program WHERE id = ?"), arguments: [program.id]) == true {
                throw StoreError(StoreText.programExists(program.id))
            }
            try Self.checkMembers(of: program, db)
            let problems = try Self.newParticipationProblems(program: program, stored: nil, db)
            if !problems.isEmpty { throw ModelError(problems: problems) }
            try Self.save(program, db)
        }
    }

    /// Ids of programs already stored, for choosing a free one.
    public func programIDs() throws -> [String] {
        try ids(of: "program")
    }

    /// Ids of routes stored, without reading the routes.
    public func routeIDs() throws -> [String] { try ids(of: "route") }

    /// Ids of persons stored, without reading the persons.
    public func personIDs() throws -> [String] { try ids(of: "person") }

    private func ids(of table: String) throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT id FROM \(table) ORDER BY id") }
    }

    static func fetchProgram(_ db: any SQLSession, _ id: String) throws -> Program {
        try DamagedRecord.naming(table: "program", id: id) { try decodeProgram(db, id) }
    }

    private static func decodeProgram(_ db: any SQLSession, _ id: String) throws -> Program {
        guard let row = try SQLRow.fetchOne(db.cachedStatement(sql: "SELECT * FROM program WHERE id = ?"), arguments: [id]) else {
            throw StoreError.notFound(.program, id, known: try String.fetchAll(db, sql: "SELECT id FROM program ORDER BY id"))
        }
        let body = try JSON.decode(ProgramBody.self, row["body"])
        let members = try SQLRow.fetchAll(
            db.cachedStatement(sql: "SELECT person_id, role FROM program_member WHERE program_id = ? ORDER BY role, position"),
            arguments: [id])
        let indicators = try SQLRow.fetchAll(
            db.cachedStatement(sql: "SELECT name, date, value FROM indicator WHERE program_id = ? ORDER BY seq"),
            arguments: [id]
        )
        .map { Indicator(name: $0["name"], date: try $0.day("date"), value: $0["value"]) }
        return Program(
            id: row["id"], forms: body.forms, directions: body.directions,
            mentors: members.filter { $0["role"] == "mentor" }.map { $0["person_id"] },
            mentees: members.filter { $0["role"] == "mentee" }.map { $0["person_id"] },
            start: try row.day("start"), end: try row.day("end"),
            status: try row.code("status", ProgramStatus.self), activities: body.activities,
            indicators: indicators, addresses: body.addresses ?? [],
            changes: try SQLRow.fetchAll(
                db, sql: "SELECT date, status, reason FROM program_change WHERE program_id = ? ORDER BY seq",
                arguments: [id]
            ).map {
                StatusChange(date: try $0.day("date"), status: try $0.code("status", ProgramStatus.self), reason: $0["reason"])
            })
    }

    static func save(_ program: Program, _ db: any SQLSession) throws {
        let body = ProgramBody(
            forms: program.forms, directions: program.directions, activities: program.activities,
            addresses: program.addresses.isEmpty ? nil : program.addresses)
        try db.executeCached(
            sql: """
                INSERT INTO program (id, status, start, "end", body) VALUES (?, ?, ?, ?, \(db.dialect.jsonArgument))
                ON CONFLICT(id) DO UPDATE SET status = excluded.status, start = excluded.start, "end" = excluded."end",
                  body = excluded.body
                """, arguments: [program.id, program.status.rawValue, program.start, program.end, try JSON.encode(body)])
        try db.executeCached(sql: "DELETE FROM program_member WHERE program_id = ?", arguments: [program.id])
        for (role, ids) in [("mentor", program.mentors), ("mentee", program.mentees)] {
            for (position, id) in ids.enumerated() {
                try db.executeCached(
                    sql: "INSERT INTO program_member (program_id, person_id, role, position) VALUES (?, ?, ?, ?)",
                    arguments: [program.id, id, role, position])
            }
        }
        let stored = try SQLRow.fetchAll(
            db, sql: "SELECT name, date, value FROM indicator WHERE program_id = ? ORDER BY seq",
            arguments: [program.id]
        )
        .map { Indicator(name: $0["name"], date: try $0.day("date"), value: $0["value"]) }
        try ensurePrefix(stored, of: program.indicators, what: StoreText.indicators(ofProgram: program.id))
        for i in program.indicators.dropFirst(stored.count) {
            try db.executeCached(
                sql: "INSERT INTO indicator (program_id, name, date, value) VALUES (?, ?, ?, ?)",
                arguments: [program.id, i.name, i.date, i.value])
        }
        let changes = try SQLRow.fetchAll(
            db, sql: "SELECT date, status, reason FROM program_change WHERE program_id = ? ORDER BY seq",
            arguments: [program.id]
        )
        .map { StatusChange(date: try $0.day("date"), status: try $0.code("status", ProgramStatus.self), reason: $0["reason"]) }
        try ensurePrefix(changes, of: program.changes, what: StoreText.statusChanges(ofProgram: program.id))
        for c in program.changes.dropFirst(changes.count) {
            try db.executeCached(
                sql: "INSERT INTO program_change (program_id, date, status, reason) VALUES (?, ?, ?, ?)",
                arguments: [program.id, c.date, c.status.rawValue, c.reason])
        }
    }
}
