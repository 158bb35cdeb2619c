import GRDB
import MarshrutCore

extension Store {
    /// Writes many new subjects in one transaction, through prepared statements, for a
    /// generated region.
    ///
    /// Rows are laid out exactly as `save` lays them out, so everything reads back the usual
    /// way, but nothing is checked per subject: the caller vouches that the subjects are valid
    /// together (e.g. a `SyntheticRegion`, valid by construction) and that their ids are new.
    /// Persons go before the routes and programs that name them. On any error nothing is
    /// stored. The write-ahead log is folded into the database afterwards, so the first reads
    /// are not slowed by it.
    ///
    /// Turning subjects into rows (`BulkRows`) is most of the work outside SQLite and needs no
    /// database: do it on other threads while the writer inserts.
    ///
    /// ```swift
    /// try store.bulkInsert { writer in
    ///     var rows = Store.BulkRows()
    ///     for person in persons { rows.add(person) }
    ///     for route in routes { rows.add(route) }
    ///     try writer.insert(rows)
    /// }
    /// ```
    ///
    /// - Throws: `StoreError` for an id already taken (SQLite's constraint) or a person named
    ///   but missing.
    public func bulkInsert(_ body: (inout BulkWriter) throws -> Void) throws {
        let pool: DatabasePool
        switch engine {
        case .sqlite(let sqlite): pool = sqlite
        case .postgres(let database):
            // PostgreSQL: the rows go in with COPY, a batch of every table at a time.
            return try translatingErrors {
                try database.write { session in
                    var writer = try BulkWriter(postgres: session)
                    try body(&writer)
                    try writer.flush()
                    try session.execute(
                        sql: "SELECT setval(pg_get_serial_sequence('reflection', 'seq'), COALESCE((SELECT MAX(seq) FROM reflection), 0) + 1, false)")
                    try Self.checkBulkReferences(session)
                    try Self.analyzeRegion(session)
                }
            }
        }
        do {
            try pool.writeWithoutTransaction { db in
                // A large page cache while the indexes grow; the connection's default comes back after.
                let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2_000
                try db.execute(sql: "PRAGMA cache_size = -262144")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
                // References are checked once for the whole write instead of row by row.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                try db.inTransaction(.immediate) {
                    var writer = try BulkWriter(db)
                    try body(&writer)
                    try Self.checkBulkReferences(GRDBSession(db: db))
                    return .commit
                }
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: path)
        }
    }

    /// Gives PostgreSQL's planner the statistics of the tables a bulk write filled, in the write's
    /// own transaction. Without them, until autovacuum comes round to a table (a region's
    /// reflections had none a minute after `demo generate`), the region reader's queries were
    /// planned as on empty tables: a rules check over 100,000 teachers right after a generate
    /// spent 41 s of the server's CPU rather than 31 s.
    static func analyzeRegion(_ session: PostgresSession) throws {
        try session.execute(
            sql: """
                ANALYZE person, consent, route, correction, reflection, reflection_revision, route_tally,
                  program, program_member, program_change, indicator
                """)
    }

    /// With foreign keys off, the references a bulk write can break: `BulkRows` puts a subject's
    /// own rows (consents, reflections, members …) right after it, so only the persons that
    /// routes and programs name can be missing.
    static func checkBulkReferences(_ db: any SQLSession) throws {
        let missing = try String.fetchOne(
            db,
            sql: """
                SELECT id FROM (
                  SELECT teacher_id AS id FROM route UNION ALL SELECT tutor_id FROM route WHERE tutor_id IS NOT NULL
                  UNION ALL SELECT person_id FROM program_member
                ) AS named WHERE NOT EXISTS (SELECT 1 FROM person WHERE person.id = named.id) LIMIT 1
                """)
        if let missing {
            throw StoreError(StoreText.notFound(.person, missing, known: []))
        }
    }

    /// The rows of some subjects, in insertion order, ready for `BulkWriter.insert(_:)`.
    public struct BulkRows: Sendable {
        enum Table: Sendable {
            case person, consent, route, correction, reflection, revision, program, member, indicator, change
        }

        private(set) var rows: [(Table, SQLArguments)] = []
        private var json = BodyJSON()

        public init() {}

        public var isEmpty: Bool { rows.isEmpty }
        /// How many rows are gathered.
        public var count: Int { rows.count }

        /// A person and their consents.
        public mutating func add(_ p: Person) {
            rows.append((.person, [p.id, json.body(of: p)]))
            for c in p.consents {
                rows.append((.consent, [p.id, c.kind.rawValue, Self.text(c.date)]))
            }
        }

        /// A route with its corrections, and its reflections each followed by its revisions.
        public mutating func add(_ r: Route) {
            rows.append(
                (
                    .route,
                    [
                        r.id, r.teacher, r.tutor, Self.text(r.start), Self.text(r.end), r.stage.rawValue,
                        json.body(of: r),
                    ]
                ))
            for c in r.corrections {
                rows.append((.correction, [r.id, Self.text(c.date), c.author, c.activity, c.change, c.reason]))
            }
            for logged in r.reflections {
                let first = Store.original(logged)
                rows.append(
                    (
                        .reflection,
                        [
                            r.id, Self.text(first.date), first.activity, first.deficit, first.isOnImage, first.score, first.text,
                            first.isFinal, json.list(first.tags),
                        ]
                    ))
                for later in Store.revisions(logged) {
                    rows.append((.revision, [r.id, Self.text(later.date), later.score, later.text]))
                }
            }
        }

        /// A program with its members, indicators and status changes.
        public mutating func add(_ p: Program) {
            rows.append((.program, [p.id, p.status.rawValue, Self.text(p.start), Self.text(p.end), json.body(of: p)]))
            for (role, ids) in [("mentor", p.mentors), ("mentee", p.mentees)] {
                for (position, id) in ids.enumerated() {
                    rows.append((.member, [p.id, id, role, position]))
                }
            }
            for i in p.indicators {
                rows.append((.indicator, [p.id, i.name, Self.text(i.date), i.value]))
            }
            for c in p.changes {
                rows.append((.change, [p.id, Self.text(c.date), c.status.rawValue, c.reason]))
            }
        }

        /// A day as its column holds it (`Day.description`, without its cost).
        static func text(_ d: Day) -> String {
            guard (0...9999).contains(d.year) else { return d.description }
            let digits = [
                d.year / 1_000, d.year / 100 % 10, d.year / 10 % 10, d.year % 10, -1,
                d.month / 10, d.month % 10, -1, d.day / 10, d.day % 10,
            ]
            return String(unsafeUninitializedCapacity: 10) { buffer in
                for (i, digit) in digits.enumerated() {
                    buffer[i] = digit < 0 ? UInt8(ascii: "-") : UInt8(ascii: "0") + UInt8(digit)
                }
                return 10
            }
        }
    }

    /// Inserts rows inside `bulkInsert`: on SQLite one prepared statement per table; on
    /// PostgreSQL rows are gathered in COPY's text format and copied a batch at a time.
    public struct BulkWriter {
        private enum Target {
            case sqlite(Database, [BulkRows.Table: Statement])
            case postgres(PostgresSession, CopyBatch)
        }

        private var target: Target
        /// The rowid of the last reflection, which its revisions name.
        private var reflectionSeq: Int64 = 0

        init(_ db: Database) throws {
            let sql: [BulkRows.Table: String] = [
                .person: "INSERT INTO person (id, body) VALUES (?, ?)",
                .consent: "INSERT INTO consent (person_id, kind, date) VALUES (?, ?, ?)",
                .route: #"INSERT INTO route (id, teacher_id, tutor_id, start, "end", stage, body) VALUES (?, ?, ?, ?, ?, ?, ?)"#,
                .correction: "INSERT INTO correction (route_id, date, author, activity, change, reason) VALUES (?, ?, ?, ?, ?, ?)",
                .reflection: "INSERT INTO reflection (route_id, date, activity, deficit, image, score, text, final, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                .revision: "INSERT INTO reflection_revision (reflection_seq, route_id, date, score, text) VALUES (?, ?, ?, ?, ?)",
                .program: #"INSERT INTO program (id, status, start, "end", body) VALUES (?, ?, ?, ?, ?)"#,
                .member: "INSERT INTO program_member (program_id, person_id, role, position) VALUES (?, ?, ?, ?)",
                .indicator: "INSERT INTO indicator (program_id, name, date, value) VALUES (?, ?, ?, ?)",
                .change: "INSERT INTO program_change (program_id, date, status, reason) VALUES (?, ?, ?, ?)",
            ]
            target = .sqlite(db, try sql.mapValues { try db.makeStatement(sql: $0) })
        }

        init(postgres session: PostgresSession) throws {
            // Reflections are numbered here, so that their revisions can name them in the same COPY.
            reflectionSeq = try Int64.fetchOne(session, sql: "SELECT COALESCE(MAX(seq), 0) FROM reflection") ?? 0
            target = .postgres(session, CopyBatch())
        }

        /// Inserts `rows`; the persons they name must be stored or in this bulk write (checked
        /// when the write ends).
        public mutating func insert(_ rows: BulkRows) throws {
            switch target {
            case .sqlite(let db, let statements):
                for (table, arguments) in rows.rows {
                    guard let statement = statements[table] else { continue }
                    if table == .revision {
                        statement.setUncheckedArguments(GRDBSession.arguments([reflectionSeq] + arguments))
                    } else {
                        statement.setUncheckedArguments(GRDBSession.arguments(arguments))
                    }
                    try statement.execute()
                    if table == .reflection { reflectionSeq = db.lastInsertedRowID }
                }
            case .postgres(let session, var batch):
                for (table, arguments) in rows.rows {
                    switch table {
                    case .reflection:
                        reflectionSeq += 1
                        batch.add(table, [reflectionSeq] + arguments)
                    case .revision:
                        batch.add(table, [reflectionSeq] + arguments)
                    default:
                        batch.add(table, arguments)
                    }
                }
                if batch.bytes > CopyBatch.limit {
                    try batch.copy(into: session)
                    batch = CopyBatch()
                }
                target = .postgres(session, batch)
            }
        }

        /// Copies what is gathered (PostgreSQL); nothing to do on SQLite.
        mutating func flush() throws {
            guard case .postgres(let session, let batch) = target else { return }
            try batch.copy(into: session)
            target = .postgres(session, CopyBatch())
        }

        /// Inserts one person (making rows on the writer's thread; see `BulkRows` to make them elsewhere).
        public mutating func insert(_ person: Person) throws {
            var rows = BulkRows()
            rows.add(person)
            try insert(rows)
        }

        /// Inserts one route with its history.
        public mutating func insert(_ route: Route) throws {
            var rows = BulkRows()
            rows.add(route)
            try insert(rows)
        }

        /// Inserts one program with its members and history.
        public mutating func insert(_ program: Program) throws {
            var rows = BulkRows()
            rows.add(program)
            try insert(rows)
        }
    }
}

