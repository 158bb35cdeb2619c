/// Mentors' capacity when the person document does not give one.
public enum MentorCapacity {
    public static let defaultValue = 2
}

/// The mentor and mentee banks as the mentors' council sees them when forming pairs.
public struct MentoringBank: Sendable {
    /// Mentors with a personal-data consent.
    public var mentors: [Person]
    /// Mentees with a personal-data consent and no draft or active program.
    public var waiting: [Person]
    /// Mentees each mentor already has in draft or active programs.
    public var taken: [String: Int]

    /// - Parameter erased: persons whose data was erased on withdrawn consent; never proposed.
    public init(_ catalog: Catalog, erased: Set<String> = []) {
        let busy = catalog.programs.filter(\.takesCapacity)
        var taken: [String: Int] = [:]
        for program in busy {
            for mentor in program.mentors { taken[mentor, default: 0] += program.mentees.count }
        }
        mentors = catalog.persons.filter { !erased.contains($0.id) && $0.roles.contains(.mentor) && $0.hasConsent(.personalData) }
        waiting = catalog.persons.filter { !erased.contains($0.id) && $0.isUnpairedMentee(among: catalog.programs) }
        self.taken = taken
    }

    public func freeCapacity(of mentor: Person) -> Int {
        max(0, (mentor.capacity ?? MentorCapacity.defaultValue) - (taken[mentor.id] ?? 0))
    }

    /// A draft program for a proposed pair or group: the forms both sides share (group when
    /// several mentees), and the mentees' route deficits in areas the mentor offers.
    public func draft(for mentorID: String, mentees: [String], start: Day, months: Int, id: String, catalog: Catalog) throws(ModelError) -> Program {
        let people = Dictionary(uniqueKeysWithValues: catalog.persons.map { ($0.id, $0) })
        let offered = people[mentorID]?.offers
        var forms = MentoringForm.allCases.filter { form in
            (offered?.forms.contains(form) ?? false) && mentees.allSatisfy { people[$0]?.requests?.forms.contains(form) ?? false }
        }
        if mentees.count > 1, !forms.contains(.group) { forms.append(.group) }
        if forms.isEmpty { forms = [.traditional] }
        let areas = Set(offered?.areas ?? [])
        let addresses = catalog.routes
            .filter { mentees.contains($0.teacher) && $0.stage != .closed }
            .flatMap { route in route.deficits.filter { areas.contains($0.area) }.map { "\(route.id)/\($0.id)" } }
        let program = Program(
            id: id, forms: forms, mentors: [mentorID], mentees: mentees, start: start,
            end: start.adding(months: months), status: .draft, addresses: addresses)
        try program.validate()
        return program
    }
}
