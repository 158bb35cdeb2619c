import GRDB
import MarshrutCore
import MarshrutText

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
            try SQLRow.fetchAll(db, sql: "SELECT * FROM erasure ORDER BY seq").map(Self.erasure(from:))
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
        let pool: DatabasePool
        switch engine {
        case .sqlite(let sqlite): pool = sqlite
        case .postgres(let database):
            let outcome = Result { try translatingErrors { try database.write { try Self.erase(personID, on: date, $0) } } }
            // Also after a refused second erasure, so that a retry completes an interrupted clean-up.
            if case .success = outcome { try compact(database) } else if try erasure(of: personID) != nil { try compact(database) }
            return try outcome.get()
        }
        let outcome: Result<Erasure, StoreError>
        do {
            outcome = try pool.barrierWriteWithoutTransaction { db in
                let secureDelete = try Int.fetchOne(db, sql: "PRAGMA secure_delete") ?? 0
                try db.execute(sql: "PRAGMA secure_delete = ON")
                defer { try? db.execute(sql: "PRAGMA secure_delete = \(secureDelete)") }
                var outcome: Result<Erasure, StoreError> = .failure(StoreError(StoreText.erasureDidNotRun(personID)))
                try db.inTransaction(.immediate) {
                    do {
                        outcome = .success(try Self.erase(personID, on: date, GRDBSession(db: db)))
                        return .commit
                    } catch let refusal as StoreError {
                        outcome = .failure(refusal)
                        return .rollback
                    }
                }
                // Also after a refused second erasure, so that a retry completes an interrupted clean-up.
                if try Self.fetchErasure(GRDBSession(db: db), personID) != nil { try Self.compact(db, personID: personID) }
                return outcome
            }
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: path)
        }
        return try outcome.get()
    }

    static func fetchErasure(_ db: any SQLSession, _ personID: String) throws -> Erasure? {
        try SQLRow.fetchOne(db, sql: "SELECT * FROM erasure WHERE person_id = ?", arguments: [personID]).map(erasure(from:))
    }

    static func erasure(from row: SQLRow) throws -> Erasure {
        Erasure(number: row["seq"], person: row["person_id"], date: try row.day("date"), texts: row["texts"])
    }

    /// Overwrites the personal data inside the caller's transaction and logs the erasure.
    private static func erase(_ personID: String, on date: Day, _ db: any SQLSession) throws -> Erasure {
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
            try db.execute(sql: "UPDATE route SET body = \(db.dialect.jsonArgument) WHERE id = ?", arguments: [try JSON.encode(body), routeID])
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
            try db.execute(sql: "UPDATE reflection SET tags = '[]' WHERE route_id = ? AND tags != '[]'", arguments: [routeID])
            texts += db.changesCount
        }

        // In the programs they took part in: the attitudes to products and the reasons of changes.
        let programs = try String.fetchAll(
            db, sql: "SELECT DISTINCT program_id FROM program_member WHERE person_id = ? ORDER BY program_id",
            arguments: [personID])
        for programID in programs {
            guard let stored = try String.fetchOne(db, sql: "SELECT body FROM program WHERE id = ?", arguments: [programID]) else { continue }
            var body = try JSON.decode(ProgramBody.self, stored)
            var erased = 0
            for i in body.activities.indices where body.activities[i].product?.attitude != nil {
                body.activities[i].product?.attitude = Person.erasedText
                erased += 1
            }
            if erased > 0 {
                try db.execute(sql: "UPDATE program SET body = \(db.dialect.jsonArgument) WHERE id = ?", arguments: [try JSON.encode(body), programID])
                texts += erased
            }
            try db.execute(
                sql: "UPDATE program_change SET reason = ? WHERE program_id = ? AND reason != ?",
                arguments: [Person.erasedText, programID, Person.erasedText])
            texts += db.changesCount
        }

        try db.execute(sql: "DELETE FROM erasure_in_progress")
        let number = try db.insertReturningSeq(
            sql: "INSERT INTO erasure (person_id, date, texts) VALUES (?, ?, ?)", arguments: [personID, date, texts])
        return Erasure(number: Int(number), person: personID, date: date, texts: texts)
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

    /// Finishes the clean-up of an erasure that was committed but whose old bytes could not yet
    /// be removed from the file (another process was reading, or the disk was full).
    ///
    /// - Throws: `StoreError` when the person was never erased, or the clean-up still cannot run.
    @discardableResult
    public func finishErasure(of personID: String) throws -> Erasure {
        let pool: DatabasePool
        switch engine {
        case .sqlite(let sqlite): pool = sqlite
        case .postgres(let database):
            guard let erasure = try erasure(of: personID) else { throw StoreError(StoreText.notErased(personID)) }
            try compact(database)
            return erasure
        }
        do {
            return try pool.barrierWriteWithoutTransaction { db in
                guard let erasure = try Self.fetchErasure(GRDBSession(db: db), personID) else {
                    throw StoreError(StoreText.notErased(personID))
                }
                try Self.compact(db, personID: personID)
                return erasure
            }
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: path)
        }
    }

    /// Makes the overwritten bytes unrecoverable from the files: rebuilds the database
    /// without free pages, then moves it out of the write-ahead log and empties the log.
    /// Runs outside any transaction, with every reader of this store held back. The erasure is
    /// committed before: a failure here says so, and how to finish.
    private static func compact(_ db: Database, personID: String) throws {
        do {
            try db.execute(sql: "VACUUM")
        } catch let error as DatabaseError {
            throw StoreError(
                StoreText.cleanUpFailed(
                    personID,
                    reason: error.resultCode == .SQLITE_FULL
                        ? StoreText.diskFullReason : (error.message ?? "\(error.resultCode)")))
        }
        // (busy, frames in the log, frames checkpointed): busy when another process still reads.
        let busy = try Int.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") ?? 0
        if busy != 0 {
            throw StoreError(StoreText.cleanUpPending(personID))
        }
    }
}

