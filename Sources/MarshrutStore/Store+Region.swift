import Foundation
import GRDB
import MarshrutCore

extension Store {
    /// Reads a region through a `RegionReader`, inside one read transaction.
    ///
    /// Everything `body` reads comes from one snapshot of the database: what is committed
    /// meanwhile, by this process or another, is not seen, so batches read one after another
    /// fit together. The reader is valid only inside `body`: do not keep it. Writers are not
    /// held up, but the write-ahead log is not folded back while the read lasts.
    ///
    /// ```swift
    /// try store.readRegion { region in
    ///     var after: String?
    ///     repeat {
    ///         let batch = try region.routes(after: after, limit: 500)
    ///         check(batch)
    ///         after = batch.last?.id
    ///     } while after != nil
    /// }
    /// ```
    ///
    /// - Throws: `StoreError`, or what `body` throws.
    public func readRegion<T>(_ body: (RegionReader) throws -> T) throws -> T {
        do {
            switch engine {
            case .sqlite(let pool):
                return try translatingErrors { try pool.read { db in try body(RegionReader(source: .sqlite(db))) } }
            case .postgres:
                return try read { session in
                    try RegionReader.planForLookups(session)
                    return try body(RegionReader(source: .session(session)))
                }
            }
        } catch let error as RowDecodingError {
            // A column of an unexpected type: a damaged database, reported rather than a crash.
            throw StoreError(StoreText.databaseError(path, "\(error)"))
        }
    }
}

/// Reads persons, routes and programs as stored, in batches, for the rule engine.
///
/// A batch costs a fixed number of queries, whatever its size: one for the subjects' rows,
/// then one per table of their history or relations over the batch's id range
/// (`BETWEEN first AND last`, on the tables' indexes) — never one query per subject. Subjects
/// asked by id are read the same way with `IN (…)`, up to 512 ids at a time.
/// Nothing is decoded from JSON: the bodies' lists stay JSON text.
///
/// Get one from `Store.readRegion`; it is valid only inside that call.
public struct RegionReader {
    /// Where the rows come from: SQLite's statements, read column by column without copies,
    /// or any `SQLSession` (PostgreSQL).
    enum Source {
        case sqlite(Database)
        case session(any SQLSession)
    }

    let source: Source

    /// Tells PostgreSQL's planner, for this read transaction only, that the region reader's
    /// lookups by key find their pages in memory: `random_page_cost` at most 1.1 (the value
    /// PostgreSQL's documentation gives for data that is cached or on SSDs) instead of the
    /// default 4, which prices an index probe as a disk seek. With the default, a batch's
    /// related persons (512 ids) had their programs found by reading the whole membership
    /// table; a rules check over 100,000 teachers spent 20.5 s of the server's CPU, 12.3 s with
    /// this. A lower value an administrator set stays.
    static func planForLookups(_ session: any SQLSession) throws {
        _ = try SQLRow.fetchAll(
            session, sql: "SELECT set_config('random_page_cost', least(current_setting('random_page_cost')::float8, 1.1)::text, true)")
    }

    /// How many subjects of each kind are stored.
    public func counts() throws -> SubjectCounts {
        func count(_ table: String) throws -> Int {
            try fetch("SELECT COUNT(*) FROM \(table)", []) { try $0.value(0) as Int }.first ?? 0
        }
        return SubjectCounts(persons: try count("person"), routes: try count("route"), programs: try count("program"))
    }

    private var dialect: SQLDialect {
        switch source {
        case .sqlite: .sqlite
        case .session(let session): session.dialect
        }
    }

    /// A member of a JSON body the reader takes: a list (its JSON text, `[]` when missing) or a text.
    private enum Member {
        case list(String)
        case text(String)
    }

    /// How a query over `table AS alias` reads members of the row's JSON body: the columns to
    /// select, and what follows the table in `FROM`. SQLite takes each with `json_extract`;
    /// PostgreSQL takes them all with one `jsonb_to_record`, where one `->>` per member would read
    /// the whole (compressed) body again for each: a third of the server's time for routes.
    private func body(_ members: [Member], of alias: String) -> (columns: String, from: String) {
        var columns: [String] = []
        var types: [String] = []
        for member in members {
            let (key, isList) =
                switch member {
                case .list(let key): (key, true)
                case .text(let key): (key, false)
                }
            let value = dialect == .postgres ? "j.\"\(key)\"" + (isList ? "::text" : "") : dialect.jsonText("\(alias).body", key)
            columns.append(isList ? "coalesce(\(value), '[]')" : value)
            types.append("\"\(key)\" \(isList ? "jsonb" : "text")")
        }
        let from = dialect == .postgres ? ", jsonb_to_record(\(alias).body) AS j(\(types.joined(separator: ", ")))" : ""
        return (columns.joined(separator: ", "), from)
    }

