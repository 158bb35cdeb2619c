import MarshrutCore

/// The school's road map for mentoring, judged on a day (`plan`).
public struct RoadMap: Sendable, Codable {
    /// One stage of one plan.
    public struct Row: Sendable, Codable {
        public var plan: String
        public var number: Int
        public var title: String
        public var due: Day
        /// Who is responsible, as the plan writes it (person ids separated by commas, or text).
        public var responsible: String?
        public var state: StageState
        /// What the data is checked for, when the stage is judged from the data.
        public var check: String?
    }

    public var plans: [SchoolPlan]
    public var rows: [Row]
    /// The day the stages were judged on.
    public var day: Day
    /// Names of persons, by id, for the responsible.
    public var names: [String: String]
}

extension Service {
    /// The school's road map with each stage done, due or overdue on `day` (default: today).
    /// - Throws: ``ServiceError/noRoadMap`` when no plan was imported.
    public func roadMap(on day: Day? = nil) throws -> RoadMap {
        try authorize(.readReports)
        let catalog = try scopedCatalog()
        let day = day ?? today
        guard !catalog.plans.isEmpty else { throw ServiceError.noRoadMap }
        let rows = catalog.plans.flatMap { plan in
            plan.stages.sorted { $0.number < $1.number }.map { s in
                RoadMap.Row(
                    plan: plan.id, number: s.number, title: s.title, due: s.due, responsible: s.responsible,
                    state: s.state(on: day, in: catalog), check: s.check?.rawValue)
            }
        }
        return RoadMap(
            plans: catalog.plans, rows: rows, day: day,
            names: Dictionary(uniqueKeysWithValues: catalog.persons.map { ($0.id, $0.name) }))
    }
}
