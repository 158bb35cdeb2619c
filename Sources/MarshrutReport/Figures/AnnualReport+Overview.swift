import MarshrutCore
import MarshrutText

extension AnnualReport {
    /// The mentoring system at a glance.
    ///
    /// - A **bank** counts persons with the role (mentor or mentee) and a personal-data consent
    ///   dated on or before `asOf` — the end of the year, or today while the year runs; a person
    ///   whose data was erased on withdrawn consent has left it. A person with both roles is in
    ///   both banks.
    /// - A **program worked in the year** when it left the draft and its period shares a day with
    ///   the year: it is active or completed, or it was cancelled after a recorded activation, and
    ///   then its period ends on the cancellation. These are the year's pairs (one mentor, one
    ///   mentee) and groups, and the programs counted by form (a program with two forms counts
    ///   under each).
    /// - **Programs by status** count every program whose period shares a day with the year,
    ///   drafts and cancelled ones included, by their status today.
    /// - **Routes by step** count routes whose period shares a day with the year, by their step
    ///   today.
    public struct Overview: Sendable, Hashable, Encodable {
        public var mentorBank: Bank
        public var menteeBank: Bank
        public var pairs: Int
        public var groups: Int
        /// The programs that worked in the year, by start date.
        public var programs: [ProgramLine]
        /// Every form, in the vocabulary's order, with zeros.
        public var programsByForm: [Tally]
        /// Every status, with zeros.
        public var programsByStatus: [Tally]
        /// Routes whose period shares a day with the year.
        public var routes: Int
        /// Every step, with zeros.
        public var routesByStage: [Tally]

        init(catalog: Catalog, in year: SchoolYear, today: Day, people: Directory) {
            let asOf = min(year.end, today)
            mentorBank = Bank(role: .mentor, persons: catalog.persons, in: year, asOf: asOf)
            menteeBank = Bank(role: .mentee, persons: catalog.persons, in: year, asOf: asOf)
            let worked = catalog.programs.filter { $0.worked(in: year) }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            programs = worked.map { ProgramLine($0, people: people) }
            groups = worked.filter(\.isGroup).count
            pairs = worked.count - groups
            programsByForm = MentoringForm.allCases.map { form in
                Tally(code: form.rawValue, title: form.words.russian, count: worked.filter { $0.forms.contains(form) }.count)
            }
            let current = catalog.programs.filter { year.overlaps(from: $0.start, to: $0.end) }
            programsByStatus = ProgramStatus.allCases.map { status in
                Tally(code: status.rawValue, title: status.words.russian, count: current.filter { $0.status == status }.count)
            }
            let routes = catalog.routes.filter { year.overlaps(from: $0.start, to: $0.end) }
            self.routes = routes.count
            routesByStage = Stage.allCases.map { stage in
                Tally(code: stage.rawValue, title: stage.words.russian, count: routes.filter { $0.stage == stage }.count)
            }
        }
    }

    /// A bank of mentors or mentees.
    public struct Bank: Sendable, Hashable, Encodable {
        /// Persons in the bank on `asOf`.
        public var members: Int
        /// Of them, those whose first personal-data consent is dated in the year.
        public var joined: Int
        /// The end of the year, or today while the year runs.
        public var asOf: Day

        init(role: Role, persons: [Person], in year: SchoolYear, asOf: Day) {
            let firstConsents =
                persons
                .filter { $0.roles.contains(role) && !$0.isErased }
                .compactMap { $0.consents.filter { $0.kind == .personalData }.map(\.date).min() }
                .filter { $0 <= asOf }
            members = firstConsents.count
            joined = firstConsents.filter(year.contains).count
            self.asOf = asOf
        }
    }

    /// A pair or group that worked in the year.
    public struct ProgramLine: Sendable, Hashable, Encodable {
        public var id: String
        /// More than one mentor or mentee.
        public var isGroup: Bool
        /// Form codes.
        public var forms: [String]
        public var status: String
        public var mentors: [Member]
        public var mentees: [Member]
        public var start: Day
        public var end: Day

        init(_ program: Program, people: Directory) {
            id = program.id
            isGroup = program.isGroup
            forms = program.forms.map(\.rawValue)
            status = program.status.rawValue
            mentors = program.mentors.map(people.member)
            mentees = program.mentees.map(people.member)
            start = program.start
            end = program.lastDay
        }
    }
}

extension Program {
    /// The last day the program ran: the cancellation's date for a cancelled program (when
    /// recorded and earlier), else its planned end.
    var lastDay: Day {
        guard status == .cancelled, let cancelled = changes.last(where: { $0.status == .cancelled })?.date else { return end }
        return min(end, cancelled)
    }

    /// Whether the program left the draft and ran on some day of the year.
    func worked(in year: SchoolYear) -> Bool {
        let ran: Bool =
            switch status {
            case .active, .completed: true
            case .cancelled: changes.contains { $0.status == .active }
            case .draft: false
            }
        return ran && start <= lastDay && year.overlaps(from: start, to: lastDay)
    }
}