    /// The next `limit` persons in id order after `after` (nil: from the first).
    ///
    /// An empty result means there are no more; a `limit` below 1 reads nothing.
    public func persons(after: String?, limit: Int) throws -> [StoredPerson] {
        limit > 0 ? try persons(.after(after), limit: limit) : []
    }

    /// The next `limit` routes in id order after `after` (nil: from the first).
    public func routes(after: String?, limit: Int) throws -> [StoredRoute] {
        limit > 0 ? try routes(.after(after), limit: limit) : []
    }

    /// The next `limit` programs in id order after `after` (nil: from the first).
    public func programs(after: String?, limit: Int) throws -> [StoredProgram] {
        limit > 0 ? try programs(.after(after), limit: limit) : []
    }

    /// Persons by id, in the order given; ids not stored are left out.
    ///
    /// Each id is read once, but an id given twice comes back twice.
    public func persons(ids: [String]) throws -> [StoredPerson] {
        try lookUp(ids, read: persons(_:limit:), id: \.id)
    }

    /// Routes by id, in the order given; ids not stored are left out.
    public func routes(ids: [String]) throws -> [StoredRoute] {
        try lookUp(ids, read: routes(_:limit:), id: \.id)
    }

    /// Programs by id, in the order given; ids not stored are left out.
    public func programs(ids: [String]) throws -> [StoredProgram] {
        try lookUp(ids, read: programs(_:limit:), id: \.id)
    }

    /// The most ids one `IN (…)` list binds.
    static let listLength = Keys.lengths[Keys.lengths.count - 1]

    /// Reads `ids` a list at a time and puts the subjects found back in the order asked.
    private func lookUp<Subject>(
        _ ids: [String], read: (Keys, Int) throws -> [Subject],
        id: (Subject) -> String
    ) throws -> [Subject] {
        var seen = Set<String>()
        let unique = ids.filter { seen.insert($0).inserted }
        var found: [String: Subject] = [:]
        for start in stride(from: 0, to: unique.count, by: Self.listLength) {
            let list = unique[start..<min(start + Self.listLength, unique.count)]
            for subject in try read(.list(list, in: dialect), list.count) { found[id(subject)] = subject }
        }
        return ids.compactMap { found[$0] }
    }
}

// MARK: - Persons

extension RegionReader {
    private func persons(_ keys: Keys, limit: Int) throws -> [StoredPerson] {
        let staff = body([.text("birth_date"), .text("experience_since")], of: "p")
        var persons = try fetch(
            """
            SELECT p.id, p.body, \(staff.columns)
            FROM person p\(staff.from) WHERE p.id \(keys.condition) ORDER BY p.id LIMIT ?
            """,
            keys.arguments + [limit]
        ) {
            StoredPerson(
                id: try $0.value(0), body: try $0.value(1),
                birthDate: try ($0.value(2) as String?).flatMap { try? Day(parsing: $0) },
                experienceSince: try ($0.value(3) as String?).flatMap { try? Day(parsing: $0) })
        }
        guard let first = persons.first?.id, let last = persons.last?.id else { return [] }
        let related = keys.children(first: first, last: last)
        let consentRows = send(
            "SELECT person_id, kind, date FROM consent WHERE person_id \(related.condition) ORDER BY person_id, seq", related)
        let routeRows = send("SELECT teacher_id, id FROM route WHERE teacher_id \(related.condition) ORDER BY teacher_id, id", related)
        let membershipRows = send(
            """
            SELECT m.person_id, m.program_id, m.role, p.status
            FROM program_member m JOIN program p ON p.id = m.program_id
            WHERE m.person_id \(related.condition) ORDER BY m.person_id, m.program_id
            """, related)
        let consents: [String: [StoredConsent]] = try grouped(consentRows) { StoredConsent(kind: try $0.value(1), date: try $0.value(2)) }
        let routes: [String: [String]] = try grouped(routeRows) { try $0.value(1) }
        let memberships: [String: [Membership]] = try grouped(membershipRows) { row in
            Membership(
                program: try row.value(1), isMentor: try row.value(2) as String == "mentor",
                isCompleted: try row.value(3) as String == ProgramStatus.completed.rawValue)
        }
        for i in persons.indices {
            let id = persons[i].id
            let programs = memberships[id] ?? []
            persons[i].consents = consents[id] ?? []
            persons[i].routes = routes[id] ?? []
            persons[i].mentorPrograms = programs.filter(\.isMentor).map(\.program)
            persons[i].menteePrograms = programs.filter { !$0.isMentor }.map(\.program)
            persons[i].completedPrograms = programs.filter { $0.isMentor && $0.isCompleted }.map(\.program)
        }
        return persons
    }

