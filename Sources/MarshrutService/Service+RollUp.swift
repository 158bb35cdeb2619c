import MarshrutCore
import MarshrutRules
import MarshrutStore

/// A municipality's or region's figures, school by school: what a methodist reads first.
public struct RollUp: Sendable {
    public struct Row: Sendable {
        public var organization: Organization
        /// Routes by the step they are at.
        public var stages: [Stage: Int]
        /// Routes with at least one activity past its due date.
        public var overdueRoutes: Int
        public var findings: [Severity: Int]
        public var activePrograms: Int
        public var mentors: Int
        public var mentees: Int
        /// Mentees in the bank with no running or drafted program.
        public var waitingMentees: Int
    }

    public var rows: [Row]
    public var day: Day
    /// Scripts that failed; their findings are not counted.
    public var errors: [RuleError]
}

extension Service {
    /// The schools of the actor's scope with their routes, findings, programs and banks.
    public func rollUp() throws -> RollUp {
        try authorize(.readReports)
        let catalog = try scopedCatalog()
        var timing = RuleTiming()
        let run = try check(workers: 1, timing: &timing)
        let erased = Set(try store.erasures().map(\.person))
        let waiting = Set(MentoringBank(catalog, erased: erased).waiting.map(\.id))
        let homes = SubjectHomes(catalog)
        let findings = Dictionary(grouping: Array(run.report.results)) { homes.organization(of: SubjectReference($0.subject, $0.id)) ?? "" }
        // Grouped once, so a region of many schools is read in one pass per kind.
        let routes = Dictionary(grouping: catalog.routes) { homes.organization(of: $0.reference) ?? "" }
        let programs = Dictionary(grouping: catalog.programs.filter { $0.status == .active }) { homes.organization(of: $0.reference) ?? "" }
        let people = Dictionary(grouping: catalog.persons.filter { !erased.contains($0.id) }) { $0.organization ?? "" }
        let rows = catalog.organizations.filter { $0.type == .school }.sorted { $0.name < $1.name }.map { school in
            let routes = routes[school.id] ?? []
            let people = people[school.id] ?? []
            return RollUp.Row(
                organization: school, stages: Dictionary(grouping: routes, by: \.stage).mapValues(\.count),
                overdueRoutes: routes.filter { $0.activities.contains { $0.isOverdue(on: run.day) } }.count,
                findings: Dictionary(grouping: findings[school.id] ?? [], by: \.severity).mapValues(\.count),
                activePrograms: programs[school.id]?.count ?? 0,
                mentors: people.filter { $0.roles.contains(.mentor) && $0.hasConsent(.personalData) }.count,
                mentees: people.filter { $0.roles.contains(.mentee) && $0.hasConsent(.personalData) }.count,
                waitingMentees: people.filter { waiting.contains($0.id) }.count)
        }
        return RollUp(rows: rows, day: run.day, errors: run.report.errors)
    }

    /// The organization each subject belongs to: a person's own, a route's teacher's, a
    /// program's first member's; for filtering results by school.
    public func organizations(of subjects: some Sequence<SubjectReference>) throws -> [SubjectReference: String] {
        let homes = SubjectHomes(try scopedCatalog())
        var result: [SubjectReference: String] = [:]
        for subject in subjects { result[subject] = homes.organization(of: subject) }
        return result
    }
}

/// Where each subject of a catalog belongs: a person's own organization, a route's teacher's, a
/// program's first mentee's (else first mentor's).
struct SubjectHomes {
    let persons: [String: String]
    let routes: [String: String]
    let programs: [String: [String]]

    init(_ catalog: Catalog) {
        persons = Dictionary(catalog.persons.compactMap { p in p.organization.map { (p.id, $0) } }, uniquingKeysWith: { a, _ in a })
        routes = Dictionary(catalog.routes.map { ($0.id, $0.teacher) }, uniquingKeysWith: { a, _ in a })
        programs = Dictionary(catalog.programs.map { ($0.id, $0.mentees + $0.mentors) }, uniquingKeysWith: { a, _ in a })
    }

    func organization(of subject: SubjectReference) -> String? {
        switch subject.kind {
        case .person: persons[subject.id]
        case .route: routes[subject.id].flatMap { persons[$0] }
        case .program: programs[subject.id]?.lazy.compactMap { persons[$0] }.first
        case .plan, .organization: nil
        }
    }
}
