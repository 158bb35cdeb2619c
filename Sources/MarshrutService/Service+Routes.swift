import MarshrutCore
import MarshrutStore

/// Who changes a route and why, as a front end was told it: the service turns it into an
/// ``Amendment`` dated today.
public struct ChangeNote: Sendable, Hashable {
    /// Why the route changes; required from step 5 on.
    public var reason: String?
    /// The person id of who makes the change. Only the owner of a local file names it; a signed-in
    /// account always acts as its own person.
    public var author: String?

    public init(reason: String? = nil, author: String? = nil) {
        self.reason = reason
        self.author = author
    }

    public static let none = ChangeNote()
}

/// Which routes a listing shows.
public struct RouteFilter: Sendable, Hashable {
    public var stage: Stage?
    /// Only the routes this person accompanies as tutor: the tutor's caseload.
    public var tutor: String?
    /// Only the routes with at least one overdue activity.
    public var overdueOnly: Bool
    /// Only the routes of teachers of this organization.
    public var organization: String?

    public init(stage: Stage? = nil, tutor: String? = nil, overdueOnly: Bool = false, organization: String? = nil) {
        self.stage = stage
        self.tutor = tutor
        self.overdueOnly = overdueOnly
        self.organization = organization
    }
}

/// Routes with the names of the persons they name.
public struct RouteListing: Sendable {
    public var routes: [Route]
    public var names: [String: String]
    /// The name of each listed teacher's organization, by person id, where one is named.
    public var schools: [String: String] = [:]
    /// The day overdue work is judged on.
    public var day: Day
}

/// A route with its teacher and tutor, as `route show` presents it.
public struct RouteDetail: Sendable {
    public var route: Route
    public var teacher: Person?
    public var tutor: Person?
    public var day: Day
}

/// A route moved from one step to another.
public struct StageMove: Sendable, Hashable, Codable {
    public var route: String
    public var from: Stage
    public var to: Stage
}

/// What a planning command did: added a new part, or changed one that existed.
public enum PlanningOutcome: Sendable, Hashable {
    case added(String)
    case changed(String)
}

extension Service {
    // MARK: Reading

    /// The routes the filter selects, by id.
    public func routes(_ filter: RouteFilter = RouteFilter()) throws -> RouteListing {
        try authorize(.listRoutes)
        let persons = try store.persons()
        let members = filter.organization.map { id in Set(persons.filter { $0.organization == id }.map(\.id)) }
        let routes = try store.routes().filter { route in
            may(.readRoute(route.id)) && (filter.stage.map { route.stage == $0 } ?? true)
                && (filter.tutor.map { route.tutor == $0 } ?? true)
                && (!filter.overdueOnly || route.activities.contains { $0.isOverdue(on: today) })
                && (members.map { $0.contains(route.teacher) } ?? true)
        }
        if let tutor = filter.tutor, routes.isEmpty { _ = try person(tutor) }
        var names: [String: String] = [:]
        var schools: [String: String] = [:]
        let teachers = Set(routes.map(\.teacher))
        let organizations = Dictionary(uniqueKeysWithValues: try store.organizations().map { ($0.id, $0.name) })
        for person in persons {
            names[person.id] = person.name
            if teachers.contains(person.id), let name = person.organization.flatMap({ organizations[$0] }) { schools[person.id] = name }
        }
        return RouteListing(routes: routes, names: names, schools: schools, day: today)
    }

    /// One route with its reflections and corrections.
    public func route(_ id: String) throws -> Route {
        try authorize(.readRoute(id))
        return try store.route(id)
    }

    /// One route with its teacher and tutor.
    public func routeDetail(_ id: String) throws -> RouteDetail {
        let route = try route(id)
        return RouteDetail(
            route: route, teacher: try? store.person(route.teacher),
            tutor: route.tutor.flatMap { try? store.person($0) }, day: today)
    }

    // MARK: Opening and moving between steps

