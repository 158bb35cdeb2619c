import Foundation
import GRDB
import MarshrutCore
import MarshrutStore
import Testing

struct StoreHistoryTests {
    struct Refused: Error {}

    @Test func updateRouteStoresAnAppendedReflection() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let reflection = Reflection(date: day("2026-12-01"), target: .deficit("d4"), score: 3, text: "Уроки стали живее")
        let returned = try store.updateRoute("kuznetsov-2024") { try $0.reflect(reflection) }
        #expect(returned.reflections.last == reflection)
        #expect(try Store(path: db.path).route("kuznetsov-2024").reflections.last == reflection)
        #expect(try store.route("kuznetsov-2024").reflections.count == 9)
    }

    @Test func updateRouteStoresACorrection() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let amendment = Amendment(date: day("2026-11-25"), author: "melnikov", reason: "Перенос по графику РМО")
        try store.updateRoute("kuznetsov-2024") {
            try $0.amendActivity("a6", with: ActivityEdit(due: day("2026-12-25")), amendment: amendment)
        }
        let route = try store.route("kuznetsov-2024")
        #expect(route.corrections.count == 6)
        #expect(route.corrections.last?.change == "due: 2026-05-22 -> 2026-12-25")
        #expect(route.activity("a6")?.due == day("2026-12-25"))
    }

    @Test func aClosureThatThrowsStoresNothing() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.route("kuznetsov-2024")
        #expect(throws: Refused.self) {
            try store.updateRoute("kuznetsov-2024") { route in
                try route.reflect(Reflection(date: day("2026-12-01"), target: .deficit("d4"), score: 3, text: "…"))
                route.selfImage = "Другой образ"
                throw Refused()
            }
        }
        #expect(try store.route("kuznetsov-2024") == before)
    }

    @Test func aChangeTheModelRefusesStoresNothing() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.catalog()
        #expect(throws: ModelError.self) {
            try store.updateRoute("kuznetsov-2024") { $0.teacher = "nobody" }
        }
        #expect(throws: ModelError.self) {
            try store.updateRoute("romanova-2021") { try $0.advance() }
        }
        #expect(try store.catalog() == before)
    }

    /// A changed id would write over another route (antonova-2026 has no history, so the
    /// append-only check cannot catch it) or fork a new one.
    @Test(arguments: ["antonova-2026", "kuznetsov-2030"])
    func anUpdateCannotChangeTheRoutesID(newID: String) throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.catalog()
        let error = storeError { try store.updateRoute("kuznetsov-2024") { $0.id = newID } }
        #expect(error?.message.contains("id cannot change") == true, "\(String(describing: error))")
        // Compared by id and teacher so that a failure reads in one line.
        func summary(_ catalog: Catalog) -> [String] { catalog.routes.map { "\($0.id): \($0.teacher)" } }
        let after = try store.catalog()
        #expect(summary(after) == summary(before))
        #expect(after == before)
    }

    @Test func anUpdateCannotChangeAPersonsOrAProgramsID() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.catalog()
        #expect(storeError { _ = try store.updatePerson("grishina") { $0.id = "novikova" } } != nil)
        #expect(storeError { _ = try store.updateProgram("prog-2026-01") { $0.id = "prog-2026-09" } } != nil)
        #expect(try store.catalog() == before)
    }

    @Test(arguments: ["removed", "altered", "reordered"])
    func savingARouteWithAlteredReflectionsIsRefused(how: String) throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.route("kuznetsov-2024")
        var history = before.reflections
        switch how {
        case "removed": history.removeLast()
        case "altered": history[0].text = "Переписано задним числом"
        default: history.swapAt(0, 1)
        }
        let error = storeError {
            try store.updateRoute("kuznetsov-2024") { $0 = $0.with(reflections: history) }
        }
        #expect(error?.message.contains("reflections of route kuznetsov-2024 are append-only") == true)
        #expect(try store.route("kuznetsov-2024") == before)
    }

    @Test(arguments: ["removed", "altered"])
    func savingARouteWithAlteredCorrectionsIsRefused(how: String) throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.route("kuznetsov-2024")
        var history = before.corrections
        if how == "removed" { history.removeFirst() } else { history[2].reason = "Другая причина" }
        let error = storeError {
            try store.updateRoute("kuznetsov-2024") { $0 = $0.with(corrections: history) }
        }
        #expect(error?.message.contains("corrections of route kuznetsov-2024 are append-only") == true)
        #expect(try store.route("kuznetsov-2024") == before)
    }

    @Test func savingAPersonWithoutAStoredConsentIsRefused() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.person("grishina")
        let error = storeError {
            _ = try store.updatePerson("grishina") { $0.consents.removeLast() }
        }
        #expect(error?.message.contains("consents of person grishina are append-only") == true)
        #expect(try store.person("grishina") == before)
    }

    @Test func savingAProgramWithAlteredIndicatorsIsRefused() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.program("prog-2025-01")
        let error = storeError {
            _ = try store.updateProgram("prog-2025-01") { program in
                program = Program(
                    id: program.id, forms: program.forms, directions: program.directions,
                    mentors: program.mentors, mentees: program.mentees, start: program.start,
                    end: program.end, status: program.status, activities: program.activities,
                    indicators: Array(program.indicators.dropFirst()))
            }
        }
        #expect(error?.message.contains("indicators of program prog-2025-01 are append-only") == true)
        #expect(try store.program("prog-2025-01") == before)
    }

    @Test func recordingAnIndicatorIsStored() throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let indicator = Indicator(name: "adaptation", date: day("2027-01-20"), value: 0.72)
        try store.updateProgram("prog-2026-01") { try $0.record(indicator) }
        #expect(try store.program("prog-2026-01").indicators.last == indicator)
    }

    @Test(arguments: ["consent", "correction", "reflection", "indicator"])
    func theDatabaseRefusesToChangeOrDeleteHistory(table: String) throws {
        let db = try TemporaryDatabase()
        let store = try db.sampleStore()
        let before = try store.catalog()
        let queue = try DatabaseQueue(path: db.path)
        let rows = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") }
        #expect((rows ?? 0) > 0)

        let update = #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE \(table) SET date = '2000-01-01'") }
        }
        #expect(update?.message?.contains("\(table) history is append-only") == true)
        let delete = #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "DELETE FROM \(table)") }
        }
        #expect(delete?.message?.contains("\(table) history is append-only") == true)

        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") } == rows)
        #expect(try store.catalog() == before)
    }
}

