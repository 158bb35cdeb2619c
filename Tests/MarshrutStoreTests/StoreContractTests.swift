import Foundation
import MarshrutCore
@testable import MarshrutStore
import MarshrutSynthetic
import MarshrutTestSupport
import MarshrutText
import Testing

/// What the store promises, tested once and run against both databases: the SQLite file and,
/// when `$MARSHRUT_TEST_POSTGRES` gives a PostgreSQL server (`make test` starts a throwaway
/// one), a new PostgreSQL database per test.
@Suite(.serialized) struct StoreContractTests {
    enum Engine: String, CustomTestStringConvertible, CaseIterable {
        case sqlite, postgres
        var testDescription: String { rawValue }

        /// The engines this run can reach.
        static var available: [Engine] { ContractDatabase.postgresServer == nil ? [.sqlite] : [.sqlite, .postgres] }
    }

    @Test func aRequiredPostgresServerIsThere() {
        if ProcessInfo.processInfo.environment["MARSHRUT_REQUIRE_POSTGRES"] == "1" {
            #expect(ContractDatabase.postgresServer != nil, "MARSHRUT_REQUIRE_POSTGRES=1 but $MARSHRUT_TEST_POSTGRES is not set")
        }
        #expect(Engine.available.first == .sqlite)
    }

    @Test func aPostgresAddressIsReadAndItsPasswordNeverShown() throws {
        let database = try PostgresDatabase(url: "postgres://region:s3cret@db.example:6543/marshrut?sslmode=disable")
        #expect(database.address == "postgres://region@db.example:6543/marshrut?sslmode=disable")
        #expect(database.configuration.database == "marshrut")
        #expect(database.configuration.username == "region")
        for bad in ["postgres://", "postgres://db.example/marshrut?sslmode=sometimes", "mysql://db.example/marshrut"] {
            let error = storeError { _ = try PostgresDatabase(url: bad) }
            #expect(error?.message.contains("is not a database address") == true, "\(bad)")
        }
        // Nothing listens on port 1: the refusal names the address, without the password.
        let refused = storeError { _ = try Store(path: "postgres://region:s3cret@127.0.0.1:1/marshrut?sslmode=disable") }
        #expect(refused?.message.contains("cannot connect to the database postgres://region@127.0.0.1:1/marshrut") == true)
        #expect(refused?.message.contains("s3cret") == false)
    }

    @Test(.enabled(if: PostgresTestDatabase.server != nil))
    func anEmptyPostgresDatabaseGetsItsSchemaOnlyWhenAskedTo() throws {
        let database = try PostgresTestDatabase()
        let error = storeError { _ = try Store(path: database.url, create: false) }
        #expect(error?.message.contains("marshrut init") == true, "\(String(describing: error))")
        _ = try Store(path: database.url)
        #expect(try Store(path: database.url, create: false).appliedMigrations().count == PostgresSchema.migrations.count)
    }

    @Test(.enabled(if: PostgresTestDatabase.server != nil))
    func aPostgresPoolOpensNoMoreConnectionsThanItsLimitAndTheRestWait() throws {
        let database = try PostgresTestDatabase()
        let pool = try PostgresDatabase(url: database.url, connections: 4)
        let failures = LockedNumbers()
        let done = DispatchGroup()
        let started = Date()
        for worker in 0..<20 {
            done.enter()
            Thread {
                for _ in 0..<3 {
                    do { try pool.read { try $0.execute(sql: "SELECT pg_sleep(0.02)", arguments: []) } } catch { failures.add(worker) }
                }
                done.leave()
            }.start()
        }
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(failures.all.isEmpty)
        // Sixty reads of 20 ms over four connections: at least 0.3 s, as they took turns.
        #expect(Date().timeIntervalSince(started) >= 0.3)
        let watcher = try PostgresDatabase(url: database.url, connections: 1)
        let open = try watcher.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()") } ?? 0
        #expect((2...5).contains(open), "\(open - 1) connections of the pool (and the watcher's) open; the limit is 4")
    }

