import MarshrutCore
import MarshrutRules

/// The mentors' council's proposal of pairs and groups (`match`).
public struct MatchProposal: Sendable, Encodable {
    /// One mentor with the mentees proposed to them.
    public struct Pairing: Sendable, Codable {
        public var mentor: String
        public var mentees: [String]
        public var score: Double
        /// For each mentee, `id: reason` as the matching script gave it.
        public var reasons: [String]

        public init(mentor: String, mentees: [String], score: Double, reasons: [String]) {
            self.mentor = mentor
            self.mentees = mentees
            self.score = score
            self.reasons = reasons
        }
    }

    public var proposals: [Pairing]
    /// Mentees who wait and could not be given a mentor.
    public var unmatched: [String]
    public var total: Double
    /// Mentees who wait for a mentor (empty: nobody waits, nothing to propose).
    public var waiting: [String]
    /// Names of the persons the proposal names, by id.
    public var names: [String: String]
    /// Scripts that failed while scoring; the pairs they would have scored are not proposed.
    public var errors: [RuleError]

    let bank: MentoringBank
    let catalog: Catalog

    /// The pairs proposed, as text: what a council applies must be what it was shown.
    public var signature: String {
        proposals.map { "\($0.mentor):\($0.mentees.joined(separator: ","))" }.joined(separator: ";")
    }

    enum CodingKeys: String, CodingKey {
        case proposals, unmatched, total
    }
}

extension Service {
    /// Proposes mentors for the mentees who wait: the optimal assignment under each mentor's free
    /// capacity, scored by the matching script. Persons without a consent, or erased, are never
    /// proposed.
    public func matchProposal() throws -> MatchProposal {
        try authorize(.applyMatch)
        try authorize(.runRules)
        // On a shared server only the council's own organizations are matched.
        let catalog = try scopedCatalog()
        let bank = MentoringBank(catalog, erased: Set(try store.erasures().map(\.person)))
        let scored = try ruleEngine().scorePairs(
            catalog, mentors: bank.mentors.map(\.id),
            mentees: bank.waiting.map(\.id), today: today)
        let problem = try AssignmentProblem(
            capacities: bank.mentors.map { bank.freeCapacity(of: $0) },
            menteeCount: bank.waiting.count,
            score: scored.scores.map { $0.map { $0?.score } })
        let assignment = problem.solve()
        var proposals: [MatchProposal.Pairing] = []
        for (i, mentor) in bank.mentors.enumerated() {
            let chosen = assignment.mentees(of: i)
            guard !chosen.isEmpty else { continue }
            proposals.append(
                MatchProposal.Pairing(
                    mentor: mentor.id, mentees: chosen.map { bank.waiting[$0].id },
                    score: chosen.reduce(0) { $0 + (scored.scores[i][$1]?.score ?? 0) },
                    reasons: chosen.map { "\(bank.waiting[$0].id): \(scored.scores[i][$0]?.reason ?? "—")" }))
        }
        return MatchProposal(
            proposals: proposals, unmatched: assignment.unassigned.map { bank.waiting[$0].id },
            total: assignment.total, waiting: bank.waiting.map(\.id),
            names: Dictionary(uniqueKeysWithValues: catalog.persons.map { ($0.id, $0.name) }),
            errors: scored.errors, bank: bank, catalog: catalog)
    }

    /// Drafts the programs of the proposal made now, but only if it is still the one whose
    /// ``MatchProposal/signature`` the council saw: a proposal that changed since is refused.
    /// - Throws: ``ServiceError/proposalChanged`` when it changed.
    public func applyMatch(seen signature: String, start: Day?, months: Int) throws -> [Program] {
        let proposal = try matchProposal()
        guard proposal.signature == signature else { throw ServiceError.proposalChanged }
        return try applyMatch(proposal, start: start, months: months)
    }

    /// Creates a draft program for each pair or group of `proposal`, starting on `start` (default:
    /// today) and lasting `months`. Every draft is made and checked before the first is stored.
    public func applyMatch(_ proposal: MatchProposal, start: Day?, months: Int) throws -> [Program] {
        try authorize(.applyMatch)
        let first = start ?? today
        var taken = Set(try store.programIDs())
        var drafts: [Program] = []
        for pairing in proposal.proposals {
            let id = Self.freeProgramID(year: first.year, taken: taken)
            taken.insert(id)
            drafts.append(
                try proposal.bank.draft(
                    for: pairing.mentor, mentees: pairing.mentees, start: first, months: months,
                    id: id, catalog: proposal.catalog))
        }
        for program in drafts { try store.add(program) }
        return drafts
    }

    /// The first free id of the form `prog-YEAR-NN`.
    public func freeProgramID(year: Int) throws -> String {
        Self.freeProgramID(year: year, taken: Set(try store.programIDs()))
    }

    static func freeProgramID(year: Int, taken: Set<String>) -> String {
        var n = 1
        while taken.contains(programID(year: year, number: n)) { n += 1 }
        return programID(year: year, number: n)
    }

    static func programID(year: Int, number: Int) -> String {
        "prog-\(year)-" + (number < 10 ? "0\(number)" : "\(number)")
    }
}

/// The banks of mentors and mentees of the actor's scope (regulation §4: the municipality keeps
/// them), with what the council needs to form pairs.
public struct MentoringBanks: Sendable {
    public struct Entry: Sendable {
        public var person: Person
        /// Whether the personal-data consent stands (given and not erased).
        public var consents: Bool
        /// Whether the consent to a mentor's or mentee's duties was given.
        public var duties: Bool
        /// A mentor's free places now.
        public var freeCapacity: Int?
        /// The programs that run or are drafted with this person.
        public var programs: [String]
    }

    public var mentors: [Entry]
    public var mentees: [Entry]
}

extension Service {
    /// The mentors and mentees of the actor's scope whom the actor may read.
    public func mentoringBanks() throws -> MentoringBanks {
        try authorize(.listPersons)
        let catalog = try scopedCatalog()
        let erased = Set(try store.erasures().map(\.person))
        let bank = MentoringBank(catalog, erased: erased)
        let open = catalog.programs.filter { $0.status == .draft || $0.status == .active }
        func entry(_ person: Person, mentor: Bool) -> MentoringBanks.Entry {
            MentoringBanks.Entry(
                person: person, consents: person.hasConsent(.personalData) && !erased.contains(person.id), duties: person.hasConsent(.duties),
                freeCapacity: mentor ? bank.freeCapacity(of: person) : nil,
                programs: open.filter { ($0.mentors + $0.mentees).contains(person.id) }.map(\.id))
        }
        let readable = catalog.persons.filter { may(.readPerson($0.id)) }.sorted { $0.name < $1.name }
        return MentoringBanks(
            mentors: readable.filter { $0.roles.contains(.mentor) }.map { entry($0, mentor: true) },
            mentees: readable.filter { $0.roles.contains(.mentee) }.map { entry($0, mentor: false) })
    }
}
