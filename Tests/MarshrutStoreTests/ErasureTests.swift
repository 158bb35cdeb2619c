import Foundation
import GRDB
import MarshrutCore
import MarshrutStore
import MarshrutTestSupport
import MarshrutText
import Testing

struct ErasureTests {
    /// Texts of kuznetsov's that the sample school holds, and one written later as a revision.
    static let kuznetsovTexts = [
        "Кузнецов Павел Олегович",  // name
        "физическая культура и ОБЗР",  // subject
        "будущие спортсмены",  // self-image
        "Двенадцать лет тренерской работы",  // strength
        "отметки выставляет с опозданием",  // deficit
        "Раньше я просто освобождал таких детей",  // product attitude
        "Спортивный зал закрыт на капитальный ремонт",  // correction reason
        "Круговая тренировка прижилась",  // reflection
        "Знания есть, навыка пока нет",  // reflection, revised below
    ]
    static let revisedText = "Поговорил с родителями спецгруппы на собрании клуба"

    /// The sample school with one of kuznetsov's reflections revised, so that an earlier
    /// wording sits in `reflection_revision`.
    func storeWithRevision(_ db: TemporaryDatabase) throws -> Store {
        let store = try db.sampleStore()
        try store.updateRoute("kuznetsov-2024") { try $0.reviseReflection(2, text: Self.revisedText, on: day("2026-11-25")) }
        try store.updateRoute("kuznetsov-2024") { try $0.reviseReflection(2, text: "Третья редакция", on: day("2026-11-26")) }
        return store
    }

