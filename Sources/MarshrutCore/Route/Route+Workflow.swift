/// Who changes a roadmap after step 4, when and why: what a correction records.
public struct Amendment: Sendable, Hashable {
    public var date: Day
    public var author: String
    public var reason: String

    public init(date: Day, author: String, reason: String) {
        self.date = date
        self.author = author
        self.reason = reason
    }
}

/// The fields of an activity a change may set; `nil` leaves a field as it is.
public struct ActivityEdit: Sendable, Hashable {
    public var kind: ActivityKind?
    public var title: String?
    public var hours: Int?
    public var start: Day?
    public var due: Day?
    public var addresses: [String]?

    public init(
        kind: ActivityKind? = nil, title: String? = nil, hours: Int? = nil, start: Day? = nil,
        due: Day? = nil, addresses: [String]? = nil
    ) {
        self.kind = kind
        self.title = title
        self.hours = hours
        self.start = start
        self.due = due
        self.addresses = addresses
    }

    public var isEmpty: Bool {
        kind == nil && title == nil && hours == nil && start == nil && due == nil && addresses == nil
    }
}

extension Route {
    /// Opens a route at step 1.
    ///
    /// - Parameter end: defaults to 31 May of the fifth school year, the usual end.
    public static func open(id: String, teacher: String, tutor: String?, start: Day, end: Day? = nil) throws(ModelError) -> Route {
        let end = end ?? Route.defaultEnd(for: start)
        let route = Route(id: id, teacher: teacher, tutor: tutor, start: start, end: end)
        try route.validate()
        return route
    }

    /// The usual last day: the first 31 May at least four years after `start` (the end of a
    /// school year), which is never more than five years after it.
    public static func defaultEnd(for start: Day) -> Day {
        let earliest = start.adding(years: allowedYears.lowerBound)
        let may = Day(year: earliest.year, month: 5, day: 31) ?? earliest
        return may >= earliest ? may : (Day(year: earliest.year + 1, month: 5, day: 31) ?? earliest)
    }

    /// Whether a roadmap change must now be kept as a correction (after step 4).
    public var changesNeedCorrection: Bool { stage >= .implementation }

    /// Moves to the next step, or says which guard stops it.
    @discardableResult
    public mutating func advance() throws(ModelError) -> Stage {
        guard let next = stage.next else {
            throw ModelError(.noStepAfterClosed(id), path: "stage")
        }
        try advance(to: next)
        return next
    }

    /// Moves forward to `target`, through every step in between.
    public mutating func advance(to target: Stage) throws(ModelError) {
        guard target > stage else {
            throw ModelError(.stepsOnlyForward(id, at: stage), path: "stage")
        }
        var unmet = unmetConditions(for: target)
        let unfinished = activities.filter { !$0.isDone }.map(\.id)
        if target == .closed, !unfinished.isEmpty {
            unmet.append(.finishedActivities(route: id, unfinished: unfinished))
        }
        guard unmet.isEmpty else {
            throw ModelError(
                problems: unmet.map {
                    Problem(subject: reference, path: "stage", reason: .cannotMove(to: target, $0))
                })
        }
        stage = target
    }

    /// Sets the desired self-image (step 1); after step 4 changing it is a correction.
    public mutating func setSelfImage(_ text: String, amendment: Amendment? = nil) throws(ModelError) {
        let new = text.trimmed
        guard new != selfImage else { throw ModelError(.nothingChanged) }
        let description = "self-image: \(selfImage.map { "«\($0)»" } ?? "—") -> «\(new)»"
        try change(amendment: amendment, activity: nil, description: description) { $0.selfImage = new }
    }

    /// Adds a strength (step 2); after step 4 this is a correction.
    public mutating func add(_ strength: Strength, amendment: Amendment? = nil) throws(ModelError) {
        try change(
            amendment: amendment, activity: nil,
            description: "strength added: \(strengths.count + 1) (\(strength.area.rawValue))"
        ) {
            $0.strengths.append(strength)
        }
    }