    /// A person's place in a program.
    private struct Membership {
        var program: String
        var isMentor: Bool
        var isCompleted: Bool
    }
}

// MARK: - Routes

extension RegionReader {
    private func routes(_ keys: Keys, limit: Int) throws -> [StoredRoute] {
        let lists = body([.text("selfImage"), .list("strengths"), .list("deficits"), .list("activities")], of: "r")
        let sql = """
            SELECT r.id, r.teacher_id, r.tutor_id, r.start, r."end", r.stage, \(lists.columns)
            FROM route r\(lists.from) WHERE r.id \(keys.condition) ORDER BY r.id LIMIT ?
            """
        var routes = try fetch(sql, keys.arguments + [limit]) { row in
            StoredRoute(
                id: try row.value(0), teacher: try row.value(1), tutor: try row.value(2),
                start: try row.value(3), end: try row.value(4), stage: try row.value(5),
                selfImage: try row.value(6), strengths: try row.value(7), deficits: try row.value(8),
                activities: try row.value(9))
        }
        guard let first = routes.first?.id, let last = routes.last?.id else { return [] }
        let related = keys.children(first: first, last: last)
        let correctionRows = send(
            """
            SELECT route_id, date, author, activity, change, reason FROM correction
            WHERE route_id \(related.condition) ORDER BY route_id, seq
            """, related)
        let reflectionRows = sendReflections(related)
        let corrections: [String: [StoredCorrection]] = try grouped(correctionRows) { row in
            StoredCorrection(
                date: try row.value(1), author: try row.value(2), activity: try row.value(3),
                change: try row.value(4), reason: try row.value(5))
        }
        let reflections = try reflections(reflectionRows)
        for i in routes.indices {
            routes[i].corrections = corrections[routes[i].id] ?? []
            routes[i].reflections = reflections[routes[i].id] ?? []
        }
        return routes
    }

    /// The queries of the reflections of routes and of their revisions, sent.
    private func sendReflections(_ keys: Keys) -> (revisions: Query, reflections: Query) {
        let revisions = send(
            """
            SELECT reflection_seq, date, score, text FROM reflection_revision
            WHERE route_id \(keys.condition) ORDER BY route_id, reflection_seq, seq
            """, keys)
        let reflections = send(
            """
            SELECT route_id, seq, date, activity, deficit, score, text, final, tags, image FROM reflection
            WHERE route_id \(keys.condition) ORDER BY route_id, seq
            """, keys)
        return (revisions, reflections)
    }

    /// Reflections by route, each with its revisions applied as `Store.fetchReflections` applies them.
    private func reflections(_ queries: (revisions: Query, reflections: Query)) throws -> [String: [StoredReflection]] {
        let revisions: [Int64: [(date: String, score: Int, text: StoredText)]] = try grouped(queries.revisions) {
            (try $0.value(1), try $0.value(2), try $0.value(3))
        }
        return try grouped(queries.reflections) { row in
            var reflection = StoredReflection(
                date: try row.value(2), activity: try row.value(3),
                deficit: try row.value(4), score: try row.value(5),
                text: try row.value(6), isFinal: try row.value(7), tags: try row.value(8), isOnImage: try row.value(9))
            for revision in revisions[try row.value(1)] ?? [] {
                reflection.revise(text: revision.text, score: revision.score, on: revision.date)
            }
            return reflection
        }
    }
}

extension StoredReflection {
    /// A later wording, as `Reflection.revise` takes it: the current one goes to `history`.
    fileprivate mutating func revise(text newText: StoredText, score newScore: Int, on day: String) {
        history.append(StoredRevision(replaced: day, score: score, text: text))
        text = newText
        score = newScore
    }
}

// MARK: - Programs