    @Test(.enabled(if: PostgresTestDatabase.server != nil))
    func idsLookedUpOnPostgresComeBackAsTheyWereWhateverTheyHold() throws {
        let database = try PostgresTestDatabase()
        let pool = try PostgresDatabase(url: database.url, connections: 1)
        let ids = ["plain-1", "with \"quote\"", "back\\slash", "comma,brace{}", "NULL", "", " spaced ", "ёлка-2026"]
        let keys = RegionReader.Keys.list(ids[...], in: .postgres)
        #expect(keys.condition == "= ANY(CAST(? AS text[]))" && keys.isList)
        let back = try pool.read {
            try String.fetchAll($0, sql: "SELECT x FROM unnest(CAST(? AS text[])) WITH ORDINALITY AS u(x, n) ORDER BY n", arguments: keys.arguments)
        }
        #expect(back == ids)
        #expect(RegionReader.Keys.list(ids[...], in: .sqlite).condition.hasPrefix("IN (?,?,?"))
    }

    @Test(arguments: Engine.available)
    func bothDatabasesHaveTheSameNamedMigrations(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        #expect(try db.store.appliedMigrations() == PostgresSchema.migrations.map(\.identifier))
        #expect(try Store(path: db.location).appliedMigrations().count == PostgresSchema.migrations.count, "reopening applies nothing twice")
    }

    @Test(arguments: Engine.available)
    func aCatalogGoesInAndComesBackTheSame(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        let sample = try Sample.catalog()
        try db.store.importCatalog(sample)
        #expect(try db.store.catalog() == sample.sorted)
        #expect(try db.store.countList() == [14, 4, 6])
        #expect(try db.store.route("kuznetsov-2024") == sample.routes.first { $0.id == "kuznetsov-2024" })
        // Importing the same documents again changes nothing.
        try db.store.importCatalog(sample)
        #expect(try db.store.catalog() == sample.sorted)
    }

    @Test(arguments: Engine.available)
    func anOrganizationsScriptsAreReplacedWholeAndReadInTheirOrder(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        try db.store.importCatalog(
            Catalog(organizations: [
                Organization(id: "tver", name: "Тверская область", type: .region, parent: nil),
                Organization(id: "mun", name: "Район", type: .municipality, parent: "tver"),
            ]))
        let first = try db.store.replaceScripts(of: "mun", with: ["b.lua": "-- b", "a/z.lua": "-- «z»"], at: "2026-12-04T10:00:00Z")
        #expect(first == ScriptChanges(added: ["a/z.lua", "b.lua"]))
        try db.store.replaceScripts(of: "tver", with: ["r.lua": "-- r"], at: "2026-12-04T10:00:00Z")
        let second = try db.store.replaceScripts(of: "mun", with: ["b.lua": "-- b", "c.lua": "-- c"], at: "2026-12-04T11:00:00Z")
        #expect(second == ScriptChanges(added: ["c.lua"], unchanged: ["b.lua"], removed: ["a/z.lua"]))
        let read = try db.store.scripts(of: ["tver", "mun"])
        #expect(read.map { "\($0.organization)/\($0.name)" } == ["tver/r.lua", "mun/b.lua", "mun/c.lua"])
        #expect(read.first { $0.name == "b.lua" }?.pushed == "2026-12-04T10:00:00Z", "an unchanged script keeps its time")
        #expect(try db.store.scripts(of: ["nowhere"]).isEmpty)
    }