    /// The next free deficit id: d1, d2, …
    public var nextDeficitID: String { Self.nextID(prefix: "d", taken: deficits.map(\.id)) }
    /// The next free activity id: a1, a2, …
    public var nextActivityID: String { Self.nextID(prefix: "a", taken: activities.map(\.id)) }

    /// Adds a deficit; after step 4 this is a correction and needs an amendment.
    public mutating func add(_ deficit: Deficit, amendment: Amendment? = nil) throws(ModelError) {
        try change(amendment: amendment, activity: nil, description: "deficit added: \(deficit.id) (\(deficit.area.rawValue))") {
            $0.deficits.append(deficit)
        }
    }

    /// Adds an activity to the roadmap; after step 4 this is a correction and needs an amendment.
    public mutating func add(_ activity: Activity, amendment: Amendment? = nil) throws(ModelError) {
        try change(amendment: amendment, activity: activity.id, description: "activity added: «\(activity.title)», due \(activity.due)") {
            $0.activities.append(activity)
        }
    }

    /// Changes an activity's fields; after step 4 this is a correction and needs an amendment.
    public mutating func amendActivity(_ activityID: String, with edit: ActivityEdit, amendment: Amendment? = nil) throws(ModelError) {
        guard let index = activities.firstIndex(where: { $0.id == activityID }) else {
            throw missingActivity(activityID)
        }
        guard !edit.isEmpty else { throw ModelError(.nothingToChange) }
        let old = activities[index]
        var new = old
        var changes: [String] = []
        func note<T: Equatable>(_ name: String, _ before: T?, _ after: T?, show: (T) -> String) {
            guard let after, before != after else { return }
            changes.append("\(name): \(before.map(show) ?? "—") -> \(show(after))")
        }
        note("kind", old.kind, edit.kind) { $0.rawValue }
        note("title", old.title, edit.title) { "«\($0)»" }
        note("hours", old.hours, edit.hours) { String($0) }
        note("start", old.start, edit.start) { $0.description }
        note("due", old.due, edit.due) { $0.description }
        note("addresses", old.addresses, edit.addresses) { "[\($0.joined(separator: ", "))]" }
        guard !changes.isEmpty else { throw ModelError(.activityUnchanged(activityID)) }
        new.kind = edit.kind ?? old.kind
        new.title = edit.title ?? old.title
        new.hours = edit.hours ?? old.hours
        new.start = edit.start ?? old.start
        new.due = edit.due ?? old.due
        new.addresses = edit.addresses ?? old.addresses
        try change(amendment: amendment, activity: activityID, description: changes.joined(separator: "; ")) {
            $0.activities[index] = new
        }
    }

    /// Records the pedagogical product of a finished activity (step 5). Replacing a product
    /// already recorded is a correction and needs an amendment.
    public mutating func recordProduct(_ product: Product, for activityID: String, amendment: Amendment? = nil) throws(ModelError) {
        guard let index = activities.firstIndex(where: { $0.id == activityID }) else {
            throw missingActivity(activityID)
        }
        try ensureOpen()
        guard stage == .implementation || stage == .reflection else {
            throw ModelError(.productNeedsImplementation(route: id, stage: stage), path: "stage")
        }
        if let old = activities[index].product {
            guard let amendment else {
                throw ModelError(.productReplacement(activity: activityID, old: old.title))
            }
            var copy = self
            copy.activities[index].product = product
            copy.corrections.append(
                Correction(
                    date: amendment.date, author: amendment.author, activity: activityID,
                    change: "product: «\(old.title)» -> «\(product.title)»", reason: amendment.reason))
            try copy.validate()
            self = copy
        } else {
            try change { $0.activities[index].product = product }
        }
    }

    /// Appends a self-assessment. Final reflections (step 7) need implementation or reflection.
    public mutating func reflect(_ reflection: Reflection) throws(ModelError) {
        try checkNewReflection(reflection, number: reflections.count + 1, alone: false)
        reflections.append(reflection)
    }