extension RegionReader {
    private func programs(_ keys: Keys, limit: Int) throws -> [StoredProgram] {
        let lists = body([.list("forms"), .list("directions"), .list("activities"), .list("addresses")], of: "g")
        var programs = try fetch(
            """
            SELECT g.id, g.start, g."end", g.status, \(lists.columns)
            FROM program g\(lists.from) WHERE g.id \(keys.condition) ORDER BY g.id LIMIT ?
            """, keys.arguments + [limit]
        ) { row in
            StoredProgram(
                id: try row.value(0), start: try row.value(1), end: try row.value(2), status: try row.value(3),
                forms: try row.value(4), directions: try row.value(5), activities: try row.value(6),
                addresses: try row.value(7))
        }
        guard let first = programs.first?.id, let last = programs.last?.id else { return [] }
        let related = keys.children(first: first, last: last)
        let memberRows = send(
            """
            SELECT program_id, role, person_id FROM program_member
            WHERE program_id \(related.condition) ORDER BY program_id, role, position
            """, related)
        let changeRows = send(
            "SELECT program_id, date, status, reason FROM program_change WHERE program_id \(related.condition) ORDER BY program_id, seq",
            related)
        let indicatorRows = send(
            "SELECT program_id, name, date, value FROM indicator WHERE program_id \(related.condition) ORDER BY program_id, seq", related)
        let members: [String: [(role: String, person: String)]] = try grouped(memberRows) { (try $0.value(1), try $0.value(2)) }
        let changes: [String: [StoredStatusChange]] = try grouped(changeRows) {
            StoredStatusChange(date: try $0.value(1), status: try $0.value(2), reason: try $0.value(3))
        }
        let indicators: [String: [StoredIndicator]] = try grouped(indicatorRows) {
            StoredIndicator(name: try $0.value(1), date: try $0.value(2), value: try $0.value(3))
        }
        for i in programs.indices {
            let id = programs[i].id
            programs[i].mentors = members[id, default: []].filter { $0.role == "mentor" }.map(\.person)
            programs[i].mentees = members[id, default: []].filter { $0.role == "mentee" }.map(\.person)
            programs[i].changes = changes[id] ?? []
            programs[i].indicators = indicators[id] ?? []
        }
        return programs
    }
}

// MARK: - Queries

extension RegionReader {
    /// Which subjects a query reads: a condition on its key column and the values it binds.
    struct Keys {
        /// What follows the key column in the `WHERE` clause, e.g. `BETWEEN ? AND ?`.
        var condition: String
        var arguments: SQLArguments
        /// Whether the keys are a list of ids rather than a range.
        var isList = false

        /// The lengths an `IN (…)` list is padded to (repeating its last id), so that the
        /// connection's statement cache holds three statements per query, not one per length.
        static let lengths = [8, 64, 512]

        /// The ids after `id`; all of them for nil (every text is `>= ''`).
        static func after(_ id: String?) -> Keys {
            id.map { Keys(condition: "> ?", arguments: [$0]) } ?? Keys(condition: ">= ''", arguments: [])
        }

        /// The ids of `ids`: on PostgreSQL one text array (`= ANY(…)`), which it parses and plans
        /// at once, where an `IN` list of 512 parameters cost it a plan of 512 comparisons per
        /// statement (it keeps no prepared statements for the store); on SQLite an `IN` list.
        static func list(_ ids: ArraySlice<String>, in dialect: SQLDialect) -> Keys {
            if dialect == .postgres {
                return Keys(condition: "= ANY(CAST(? AS text[]))", arguments: [arrayLiteral(ids)], isList: true)
            }
            let length = lengths.first { $0 >= ids.count } ?? ids.count
            let padded = Array(ids) + Array(repeating: ids.last ?? "", count: length - ids.count)
            let marks = Array(repeating: "?", count: length).joined(separator: ",")
            return Keys(condition: "IN (\(marks))", arguments: SQLArguments(padded.map { .text($0) }), isList: true)
        }

        /// A PostgreSQL array literal of texts: each one quoted, its `"` and `\` escaped.
        static func arrayLiteral(_ texts: ArraySlice<String>) -> String {
            let quoted = texts.map { text in
                "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            }
            return "{" + quoted.joined(separator: ",") + "}"
        }

        /// The keys of the rows that belong to subjects read with these keys, `first` to `last`
        /// in id order: the same list, or the range the subjects span.
        func children(first: String, last: String) -> Keys {
            isList ? self : Keys(condition: "BETWEEN ? AND ?", arguments: [first, last])
        }
    }