extension Store {
    /// The erased persons among `ids`, with the day of their erasure.
    static func erased(among ids: some Sequence<String>, _ db: any SQLSession) throws -> [String: Day] {
        var found: [String: Day] = [:]
        for id in Set(ids) {
            if let erasure = try fetchErasure(db, id) { found[id] = erasure.date }
        }
        return found
    }

    /// An erased person takes part in nothing new: no new route as its teacher or tutor, no new
    /// program membership, until a new consent is recorded under a new id. Returns the problems,
    /// each naming the subject, the field and the person.
    static func newParticipationProblems(route: Route, stored: Route?, _ db: any SQLSession) throws -> [Problem] {
        var problems: [Problem] = []
        let erased = try erased(among: [route.teacher, route.tutor].compactMap { $0 }, db)
        if let day = erased[route.teacher], stored?.teacher != route.teacher {
            problems.append(Problem(subject: route.reference, path: "teacher", reason: .erasedTakesNoPart(route.teacher, on: day)))
        }
        if let tutor = route.tutor, let day = erased[tutor], stored?.tutor != tutor {
            problems.append(Problem(subject: route.reference, path: "tutor", reason: .erasedTakesNoPart(tutor, on: day)))
        }
        return problems
    }

    static func newParticipationProblems(program: Program, stored: Program?, _ db: any SQLSession) throws -> [Problem] {
        let before = Set((stored?.mentors ?? []) + (stored?.mentees ?? []))
        let erased = try erased(among: program.mentors + program.mentees, db)
        var problems: [Problem] = []
        for (field, ids) in [("mentors", program.mentors), ("mentees", program.mentees)] {
            for (i, id) in ids.enumerated() where !before.contains(id) {
                if let day = erased[id] {
                    problems.append(Problem(subject: program.reference, path: "\(field)[\(i)]", reason: .erasedTakesNoPart(id, on: day)))
                }
            }
        }
        return problems
    }

    /// A person document for someone erased may not bring their personal data back.
    static func refillProblems(person: Person, _ db: any SQLSession) throws -> [Problem] {
        guard let erasure = try fetchErasure(db, person.id), let stored = try? fetchPerson(db, person.id) else { return [] }
        let same =
            person.name == stored.name && person.school == stored.school && person.position == stored.position
            && person.subject == stored.subject && person.requests?.subjects == stored.requests?.subjects
            && person.offers?.subjects == stored.offers?.subjects
        return same
            ? []
            : [
                Problem(
                    subject: person.reference, path: "name",
                    reason: .erasedDocument(person.id, on: erasure.date, number: erasure.number))
            ]
    }
}

extension Store {
    /// On PostgreSQL, an overwritten row's old version stays in the table's pages until they
    /// are rewritten: `VACUUM FULL` of the tables an erasure touches rewrites them, so the
    /// erased texts are gone from the files too.
    private func compact(_ database: PostgresDatabase) throws {
        try translatingErrors {
            try database.outsideTransaction(
                "VACUUM FULL person, route, correction, reflection, reflection_revision, program, program_change")
        }
    }
}
