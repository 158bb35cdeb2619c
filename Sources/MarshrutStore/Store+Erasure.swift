import GRDB
import MarshrutCore

extension Store {
    /// One entry of the erasure log: which person's personal data was erased, and when.
    ///
    /// The log names the person by id, never by anything erased: the id stays in the
    /// database anyway (it keys the person's remaining routes, programs and consents), so
    /// logging it discloses nothing new, and it lets the store refuse a second erasure and
    /// answer whether a withdrawal was carried out.
    public struct Erasure: Sendable, Hashable {
        /// The erasure's number in the log, from 1.
        public var number: Int
        /// The id of the person whose data was erased.
        public var person: String
        public var date: Day
        /// How many free texts were overwritten (name and other fields of the person included).
        public var texts: Int
    }

    /// The erasure log, oldest first.
    public func erasures() throws -> [Erasure] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM erasure ORDER BY seq").map(Self.erasure(from:))
        }
    }

    /// The erasure of a person's data, if there was one.
    public func erasure(of personID: String) throws -> Erasure? {
        try read { db in try Self.fetchErasure(db, personID) }
    }

    /// Erases a person's personal data after the personal-data consent was withdrawn.
    ///
    /// Overwritten, with `Person.erasedName` or `Person.erasedText`: the person's name,
    /// school, position, subject, and the subjects they ask for or offer; on the routes where
    /// they are the teacher, the self-image, strength and deficit texts, products' attitudes,
    /// corrections' reasons, and reflections' texts with every earlier revision. Kept, as
    /// anonymous counts: the person row with its id, roles, areas, forms, capacity and
    /// consents; routes, deficits with areas and levels, activities, reflections with scores
    /// and dates, programs. The erasure is logged.
    ///
    /// The old bytes are really gone: the change runs with `secure_delete`, then the
    /// write-ahead log is checkpointed and truncated and the file is vacuumed, so neither
    /// the file, its free pages nor the `-wal` file keeps them.
    ///
    /// - Throws: `StoreError` for an unknown person, a person already erased (the clean-up
    ///   of the file is then run again, so a retry after a failed clean-up completes it),
    ///   or a clean-up that another process keeps from finishing.
    @discardableResult
    public func forget(_ personID: String, on date: Day) throws -> Erasure {
        let outcome: Result<Erasure, StoreError>
        do {
            outcome = try pool.barrierWriteWithoutTransaction { db in
                let secureDelete = try Int.fetchOne(db, sql: "PRAGMA secure_delete") ?? 0
                try db.execute(sql: "PRAGMA secure_delete = ON")
                defer { try? db.execute(sql: "PRAGMA secure_delete = \(secureDelete)") }
                var outcome: Result<Erasure, StoreError> = .failure(StoreError(StoreText.erasureDidNotRun(personID)))
                try db.inTransaction(.immediate) {
                    do {
                        outcome = .success(try Self.erase(personID, on: date, db))
                        return .commit
                    } catch let refusal as StoreError {
                        outcome = .failure(refusal)
                        return .rollback
                    }
                }
                // Also after a refused second erasure, so that a retry completes an interrupted clean-up.
                if try Self.fetchErasure(db, personID) != nil { try Self.compact(db, personID: personID) }
                return outcome
            }
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: path)
        }
        return try outcome.get()
    }

    static func fetchErasure(_ db: Database, _ personID: String) throws -> Erasure? {
        try Row.fetchOne(db, sql: "SELECT * FROM erasure WHERE person_id = ?", arguments: [personID]).map(erasure(from:))
    }

    private static func erasure(from row: Row) throws -> Erasure {
        Erasure(number: row["seq"], person: row["person_id"], date: try row.day("date"), texts: row["texts"])
    }

    /// Overwrites the personal data inside the caller's transaction and logs the erasure.
    private static func erase(_ personID: String, on date: Day, _ db: Database) throws -> Erasure {
        let person = try fetchPerson(db, personID)
        if let done = try fetchErasure(db, personID) {
            throw StoreError(StoreText.alreadyErased(personID, on: done.date, number: done.number))
        }
        try db.execute(sql: "INSERT INTO erasure_in_progress (person_id) VALUES (?)", arguments: [personID])
        var texts =
            [person.school, person.position, person.subject].compactMap { $0 }.count + 1
            + (person.requests?.subjects.count ?? 0) + (person.offers?.subjects.count ?? 0)
        try save(person.erasingPersonalData(), db)

        let routes = try String.fetchAll(db, sql: "SELECT id FROM route WHERE teacher_id = ? ORDER BY id", arguments: [personID])
        for routeID in routes {
            guard let stored = try String.fetchOne(db, sql: "SELECT body FROM route WHERE id = ?", arguments: [routeID]) else { continue }
            var body = try JSON.decode(RouteBody.self, stored)
            texts += erase(&body)
            try db.execute(sql: "UPDATE route SET body = ? WHERE id = ?", arguments: [try JSON.encode(body), routeID])
            try db.execute(sql: "UPDATE correction SET reason = ? WHERE route_id = ?", arguments: [Person.erasedText, routeID])
            texts += db.changesCount
            try db.execute(
                sql: """
                    UPDATE reflection_revision SET text = ?
                    WHERE reflection_seq IN (SELECT seq FROM reflection WHERE route_id = ?)
                    """, arguments: [Person.erasedText, routeID])
            texts += db.changesCount
            try db.execute(sql: "UPDATE reflection SET text = ? WHERE route_id = ?", arguments: [Person.erasedText, routeID])
            texts += db.changesCount
        }

        try db.execute(sql: "DELETE FROM erasure_in_progress")
        try db.execute(sql: "INSERT INTO erasure (person_id, date, texts) VALUES (?, ?, ?)", arguments: [personID, date, texts])
        return Erasure(number: Int(db.lastInsertedRowID), person: personID, date: date, texts: texts)
    }

    /// Overwrites a route's free texts; returns how many there were.
    private static func erase(_ body: inout RouteBody) -> Int {
        var texts = 0
        if body.selfImage != nil {
            body.selfImage = Person.erasedText
            texts += 1
        }
        for i in body.strengths.indices {
            body.strengths[i].text = Person.erasedText
            texts += 1
        }
        for i in body.deficits.indices {
            body.deficits[i].text = Person.erasedText
            texts += 1
        }
        for i in body.activities.indices where body.activities[i].product?.attitude != nil {
            body.activities[i].product?.attitude = Person.erasedText
            texts += 1
        }
        return texts
    }

    /// Makes the overwritten bytes unrecoverable from the files: rebuilds the database
    /// without free pages, then moves it out of the write-ahead log and empties the log.
    /// Runs outside any transaction, with every reader of this store held back.
    private static func compact(_ db: Database, personID: String) throws {
        try db.execute(sql: "VACUUM")
        // (busy, frames in the log, frames checkpointed): busy when another process still reads.
        let busy = try Int.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") ?? 0
        if busy != 0 {
            throw StoreError(StoreText.cleanUpPending(personID))
        }
    }
}