    /// The rows of `sql`, each made into a value.
    private func fetch<Value>(
        _ sql: String, _ arguments: SQLArguments,
        _ make: (RegionRow) throws -> Value
    ) throws -> [Value] {
        var values: [Value] = []
        switch source {
        case .sqlite(let db):
            let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: GRDBSession.arguments(arguments))
            while let row = try rows.next() { values.append(try make(.sqlite(row))) }
        case .session(let session):
            for row in try session.fetchRows(sql: sql, arguments: arguments) { values.append(try make(.sql(row))) }
        }
        return values
    }

    /// A query of the reader: on PostgreSQL sent the moment it is made, so that the server
    /// works on a batch's next queries while the reader takes the rows of the first; on SQLite
    /// run when its rows are taken.
    struct Query {
        let sql: String
        let keys: Keys
        let sent: PostgresSession.Sent?
    }

    /// Sends `sql` over `keys` (see `Query`).
    private func send(_ sql: String, _ keys: Keys) -> Query {
        guard case .session(let session) = source, let postgres = session as? PostgresSession else {
            return Query(sql: sql, keys: keys, sent: nil)
        }
        return Query(sql: sql, keys: keys, sent: postgres.send(sql: sql, arguments: keys.arguments))
    }

    /// The rows of a query, each made into a child and gathered under the key in its first
    /// column, in row order.
    private func grouped<Key: Hashable & RegionColumn, Child>(
        _ query: Query, _ make: (RegionRow) throws -> Child
    ) throws -> [Key: [Child]] {
        let (sql, keys) = (query.sql, query.keys)
        var groups: [Key: [Child]] = [:]
        var key: Key?
        var children: [Child] = []
        // Rows come ordered by key: one dictionary write per key rather than per row.
        func take(_ row: RegionRow) throws {
            let next: Key = try row.value(0)
            if next != key {
                if let key { groups[key, default: []] += children }
                key = next
                children = []
            }
            children.append(try make(row))
        }
        switch source {
        case .sqlite(let db):
            let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: GRDBSession.arguments(keys.arguments))
            while let row = try rows.next() { try take(.sqlite(row)) }
        case .session(let session):
            for row in try query.sent?.rows() ?? session.fetchRows(sql: sql, arguments: keys.arguments) { try take(.sql(row)) }
        }
        if let key { groups[key, default: []] += children }
        return groups
    }
}

/// A row of the region reader: SQLite's, read straight from the statement, or a `SQLRow`.
enum RegionRow {
    case sqlite(Row)
    case sql(SQLRow)

    /// Column `index`; a value of another type (a damaged database) throws rather than crashes.
    func value<Value: RegionColumn>(_ index: Int) throws -> Value {
        switch self {
        case .sqlite(let row):
            return try row.decode(Value.self, atIndex: index)
        case .sql(let row):
            guard let value = Value(regionValue: row.values[index]) else {
                throw StoreError(StoreText.databaseError("", "column \(row.names[index]) holds \(row.values[index]), not \(Value.self)"))
            }
            return value
        }
    }
}

/// A type the region reader reads from a column on either database.
protocol RegionColumn: DatabaseValueConvertible & StatementColumnConvertible {
    init?(regionValue: SQLValue)
}

extension String: RegionColumn {
    init?(regionValue: SQLValue) { self.init(sqlValue: regionValue) }
}

extension Int: RegionColumn {
    init?(regionValue: SQLValue) { self.init(sqlValue: regionValue) }
}

extension Int64: RegionColumn {
    init?(regionValue: SQLValue) { self.init(sqlValue: regionValue) }
}

extension Double: RegionColumn {
    init?(regionValue: SQLValue) { self.init(sqlValue: regionValue) }
}

extension Bool: RegionColumn {
    init?(regionValue: SQLValue) { self.init(sqlValue: regionValue) }
}

extension StoredText: RegionColumn {
    init?(regionValue: SQLValue) {
        guard case .text(let text) = regionValue else { return nil }
        self.init(text)
    }
}

extension Optional: RegionColumn where Wrapped: RegionColumn {
    init?(regionValue: SQLValue) {
        if case .null = regionValue {
            self = .none
        } else if let value = Wrapped(regionValue: regionValue) {
            self = .some(value)
        } else {
            return nil
        }
    }
}
