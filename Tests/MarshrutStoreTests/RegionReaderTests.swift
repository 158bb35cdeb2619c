import Foundation
import MarshrutCore
import MarshrutSynthetic
import MarshrutStore
import MarshrutTestSupport
import Testing

struct RegionReaderTests {
    @Test func readsEverySubjectOnceInIdOrderInBatches() throws {
        let db = try TemporaryDatabase()
        let (store, _) = try regionStore(db)
        let region = try store.readRegion { region in
            (
                counts: try region.counts(),
                persons: try batches { try region.persons(after: $0, limit: 7) },
                routes: try batches { try region.routes(after: $0, limit: 7) },
                programs: try batches { try region.programs(after: $0, limit: 7) }
            )
        }
        #expect(region.counts == (try store.counts()))
        #expect(region.counts.routes == 120)
        for (batches, count) in [
            (region.persons.map { $0.map(\.id) }, region.counts.persons),
            (region.routes.map { $0.map(\.id) }, region.counts.routes),
            (region.programs.map { $0.map(\.id) }, region.counts.programs),
        ] {
            let ids = batches.flatMap { $0 }
            #expect(ids.count == count)
            #expect(zip(ids, ids.dropFirst()).allSatisfy { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            #expect(batches.dropLast().allSatisfy { $0.count == 7 })
            #expect(batches.count == (count + 6) / 7)
        }
    }

    @Test func recordsHoldWhatTheCatalogHolds() throws {
        let db = try TemporaryDatabase()
        let (store, edited) = try regionStore(db)
        let catalog = try store.catalog()
        let (persons, routes, programs) = try store.readRegion { region in
            (
                try batches { try region.persons(after: $0, limit: 7) }.flatMap { $0 },
                try batches { try region.routes(after: $0, limit: 7) }.flatMap { $0 },
                try batches { try region.programs(after: $0, limit: 7) }.flatMap { $0 }
            )
        }
        #expect(try persons.map(Decoded.person) == catalog.persons)
        // The reader takes the days a view's age and experience need out of the body itself.
        #expect(persons.map(\.birthDate) == catalog.persons.map(\.staff.birthDate))
        #expect(persons.map(\.experienceSince) == catalog.persons.map(\.staff.experienceSince))
        #expect(persons.contains { $0.birthDate != nil })
        #expect(try routes.map(Decoded.route) == catalog.routes)
        #expect(try programs.map(Decoded.program) == catalog.programs)
        #expect(routes.filter { $0.reflections.contains { !$0.history.isEmpty } }.count > 1)
        #expect(programs.contains { !$0.changes.isEmpty && !$0.indicators.isEmpty && $0.addresses != "[]" })

        let revised = try #require(routes.first { $0.id == edited }?.reflections.first)
        #expect(revised.text == "Переписано ещё раз")
        #expect(revised.score == 5)
        #expect(revised.history.suffix(2).map(\.replaced) == ["2026-12-01", "2026-12-02"])
        #expect(revised.history.last?.text == "Переписано: урок прошёл лучше")
        #expect(routes.first { $0.id == edited }?.corrections.last?.reason == "Уточнение темы")
    }

    @Test func personsCarryTheirRelations() throws {
        let db = try TemporaryDatabase()
        let (store, _) = try regionStore(db)
        let catalog = try store.catalog()
        let persons = try store.readRegion { region in try batches { try region.persons(after: $0, limit: 7) }.flatMap { $0 } }
        for person in persons {
            #expect(person.routes == catalog.routes.filter { $0.teacher == person.id }.map(\.id).sortedBytewise())
            let mentor = catalog.programs.filter { $0.mentors.contains(person.id) }
            #expect(person.mentorPrograms == mentor.map(\.id).sortedBytewise())
            #expect(person.menteePrograms == catalog.programs.filter { $0.mentees.contains(person.id) }.map(\.id).sortedBytewise())
            #expect(person.completedPrograms == mentor.filter { $0.status == .completed }.map(\.id).sortedBytewise())
        }
        #expect(persons.contains { !$0.routes.isEmpty })
        #expect(persons.contains { !$0.menteePrograms.isEmpty })
        #expect(persons.contains { !$0.completedPrograms.isEmpty && $0.completedPrograms != $0.mentorPrograms })
    }

