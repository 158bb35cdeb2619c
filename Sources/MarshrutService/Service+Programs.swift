import MarshrutCore
import MarshrutStore

/// A program moved from one state to another.
public struct StatusMove: Sendable, Hashable, Codable {
    public var program: String
    public var from: ProgramStatus
    public var to: ProgramStatus
    public var date: Day
}

/// A program with the names of its members, as `program show` presents it.
public struct ProgramDetail: Sendable {
    public var program: Program
    public var names: [String: String]
    public var day: Day
}

extension Service {
    /// One program.
    public func program(_ id: String) throws -> Program {
        try authorize(.readProgram(id))
        return try store.program(id)
    }

    /// One program with its members' names.
    public func programDetail(_ id: String) throws -> ProgramDetail {
        let program = try program(id)
        let names = Dictionary(uniqueKeysWithValues: try store.persons().map { ($0.id, $0.name) })
        return ProgramDetail(program: program, names: names, day: today)
    }

    /// The programs, by id; only those in `status` when given.
    public func programs(status: ProgramStatus? = nil) throws -> [Program] {
        try authorize(.listPrograms)
        return try store.programs().filter { (status == nil || $0.status == status) && may(.readProgram($0.id)) }
    }

    /// Adds a program activity, or replaces the one with the same id; the id defaults to the next
    /// free a1, a2, ….
    @discardableResult
    public func planProgramActivity(
        _ id: String, activityID: String?, kind: ActivityKind, title: String, hours: Int?,
        start: Day?, due: Day
    ) throws -> Activity {
        try authorize(.runProgram(id))
        var planned: Activity?
        try store.updateProgram(id) { program in
            let activity = Activity(id: activityID ?? program.nextActivityID, kind: kind, title: title, hours: hours, start: start, due: due)
            try program.plan(activity)
            planned = activity
        }
        guard let planned else { throw ServiceError.notFound(.program, id: id) }
        return planned
    }

    /// Creates a draft program (`program new`); the id defaults to the next free `prog-YEAR-NN`.
    /// The same mentors and mentees in a draft or active program over an overlapping period is
    /// refused: that program already exists.
    public func createProgram(
        id: String?, forms: [MentoringForm], directions: [Direction], mentors: [String], mentees: [String],
        start: Day?, end: Day, addresses: [String]
    ) throws -> Program {
        try authorize(.createProgram(members: mentors + mentees))
        let first = start ?? today
        let programID = try id ?? freeProgramID(year: first.year)
        let program = Program(
            id: programID, forms: forms, directions: directions, mentors: mentors, mentees: mentees,
            start: first, end: end, status: .draft, addresses: addresses)
        try program.validate()
        if let same = try store.programs().first(where: {
            $0.takesCapacity && Set($0.mentors) == Set(mentors) && Set($0.mentees) == Set(mentees)
                && $0.start <= end && first <= $0.end
        }) {
            throw ServiceError.duplicateProgram(existing: same.id)
        }
        try store.add(program)
        return program
    }

    /// Moves a program to `status` on `date` (default: today), keeping the reason.
    public func changeStatus(of id: String, to status: ProgramStatus, on date: Day?, reason: String) throws -> StatusMove {
        try authorize(.manageProgram(id))
        let day = date ?? today
        var from = ProgramStatus.draft
        try store.updateProgram(id) { program in
            from = program.status
            try program.change(to: status, on: day, reason: reason)
        }
        return StatusMove(program: id, from: from, to: status, date: day)
    }

    /// Records a monitoring indicator's value measured on `date` (default: today), or with
    /// `correcting` corrects the value recorded for that day, keeping the old one in the history.
    @discardableResult
    public func recordIndicator(_ id: String, name: String, value: Double, on date: Day?, correcting: Bool = false) throws -> Program {
        try authorize(.runProgram(id))
        let indicator = Indicator(name: name, date: date ?? today, value: value)
        return try store.updateProgram(id) { program in try program.record(indicator, correcting: correcting, today: today) }
    }

    /// Changes a draft program.
    @discardableResult
    public func editProgram(_ id: String, _ edit: ProgramEdit) throws -> Program {
        try authorize(.manageProgram(id))
        return try store.updateProgram(id) { program in try program.apply(edit) }
    }

    /// Removes a draft program made by mistake.
    public func removeProgram(_ id: String) throws {
        try authorize(.manageProgram(id))
        try store.removeProgram(id) { program in try program.checkRemovable() }
    }

    /// Corrects the date of the program's last change to `status`, keeping the earlier one.
    public func correctStatusDate(of id: String, status: ProgramStatus, to date: Day, reason: String) throws -> StatusMove {
        try authorize(.manageProgram(id))
        var from = ProgramStatus.draft
        try store.updateProgram(id) { program in
            from = program.status
            try program.correctDate(of: status, to: date, reason: reason)
        }
        return StatusMove(program: id, from: from, to: from, date: date)
    }

    /// Records the product of a program activity: the activity is done.
    @discardableResult
    public func recordProgramProduct(_ id: String, activity: String, product: Product) throws -> Program {
        try authorize(.runProgram(id))
        return try store.updateProgram(id) { program in try program.recordProduct(product, for: activity) }
    }
}