struct StoreRevisionTests {
    /// kuznetsov-2024 with its first reflection revised twice.
    func revisedStore(_ db: TemporaryDatabase) throws -> Store {
        let store = try db.sampleStore()
        try store.updateRoute("kuznetsov-2024") {
            try $0.reviseReflection(1, text: "Узнал много нового, план урока с задачами для каждой группы", score: 4, on: day("2025-01-10"))
        }
        try store.updateRoute("kuznetsov-2024") {
            try $0.reviseReflection(1, text: "Курс стал основой моих уроков", on: day("2025-06-01"))
        }
        return store
    }

    @Test func revisionsAreStoredWithTheirHistory() throws {
        let db = try TemporaryDatabase()
        let store = try revisedStore(db)
        let reflection = try #require(try Store(path: db.path).route("kuznetsov-2024").reflections.first)
        #expect(reflection.text == "Курс стал основой моих уроков")
        #expect(reflection.score == 4)
        #expect(reflection.history.map(\.replaced) == [day("2025-01-10"), day("2025-06-01")])
        #expect(reflection.history.map(\.score) == [5, 4])
        #expect(reflection.history[0].text.hasPrefix("Узнал много нового про противопоказания"))
        #expect(try store.route("kuznetsov-2024").reflections.count == 8)
    }

    @Test func aRouteWithRevisionsSurvivesExportAndImport() throws {
        let db = try TemporaryDatabase()
        let store = try revisedStore(db)
        let exported = try store.catalog()
        let other = try TemporaryDatabase()
        let copy = try Store(path: other.path)
        try copy.importCatalog(exported)
        #expect(try copy.catalog() == exported)
        try store.importCatalog(exported)
        #expect(try store.catalog() == exported)
    }

    @Test func aStoredRevisionCannotBeRewritten() throws {
        let db = try TemporaryDatabase()
        let store = try revisedStore(db)
        let before = try store.route("kuznetsov-2024")
        var reflections = before.reflections
        reflections[0].history[1].text = "Переписано задним числом"
        let error = storeError {
            try store.updateRoute("kuznetsov-2024") { $0 = $0.with(reflections: reflections) }
        }
        #expect(error?.message.contains("append-only") == true)
        #expect(try store.route("kuznetsov-2024") == before)
    }

    @Test func theDatabaseRefusesToChangeOrDeleteARevision() throws {
        let db = try TemporaryDatabase()
        _ = try revisedStore(db)
        let queue = try DatabaseQueue(path: db.path)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM reflection_revision") } == 2)
        let update = #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE reflection_revision SET text = 'x'") }
        }
        #expect(update?.message?.contains("append-only") == true)
        #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "DELETE FROM reflection_revision") }
        }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM reflection_revision") } == 2)
    }
}