    /// Rows per table: what must survive an erasure.
    func rowCounts(_ path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in [
                "person", "consent", "route", "correction", "reflection", "reflection_revision", "program",
                "program_member", "indicator",
            ] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            counts["deficits"] = try Int.fetchOne(db, sql: "SELECT SUM(json_array_length(body, '$.deficits')) FROM route")
            counts["activities"] = try Int.fetchOne(db, sql: "SELECT SUM(json_array_length(body, '$.activities')) FROM route")
            return counts
        }
    }

    /// The files that hold the database's bytes: the file, its write-ahead log, its shared memory.
    func files(_ path: String) -> [(name: String, data: Data)] {
        ["", "-wal", "-shm"].compactMap { suffix in
            FileManager.default.contents(atPath: path + suffix).map { (path + suffix, $0) }
        }
    }

    @Test func forgetOverwritesThePersonalDataAndKeepsTheCounts() throws {
        let db = try TemporaryDatabase()
        let store = try storeWithRevision(db)
        let before = try store.route("kuznetsov-2024")
        let counts = try rowCounts(db.path)

        let erasure = try store.forget("kuznetsov", on: day("2026-11-28"))

        #expect(erasure.person == "kuznetsov" && erasure.number == 1 && erasure.date == day("2026-11-28"))
        let person = try store.person("kuznetsov")
        #expect(person.name == Person.erasedName)
        #expect(person.school == nil && person.position == nil && person.subject == nil)
        #expect(person.staff.isEmpty, "the birth, hire and experience dates are personal data too")
        #expect(person.roles == [.mentee])
        #expect(person.requests?.areas == [.psychologicalPedagogical, .normativeLegal, .digitalization])
        #expect(person.consents.count == 5)

        let route = try store.route("kuznetsov-2024")
        #expect(route.selfImage == Person.erasedText)
        #expect(route.strengths.map(\.area) == before.strengths.map(\.area))
        #expect(route.strengths.allSatisfy { $0.text == Person.erasedText })
        #expect(route.deficits.map(\.level) == before.deficits.map(\.level))
        #expect(route.deficits.allSatisfy { $0.text == Person.erasedText })
        #expect(route.activities.map(\.title) == before.activities.map(\.title))
        #expect(route.activities.compactMap(\.product?.attitude).allSatisfy { $0 == Person.erasedText })
        #expect(route.corrections.map(\.change) == before.corrections.map(\.change))
        #expect(route.corrections.allSatisfy { $0.reason == Person.erasedText })
        #expect(route.reflections.map(\.score) == before.reflections.map(\.score))
        #expect(route.reflections.map(\.date) == before.reflections.map(\.date))
        #expect(route.reflections.allSatisfy { $0.text == Person.erasedText })
        #expect(route.reflections[1].history.count == 2)
        #expect(route.reflections[1].history.allSatisfy { $0.text == Person.erasedText })

        #expect(try rowCounts(db.path) == counts)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.appliedMigrations().contains("v3: erasure of personal data on withdrawn consent"))
    }

    @Test func forgottenTextsAreGoneFromTheFilesBytes() throws {
        let db = try TemporaryDatabase()
        let store = try storeWithRevision(db)
        let texts = Self.kuznetsovTexts + [Self.revisedText]
        let found = { self.files(db.path).contains { $0.data.range(of: Data(texts[0].utf8)) != nil } }
        #expect(found(), "the name should be in the file before the erasure")

        try store.forget("kuznetsov", on: day("2026-11-28"))

        for (name, data) in files(db.path) {
            for text in texts {
                #expect(data.range(of: Data(text.utf8)) == nil, "«\(text)» is still in \(name)")
            }
        }
        #expect(files(db.path).contains { $0.data.range(of: Data("Иванова".utf8)) != nil || $0.data.range(of: Data("Белоусова".utf8)) != nil })
    }

    @Test func otherPersonsDataIsUntouched() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.catalog()

        try store.forget("kuznetsov", on: day("2026-11-28"))

        let after = try store.catalog()
        #expect(after.persons.filter { $0.id != "kuznetsov" } == before.persons.filter { $0.id != "kuznetsov" })
        #expect(after.routes.filter { $0.teacher != "kuznetsov" } == before.routes.filter { $0.teacher != "kuznetsov" })
        let own = { (p: Program) in p.mentors.contains("kuznetsov") || p.mentees.contains("kuznetsov") }
        #expect(after.programs.filter { !own($0) } == before.programs.filter { !own($0) })
        // In his programs only the attitudes to products go.
        for (old, new) in zip(before.programs.filter(own), after.programs.filter(own)) {
            #expect(new.activities.map(\.title) == old.activities.map(\.title))
            #expect(new.indicators == old.indicators)
            #expect(new.activities.allSatisfy { $0.product?.attitude == nil || $0.product?.attitude == Person.erasedText })
        }
    }

    @Test func forgettingTwiceIsRefusedAndLoggedOnce() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        try store.forget("kuznetsov", on: day("2026-11-28"))
        let dump = try store.catalog()

        let error = storeError { try store.forget("kuznetsov", on: day("2026-11-29")) }
        #expect(error?.message.contains("already erased on 2026-11-28") == true)
        #expect(try store.catalog() == dump)
        #expect(try store.erasures().map(\.person) == ["kuznetsov"])
        #expect(try store.erasure(of: "kuznetsov")?.number == 1)
        #expect(try store.erasure(of: "romanova") == nil)
    }

    @Test func anUnknownPersonIsRefusedAndNothingIsLogged() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let error = storeError { try store.forget("kuznecov", on: day("2026-11-28")) }
        #expect(error?.message.contains("no person \"kuznecov\"") == true)
        #expect(try store.erasures().isEmpty)
    }

    @Test func theErasureLogHoldsNoErasedData() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        try store.forget("kuznetsov", on: day("2026-11-28"))
        let rows = try DatabaseQueue(path: db.path).read { db in try Row.fetchAll(db, sql: "SELECT * FROM erasure") }
        #expect(rows.count == 1)
        let logged = rows.map { $0.description }.joined()
        #expect(!logged.contains("Кузнецов") && logged.contains("kuznetsov") && logged.contains("2026-11-28"))
        #expect(try DatabaseQueue(path: db.path).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM erasure_in_progress") } == 0)
    }

    /// Outside an erasure the history stays append-only; inside one, only the text columns of
    /// the erased person's own rows may change, and nothing may be deleted.
    @Test(arguments: [
        ("UPDATE reflection SET text = 'x' WHERE route_id = 'kuznetsov-2024'", false),
        ("UPDATE correction SET reason = 'x' WHERE route_id = 'kuznetsov-2024'", false),
        ("UPDATE reflection_revision SET text = 'x'", false),
        ("DELETE FROM reflection WHERE route_id = 'kuznetsov-2024'", true),
        ("DELETE FROM correction WHERE route_id = 'kuznetsov-2024'", true),
        ("DELETE FROM reflection_revision", true),
        ("UPDATE reflection SET score = 1 WHERE route_id = 'kuznetsov-2024'", true),
        ("UPDATE reflection SET date = '2020-01-01' WHERE route_id = 'kuznetsov-2024'", true),
        ("UPDATE correction SET change = 'x' WHERE route_id = 'kuznetsov-2024'", true),
        ("UPDATE reflection_revision SET score = 1", true),
        ("UPDATE reflection_revision SET route_id = 'belousova-2022'", true),
        ("UPDATE reflection SET text = 'x' WHERE route_id = 'belousova-2022'", true),
        ("UPDATE correction SET reason = 'x' WHERE route_id <> 'kuznetsov-2024'", true),
        ("UPDATE consent SET date = '2020-01-01' WHERE person_id = 'kuznetsov'", true),
        ("DELETE FROM consent WHERE person_id = 'kuznetsov'", true),
        ("DELETE FROM indicator", true),
    ])
    func historyIsWritableOnlyByAnErasure(sql: String, refusedDuringErasure: Bool) throws {
        let db = try TemporaryDatabase()
        _ = try storeWithRevision(db)
        let queue = try DatabaseQueue(path: db.path)
        #expect(throws: DatabaseError.self, "outside an erasure") { try queue.write { try $0.execute(sql: sql) } }
        let during: () throws -> Void = {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO erasure_in_progress (person_id) VALUES ('kuznetsov')")
                try db.execute(sql: sql)
                throw RolledBack()
            }
        }
        if refusedDuringErasure {
            #expect(throws: DatabaseError.self, "during an erasure") { try during() }
        } else {
            #expect(throws: RolledBack.self, "during an erasure") { try during() }
        }
    }

    struct RolledBack: Error {}

    @Test func anErasedPersonsDataCannotComeBack() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        try store.forget("kuznetsov", on: day("2026-11-28"))
        let erased = try store.catalog()

        #expect(throws: (any Error).self, "importing the old documents again") { try store.importCatalog(try Sample.catalog()) }
        let persons = try Catalog(persons: Sample.catalog().persons)
        #expect(throws: (any Error).self, "importing the old persons again") { try store.importCatalog(persons) }
        #expect(throws: StoreError.self, "a new consent") {
            try store.updatePerson("kuznetsov") { $0.record(Consent(kind: .duties, date: day("2026-11-28"))) }
        }
        #expect(throws: StoreError.self, "a new reflection") {
            try store.updateRoute("kuznetsov-2024") {
                try $0.reflect(Reflection(date: day("2026-11-28"), target: .deficit("d4"), score: 3, text: "Новое"))
            }
        }
        #expect(throws: StoreError.self, "a new self-image") {
            try store.updateRoute("kuznetsov-2024") { $0.selfImage = "Новый образ" }
        }
        #expect(try store.catalog() == erased)

        // Unchanged documents (as an export of the erased database gives them) still import,
        // and other persons still change.
        try store.importCatalog(erased)
        try store.updatePerson("fomina") { $0.record(Consent(kind: .duties, date: day("2026-11-28"))) }
        #expect(try store.person("fomina").consents.count == 2)
    }

    @Test func unpairedMenteesAreInNoDraftOrActiveProgram() throws {
        let catalog = try Sample.catalog()
        let unpaired = catalog.persons.filter { $0.isUnpairedMentee(among: catalog.programs) }.map(\.id)
        #expect(unpaired.sorted() == ["belousova", "fomina"])
    }

    @Test func erasingAPersonKeepsWhatCountsAnonymously() {
        let person = Person(
            id: "zaitsev", name: "Зайцев Кирилл Андреевич", school: "МКОУ", position: "учитель",
            subject: "информатика", roles: [.mentor, .mentee],
            requests: Preferences(areas: [.ict], subjects: ["физика"], forms: [.group]), capacity: 2,
            offers: Preferences(areas: [.digitalization], subjects: ["информатика"], forms: [.reverse]),
            consents: [Consent(kind: .personalData, date: day("2025-08-27"))])
        let erased = person.erasingPersonalData()
        #expect(
            erased
                == Person(
                    id: "zaitsev", name: Person.erasedName, roles: [.mentor, .mentee],
                    requests: Preferences(areas: [.ict], forms: [.group]), capacity: 2,
                    offers: Preferences(areas: [.digitalization], forms: [.reverse]),
                    consents: person.consents))
    }
}
