/// One change of a program's status: when, to what, and why.
public struct StatusChange: Sendable, Hashable, Codable {
    public var date: Day
    public var status: ProgramStatus
    public var reason: String

    public init(date: Day, status: ProgramStatus, reason: String) {
        self.date = date
        self.status = status
        self.reason = reason
    }
}

extension ProgramStatus {
    /// Where a program may go from here: draft → active → completed, or cancelled before it ends.
    public var next: [ProgramStatus] {
        switch self {
        case .draft: [.active, .cancelled]
        case .active: [.completed, .cancelled]
        case .completed, .cancelled: []
        }
    }
}

extension Program {
    /// Moves the program to `status`, keeping the date and reason of the change.
    ///
    /// Activation needs every member's consent to the added duties (checked with the
    /// members, see `Catalog`); completion is dated on or after the start.
    public mutating func change(to status: ProgramStatus, on date: Day, reason: String) throws(ModelError) {
        guard self.status.next.contains(status) else {
            throw ModelError(.statusChangeRefused(program: id, from: self.status, to: status), path: "status")
        }
        guard !reason.trimmed.isEmpty else {
            throw ModelError(.statusNeedsReason(status), path: "changes")
        }
        if status == .completed, date < start {
            throw ModelError(.completedBeforeStart(program: id, start: start, date: date), path: "status")
        }
        var copy = self
        copy.status = status
        copy.changes.append(StatusChange(date: date, status: status, reason: reason.trimmed))
        try copy.validate()
        self = copy
    }

    /// Adds an activity or replaces the one with the same id.
    public mutating func plan(_ activity: Activity) throws(ModelError) {
        var copy = self
        if let i = copy.activities.firstIndex(where: { $0.id == activity.id }) {
            copy.activities[i] = activity
        } else {
            copy.activities.append(activity)
        }
        try copy.validate()
        self = copy
    }

    /// Fixes the date of the last change to `status` (an order dated otherwise than recorded).
    /// The history only grows: a new change to the same status is appended with the right date
    /// and a reason that says what it corrects; the last change to a status is the one that counts.
    public mutating func correctDate(of status: ProgramStatus, to date: Day, reason: String) throws(ModelError) {
        guard let last = changes.last(where: { $0.status == status }) else {
            throw ModelError(.noStatusChange(program: id, status: status), path: "changes")
        }
        guard last.date != date else { throw ModelError(.nothingChanged) }
        guard !reason.trimmed.isEmpty else { throw ModelError(.statusNeedsReason(status), path: "changes") }
        if status == .completed, date < start {
            throw ModelError(.completedBeforeStart(program: id, start: start, date: date), path: "status")
        }
        var copy = self
        copy.changes.append(StatusChange(date: date, status: status, reason: "date: \(last.date) -> \(date); \(reason.trimmed)"))
        try copy.validate()
        self = copy
    }

    /// The day the program last moved to `status`, counting date corrections.
    public func date(of status: ProgramStatus) -> Day? {
        changes.last { $0.status == status }?.date
    }

    /// Records the product of a finished program activity: the activity is done. Replacing a
    /// recorded product is refused (the program's history keeps the first).
    public mutating func recordProduct(_ product: Product, for activityID: String) throws(ModelError) {
        guard let index = activities.firstIndex(where: { $0.id == activityID }) else {
            throw ModelError(.noProgramActivity(activityID, program: id, known: activities.map(\.id)))
        }
        guard status == .active || status == .completed else {
            throw ModelError(.programProductStatus(program: id, status: status), path: "status")
        }
        if let old = activities[index].product {
            throw ModelError(.programProductRecorded(activity: activityID, old: old.title))
        }
        var copy = self
        copy.activities[index].product = product
        try copy.validate()
        self = copy
    }

    /// The next free activity id: a1, a2, …
    public var nextActivityID: String { Route.nextID(prefix: "a", taken: activities.map(\.id)) }

    /// Mentees a mentor has in this program, when it is draft or active (it takes capacity).
    public var takesCapacity: Bool { status == .draft || status == .active }
}
