/// Who re-imports changed documents and why: the author and reason of the corrections an import
/// records (`import --reason`).
public struct ImportNote: Sendable, Hashable {
    public var date: Day
    /// The person id the corrections name; `nil`: each route's tutor, else its teacher.
    public var author: String?
    public var reason: String

    public init(date: Day, author: String?, reason: String) {
        self.date = date
        self.author = author
        self.reason = reason
    }
}

/// One difference in a route's planning, as a correction states it.
public struct PlanningDifference: Sendable, Hashable {
    /// The activity it concerns, if any.
    public var activity: String?
    /// E.g. `due: 2023-03-01 -> 2023-05-01`.
    public var change: String

    public init(_ activity: String?, _ change: String) {
        self.activity = activity
        self.change = change
    }
}

extension Route {
    /// The route a re-imported document makes of the stored one.
    ///
    /// A document never moves a route back a step (that is `route advance --back`, kept as a
    /// correction). Before step 5 the document replaces the planning as it is. From step 5 on every
    /// difference in the planning is a correction (step 6): with a note each is recorded, with the
    /// note's author and reason; without one the import is refused, naming what differs.
    ///
    /// - Parameters:
    ///   - stored: the route as the store holds it.
    ///   - note: the author and reason of the corrections to record, if the importer gave them.
    public func reconciled(with stored: Route, note: ImportNote?) throws(ModelError) -> Route {
        guard stage >= stored.stage else {
            throw ModelError(problems: [
                Problem(
                    subject: reference, path: "stage",
                    reason: .importMovesBack(id, from: stored.stage, to: stage))
            ])
        }
        guard stored.changesNeedCorrection else { return self }
        let differences = planningDifferences(from: stored)
        guard !differences.isEmpty else { return self }
        guard let note, !note.reason.trimmed.isEmpty else {
            let listed = differences.map { d in d.activity.map { "[\($0)] \(d.change)" } ?? d.change }
            throw ModelError(problems: [
                Problem(
                    subject: reference, path: "",
                    reason: .importChangesNeedReason(id, stage: stored.stage, changes: listed))
            ])
        }
        var copy = self
        for difference in differences {
            copy.corrections.append(
                Correction(
                    date: note.date, author: note.author ?? tutor ?? teacher,
                    activity: difference.activity, change: difference.change, reason: note.reason))
        }
        return copy
    }

    /// What differs in the planning (not the history) between `old` and this route, written as
    /// corrections write their changes.
    public func planningDifferences(from old: Route) -> [PlanningDifference] {
        var found: [PlanningDifference] = []
        var period = FieldChanges()
        period.note("teacher", old.teacher, teacher)
        period.note("tutor", old.tutor ?? "—", tutor ?? "—")
        period.note("start", old.start.description, start.description)
        period.note("end", old.end.description, end.description)
        if !period.isEmpty { found.append(PlanningDifference(nil, period.description)) }
        if old.selfImage != selfImage {
            found.append(PlanningDifference(nil, "self-image: \(old.selfImage.map { "«\($0)»" } ?? "—") -> \(selfImage.map { "«\($0)»" } ?? "—")"))
        }
        if old.strengths != strengths {
            let shown = { (list: [Strength]) in list.map { "\($0.area.rawValue): «\($0.text)»" }.joined(separator: "; ") }
            found.append(PlanningDifference(nil, "strengths: [\(shown(old.strengths))] -> [\(shown(strengths))]"))
        }
        for deficit in deficits {
            guard let before = old.deficit(deficit.id) else {
                found.append(PlanningDifference(nil, "deficit added: \(deficit.id) (\(deficit.area.rawValue))"))
                continue
            }
            var changes = FieldChanges()
            changes.note("area", before.area.rawValue, deficit.area.rawValue)
            changes.note("level", String(before.level), String(deficit.level))
            changes.note("text", "«\(before.text)»", "«\(deficit.text)»")
            if !changes.isEmpty { found.append(PlanningDifference(nil, "deficit \(deficit.id): \(changes)")) }
        }
        for before in old.deficits where deficit(before.id) == nil {
            found.append(PlanningDifference(nil, "deficit removed: \(before.id) (\(before.area.rawValue)) «\(before.text)»"))
        }
        for activity in activities {
            guard let before = old.activity(activity.id) else {
                found.append(PlanningDifference(activity.id, "activity added: «\(activity.title)», due \(activity.due)"))
                continue
            }
            var changes = FieldChanges()
            changes.note("kind", before.kind.rawValue, activity.kind.rawValue)
            changes.note("title", "«\(before.title)»", "«\(activity.title)»")
            changes.note("hours", before.hours.map(String.init) ?? "—", activity.hours.map(String.init) ?? "—")
            changes.note("start", before.start?.description ?? "—", activity.start?.description ?? "—")
            changes.note("due", before.due.description, activity.due.description)
            changes.note("addresses", "[\(before.addresses.joined(separator: ", "))]", "[\(activity.addresses.joined(separator: ", "))]")
            // A first product is the activity being done, not a change of plan; replacing one is.
            if let was = before.product, was != activity.product {
                changes.note("product", "«\(was.title)»", activity.product.map { "«\($0.title)»" } ?? "—")
            }
            if !changes.isEmpty { found.append(PlanningDifference(activity.id, changes.description)) }
        }
        for before in old.activities where activity(before.id) == nil {
            found.append(PlanningDifference(before.id, "\(Route.droppedActivityChange) «\(before.title)», due \(before.due)"))
        }
        return found
    }
}