    @Test(arguments: Engine.available)
    func aScopedReadGivesTheScopesSubjectsOnlyInIdOrderBatchByBatch(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        try db.store.importCatalog(try Sample.catalog())
        let everyone = try db.store.readRegion { reader in try reader.persons(after: nil, limit: 1_000).map(\.id) }
        let chosen = Set(everyone.enumerated().filter { $0.offset % 3 == 1 }.map(\.element))
        let routes = try db.store.readRegion { reader in try reader.routes(after: nil, limit: 1_000).map(\.id) }
        let scope = SubjectScope(persons: chosen, routes: [routes[1], "no-such-route"], programs: [])
        let (persons, paged, related) = try db.store.readRegion { reader in
            let scoped = ScopedRecords(reader, scope: scope)
            var paged: [String] = []
            var cursor: String?
            while case let batch = try scoped.persons(after: cursor, limit: 2), let last = batch.last {
                #expect(batch.count <= 2)
                paged += batch.map(\.id)
                cursor = last.id
            }
            return (
                paged, try scoped.routes(after: nil, limit: 10).map(\.id),
                try scoped.persons(ids: everyone).map(\.id)
            )
        }
        #expect(persons == everyone.filter(chosen.contains), "the scope's persons, in the store's order")
        #expect(paged == [routes[1]], "an id the store does not hold is left out")
        #expect(related == everyone.filter(chosen.contains), "a related person outside the scope reads as absent")
        #expect(ScopedRecords<CatalogRecords>.page(["a", "b", "c"], after: "a", limit: 5) == ["b", "c"])
        #expect(ScopedRecords<CatalogRecords>.page(["a", "b", "c"], after: "bb", limit: 1) == ["c"])
        #expect(ScopedRecords<CatalogRecords>.page(["a", "b", "c"], after: "c", limit: 1).isEmpty)
    }

    @Test(arguments: Engine.available)
    func anImportIsAllOrNothing(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        var broken = try Sample.catalog()
        broken.routes[broken.routes.count - 1].tutor = "nobody"
        #expect(throws: ModelError.self) { try db.store.importCatalog(broken) }
        #expect(try db.store.countList() == [0, 0, 0])
        #expect(try db.store.catalog().isEmpty)
    }

    @Test(arguments: Engine.available)
    func theDatabaseRefusesToRewriteHistory(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        try db.store.importCatalog(try Sample.catalog())
        for statement in [
            "UPDATE reflection SET score = 1", "DELETE FROM reflection", "UPDATE correction SET change = 'x'",
            "DELETE FROM correction", "DELETE FROM consent", "UPDATE indicator SET value = 0",
        ] {
            #expect(throws: StoreError.self, "\(statement)") { try db.store.write { try $0.execute(sql: statement) } }
        }
        try db.store.appendAudit(AuditEntry(at: "2026-11-28T10:00:00Z", login: "a", action: "reflect", subject: "r", outcome: "201"))
        #expect(throws: StoreError.self) { try db.store.write { try $0.execute(sql: "DELETE FROM audit") } }
        // The store's own check says it in words before the database is asked.
        let error = storeError {
            _ = try db.store.updateRoute("kuznetsov-2024") { route in
                route = route.with(reflections: Array(route.reflections.dropLast()))
            }
        }
        #expect(error?.message.contains("reflections of route kuznetsov-2024 are append-only") == true)
        #expect(try db.store.route("kuznetsov-2024").reflections.count == 8)
    }

