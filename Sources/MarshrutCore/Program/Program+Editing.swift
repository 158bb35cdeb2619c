/// The fields of a draft program a change may set; `nil` leaves a field as it is.
public struct ProgramEdit: Sendable, Hashable {
    public var forms: [MentoringForm]?
    public var directions: [Direction]?
    public var mentors: [String]?
    public var mentees: [String]?
    public var start: Day?
    public var end: Day?
    public var addresses: [String]?

    public init(
        forms: [MentoringForm]? = nil, directions: [Direction]? = nil, mentors: [String]? = nil,
        mentees: [String]? = nil, start: Day? = nil, end: Day? = nil, addresses: [String]? = nil
    ) {
        self.forms = forms
        self.directions = directions
        self.mentors = mentors
        self.mentees = mentees
        self.start = start
        self.end = end
        self.addresses = addresses
    }

    public var isEmpty: Bool { self == ProgramEdit() }
}

extension Program {
    /// Applies an edit to a draft. Once a program runs, its plan is what the order fixed: it is
    /// cancelled with a reason and another is made.
    public mutating func apply(_ edit: ProgramEdit) throws(ModelError) {
        guard status == .draft else { throw ModelError(.onlyDraftsChange(program: id, status: status), path: "status") }
        guard !edit.isEmpty else { throw ModelError(.nothingToChange) }
        var copy = self
        copy.forms = edit.forms ?? forms
        copy.directions = edit.directions ?? directions
        copy.mentors = edit.mentors ?? mentors
        copy.mentees = edit.mentees ?? mentees
        copy.start = edit.start ?? start
        copy.end = edit.end ?? end
        copy.addresses = edit.addresses ?? addresses
        guard copy != self else { throw ModelError(.nothingChanged) }
        try copy.validate()
        self = copy
    }

    /// Throws unless the program is a draft, the only kind that may be removed.
    public func checkRemovable() throws(ModelError) {
        guard status == .draft else { throw ModelError(.onlyDraftsRemoved(program: id, status: status), path: "status") }
    }
}
