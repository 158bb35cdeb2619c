import MarshrutCore

extension Store {
    /// All persons, by id.
    public func persons() throws -> [Person] {
        try read { db in try Self.fetchPersons(db) }
    }

    /// One person.
    public func person(_ id: String) throws -> Person {
        try read { db in try Self.fetchPerson(db, id) }
    }

    /// Adds a new person; the id must be free and the person valid.
    public func add(_ person: Person) throws {
        try person.validate()
        try write { db in
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM person WHERE id = ?"), arguments: [person.id]) == true {
                throw StoreError(StoreText.personExists(person.id))
            }
            try Self.save(person, db)
        }
    }

    /// Changes a person in one transaction; consents already stored stay as they are.
    @discardableResult
    public func updatePerson(_ id: String, _ change: (inout Person) throws -> Void) throws -> Person {
        try write { db in
            var person = try Self.fetchPerson(db, id)
            try change(&person)
            guard person.id == id else { throw StoreError(StoreText.personIDChange(id, person.id)) }
            try person.validate()
            try Self.save(person, db)
            return person
        }
    }

    static func fetchPersons(_ db: any SQLSession) throws -> [Person] {
        var consents: [String: [Consent]] = [:]
        for row in try SQLRow.fetchAll(db, sql: "SELECT person_id, kind, date FROM consent ORDER BY seq") {
            let consent = Consent(kind: try row.code("kind", ConsentKind.self), date: try row.day("date"))
            consents[row["person_id"], default: []].append(consent)
        }
        return try SQLRow.fetchAll(db, sql: "SELECT id, body FROM person ORDER BY id").map { row in
            try person(from: row, consents: consents[row["id"]] ?? [])
        }
    }

    static func fetchPerson(_ db: any SQLSession, _ id: String) throws -> Person {
        try DamagedRecord.naming(table: "person", id: id) { try decodePerson(db, id) }
    }

    private static func decodePerson(_ db: any SQLSession, _ id: String) throws -> Person {
        guard let row = try SQLRow.fetchOne(db.cachedStatement(sql: "SELECT id, body FROM person WHERE id = ?"), arguments: [id]) else {
            throw StoreError.notFound(.person, id, known: try String.fetchAll(db, sql: "SELECT id FROM person ORDER BY id"))
        }
        let consents = try SQLRow.fetchAll(db.cachedStatement(sql: "SELECT kind, date FROM consent WHERE person_id = ? ORDER BY seq"), arguments: [id])
            .map { Consent(kind: try $0.code("kind", ConsentKind.self), date: try $0.day("date")) }
        return try person(from: row, consents: consents)
    }

    private static func person(from row: SQLRow, consents: [Consent]) throws -> Person {
        let body = try JSON.decode(PersonBody.self, row["body"])
        return Person(
            id: row["id"], name: body.name, school: body.school, position: body.position,
            subject: body.subject, roles: body.roles, requests: body.requests,
            capacity: body.capacity, offers: body.offers, consents: consents, organization: body.organization, staff: body.staff)
    }

    /// Upserts the person row and appends the consents not yet stored.
    static func save(_ person: Person, _ db: any SQLSession) throws {
        let body = PersonBody(person)
        try db.executeCached(
            sql: "INSERT INTO person (id, body) VALUES (?, \(db.dialect.jsonArgument)) ON CONFLICT(id) DO UPDATE SET body = excluded.body",
            arguments: [person.id, try JSON.encode(body)])
        let stored = try SQLRow.fetchAll(db.cachedStatement(sql: "SELECT kind, date FROM consent WHERE person_id = ? ORDER BY seq"), arguments: [person.id])
            .map { Consent(kind: try $0.code("kind", ConsentKind.self), date: try $0.day("date")) }
        try ensurePrefix(stored, of: person.consents, what: StoreText.consents(ofPerson: person.id))
        for consent in person.consents.dropFirst(stored.count) {
            try db.executeCached(
                sql: "INSERT INTO consent (person_id, kind, date) VALUES (?, ?, ?)",
                arguments: [person.id, consent.kind.rawValue, consent.date])
        }
    }

    /// History is append-only: what is stored must stand unchanged at the head of what is saved.
    static func ensurePrefix<T: Equatable>(_ stored: [T], of new: [T], what: String) throws {
        guard new.count >= stored.count, Array(new.prefix(stored.count)) == stored else {
            throw StoreError(StoreText.appendOnly(what, stored: stored.count))
        }
    }
}
