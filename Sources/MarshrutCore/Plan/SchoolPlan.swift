/// The school's road map for putting the mentoring regulation into practice (its
/// Appendix 2): stages with their content, deadlines and responsible persons.
///
/// A stage's state is derived from the data where it can be (`check`), or marked by hand
/// (`done`).
public struct SchoolPlan: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var stages: [Stage]

    public init(id: String, title: String, stages: [Stage]) {
        self.id = id
        self.title = title
        self.stages = stages
    }

    /// One stage of the road map.
    public struct Stage: Sendable, Hashable, Codable {
        public var number: Int
        public var title: String
        public var content: String?
        public var due: Day
        /// Who answers for it: a person id or a name as the order gives it.
        public var responsible: String?
        /// How to tell from the data that it is done, when that can be told.
        public var check: Check?
        /// The day it was marked done by hand.
        public var done: Day?

        public init(
            number: Int, title: String, content: String? = nil, due: Day, responsible: String? = nil,
            check: Check? = nil, done: Day? = nil
        ) {
            self.number = number
            self.title = title
            self.content = content
            self.due = due
            self.responsible = responsible
            self.check = check
            self.done = done
        }
    }

    /// What the data says about a stage.
    public enum Check: String, Vocabulary {
        /// Mentees with a personal-data consent are in the bank.
        case menteeBank = "mentee-bank"
        /// Mentors with a personal-data consent are in the bank.
        case mentorBank = "mentor-bank"
        /// Pairs or groups are formed: a program is active or completed.
        case pairs
        /// Every active or completed program has activities planned.
        case programs
        /// Monitoring is done: every completed program has indicators.
        case monitoring
        /// A program has been completed.
        case completion
    }

    public var reference: String { id }

    public func validate() throws(ModelError) {
        var list = ProblemList(subject: nil)
        if !Slug.isValid(id) { list.add("id", .invalidID(id)) }
        if title.trimmed.isEmpty { list.add("title", .planTitleRequired) }
        var numbers = Set<Int>()
        for (i, stage) in stages.enumerated() {
            if !numbers.insert(stage.number).inserted { list.add("stages[\(i)].number", .planStageTwice(stage.number)) }
            if stage.title.trimmed.isEmpty { list.add("stages[\(i)].title", .planStageTitleRequired) }
            if !stage.due.isAccepted { list.add("stages[\(i)].due", .dayOutOfRange(stage.due)) }
        }
        try list.check()
    }
}

/// Where a road-map stage stands on a given day.
public enum StageState: String, Sendable, Hashable, Codable {
    case done, due, overdue
}

extension SchoolPlan.Stage {
    /// Done (by the data or by hand), still due, or overdue on `today`.
    public func state(on today: Day, in catalog: Catalog) -> StageState {
        if done != nil || check.map({ $0.isMet(in: catalog) }) == true { return .done }
        return due < today ? .overdue : .due
    }
}

extension SchoolPlan.Check {
    /// Whether the data shows the stage done.
    public func isMet(in catalog: Catalog) -> Bool {
        let running = catalog.programs.filter { $0.status == .active || $0.status == .completed }
        switch self {
        case .menteeBank:
            return catalog.persons.contains { $0.roles.contains(.mentee) && $0.hasConsent(.personalData) }
        case .mentorBank:
            return catalog.persons.contains { $0.roles.contains(.mentor) && $0.hasConsent(.personalData) }
        case .pairs:
            return !running.isEmpty
        case .programs:
            return !running.isEmpty && running.allSatisfy { !$0.activities.isEmpty }
        case .monitoring:
            let completed = catalog.programs.filter { $0.status == .completed }
            return !completed.isEmpty && completed.allSatisfy { !$0.indicators.isEmpty }
        case .completion:
            return catalog.programs.contains { $0.status == .completed }
        }
    }
}