/// The JSON bodies of person, route and program rows, byte for byte as `JSON.encode` writes
/// `PersonBody`, `RouteBody` and `ProgramBody` (sorted keys, absent optionals left out, slashes
/// unescaped), without the cost of `JSONEncoder`, which dominates a bulk write.
///
/// The key order below is the byte order of the coding keys; `GenerateTests` compares a bulk
/// write with an import of the same catalog row by row.
struct BodyJSON {
    private var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(16_384)
    }

    mutating func body(of p: Person) -> String {
        start()
        var o = Object()
        if let day = p.staff.birthDate { key("birth_date", &o); string(day.description) }
        if let capacity = p.capacity { key("capacity", &o); int(capacity) }
        if let category = p.staff.category { key("category", &o); string(category.rawValue) }
        if let day = p.staff.categoryDate { key("category_date", &o); string(day.description) }
        if let day = p.staff.experienceSince { key("experience_since", &o); string(day.description) }
        if let day = p.staff.hireDate { key("hire_date", &o); string(day.description) }
        key("name", &o); string(p.name)
        if let offers = p.offers { key("offers", &o); preferences(offers) }
        if let organization = p.organization { key("organization", &o); string(organization) }
        if let position = p.position { key("position", &o); string(position) }
        if let requests = p.requests { key("requests", &o); preferences(requests) }
        key("roles", &o); strings(p.roles.map(\.rawValue))
        if let school = p.school { key("school", &o); string(school) }
        if let subject = p.subject { key("subject", &o); string(subject) }
        return finish()
    }

    mutating func body(of r: Route) -> String {
        start()
        var o = Object()
        key("activities", &o); activities(r.activities)
        key("deficits", &o)
        array(r.deficits) { json, d in
            var o = Object()
            json.key("area", &o); json.string(d.area.rawValue)
            json.key("id", &o); json.string(d.id)
            json.key("level", &o); json.int(d.level)
            json.key("text", &o); json.string(d.text)
            json.close()
        }
        if let selfImage = r.selfImage { key("selfImage", &o); string(selfImage) }
        key("strengths", &o)
        array(r.strengths) { json, s in
            var o = Object()
            json.key("area", &o); json.string(s.area.rawValue)
            json.key("text", &o); json.string(s.text)
            json.close()
        }
        return finish()
    }

    mutating func body(of p: Program) -> String {
        start()
        var o = Object()
        key("activities", &o); activities(p.activities)
        if !p.addresses.isEmpty { key("addresses", &o); strings(p.addresses) }
        key("directions", &o); strings(p.directions.map(\.rawValue))
        key("forms", &o); strings(p.forms.map(\.rawValue))
        return finish()
    }

    /// A JSON list of strings, as `JSON.encode([String])` writes it.
    mutating func list(_ items: [String]) -> String {
        if items.isEmpty { return "[]" }
        bytes.removeAll(keepingCapacity: true)
        strings(items)
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Parts

    /// Whether an object being written still awaits its first key.
    private struct Object { var empty = true }

    private mutating func start() {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(UInt8(ascii: "{"))
    }

    private mutating func finish() -> String {
        close()
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func close() { bytes.append(UInt8(ascii: "}")) }

    /// Opens an object's member: the comma before all but the first, the key and the colon.
    private mutating func key(_ name: StaticString, _ object: inout Object) {
        if object.empty {
            object.empty = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    private mutating func array<T>(_ items: [T], _ element: (inout BodyJSON, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "{"))
            element(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func strings(_ items: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func preferences(_ p: Preferences) {
        bytes.append(UInt8(ascii: "{"))
        var o = Object()
        key("areas", &o); strings(p.areas.map(\.rawValue))
        key("forms", &o); strings(p.forms.map(\.rawValue))
        key("subjects", &o); strings(p.subjects)
        close()
    }

    private mutating func activities(_ items: [Activity]) {
        array(items) { json, a in
            var o = Object()
            json.key("addresses", &o); json.strings(a.addresses)
            json.key("due", &o); json.day(a.due)
            if let hours = a.hours { json.key("hours", &o); json.int(hours) }
            json.key("id", &o); json.string(a.id)
            json.key("kind", &o); json.string(a.kind.rawValue)
            if let p = a.product {
                json.key("product", &o)
                json.bytes.append(UInt8(ascii: "{"))
                var o = Object()
                if let attitude = p.attitude { json.key("attitude", &o); json.string(attitude) }
                json.key("date", &o); json.day(p.date)
                json.key("kind", &o); json.string(p.kind)
                if let reference = p.reference { json.key("reference", &o); json.string(reference) }
                json.key("title", &o); json.string(p.title)
                json.close()
            }
            if let start = a.start { json.key("start", &o); json.day(start) }
            json.key("title", &o); json.string(a.title)
            json.close()
        }
    }

    private mutating func int(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }

    /// `"YYYY-MM-DD"`, as `Day` encodes itself.
    private mutating func day(_ d: Day) {
        guard (0...9999).contains(d.year) else { return string(d.description) }
        bytes.append(UInt8(ascii: "\""))
        for (value, width) in [(d.year, 4), (d.month, 2), (d.day, 2)] {
            if width == 2 { bytes.append(UInt8(ascii: "-")) }
            var divisor = width == 4 ? 1_000 : 10
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A JSON string as Foundation writes it: `"` and `\\` escaped, control characters as
    /// `\b \t \n \f \r` or `\u00XX`, everything else (slashes and non-ASCII included) as is.
    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [92, UInt8(ascii: "\"")])
            case 92: bytes.append(contentsOf: [92, 92])
            case 8: bytes.append(contentsOf: [92, UInt8(ascii: "b")])
            case 9: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
            case 10: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
            case 12: bytes.append(contentsOf: [92, UInt8(ascii: "f")])
            case 13: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0..<32:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [92, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// Rows of every table in COPY's text format, copied together in the order that keeps every
/// reference pointing at a row already there (persons first; a subject's own rows after it).
struct CopyBatch {
    /// How many bytes are gathered before a batch is copied.
    static let limit = 16 << 20

    static let columns: [(table: Store.BulkRows.Table, name: String, columns: [String])] = [
        (.person, "person", ["id", "body"]),
        (.consent, "consent", ["person_id", "kind", "date"]),
        (.route, "route", ["id", "teacher_id", "tutor_id", "start", "end", "stage", "body"]),
        (.correction, "correction", ["route_id", "date", "author", "activity", "change", "reason"]),
        (.reflection, "reflection", ["seq", "route_id", "date", "activity", "deficit", "image", "score", "text", "final", "tags"]),
        (.revision, "reflection_revision", ["reflection_seq", "route_id", "date", "score", "text"]),
        (.program, "program", ["id", "status", "start", "end", "body"]),
        (.member, "program_member", ["program_id", "person_id", "role", "position"]),
        (.indicator, "indicator", ["program_id", "name", "date", "value"]),
        (.change, "program_change", ["program_id", "date", "status", "reason"]),
    ]

    private var text: [Store.BulkRows.Table: String] = [:]
    private(set) var bytes = 0

    mutating func add(_ table: Store.BulkRows.Table, _ arguments: SQLArguments) {
        var line = ""
        for (i, value) in arguments.values.enumerated() {
            if i > 0 { line.append("\t") }
            switch value {
            case .null: line.append("\\N")
            case .integer(let v): line.append(String(v))
            case .real(let v): line.append(String(v))
            case .text(let v): Self.escape(v, into: &line)
            }
        }
        line.append("\n")
        bytes += line.utf8.count
        text[table, default: ""].append(line)
    }

    /// COPY's text format: backslash, tab, newline and carriage return escaped.
    static func escape(_ value: String, into line: inout String) {
        guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            line.append(value)
            return
        }
        for c in value.unicodeScalars {
            switch c {
            case "\\": line.append("\\\\")
            case "\t": line.append("\\t")
            case "\n": line.append("\\n")
            case "\r": line.append("\\r")
            default: line.unicodeScalars.append(c)
            }
        }
    }

    func copy(into session: PostgresSession) throws {
        for (table, name, columns) in Self.columns {
            guard let data = text[table], !data.isEmpty else { continue }
            try session.copy(into: name, columns: columns, text: data)
        }
    }
}
