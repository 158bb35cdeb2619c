import MarshrutCore
import MarshrutStore

/// Which reflections a journal shows.
public struct JournalQuery: Sendable, Hashable {
    /// One route, or every route the actor may read.
    public var route: String?
    public var from: Day?
    public var to: Day?
    public var tag: String?
    public var activity: String?
    /// Reflections on this deficit or on an activity aimed at it.
    public var deficit: String?

    public init(
        route: String? = nil, from: Day? = nil, to: Day? = nil, tag: String? = nil, activity: String? = nil,
        deficit: String? = nil
    ) {
        self.route = route
        self.from = from
        self.to = to
        self.tag = tag
        self.activity = activity
        self.deficit = deficit
    }
}

/// One reflection of a route, numbered from 1 in the order it was logged (`ROUTE/N`).
public struct JournalEntry: Sendable {
    public var route: Route
    public var number: Int
    public var reflection: Reflection

    public init(route: Route, number: Int, reflection: Reflection) {
        self.route = route
        self.number = number
        self.reflection = reflection
    }

    public var id: String { "\(route.id)/\(number)" }
}

/// The reflections a query selects, by date, with the routes they come from.
public struct Journal: Sendable {
    public var routes: [Route]
    public var entries: [JournalEntry]
}

extension Service {
    /// Whether a route with this id exists (and the actor may read it).
    public func routeExists(_ id: String) -> Bool {
        (try? route(id)) != nil
    }

    /// The reflections the query selects, oldest first.
    public func journal(_ query: JournalQuery) throws -> Journal {
        let routes: [Route]
        if let id = query.route { routes = [try route(id)] } else { routes = try self.routes().routes }
        for route in routes { try authorize(.readRoute(route.id)) }
        return Journal(routes: routes, query: query)
    }
}

extension Journal {
    /// The reflections of `routes` that the query selects, oldest first: what a journal shows of
    /// routes read locally or from a server.
    public init(routes: [Route], query: JournalQuery) {
        let entries = routes.flatMap { route -> [JournalEntry] in
            let aimed = query.deficit.map { d in Set(route.activities(addressing: d).map(\.id)) } ?? []
            return route.reflections.enumerated().compactMap { i, x in
                if let from = query.from, x.date < from { return nil }
                if let to = query.to, x.date > to { return nil }
                if let tag = query.tag, !x.tags.contains(tag) { return nil }
                if let activity = query.activity, x.activity != activity { return nil }
                if let deficit = query.deficit, x.deficit != deficit, !(x.activity.map(aimed.contains) ?? false) { return nil }
                return JournalEntry(route: route, number: i + 1, reflection: x)
            }
        }
        .sorted { ($0.reflection.date, $0.route.id) < ($1.reflection.date, $1.route.id) }
        self.init(routes: routes, entries: entries)
    }
}

extension Service {
    /// Reflection number `number` of a route.
    public func journalEntry(route id: String, number: Int) throws -> JournalEntry {
        let route = try route(id)
        guard route.reflections.indices.contains(number - 1) else {
            throw ServiceError.noReflection(route: id, number: number, count: route.reflections.count)
        }
        return JournalEntry(route: route, number: number, reflection: route.reflections[number - 1])
    }

    /// Checks that a reflection could be logged, before anyone writes its text: the route takes
    /// it, the target exists, and the day is neither in the future nor before the route began.
    /// Returns the route, for the writer's template; its reflections only when `withReflections`
    /// (the template shows earlier scores), as a route may hold thousands.
    public func checkReflection(on routeID: String, _ draft: Reflection, withReflections: Bool = true) throws -> Route {
        try authorize(.reflect(route: routeID))
        let (head, count) = try store.routeHead(routeID)
        try checkDates(of: draft, on: head)
        try head.checkNewReflection(draft, number: count + 1)
        return withReflections ? try store.route(routeID) : head
    }

    /// Logs a teacher's reflection; returns its number on the route (`ROUTE/N`). The route's
    /// other reflections are not read: logging stays as quick on the thousandth as on the first.
    ///
    /// A teacher logging on their own route, the common case, is recognised by the route the
    /// write reads under its lock, with no read before it; anyone else is weighed by the whole
    /// policy first, and a write that finds its route gone or not the actor's answers as the
    /// policy does.
    @discardableResult
    public func reflect(on routeID: String, _ reflection: Reflection) throws -> Int {
        let check = { (route: Route, number: Int) throws -> Reflection in
            try self.checkDates(of: reflection, on: route)
            try route.checkNewReflection(reflection, number: number)
            return reflection
        }
        guard let me = actor.person else {
            try authorize(.reflect(route: routeID))
            return try store.appendReflection(to: routeID, check)
        }
        do {
            return try store.appendReflection(to: routeID) { route, number in
                guard route.teacher == me else { throw NotTheTeacher() }
                return try check(route, number)
            }
        } catch {
            // Not the actor's own route, no such route, or a refusal: the policy says first what
            // this actor may know (the route's own teacher passes it, and hears the refusal).
            try authorize(.reflect(route: routeID))
            if error is NotTheTeacher { return try store.appendReflection(to: routeID, check) }
            throw error
        }
    }

    /// The route of a reflection is not the actor's own: the policy decides.
    private struct NotTheTeacher: Error {}

    private func checkDates(of reflection: Reflection, on route: Route) throws {
        if reflection.date > today { throw ServiceError.reflectionInFuture(reflection.date) }
        if reflection.date < route.start {
            throw ServiceError.reflectionBeforeStart(reflection.date, route: route.id, start: route.start)
        }
    }

    /// Adds a reflection dated neither after today nor before the route began.
    private func add(_ reflection: Reflection, to route: inout Route) throws {
        try checkDates(of: reflection, on: route)
        try route.reflect(reflection)
    }

    /// Rewrites reflection number `number`, keeping its earlier wording.
    @discardableResult
    public func reviseReflection(route routeID: String, number: Int, text: String, score: Int?) throws -> Route {
        try authorize(.reflect(route: routeID))
        return try store.updateRoute(routeID) { try $0.reviseReflection(number, text: text, score: score, on: today) }
    }
}
