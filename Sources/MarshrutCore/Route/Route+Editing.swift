/// The fields of a deficit a change may set; `nil` leaves a field as it is.
public struct DeficitEdit: Sendable, Hashable {
    public var area: CompetencyArea?
    /// 1 (severe) to 5 (overcome): meant to move as the teacher grows.
    public var level: Int?
    public var text: String?

    public init(area: CompetencyArea? = nil, level: Int? = nil, text: String? = nil) {
        self.area = area
        self.level = level
        self.text = text
    }

    public var isEmpty: Bool { area == nil && level == nil && text == nil }
}

/// Fixing what was typed wrong and removing what was entered by mistake. Before step 5 these are
/// plain edits; from step 5 on each is a correction with its author, date and reason (step 6),
/// and a closed route takes none.
extension Route {
    /// How a correction that removes an activity from the roadmap begins. Later corrections may
    /// still name the dropped activity, and earlier ones keep naming it.
    public static let droppedActivityChange = "activity dropped:"

    /// Changes strength number `number` (1-based, in the order they were recorded).
    public mutating func amendStrength(_ number: Int, area: CompetencyArea?, text: String?, amendment: Amendment? = nil) throws(ModelError) {
        let index = try strengthIndex(number)
        guard area != nil || text != nil else { throw ModelError(.nothingToChange) }
        let old = strengths[index]
        var new = old
        new.area = area ?? old.area
        new.text = text?.trimmed ?? old.text
        var changes = FieldChanges()
        changes.note("area", old.area.rawValue, new.area.rawValue)
        changes.note("text", "«\(old.text)»", "«\(new.text)»")
        guard !changes.isEmpty else { throw ModelError(.nothingChanged) }
        try edit(amendment: amendment, activity: nil, description: "strength \(number): \(changes)") {
            $0.strengths[index] = new
        }
    }

    /// Removes strength number `number`, entered by mistake.
    public mutating func removeStrength(_ number: Int, amendment: Amendment? = nil) throws(ModelError) {
        let index = try strengthIndex(number)
        let old = strengths[index]
        try edit(
            amendment: amendment, activity: nil,
            description: "strength removed: \(number) (\(old.area.rawValue)) «\(old.text)»"
        ) {
            $0.strengths.remove(at: index)
        }
    }

    /// Changes a deficit's area, level or text.
    public mutating func amendDeficit(_ deficitID: String, with change: DeficitEdit, amendment: Amendment? = nil) throws(ModelError) {
        let index = try deficitIndex(deficitID)
        guard !change.isEmpty else { throw ModelError(.nothingToChange) }
        let old = deficits[index]
        var new = old
        new.area = change.area ?? old.area
        new.level = change.level ?? old.level
        new.text = change.text?.trimmed ?? old.text
        var changes = FieldChanges()
        changes.note("area", old.area.rawValue, new.area.rawValue)
        changes.note("level", String(old.level), String(new.level))
        changes.note("text", "«\(old.text)»", "«\(new.text)»")
        guard !changes.isEmpty else { throw ModelError(.deficitUnchanged(deficitID)) }
        try edit(amendment: amendment, activity: nil, description: "deficit \(deficitID): \(changes)") {
            $0.deficits[index] = new
        }
    }

    /// Removes a deficit entered by mistake; refused while an activity, a reflection or a
    /// program addresses it (those must be changed first).
    public mutating func removeDeficit(_ deficitID: String, amendment: Amendment? = nil) throws(ModelError) {
        let index = try deficitIndex(deficitID)
        let aimed = activities.filter { $0.addresses.contains(deficitID) }.map(\.id)
        let reflected = reflections.contains { $0.deficit == deficitID }
        guard aimed.isEmpty, !reflected else {
            throw ModelError(.deficitInUse(deficitID, route: id, activities: aimed, reflected: reflected))
        }
        let old = deficits[index]
        try edit(
            amendment: amendment, activity: nil,
            description: "deficit removed: \(deficitID) (\(old.area.rawValue)) «\(old.text)»"
        ) {
            $0.deficits.remove(at: index)
        }
    }

    /// Takes an activity off the roadmap: one entered by mistake, or (after step 4) one that will
    /// not be done, with the reason kept as a correction. A done activity, or one the teacher has
    /// reflected on, stays: its product and reflections belong to the route's history.
    public mutating func dropActivity(_ activityID: String, amendment: Amendment? = nil) throws(ModelError) {
        guard let index = activities.firstIndex(where: { $0.id == activityID }) else {
            throw missingActivity(activityID)
        }
        let old = activities[index]
        if let product = old.product {
            throw ModelError(.doneActivityStays(activityID, product: product.title))
        }
        let reflected = reflections.filter { $0.activity == activityID }.count
        guard reflected == 0 else {
            throw ModelError(.reflectedActivityStays(activityID, route: id, reflections: reflected))
        }
        try edit(
            amendment: amendment, activity: activityID,
            description: "\(Route.droppedActivityChange) «\(old.title)», due \(old.due)"
        ) {
            $0.activities.remove(at: index)
        }
    }

    /// Moves the route back to an earlier step (by default the one before), as the regulation
    /// allows correcting a route. Always kept as a correction, so it needs an amendment with a
    /// reason; this is also how a closed route is reopened.
    public mutating func stepBack(to target: Stage? = nil, amendment: Amendment) throws(ModelError) {
        guard let target = target ?? stage.previous else {
            throw ModelError(.noStepBeforeFirst(id), path: "stage")
        }
        guard target < stage else {
            throw ModelError(.stepsBackOnlyBackward(id, at: stage, to: target), path: "stage")
        }
        guard !amendment.reason.trimmed.isEmpty else {
            throw ModelError(.stepBackNeedsReason(route: id))
        }
        var copy = self
        copy.stage = target
        copy.corrections.append(
            Correction(
                date: amendment.date, author: amendment.author, activity: nil,
                change: "stage: \(stage.rawValue) -> \(target.rawValue)", reason: amendment.reason))
        try copy.validate()
        self = copy
    }

    // MARK: - Helpers

    private func strengthIndex(_ number: Int) throws(ModelError) -> Int {
        guard strengths.indices.contains(number - 1) else {
            throw ModelError(.noStrength(route: id, number: number, count: strengths.count))
        }
        return number - 1
    }

    private func deficitIndex(_ deficitID: String) throws(ModelError) -> Int {
        guard let index = deficits.firstIndex(where: { $0.id == deficitID }) else {
            throw ModelError(.noDeficit(deficitID, route: id, known: deficits.map(\.id)))
        }
        return index
    }
}

/// The changed fields of one edit, written as a correction states them: `level: 2 -> 3; text: «…» -> «…»`.
struct FieldChanges: CustomStringConvertible {
    private var parts: [String] = []

    mutating func note(_ name: String, _ before: String, _ after: String) {
        if before != after { parts.append("\(name): \(before) -> \(after)") }
    }

    var isEmpty: Bool { parts.isEmpty }
    var description: String { parts.joined(separator: "; ") }
}

extension Route {
    /// Throws unless the route is still being planned (before step 5), the only kind that may be
    /// removed as entered by mistake.
    public func checkRemovable() throws(ModelError) {
        guard stage < .implementation else { throw ModelError(.routeNotADraft(id, stage: stage), path: "stage") }
    }
}