    /// Checks that the route takes `reflection` as its reflection number `number`. A route read
    /// without its other reflections (`alone`) is checked the same: a reflection's checks never
    /// look at the others, so a store can append one without reading them all.
    public func checkNewReflection(_ reflection: Reflection, number: Int, alone: Bool = true) throws(ModelError) {
        guard stage != .closed else {
            throw ModelError(.closedTakesNoReflections(id), path: "stage")
        }
        if reflection.isFinal {
            guard reflection.deficit != nil else {
                throw ModelError(.finalReflectionNeedsDeficit)
            }
            guard stage == .implementation || stage == .reflection else {
                throw ModelError(.finalReflectionStage(route: id, stage: stage), path: "stage")
            }
        }
        if reflection.isOnImage, stage != .implementation, stage != .reflection {
            throw ModelError(.imageReflectionStage(route: id, stage: stage), path: "stage")
        }
        var copy = self
        if alone { copy.reflections = [reflection] } else { copy.reflections.append(reflection) }
        do {
            try copy.validate()
        } catch {
            guard alone else { throw error }
            // Name the new reflection by its place on the whole route.
            throw ModelError(
                problems: error.problems.map { problem in
                    var problem = problem
                    if problem.path.hasPrefix("reflections[0]") {
                        problem.path = "reflections[\(number - 1)]" + problem.path.dropFirst("reflections[0]".count)
                    }
                    return problem
                })
        }
    }

    /// Rewrites reflection number `number` (1-based, in the order they were logged), keeping
    /// the earlier wording in its history.
    public mutating func reviseReflection(_ number: Int, text: String, score: Int? = nil, on day: Day) throws(ModelError) {
        guard stage != .closed else {
            throw ModelError(.closedReflectionsFinal(id), path: "stage")
        }
        guard reflections.indices.contains(number - 1) else {
            throw ModelError(.noReflection(route: id, number: number, count: reflections.count))
        }
        let old = reflections[number - 1]
        guard old.text != text.trimmed || (score != nil && score != old.score) else {
            throw ModelError(.reflectionUnchanged(route: id, number: number))
        }
        var copy = self
        copy.reflections[number - 1].revise(text: text.trimmed, score: score, on: day)
        try copy.validate()
        self = copy
    }

    // MARK: - Helpers

    private mutating func change(_ body: (inout Route) -> Void) throws(ModelError) {
        try ensureOpen()
        var copy = self
        body(&copy)
        try copy.validate()
        self = copy
    }

    private mutating func change(
        amendment: Amendment?, activity: String?, description: String, _ body: (inout Route) -> Void
    ) throws(ModelError) {
        try ensureOpen()
        var copy = self
        body(&copy)
        if changesNeedCorrection {
            guard let amendment, !amendment.reason.trimmed.isEmpty else {
                throw ModelError(.changeNeedsReason(route: id, stage: stage))
            }
            copy.corrections.append(
                Correction(
                    date: amendment.date, author: amendment.author, activity: activity,
                    change: description, reason: amendment.reason))
        }
        try copy.validate()
        self = copy
    }

    /// A closed route is read-only: its planning and its history are final.
    func ensureOpen() throws(ModelError) {
        guard stage != .closed else { throw ModelError(.closedIsReadOnly(id), path: "stage") }
    }

    /// Applies a change made by one of the editing operations: checks the route is open, records a
    /// correction after step 4, and keeps the route valid.
    mutating func edit(amendment: Amendment?, activity: String?, description: String, _ body: (inout Route) -> Void) throws(ModelError) {
        try change(amendment: amendment, activity: activity, description: description, body)
    }

    func missingActivity(_ activityID: String) -> ModelError {
        ModelError(.noActivity(activityID, route: id, known: activities.map(\.id)))
    }

    static func nextID(prefix: String, taken: [String]) -> String {
        let used = Set(taken)
        var n = taken.count + 1
        while used.contains("\(prefix)\(n)") { n += 1 }
        return "\(prefix)\(n)"
    }
}
