import MarshrutCore

extension AnnualReport {
    /// The school's road map (regulation, Appendix 2) and where each stage stands on the
    /// report's day (`SchoolPlan.Stage.state(on:in:)`).
    public struct PlanProgress: Sendable, Hashable, Encodable {
        public var id: String
        public var title: String
        /// By number.
        public var stages: [StageProgress]
        public var done: Int
        public var due: Int
        public var overdue: Int

        init(_ plan: SchoolPlan, on today: Day, in catalog: Catalog, people: Directory) {
            id = plan.id
            title = plan.title
            stages = plan.stages.sorted { $0.number < $1.number }.map { stage in
                StageProgress(
                    number: stage.number, title: stage.title, due: stage.due,
                    responsible: stage.responsible.map(people.responsible),
                    check: stage.check?.rawValue, markedDone: stage.done,
                    state: stage.state(on: today, in: catalog))
            }
            done = stages.filter { $0.state == .done }.count
            due = stages.filter { $0.state == .due }.count
            overdue = stages.filter { $0.state == .overdue }.count
        }
    }

    /// One stage of the road map.
    public struct StageProgress: Sendable, Hashable, Encodable {
        public var number: Int
        public var title: String
        public var due: Day
        /// Who answers for it, person ids replaced by names.
        public var responsible: String?
        /// How the data tells it is done, e.g. `mentee-bank`.
        public var check: String?
        /// The day it was marked done by hand.
        public var markedDone: Day?
        public var state: StageState
    }
}