    @Test func subjectsByIdComeInTheOrderAskedWithoutUnknownIds() throws {
        let db = try TemporaryDatabase()
        let (store, _) = try regionStore(db)
        var random = SplitMix64(seed: 11)
        try store.readRegion { region in
            let persons = try batches { try region.persons(after: $0, limit: 50) }.flatMap { $0 }
            let routes = try batches { try region.routes(after: $0, limit: 50) }.flatMap { $0 }
            let programs = try batches { try region.programs(after: $0, limit: 50) }.flatMap { $0 }
            func asked<T>(_ all: [T], _ id: (T) -> String) -> (ids: [String], expected: [T]) {
                let subset = Array(all.shuffled(using: &random).prefix(13))
                let ids = subset.prefix(6).map(id) + ["nobody"] + subset.dropFirst(6).map(id) + [id(subset[0])]
                return (ids, subset + [subset[0]])
            }
            let p = asked(persons, \.id), r = asked(routes, \.id), g = asked(programs, \.id)
            #expect(try region.persons(ids: p.ids) == p.expected)
            #expect(try region.routes(ids: r.ids) == r.expected)
            #expect(try region.programs(ids: g.ids) == g.expected)
            #expect(try region.routes(ids: ["nobody"]).isEmpty)
            #expect(try region.routes(ids: []).isEmpty)
        }
    }

    @Test func anEmptyStoreReadsNothing() throws {
        let db = try TemporaryDatabase()
        let store = try Store(path: db.path)
        try store.readRegion { region throws in
            #expect(try region.counts() == .zero)
            #expect(try region.persons(after: nil, limit: 7).isEmpty)
            #expect(try region.routes(after: "a", limit: 7).isEmpty)
            #expect(try region.programs(ids: ["a"]).isEmpty)
        }
    }

    /// The figure for the record, not a check: batches of 500 against `Store.catalog()`.
    @Test func readingARegionInBatchesIsTimed() throws {
        let db = try TemporaryDatabase()
        let store = try Store(path: db.path)
        let region = SyntheticRegion(teachers: 2_000, seed: 1)
        try store.bulkInsert { writer in
            var rows = Store.BulkRows()
            for i in 0..<region.personCount { rows.add(region.person(at: i)) }
            for i in 0..<region.teachers { rows.add(region.route(ofTeacher: i)) }
            for block in 0..<region.programBlocks { region.programs(inBlock: block).forEach { rows.add($0) } }
            try writer.insert(rows)
        }
        let clock = ContinuousClock()
        var routes: [StoredRoute] = []
        let batched = try clock.measure {
            routes = try store.readRegion { region in try batches { try region.routes(after: $0, limit: 500) }.flatMap { $0 } }
        }
        let whole = try clock.measure {
            _ = try store.readRegion { region in
                (try batches { try region.persons(after: $0, limit: 500) }, try batches { try region.programs(after: $0, limit: 500) })
            }
        }
        var catalog = Catalog()
        let decoded = try clock.measure { catalog = try store.catalog() }
        print("RegionReader, 2,000 teachers: routes in batches of 500 \(batched); persons and programs \(whole); Store.catalog() \(decoded)")
        #expect(routes.count == catalog.routes.count)
        let reversed = routes.map(\.id).reversed()
        #expect(try store.readRegion { try $0.routes(ids: Array(reversed)) } == routes.reversed())
    }
}

// MARK: - Support

/// A store holding a 120-teacher synthetic region; the id of a route whose first reflection
/// was revised twice and whose roadmap was corrected through the store.
private func regionStore(_ db: TemporaryDatabase) throws -> (Store, String) {
    let store = try Store(path: db.path)
    try store.importCatalog(SyntheticRegion(teachers: 120, seed: 3).catalog())
    let route = try #require(
        try store.routes().first {
            [.implementation, .reflection].contains($0.stage) && !$0.reflections.isEmpty && !$0.activities.isEmpty
        })
    try store.updateRoute(route.id) { route in
        try route.reviseReflection(1, text: "Переписано: урок прошёл лучше", score: 4, on: day("2026-12-01"))
        try route.reviseReflection(1, text: "Переписано ещё раз", score: 5, on: day("2026-12-02"))
        try route.amendActivity(
            route.activities[0].id, with: ActivityEdit(title: "Новое название"),
            amendment: Amendment(date: day("2026-12-01"), author: route.teacher, reason: "Уточнение темы"))
    }
    return (store, route.id)
}