    /// Opens a route at step 1. The tutor must hold the tutor role and be someone other than the
    /// teacher, and the teacher may have only one route open over any period.
    public func openRoute(id: String, teacher: String, tutor: String?, start: Day?, end: Day?) throws -> Route {
        try authorize(.openRoute(teacher: teacher, tutor: tutor))
        let route = try Route.open(id: id, teacher: teacher, tutor: tutor, start: start ?? today, end: end)
        if let tutor, tutor != teacher {
            if let person = try? store.person(tutor), !person.roles.contains(.tutor) {
                throw ServiceError.notATutor(tutor)
            }
        }
        if let overlapping = try store.routes().first(where: {
            $0.teacher == teacher && $0.stage != .closed && $0.start <= route.end && route.start <= $0.end
        }) {
            throw ServiceError.overlappingRoute(teacher: teacher, existing: overlapping.id)
        }
        try store.add(route)
        return route
    }

    /// Moves a route forward one step, or to `target` through the steps between.
    public func advance(_ id: String, to target: Stage? = nil) throws -> StageMove {
        try authorize(.planRoute(id))
        var from = Stage.selfDetermination
        let route = try store.updateRoute(id) { route in
            from = route.stage
            if let target { try route.advance(to: target) } else { try route.advance() }
        }
        return StageMove(route: id, from: from, to: route.stage)
    }

    /// Moves a route back one step, or to `target`; kept as a correction, so it needs a reason.
    public func stepBack(_ id: String, to target: Stage? = nil, note: ChangeNote) throws -> StageMove {
        try authorize(.planRoute(id))
        var from = Stage.selfDetermination
        let route = try store.updateRoute(id) { route in
            from = route.stage
            try route.stepBack(to: target, amendment: Amendment(date: today, author: author(note, for: route), reason: note.reason ?? ""))
        }
        return StageMove(route: id, from: from, to: route.stage)
    }

    // MARK: Planning (steps 1–6)

    /// Sets the self-image (step 1).
    @discardableResult
    public func setSelfImage(_ id: String, text: String, note: ChangeNote = .none) throws -> Route {
        try plan(id) { route in try route.setSelfImage(text, amendment: amendment(note, for: route)) }
    }

    /// Adds a strength (step 2); returns its number.
    public func addStrength(_ id: String, _ strength: Strength, note: ChangeNote = .none) throws -> Int {
        try plan(id) { route in try route.add(strength, amendment: amendment(note, for: route)) }.strengths.count
    }

    /// Changes strength number `number`.
    @discardableResult
    public func amendStrength(_ id: String, number: Int, area: CompetencyArea?, text: String?, note: ChangeNote = .none) throws -> Route {
        try plan(id) { route in try route.amendStrength(number, area: area, text: text, amendment: amendment(note, for: route)) }
    }

    /// Removes strength number `number`, entered by mistake.
    @discardableResult
    public func removeStrength(_ id: String, number: Int, note: ChangeNote = .none) throws -> Route {
        try plan(id) { route in try route.removeStrength(number, amendment: amendment(note, for: route)) }
    }

    /// Adds a deficit (step 3) or, when `deficitID` names one the route has, changes it.
    /// A new deficit needs its area, level and text.
    public func recordDeficit(_ id: String, deficitID: String?, change: DeficitEdit, note: ChangeNote = .none) throws -> PlanningOutcome {
        var outcome = PlanningOutcome.added("")
        try plan(id) { route in
            let change = change
            if let deficitID, route.deficit(deficitID) != nil {
                try route.amendDeficit(deficitID, with: change, amendment: amendment(note, for: route))
                outcome = .changed(deficitID)
            } else {
                guard let area = change.area, let level = change.level, let text = change.text else {
                    throw ServiceError.incomplete(
                        .deficit,
                        missing: [
                            change.area == nil ? "area" : nil,
                            change.level == nil ? "level" : nil,
                            change.text == nil ? "text" : nil,
                        ].compactMap { $0 })
                }
                let newID = deficitID ?? route.nextDeficitID
                try route.add(Deficit(id: newID, area: area, level: level, text: text), amendment: amendment(note, for: route))
                outcome = .added(newID)
            }
        }
        return outcome
    }

