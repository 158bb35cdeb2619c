import MarshrutCore

extension Store {
    /// All routes, by id.
    public func routes() throws -> [Route] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT id FROM route ORDER BY id").map { try Self.fetchRoute(db, $0) }
        }
    }

    public func route(_ id: String) throws -> Route {
        try read { db in try Self.fetchRoute(db, id) }
    }

    /// Adds a new route; its teacher (and tutor) must exist with a personal-data consent.
    public func add(_ route: Route) throws {
        try write { db in
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM route WHERE id = ?"), arguments: [route.id]) == true {
                throw StoreError(StoreText.routeExists(route.id))
            }
            try Self.checkReferences(of: route, db)
            let problems = try Self.newParticipationProblems(route: route, stored: nil, db)
            if !problems.isEmpty { throw ModelError(problems: problems) }
            try Self.save(route, db)
        }
    }

    /// Reads, changes and saves a route in one transaction: a refused change stores nothing.
    @discardableResult
    public func updateRoute(_ id: String, _ change: (inout Route) throws -> Void) throws -> Route {
        try write { db in
            var route = try Self.fetchRoute(db, id)
            let stored = route
            try change(&route)
            guard route.id == id else { throw StoreError(StoreText.routeIDChange(id, route.id)) }
            try Self.checkReferences(of: route, db)
            let problems = try Self.newParticipationProblems(route: route, stored: stored, db)
            if !problems.isEmpty { throw ModelError(problems: problems) }
            try Self.save(route, db)
            return route
        }
    }

    /// Appends one reflection to a route without reading its other reflections: `make` gets the
    /// route without them and the number the new one will have, checks, and returns what to store.
    /// Returns that number.
    ///
    /// Reflections logged at the same moment by several threads are written in one transaction
    /// (see ``ReflectionQueue``); each is checked and numbered on its own, and `make` runs on the
    /// thread that writes, while this one waits.
    @discardableResult
    public func appendReflection(to id: String, _ make: (_ route: Route, _ number: Int) throws -> Reflection) throws -> Int {
        try withoutActuallyEscaping(make) { make in
            let request = ReflectionQueue.Request(route: id, audit: Self.auditing, make: make)
            return try reflectionQueue.submit(request, write: writeReflections).get()
        }
    }

    /// Writes a batch of reflections in one transaction, with the audit lines of their requests.
    /// When the transaction itself fails with more than one in it, each is written again alone,
    /// so that one's failure is not another's.
    func writeReflections(_ batch: [ReflectionQueue.Request]) -> [Result<Int, any Error>] {
        var outcomes: [Result<Int, any Error>] = []
        do {
            try Self.$auditing.withValue(nil) {
                try write { db in
                    outcomes = try Self.insertReflections(batch, db)
                }
            }
            for (request, outcome) in zip(batch, outcomes) {
                if case .success = outcome { request.audit?.isWritten = true }
            }
            return outcomes.map { $0.mapError(translated) }
        } catch {
            guard batch.count > 1 else { return [.failure(error)] }
            return batch.flatMap { writeReflections([$0]) }
        }
    }

    /// Checks and inserts each reflection of a batch after the ones before it; returns each one's
    /// number or why it was refused. Throws only what fails the whole transaction.
    private static func insertReflections(_ batch: [ReflectionQueue.Request], _ db: any SQLSession) throws -> [Result<Int, any Error>] {
        var heads: [String: (route: Route, reflections: Int)] = [:]
        var outcomes: [Result<Int, any Error>] = []
        var rows: [(route: String, reflection: Reflection)] = []
        var audits: [AuditEntry] = []
        for request in batch {
            do {
                var head = try heads[request.route] ?? DamagedRecord.naming(table: "route", id: request.route) { try decodeHead(db, request.route) }
                let reflection = original(try request.reflection(on: head.route, number: head.reflections + 1))
                head.reflections += 1
                heads[request.route] = head
                rows.append((request.route, reflection))
                if let audit = request.audit, !audit.isWritten { audits.append(audit.entry) }
                outcomes.append(.success(head.reflections))
            } catch {
                outcomes.append(.failure(error))
            }
        }
        try db.insertRows(
            into: "reflection", columns: ["route_id", "date", "activity", "deficit", "image", "score", "text", "final", "tags"],
            try rows.map { route, r in [route, r.date, r.activity, r.deficit, r.isOnImage, r.score, r.text, r.isFinal, try JSON.encode(r.tags)] })
        try insert(audits, db)
        return outcomes
    }

    /// A route without its reflections, and how many it has: all that a new reflection is checked against.
    public func routeHead(_ id: String) throws -> (route: Route, reflections: Int) {
        try read { db in try DamagedRecord.naming(table: "route", id: id) { try Self.decodeHead(db, id) } }
    }

    /// The teacher and tutor of a route, without reading the rest of it; `nil` when there is no such route.
    public func participants(ofRoute id: String) throws -> (teacher: String, tutor: String?)? {
        try readCommitted { db in
            try SQLRow.fetchOne(db.cachedStatement(sql: "SELECT teacher_id, tutor_id FROM route WHERE id = ?"), arguments: [id]).map {
                (teacher: $0["teacher_id"], tutor: $0["tutor_id"])
            }
        }
    }

    static func checkReferences(of route: Route, _ db: any SQLSession) throws {
        var persons: [String: Person] = [:]
        for id in [route.teacher, route.tutor].compactMap({ $0 }) + route.corrections.map(\.author) where persons[id] == nil {
            if let person = try? fetchPerson(db, id) { persons[id] = person }
        }
        try Catalog(routes: [route]).validate(knownPersons: persons)
    }

    static func fetchRoute(_ db: any SQLSession, _ id: String) throws -> Route {
        try DamagedRecord.naming(table: "route", id: id) { try decodeRoute(db, id) }
    }

    /// Route bodies decoded lately (a few hundred routes' worth, some megabytes at most).
    static let routeBodies = DecodedBodies<RouteBody>(capacity: 256)

    private static func decodeRoute(_ db: any SQLSession, _ id: String, withReflections: Bool = true) throws -> Route {
        try route(from: routeRow(db, id, counted: false), db, withReflections: withReflections)
    }

    /// A route without its reflections and how many it has, its row and its tally read together
    /// (a write holds the write lock while it reads them: one round trip fewer on PostgreSQL).
    private static func decodeHead(_ db: any SQLSession, _ id: String) throws -> (route: Route, reflections: Int) {
        let row = try routeRow(db, id, counted: true)
        return (try route(from: row, db, withReflections: false), row["reflection_count"])
    }

    private static func routeRow(_ db: any SQLSession, _ id: String, counted: Bool) throws -> SQLRow {
        let sql =
            counted
            ? """
            SELECT r.*, coalesce((SELECT t.reflections FROM route_tally t WHERE t.route_id = r.id), 0) AS reflection_count
            FROM route r WHERE r.id = ?
            """
            : "SELECT * FROM route WHERE id = ?"
        guard let row = try SQLRow.fetchOne(db.cachedStatement(sql: sql), arguments: [id]) else {
            throw StoreError.notFound(.route, id, known: try String.fetchAll(db, sql: "SELECT id FROM route ORDER BY id"))
        }
        return row
    }

    private static func route(from row: SQLRow, _ db: any SQLSession, withReflections: Bool) throws -> Route {
        let id: String = row["id"]
        let body = try routeBodies.value(for: id, text: row["body"]) { try JSON.decode(RouteBody.self, $0) }
        return Route(
            id: row["id"], teacher: row["teacher_id"], tutor: row["tutor_id"],
            start: try row.day("start"), end: try row.day("end"), stage: try row.code("stage", Stage.self),
            selfImage: body.selfImage, strengths: body.strengths, deficits: body.deficits,
            activities: body.activities, corrections: try fetchCorrections(db, id),
            reflections: withReflections ? try fetchReflections(db, id) : [])
    }

    static func fetchCorrections(_ db: any SQLSession, _ routeID: String) throws -> [Correction] {
        try SQLRow.fetchAll(db.cachedStatement(sql: "SELECT * FROM correction WHERE route_id = ? ORDER BY seq"), arguments: [routeID]).map { row in
            Correction(
                date: try row.day("date"), author: row["author"], activity: row["activity"],
                change: row["change"], reason: row["reason"])
        }
    }

    static func fetchReflections(_ db: any SQLSession, _ routeID: String) throws -> [Reflection] {
        var revisions: [Int64: [SQLRow]] = [:]
        for row in try SQLRow.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT * FROM reflection_revision WHERE route_id = ? ORDER BY seq
                    """), arguments: [routeID])
        {
            revisions[row["reflection_seq"], default: []].append(row)
        }
        return try SQLRow.fetchAll(db.cachedStatement(sql: "SELECT * FROM reflection WHERE route_id = ? ORDER BY seq"), arguments: [routeID]).map { row in
            let target: Reflection.Target
            if let activity: String = row["activity"] {
                target = .activity(activity)
            } else if let deficit: String = row["deficit"] {
                target = .deficit(deficit)
            } else {
                target = .image
            }
            var reflection = Reflection(
                date: try row.day("date"), target: target, score: row["score"], text: row["text"],
                isFinal: row["final"], tags: try JSON.decode([String].self, row["tags"]))
            for revision in revisions[row["seq"]] ?? [] {
                reflection.revise(text: revision["text"], score: revision["score"], on: try revision.day("date"))
            }
            return reflection
        }
    }

    /// A reflection as first logged, without later revisions.
    static func original(_ r: Reflection) -> Reflection {
        guard let first = r.history.first else { return r }
        return Reflection(date: r.date, target: r.target, score: first.score, text: first.text, isFinal: r.isFinal, tags: r.tags)
    }

    /// Every wording of a reflection after the first: (day written, score, text).
    static func revisions(_ r: Reflection) -> [(date: Day, score: Int, text: String)] {
        let later = r.history.dropFirst().map { ($0.score, $0.text) } + (r.history.isEmpty ? [] : [(r.score, r.text)])
        return zip(r.history.map(\.replaced), later).map { ($0, $1.0, $1.1) }
    }

    /// Upserts the route row and appends the corrections and reflections not yet stored.
    static func save(_ route: Route, _ db: any SQLSession) throws {
        let body = RouteBody(
            selfImage: route.selfImage, strengths: route.strengths, deficits: route.deficits,
            activities: route.activities)
        try db.executeCached(
            sql: """
                INSERT INTO route (id, teacher_id, tutor_id, start, "end", stage, body) VALUES (?, ?, ?, ?, ?, ?, \(db.dialect.jsonArgument))
                ON CONFLICT(id) DO UPDATE SET teacher_id = excluded.teacher_id, tutor_id = excluded.tutor_id,
                  start = excluded.start, "end" = excluded."end", stage = excluded.stage, body = excluded.body
                """,
            arguments: [
                route.id, route.teacher, route.tutor, route.start, route.end, route.stage.rawValue,
                try JSON.encode(body),
            ])
        let corrections = try fetchCorrections(db, route.id)
        try ensurePrefix(corrections, of: route.corrections, what: StoreText.corrections(ofRoute: route.id))
        for c in route.corrections.dropFirst(corrections.count) {
            try db.executeCached(
                sql: "INSERT INTO correction (route_id, date, author, activity, change, reason) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [route.id, c.date, c.author, c.activity, c.change, c.reason])
        }
        let stored = try fetchReflections(db, route.id)
        try ensurePrefix(stored.map(original), of: route.reflections.map(original), what: StoreText.reflections(ofRoute: route.id))
        let seqs = try Int64.fetchAll(db.cachedStatement(sql: "SELECT seq FROM reflection WHERE route_id = ? ORDER BY seq"), arguments: [route.id])
        for (i, reflection) in route.reflections.enumerated() {
            var seq: Int64
            if i < stored.count {
                seq = seqs[i]
            } else {
                let r = original(reflection)
                seq = try db.insertReturningSeq(
                    sql: """
                        INSERT INTO reflection (route_id, date, activity, deficit, image, score, text, final, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [route.id, r.date, r.activity, r.deficit, r.isOnImage, r.score, r.text, r.isFinal, try JSON.encode(r.tags)])
            }
            let old = i < stored.count ? revisions(stored[i]) : []
            let new = revisions(reflection)
            guard new.count >= old.count, zip(old, new).allSatisfy({ $0.date == $1.date && $0.score == $1.score && $0.text == $1.text }) else {
                throw StoreError(StoreText.revisionsAppendOnly(route: route.id, number: i + 1))
            }
            for revision in new.dropFirst(old.count) {
                try db.executeCached(
                    sql: "INSERT INTO reflection_revision (reflection_seq, route_id, date, score, text) VALUES (?, ?, ?, ?, ?)",
                    arguments: [seq, route.id, revision.date, revision.score, revision.text])
            }
        }
    }
}