    /// A revision names the route of its reflection, which the region reader reads it by: the
    /// database refuses one naming another route, or none, and keeps it from being changed.
    @Test(arguments: Engine.available)
    func aRevisionNamesTheRouteOfItsReflection(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        try db.store.importCatalog(try Sample.catalog())
        try db.store.updateRoute("kuznetsov-2024") { try $0.reviseReflection(2, text: "Вторая редакция", on: day("2026-11-25")) }
        let stored = try db.store.read { db in
            try SQLRow.fetchAll(
                db,
                sql: """
                    SELECT v.route_id AS named, r.route_id AS actual FROM reflection_revision v
                    JOIN reflection r ON r.seq = v.reflection_seq
                    """)
        }
        #expect(stored.count == 1)
        #expect(stored.allSatisfy { ($0["named"] as String?) == "kuznetsov-2024" && ($0["actual"] as String?) == "kuznetsov-2024" })

        let seq = try #require(
            try db.store.read { try Int64.fetchOne($0, sql: "SELECT min(seq) FROM reflection WHERE route_id = 'kuznetsov-2024'") })
        for route in ["'belousova-2022'", "NULL"] {
            #expect(throws: StoreError.self, "\(route)") {
                try db.store.write { db in
                    try db.execute(
                        sql: "INSERT INTO reflection_revision (reflection_seq, route_id, date, score, text) VALUES (?, \(route), '2026-11-26', 3, 'x')",
                        arguments: [seq])
                }
            }
        }
        #expect(throws: StoreError.self) {
            try db.store.write { try $0.execute(sql: "UPDATE reflection_revision SET route_id = 'belousova-2022'") }
        }
        #expect(try db.store.route("kuznetsov-2024").reflections[1].text == "Вторая редакция")
        #expect(try db.store.route("belousova-2022").reflections.allSatisfy { $0.history.isEmpty })
    }

    @Test(arguments: Engine.available)
    func changesAreKeptWithTheirHistory(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        try db.store.importCatalog(try Sample.catalog())
        let number = try db.store.appendReflection(to: "kuznetsov-2024") { route, number in
            Reflection(date: day("2026-11-20"), target: .image, score: 4, text: "Ближе к образу")
        }
        #expect(number == 9)
        _ = try db.store.updateRoute("kuznetsov-2024") { try $0.reviseReflection(9, text: "Ещё ближе", score: 5, on: day("2026-11-21")) }
        let route = try db.store.route("kuznetsov-2024")
        #expect(route.reflections.last?.text == "Ещё ближе")
        #expect(route.reflections.last?.history.map(\.text) == ["Ближе к образу"])
        #expect(try db.store.routeHead("kuznetsov-2024").reflections == 9)
        #expect(try db.store.participants(ofRoute: "kuznetsov-2024")?.teacher == "kuznetsov")
        #expect(
            try db.store.isMentor("grishina", of: "ivanova")
                == (try db.store.programs().contains { $0.mentors.contains("grishina") && $0.mentees.contains("ivanova") }))
        let labels = try db.store.labels(of: [SubjectReference(.route, "kuznetsov-2024")])
        #expect(labels[SubjectReference(.route, "kuznetsov-2024")] == .name("Кузнецов Павел Олегович"))
    }

    @Test(arguments: Engine.available)
    func theRegionReaderReadsEverySubjectInBatches(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        let sample = try Sample.catalog()
        try db.store.importCatalog(sample)
        let (routes, persons, programs, found) = try db.store.readRegion { region in
            var routes: [StoredRoute] = []
            var after: String?
            repeat {
                let batch = try region.routes(after: after, limit: 3)
                routes += batch
                after = batch.last?.id
            } while after != nil
            return (
                routes, try region.persons(after: nil, limit: 100), try region.programs(after: nil, limit: 100),
                try region.persons(ids: ["kuznetsov", "nobody", "antonova"])
            )
        }
        #expect(routes.map(\.id) == sample.routes.map(\.id).sorted())
        #expect(persons.count == 14 && programs.count == 6)
        #expect(found.map(\.id) == ["kuznetsov", "antonova"])
        let stored = try #require(routes.first { $0.id == "kuznetsov-2024" })
        let route = try #require(sample.routes.first { $0.id == "kuznetsov-2024" })
        #expect(stored.reflections.count == route.reflections.count)
        #expect(stored.teacher == "kuznetsov" && stored.stage == "implementation")
        // The bodies' lists are JSON the rules parse: the same values on both databases.
        #expect(try Self.parsed(stored.deficits) == Self.parsed(StoredText(JSON.encode(route.deficits))))
        #expect(try Self.parsed(stored.activities) == Self.parsed(StoredText(JSON.encode(route.activities))))
        let kuznetsov = try #require(persons.first { $0.id == "kuznetsov" })
        #expect(kuznetsov.routes == ["kuznetsov-2024"])
    }

    static func parsed(_ text: StoredText) throws -> NSObject? {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSObject
    }

    @Test(arguments: Engine.available)
    func aBulkWriteStoresWhatAnImportStores(_ engine: Engine) throws {
        let region = SyntheticRegion(teachers: 60, seed: 7)
        let bulk = try ContractDatabase(engine)
        let written = try region.write(into: bulk.store)
        #expect(written.routes == 60)
        let imported = try ContractDatabase(engine)
        try imported.store.importCatalog(region.catalog())
        #expect(try bulk.store.catalog() == imported.store.catalog())
        // Reflections numbered by the bulk write take revisions and later reflections in turn.
        let route = try #require(try bulk.store.routes().first { !$0.reflections.isEmpty && $0.stage != .closed })
        let number = try bulk.store.appendReflection(to: route.id) { _, _ in
            Reflection(date: region.asOf, target: .deficit(route.deficits[0].id), score: 3, text: "После массовой записи")
        }
        #expect(number == route.reflections.count + 1)
        #expect(try bulk.store.route(route.id).reflections.last?.text == "После массовой записи")
        // A bulk write naming a person who is not there stores nothing.
        let broken = try ContractDatabase(engine)
        let orphan = region.catalog().routes[0]
        #expect(throws: StoreError.self) { try broken.store.bulkInsert { try $0.insert(orphan) } }
        #expect(try broken.store.countList() == [0, 0, 0])
    }

    @Test(arguments: Engine.available)
    func eachRoutesReflectionTallyIsKeptByTheDatabaseWhoeverWrites(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        let region = SyntheticRegion(teachers: 40, seed: 11)
        _ = try region.write(into: db.store)  // COPY on PostgreSQL, statements on SQLite
        try db.store.importCatalog(try Sample.catalog())
        _ = try db.store.appendReflection(to: "kuznetsov-2024") { _, _ in
            Reflection(date: day("2026-11-20"), target: .deficit("d4"), score: 3, text: "Ещё одна")
        }
        func tallies(_ sql: String) throws -> [String: Int] {
            try db.store.read { session in
                Dictionary(uniqueKeysWithValues: try SQLRow.fetchAll(session, sql: sql).map { ($0["route_id"] as String, $0["n"] as Int) })
            }
        }
        let counted = try tallies("SELECT route_id, count(*) AS n FROM reflection GROUP BY route_id")
        #expect(counted.count > 30)
        #expect(try tallies("SELECT route_id, reflections AS n FROM route_tally") == counted)
        #expect(try db.store.routeHead("kuznetsov-2024").reflections == counted["kuznetsov-2024"])
    }

    /// The rules must see the same region on both databases (`rules check --json` prints the same
    /// bytes): every record the region reader gives, batch by batch and looked up by id, is the
    /// same, JSON texts compared by what they say (PostgreSQL writes `jsonb` with its own spacing).
    @Test(.enabled(if: ContractDatabase.postgresServer != nil))
    func theRegionReaderGivesTheSameRecordsOnBothDatabases() throws {
        let region = SyntheticRegion(teachers: 80, seed: 5)
        let stores = try [ContractDatabase(.sqlite), ContractDatabase(.postgres)]
        for db in stores { _ = try region.write(into: db.store) }
        func canonical(_ text: StoredText) throws -> StoredText {
            let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
            return StoredText(utf8: Array(try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])))
        }
        func canonical(route: StoredRoute) throws -> StoredRoute {
            var r = route
            (r.strengths, r.deficits, r.activities) = (try canonical(r.strengths), try canonical(r.deficits), try canonical(r.activities))
            return r
        }
        func canonical(program: StoredProgram) throws -> StoredProgram {
            var g = program
            (g.forms, g.directions, g.activities, g.addresses) = (
                try canonical(g.forms), try canonical(g.directions), try canonical(g.activities), try canonical(g.addresses)
            )
            return g
        }
        /// Every record of a kind, 17 at a time, each made canonical.
        func paged<Record>(_ read: (String?) throws -> [Record], id: (Record) -> String, _ canonical: (Record) throws -> Record) throws -> [Record] {
            var records: [Record] = []
            var after: String?
            repeat {
                let batch = try read(after)
                records += try batch.map(canonical)
                after = batch.last.map(id)
            } while after != nil
            return records
        }
        func everything(_ store: Store) throws -> (persons: [StoredPerson], routes: [StoredRoute], programs: [StoredProgram], byID: [StoredRoute]) {
            try store.readRegion { region in
                let persons = try paged({ try region.persons(after: $0, limit: 17) }, id: \.id) {
                    var p = $0
                    p.body = try canonical(p.body)
                    return p
                }
                let routes = try paged({ try region.routes(after: $0, limit: 17) }, id: \.id, canonical(route:))
                let programs = try paged({ try region.programs(after: $0, limit: 17) }, id: \.id, canonical(program:))
                return (persons, routes, programs, try region.routes(ids: routes.reversed().map(\.id)).map(canonical(route:)))
            }
        }
        let (sqlite, postgres) = (try everything(stores[0].store), try everything(stores[1].store))
        #expect(sqlite.persons.count > 80 && sqlite.routes.count == 80 && !sqlite.programs.isEmpty)
        #expect(sqlite.routes.contains { $0.selfImage != nil } && sqlite.persons.contains { $0.birthDate != nil })
        #expect(postgres.persons == sqlite.persons)
        #expect(postgres.routes == sqlite.routes)
        #expect(postgres.programs == sqlite.programs)
        #expect(postgres.byID == sqlite.byID && sqlite.byID.map(\.id) == sqlite.routes.reversed().map(\.id))
    }

    @Test(arguments: Engine.available)
    func writersAtOnceAllSucceedAndNumberInTurn(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        try db.store.importCatalog(try Sample.catalog())
        let numbers = LockedNumbers()
        let failures = LockedNumbers()
        let location = db.location
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            // Each writer opens its own store, as separate processes or servers would.
            guard let store = try? Store(path: location) else { return failures.add(writer) }
            for i in 0..<10 {
                do {
                    let number = try store.appendReflection(to: "kuznetsov-2024") { _, _ in
                        Reflection(date: day("2026-11-20"), target: .deficit("d4"), score: 3, text: "Писатель \(writer), запись \(i)")
                    }
                    numbers.add(number)
                } catch {
                    failures.add(writer)
                }
            }
        }
        #expect(failures.all.isEmpty)
        #expect(numbers.all.sorted() == Array(9...48))
        #expect(try db.store.route("kuznetsov-2024").reflections.count == 48)
    }

    @Test(arguments: Engine.available)
    func reflectionsWrittenTogetherAreEachCheckedNumberedAndAuditedOnTheirOwn(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        try db.store.importCatalog(try Sample.catalog())
        let before = try db.store.audit().count
        struct Refused: Error {}
        func request(_ route: String, _ text: String, score: Int = 4, refuse: Bool = false) -> ReflectionQueue.Request {
            let audit = AuditSlot(AuditEntry(at: "2026-11-20T10:00:00Z", login: "t", action: "reflect", subject: text, outcome: "201"))
            return ReflectionQueue.Request(route: route, audit: audit) { head, number in
                if refuse { throw Refused() }
                return Reflection(date: day("2026-11-20"), target: .image, score: score, text: "\(text) №\(number) на \(head.id)")
            }
        }
        // One batch: two routes, one refused by its check, one a route that does not exist.
        let belousova = try db.store.routeHead("belousova-2022").reflections
        let batch = [
            request("kuznetsov-2024", "a"), request("belousova-2022", "b"), request("kuznetsov-2024", "c", refuse: true),
            request("kuznetsov-2024", "d"), request("nobody-2020", "e"),
        ]
        let outcomes = db.store.writeReflections(batch)
        #expect(outcomes.map { try? $0.get() } == [9, belousova + 1, nil, 10, nil])
        #expect((try? outcomes[2].get()) == nil && { if case .failure(let e) = outcomes[2] { e is Refused } else { false } }())
        if case .failure(let e) = outcomes[4] { #expect((e as? StoreError)?.missing?.id == "nobody-2020") } else { Issue.record("no route, yet stored") }
        let kuznetsov = try db.store.route("kuznetsov-2024").reflections.suffix(2).map(\.text)
        #expect(kuznetsov == ["a №9 на kuznetsov-2024", "d №10 на kuznetsov-2024"])
        #expect(try db.store.route("belousova-2022").reflections.last?.text == "b №\(belousova + 1) на belousova-2022")
        #expect(try db.store.audit().dropFirst(before).map(\.subject).sorted() == ["a", "b", "d"])
        #expect(batch.map { $0.audit?.isWritten == true } == [true, true, false, true, false])

        // A row the database refuses (a score out of range) fails its transaction: each is written
        // again alone, and only that one is lost.
        let second = [request("kuznetsov-2024", "f"), request("kuznetsov-2024", "g", score: 9), request("kuznetsov-2024", "h")]
        let again = db.store.writeReflections(second)
        #expect(again.map { try? $0.get() } == [11, nil, 12])
        if case .failure(let e) = again[1] { #expect(e is StoreError, "\(e)") }
        #expect(try db.store.route("kuznetsov-2024").reflections.suffix(2).map(\.text) == ["f №11 на kuznetsov-2024", "h №12 на kuznetsov-2024"])
        #expect(try db.store.routeHead("kuznetsov-2024").reflections == 12)
        #expect(second.map { $0.audit?.isWritten == true } == [true, false, true])
        #expect(try db.store.audit().dropFirst(before).map(\.subject).sorted() == ["a", "b", "d", "f", "h"])
    }

    @Test(arguments: Engine.available)
    func manyThreadsOfOneStoreLogAtOnceAndEveryReflectionHasItsOwnNumberAndAuditLine(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        try db.store.importCatalog(try Sample.catalog())
        let before = try db.store.audit().count
        let numbers = LockedNumbers()
        let failures = LockedNumbers()
        let store = db.store
        // Forty threads at once (not the two of a `concurrentPerform` on two cores), so that
        // reflections arrive while a batch is being written.
        let done = DispatchGroup()
        for i in 0..<40 {
            done.enter()
            Thread {
                defer { done.leave() }
                let slot = AuditSlot(AuditEntry(at: "2026-11-20T10:00:00Z", login: "t", action: "reflect", subject: "\(i)", outcome: "201"))
                guard
                    let number = try? Store.$auditing.withValue(
                        slot,
                        operation: {
                            try store.appendReflection(to: "kuznetsov-2024") { _, number in
                                Reflection(date: day("2026-11-20"), target: .deficit("d4"), score: 3, text: "запись \(i) под номером \(number)")
                            }
                        })
                else { return failures.add(i) }
                numbers.add(number)
            }.start()
        }
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(failures.all.isEmpty)
        #expect(numbers.all.sorted() == Array(9...48))
        let stored = try db.store.route("kuznetsov-2024").reflections.dropFirst(8)
        #expect(stored.enumerated().allSatisfy { i, r in r.text.hasSuffix("под номером \(i + 9)") })
        #expect(try db.store.audit().dropFirst(before).map(\.subject).sorted() == (0..<40).map(String.init).sorted())
    }

    @Test(arguments: Engine.available)
    func accountsSessionsAndTheAuditLog(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        try db.store.importCatalog(try Sample.catalog())
        try db.store.importCatalog(Catalog(organizations: [Organization(id: "school", name: "Регион", type: .region, parent: nil)]))
        try db.store.insert(
            AccountRecord(login: "kuznetsov", person: "kuznetsov", passwordHash: "$2b$hash", mustChangePassword: true, created: "2026-11-28"))
        try db.store.grant(AccountRecord.Grant(role: "curator", organization: "school"), to: "kuznetsov")
        #expect(try db.store.account("kuznetsov")?.grants == [AccountRecord.Grant(role: "curator", organization: "school")])
        #expect(try db.store.account(ofPerson: "kuznetsov")?.login == "kuznetsov")
        try db.store.openSession(tokenHash: "h1", login: "kuznetsov", created: "2026-11-28T10:00:00Z", expires: "2026-11-29T10:00:00Z")
        #expect(try db.store.session(tokenHash: "h1")?.login == "kuznetsov")
        try db.store.grant(AccountRecord.Grant(role: "admin", organization: "school"), to: "kuznetsov")
        let signedIn = try db.store.sessionAccount(tokenHash: "h1")
        #expect(signedIn?.expires == "2026-11-29T10:00:00Z")
        #expect(signedIn?.account == (try db.store.account("kuznetsov")))
        #expect(signedIn?.account.grants == [.init(role: "admin", organization: "school"), .init(role: "curator", organization: "school")])
        #expect(try db.store.sessionAccount(tokenHash: "h2") == nil)
        #expect(try db.store.closeSession(tokenHash: "h1"))
        #expect(try db.store.sessionAccount(tokenHash: "h1") == nil)
        #expect(try db.store.session(tokenHash: "h1") == nil)
        #expect(try !db.store.closeSession(tokenHash: "h1"))
        try db.store.appendAudit(AuditEntry(at: "2026-11-28T10:00:00Z", login: "kuznetsov", action: "signIn", subject: "", outcome: "200"))
        try db.store.appendAudit(AuditEntry(at: "2026-11-28T10:01:00Z", login: "other", action: "signIn", subject: "", outcome: "401"))
        #expect(try db.store.audit(login: "kuznetsov").map(\.outcome) == ["200"])
        #expect(try db.store.audit(from: "2026-11-28T10:00:30").map(\.login) == ["other"])
    }

    @Test(arguments: Engine.available)
    func anErasureLeavesNoTraceOfTheNameInTheTables(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        try db.store.importCatalog(try Sample.catalog())
        let name = try db.store.person("kuznetsov").name
        let reflection = try #require(try db.store.route("kuznetsov-2024").reflections.first?.text)
        let erasure = try db.store.forget("kuznetsov", on: day("2026-11-28"))
        #expect(erasure.person == "kuznetsov")
        #expect(try db.store.erasure(of: "kuznetsov")?.number == erasure.number)
        let everything = try db.allRows()
        #expect(!everything.contains(name))
        #expect(!everything.contains(reflection))
        #expect(try db.store.route("kuznetsov-2024").reflections.allSatisfy { $0.text == Person.erasedText })
        // The name cannot be written back.
        #expect(throws: (any Error).self) { try db.store.importCatalog(try Sample.catalog()) }
    }
}

/// Numbers from several threads.
final class LockedNumbers: @unchecked Sendable {
    // @unchecked: `values` is only touched under `lock`.
    private let lock = NSLock()
    private var values: [Int] = []

    func add(_ value: Int) { lock.withLock { values.append(value) } }
    var all: [Int] { lock.withLock { values } }
}

/// A new, empty database of one engine for one test, removed after it.
final class ContractDatabase {
    /// The PostgreSQL server the tests may create databases on, if any.
    static var postgresServer: String? { PostgresTestDatabase.server }

    let store: Store
    /// What `Store(path:)` takes to open the same database again.
    let location: String
    private let cleanUp: () -> Void

    init(_ engine: StoreContractTests.Engine) throws {
        switch engine {
        case .sqlite:
            let file = try TemporaryDatabase()
            location = file.path
            store = try Store(path: file.path)
            cleanUp = { _ = file }
        case .postgres:
            let database = try PostgresTestDatabase()
            location = database.url
            store = try Store(path: location)
            cleanUp = { _ = database }
        }
    }

    /// Every row of every table, as text.
    func allRows() throws -> String {
        try store.read { db in
            let tables: [String]
            switch db.dialect {
            case .sqlite:
                tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            case .postgres:
                tables = try String.fetchAll(db, sql: "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'")
            }
            var text = ""
            for table in tables {
                for row in try SQLRow.fetchAll(db, sql: "SELECT * FROM \(table)") {
                    for value in row.values { if case .text(let t) = value { text += t + "\n" } }
                }
            }
            return text
        }
    }

    deinit { cleanUp() }
}

extension StoreContractTests {
    /// Both databases give the region reader a person's day of birth and start of teaching out of
    /// the stored body (SQLite's json_extract, PostgreSQL's ->>), for the views' age and experience.
    @Test(arguments: Engine.available)
    func theRegionReaderTakesTheStaffDaysOutOfTheBody(_ engine: Engine) throws {
        let db = try ContractDatabase(engine)
        let sample = try Sample.catalog()
        try db.store.importCatalog(sample)
        let persons = try db.store.readRegion { reader in try reader.persons(after: nil, limit: 1_000) }
        let stored = Dictionary(uniqueKeysWithValues: sample.persons.map { ($0.id, $0.staff) })
        #expect(persons.count == sample.persons.count)
        #expect(persons.filter { $0.birthDate != nil }.count == 10)
        for person in persons {
            #expect(person.birthDate == stored[person.id]?.birthDate, "\(person.id)")
            #expect(person.experienceSince == stored[person.id]?.experienceSince, "\(person.id)")
        }
    }
}