    /// Removes a deficit entered by mistake.
    @discardableResult
    public func removeDeficit(_ id: String, deficitID: String, note: ChangeNote = .none) throws -> Route {
        try plan(id) { route in try route.removeDeficit(deficitID, amendment: amendment(note, for: route)) }
    }

    /// Adds a roadmap activity (step 4) or, when `activityID` names one the route has, changes it.
    /// A new activity needs its kind, title and due date.
    public func recordActivity(_ id: String, activityID: String?, edit: ActivityEdit, note: ChangeNote = .none) throws -> (
        outcome: PlanningOutcome, route: Route
    ) {
        var outcome = PlanningOutcome.added("")
        let route = try plan(id) { route in
            let change = amendment(note, for: route)
            if let activityID, route.activity(activityID) != nil {
                try route.amendActivity(activityID, with: edit, amendment: change)
                outcome = .changed(activityID)
            } else {
                guard let kind = edit.kind, let title = edit.title, let due = edit.due else {
                    throw ServiceError.incomplete(
                        .activity,
                        missing: [
                            edit.kind == nil ? "kind" : nil, edit.title == nil ? "title" : nil,
                            edit.due == nil ? "due" : nil,
                        ].compactMap { $0 })
                }
                let newID = activityID ?? route.nextActivityID
                try route.add(
                    Activity(
                        id: newID, kind: kind, title: title, hours: edit.hours, start: edit.start, due: due,
                        addresses: edit.addresses ?? []), amendment: change)
                outcome = .added(newID)
            }
        }
        return (outcome, route)
    }

    /// Changes an activity as a correction (step 6): always kept with its reason.
    @discardableResult
    public func correct(_ id: String, activity: String, edit: ActivityEdit, note: ChangeNote) throws -> Route {
        try plan(id) { route in try route.amendActivity(activity, with: edit, amendment: amendment(note, for: route)) }
    }

    /// Takes an activity off the roadmap (entered by mistake, or not to be done).
    @discardableResult
    public func dropActivity(_ id: String, activity: String, note: ChangeNote = .none) throws -> Route {
        try plan(id) { route in try route.dropActivity(activity, amendment: amendment(note, for: route)) }
    }

    /// Records the product of a finished activity (step 5); the date defaults to today.
    @discardableResult
    public func recordProduct(_ id: String, activity: String, product: Product, note: ChangeNote = .none) throws -> Route {
        try plan(id) { route in try route.recordProduct(product, for: activity, amendment: amendment(note, for: route)) }
    }

    /// Removes a route opened by mistake: one still being planned, without history, that no
    /// program addresses.
    public func removeRoute(_ id: String) throws {
        try authorize(.planRoute(id))
        try store.removeRoute(id) { route in try route.checkRemovable() }
    }

    // MARK: - Helpers

    /// Changes a route's planning in one transaction, after asking whether the actor may.
    @discardableResult
    func plan(_ id: String, _ change: (inout Route) throws -> Void) throws -> Route {
        try authorize(.planRoute(id))
        return try store.updateRoute(id, change)
    }

    /// The amendment a change records, or `nil` when no reason was given.
    func amendment(_ note: ChangeNote, for route: Route) -> Amendment? {
        guard let reason = note.reason else { return nil }
        return Amendment(date: today, author: author(note, for: route), reason: reason)
    }

    /// The author of a change: a signed-in account's own person; for the local owner the person
    /// named, else the route's tutor, else its teacher.
    func author(_ note: ChangeNote, for route: Route) -> String {
        actor.person ?? note.author ?? route.tutor ?? route.teacher
    }
}
