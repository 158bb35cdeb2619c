import MarshrutCore

/// Where the rule engine reads subjects from, as stored records: a region in the store
/// (``RegionReader``), or a catalog in memory (``CatalogRecords``).
///
/// Batches follow the source's order (id order in the store); `after` is the id of the last
/// record of the previous batch.
public protocol RecordSource {
    func counts() throws -> SubjectCounts
    func persons(after: String?, limit: Int) throws -> [StoredPerson]
    func routes(after: String?, limit: Int) throws -> [StoredRoute]
    func programs(after: String?, limit: Int) throws -> [StoredProgram]
    /// Records by id, in the order given; ids not known are left out.
    func persons(ids: [String]) throws -> [StoredPerson]
    func routes(ids: [String]) throws -> [StoredRoute]
    func programs(ids: [String]) throws -> [StoredProgram]
}

extension RegionReader: RecordSource {}

/// A catalog as the records the store would hold for it, in the catalog's own order.
///
/// ```swift
/// let records = CatalogRecords(catalog)
/// let first = try records.routes(after: nil, limit: 100)
/// ```
public struct CatalogRecords: RecordSource {
    public let catalog: Catalog
    private let personIndex: [String: Int]
    private let routeIndex: [String: Int]
    private let programIndex: [String: Int]
    private let routesOf: [String: [String]]
    private let mentorOf: [String: [String]]
    private let menteeOf: [String: [String]]
    private let completedOf: [String: [String]]

    public init(_ catalog: Catalog) {
        self.catalog = catalog
        personIndex = Self.index(catalog.persons.map(\.id))
        routeIndex = Self.index(catalog.routes.map(\.id))
        programIndex = Self.index(catalog.programs.map(\.id))
        var routesOf: [String: [String]] = [:]
        for route in catalog.routes { routesOf[route.teacher, default: []].append(route.id) }
        var mentorOf: [String: [String]] = [:], menteeOf: [String: [String]] = [:], completedOf: [String: [String]] = [:]
        for program in catalog.programs {
            for id in program.mentors {
                mentorOf[id, default: []].append(program.id)
                if program.status == .completed { completedOf[id, default: []].append(program.id) }
            }
            for id in program.mentees { menteeOf[id, default: []].append(program.id) }
        }
        (self.routesOf, self.mentorOf, self.menteeOf, self.completedOf) = (routesOf, mentorOf, menteeOf, completedOf)
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func slice<T>(_ items: [T], index: [String: Int], after: String?, limit: Int) -> ArraySlice<T> {
        let start = after.map { (index[$0] ?? items.count - 1) + 1 } ?? 0
        return items[min(start, items.count)..<min(start + max(limit, 0), items.count)]
    }

    public func counts() throws -> SubjectCounts {
        SubjectCounts(persons: catalog.persons.count, routes: catalog.routes.count, programs: catalog.programs.count)
    }

    public func persons(after: String?, limit: Int) throws -> [StoredPerson] {
        try Self.slice(catalog.persons, index: personIndex, after: after, limit: limit).map(record)
    }

    public func routes(after: String?, limit: Int) throws -> [StoredRoute] {
        try Self.slice(catalog.routes, index: routeIndex, after: after, limit: limit).map(Self.record)
    }

    public func programs(after: String?, limit: Int) throws -> [StoredProgram] {
        try Self.slice(catalog.programs, index: programIndex, after: after, limit: limit).map(Self.record)
    }

    public func persons(ids: [String]) throws -> [StoredPerson] {
        try ids.compactMap { personIndex[$0] }.map { try record(catalog.persons[$0]) }
    }

    public func routes(ids: [String]) throws -> [StoredRoute] {
        try ids.compactMap { routeIndex[$0] }.map { try Self.record(catalog.routes[$0]) }
    }

    public func programs(ids: [String]) throws -> [StoredProgram] {
        try ids.compactMap { programIndex[$0] }.map { try Self.record(catalog.programs[$0]) }
    }

    // MARK: - Values as stored

    func record(_ p: Person) throws -> StoredPerson {
        let body = PersonBody(p)
        return StoredPerson(
            id: p.id, body: StoredText(try JSON.encode(body)),
            consents: p.consents.map { StoredConsent(kind: $0.kind.rawValue, date: $0.date.description) },
            routes: routesOf[p.id] ?? [], mentorPrograms: mentorOf[p.id] ?? [],
            menteePrograms: menteeOf[p.id] ?? [], completedPrograms: completedOf[p.id] ?? [],
            birthDate: p.staff.birthDate, experienceSince: p.staff.experienceSince)
    }

    static func record(_ r: Route) throws -> StoredRoute {
        StoredRoute(
            id: r.id, teacher: r.teacher, tutor: r.tutor, start: r.start.description, end: r.end.description,
            stage: r.stage.rawValue, selfImage: r.selfImage.map { StoredText($0) }, strengths: StoredText(try JSON.encode(r.strengths)),
            deficits: StoredText(try JSON.encode(r.deficits)), activities: StoredText(try JSON.encode(r.activities)),
            corrections: r.corrections.map {
                StoredCorrection(
                    date: $0.date.description, author: $0.author, activity: $0.activity,
                    change: StoredText($0.change), reason: StoredText($0.reason))
            },
            reflections: try r.reflections.map {
                StoredReflection(
                    date: $0.date.description, activity: $0.activity, deficit: $0.deficit, score: $0.score,
                    text: StoredText($0.text), isFinal: $0.isFinal, tags: StoredText(try JSON.encode($0.tags)),
                    isOnImage: $0.isOnImage,
                    history: $0.history.map {
                        StoredRevision(replaced: $0.replaced.description, score: $0.score, text: StoredText($0.text))
                    })
            })
    }

    static func record(_ p: Program) throws -> StoredProgram {
        StoredProgram(
            id: p.id, start: p.start.description, end: p.end.description, status: p.status.rawValue,
            forms: StoredText(try JSON.encode(p.forms)), directions: StoredText(try JSON.encode(p.directions)),
            activities: StoredText(try JSON.encode(p.activities)), addresses: StoredText(try JSON.encode(p.addresses)),
            mentors: p.mentors, mentees: p.mentees,
            changes: p.changes.map { StoredStatusChange(date: $0.date.description, status: $0.status.rawValue, reason: StoredText($0.reason)) },
            indicators: p.indicators.map { StoredIndicator(name: $0.name, date: $0.date.description, value: $0.value) })
    }
}

/// How many persons, routes and programs a store holds.
public struct SubjectCounts: Sendable, Hashable {
    public var persons: Int
    public var routes: Int
    public var programs: Int

    public init(persons: Int, routes: Int, programs: Int) {
        self.persons = persons
        self.routes = routes
        self.programs = programs
    }

    public static let zero = SubjectCounts(persons: 0, routes: 0, programs: 0)
}