/// Every batch `read` gives, each read after the last id of the one before, until one is empty.
private func batches<Subject: StoredSubject>(_ read: (String?) throws -> [Subject]) throws -> [[Subject]] {
    var batches: [[Subject]] = []
    // A reader that never runs out fails the test rather than hangs it.
    while batches.count < 100_000 {
        let batch = try read(batches.last?.last?.id)
        if batch.isEmpty { return batches }
        batches.append(batch)
    }
    Issue.record("the reader never ran out of batches")
    return batches
}

/// What batches are cut by.
private protocol StoredSubject { var id: String { get } }
extension StoredPerson: StoredSubject {}
extension StoredRoute: StoredSubject {}
extension StoredProgram: StoredSubject {}

/// Records turned back into the model, decoding their JSON texts with `JSONDecoder`.
private enum Decoded {
    struct PersonBody: Decodable {
        var name: String
        var school, position, subject: String?
        var roles: [Role]
        var requests, offers: Preferences?
        var capacity: Int?
        var birth_date, hire_date, experience_since, category_date: Day?
        var category: QualificationCategory?
    }

    static func person(_ p: StoredPerson) throws -> Person {
        let body = try json(PersonBody.self, p.body)
        return Person(
            id: p.id, name: body.name, school: body.school, position: body.position, subject: body.subject,
            roles: body.roles, requests: body.requests, capacity: body.capacity, offers: body.offers,
            consents: try p.consents.map { Consent(kind: try #require(ConsentKind(rawValue: $0.kind)), date: try Day(parsing: $0.date)) },
            staff: StaffData(
                birthDate: body.birth_date, hireDate: body.hire_date, experienceSince: body.experience_since, category: body.category,
                categoryDate: body.category_date))
    }

    static func route(_ r: StoredRoute) throws -> Route {
        Route(
            id: r.id, teacher: r.teacher, tutor: r.tutor, start: try Day(parsing: r.start), end: try Day(parsing: r.end),
            stage: try #require(Stage(rawValue: r.stage)), selfImage: r.selfImage?.description,
            strengths: try json([Strength].self, r.strengths), deficits: try json([Deficit].self, r.deficits),
            activities: try json([Activity].self, r.activities),
            corrections: try r.corrections.map {
                Correction(
                    date: try Day(parsing: $0.date), author: $0.author, activity: $0.activity, change: $0.change.description, reason: $0.reason.description)
            },
            reflections: try r.reflections.map(reflection))
    }

    static func reflection(_ f: StoredReflection) throws -> Reflection {
        let target: Reflection.Target = try f.activity.map { .activity($0) } ?? .deficit(try #require(f.deficit))
        return Reflection(
            date: try Day(parsing: f.date), target: target, score: f.score, text: f.text.description, isFinal: f.isFinal,
            tags: try json([String].self, f.tags),
            history: try f.history.map { Reflection.Revision(replaced: try Day(parsing: $0.replaced), score: $0.score, text: $0.text.description) })
    }

    static func program(_ p: StoredProgram) throws -> Program {
        Program(
            id: p.id, forms: try json([MentoringForm].self, p.forms), directions: try json([Direction].self, p.directions),
            mentors: p.mentors, mentees: p.mentees, start: try Day(parsing: p.start), end: try Day(parsing: p.end),
            status: try #require(ProgramStatus(rawValue: p.status)), activities: try json([Activity].self, p.activities),
            indicators: try p.indicators.map { Indicator(name: $0.name, date: try Day(parsing: $0.date), value: $0.value) },
            addresses: try json([String].self, p.addresses),
            changes: try p.changes.map {
                StatusChange(date: try Day(parsing: $0.date), status: try #require(ProgramStatus(rawValue: $0.status)), reason: $0.reason.description)
            })
    }

    static func json<T: Decodable>(_ type: T.Type, _ text: StoredText) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}

extension [String] {
    /// In SQLite's order for text: by UTF-8 bytes.
    fileprivate func sortedBytewise() -> [String] { sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
}
