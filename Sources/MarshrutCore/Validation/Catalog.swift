/// Everything a school keeps: persons, routes and programs, with the invariants that join
/// them (a route's teacher exists and consented, a program's members gave their consents).
public struct Catalog: Sendable, Hashable {
    public var persons: [Person]
    public var routes: [Route]
    public var programs: [Program]
    /// The school's road maps (usually one).
    public var plans: [SchoolPlan]
    /// Regions, municipalities, schools and centres.
    public var organizations: [Organization]

    public init(
        persons: [Person] = [], routes: [Route] = [], programs: [Program] = [], plans: [SchoolPlan] = [],
        organizations: [Organization] = []
    ) {
        self.organizations = organizations
        self.persons = persons
        self.routes = routes
        self.programs = programs
        self.plans = plans
    }

    public var isEmpty: Bool { persons.isEmpty && routes.isEmpty && programs.isEmpty && plans.isEmpty && organizations.isEmpty }

    /// Every problem in the catalog, each subject's own and those between subjects.
    ///
    /// - Parameter known: persons that exist outside this catalog (e.g. already stored),
    ///   so references to them are satisfied.
    public func problems(
        knownPersons known: [String: Person] = [:], knownRoutes: [String: Route] = [:], knownOrganizations: [Organization] = []
    ) -> [Problem] {
        var all: [Problem] = []
        let tree = OrganizationTree(knownOrganizations + organizations)
        var people = known
        var seen: [SubjectReference: Int] = [:]
        /// Adds a subject's problems, marking which of several subjects with its id they belong to.
        func collect(_ ref: SubjectReference, _ problems: [Problem]) {
            let earlier = seen[ref, default: 0]
            seen[ref] = earlier + 1
            all += problems.map {
                var p = $0; p.occurrence = earlier; return p
            }
            if earlier > 0 {
                all.append(
                    Problem(
                        subject: ref, path: "id", reason: .duplicateID(kind: ref.kind, id: ref.id),
                        occurrence: earlier))
            }
        }
        for organization in organizations {
            var list = ProblemList(subject: organization.reference)
            organization.validate(into: &list)
            tree.placeProblems(of: organization, into: &list)
            collect(organization.reference, list.problems)
        }
        for person in persons {
            var list = ProblemList(subject: person.reference)
            person.validate(into: &list)
            if let organization = person.organization, tree.byID[organization] == nil {
                list.add("organization", .noOrganization(organization))
            }
            collect(person.reference, list.problems)
            if people[person.id] == nil || known[person.id] != nil { people[person.id] = person }
        }
        for route in routes {
            var list = ProblemList(subject: route.reference)
            route.validate(into: &list)
            checkReferences(of: route, people: people, into: &list)
            collect(route.reference, list.problems)
        }
        let allRoutes = programs.isEmpty ? knownRoutes : knownRoutes.merging(routes.map { ($0.id, $0) }) { _, new in new }
        for program in programs {
            var list = ProblemList(subject: program.reference)
            program.validate(into: &list)
            checkMembers(of: program, people: people, into: &list)
            checkAddresses(of: program, routes: allRoutes, into: &list)
            collect(program.reference, list.problems)
        }
        var planIDs = Set<String>()
        for plan in plans {
            do throws(ModelError) {
                try plan.validate()
            } catch {
                all += error.problems.map { Problem(subject: SubjectReference(.plan, plan.id), path: $0.path, reason: $0.reason) }
            }
            if !planIDs.insert(plan.id).inserted {
                all.append(Problem(subject: SubjectReference(.plan, plan.id), path: "id", reason: .duplicatePlanID(plan.id)))
            }
        }
        return all
    }

    /// Throws every problem at once.
    public func validate(
        knownPersons known: [String: Person] = [:], knownRoutes: [String: Route] = [:], knownOrganizations: [Organization] = []
    ) throws(ModelError) {
        let found = problems(knownPersons: known, knownRoutes: knownRoutes, knownOrganizations: knownOrganizations)
        if !found.isEmpty { throw ModelError(problems: found) }
    }

    private func checkReferences(of route: Route, people: [String: Person], into list: inout ProblemList) {
        if let teacher = people[route.teacher] {
            if !teacher.hasConsent(.personalData) {
                list.add("teacher", .teacherWithoutConsent(teacher.id))
            }
        } else {
            list.add("teacher", .noTeacher(route.teacher))
        }
        if let tutor = route.tutor, people[tutor] == nil {
            list.add("tutor", .noTutor(tutor))
        }
        for (i, correction) in route.corrections.enumerated() where people[correction.author] == nil {
            list.add("corrections[\(i)].author", .noAuthor(correction.author))
        }
    }

    private func checkAddresses(of program: Program, routes: [String: Route], into list: inout ProblemList) {
        for (i, reference) in program.addresses.enumerated() {
            let parts = reference.split(separator: "/").map(String.init)
            guard parts.count == 2 else { continue }
            guard let route = routes[parts[0]] else {
                list.add("addresses[\(i)]", .noAddressedRoute(parts[0]))
                continue
            }
            if route.deficit(parts[1]) == nil {
                list.add("addresses[\(i)]", .noAddressedDeficit(route: route.id, deficit: parts[1], deficits: route.deficits.map(\.id)))
            }
            if !program.mentees.contains(route.teacher) {
                list.add("addresses[\(i)]", .routeOfNonMentee(route: route.id, teacher: route.teacher))
            }
        }
    }

    private func checkMembers(of program: Program, people: [String: Person], into list: inout ProblemList) {
        for (field, ids) in [("mentors", program.mentors), ("mentees", program.mentees)] {
            for (i, id) in ids.enumerated() {
                guard let person = people[id] else {
                    list.add("\(field)[\(i)]", .noMember(id))
                    continue
                }
                if !person.hasConsent(.personalData) {
                    list.add("\(field)[\(i)]", .memberWithoutConsent(id))
                }
                // Duties are taken on when a program runs; a draft, or one cancelled, asks none.
                if [.active, .completed].contains(program.status), !person.hasConsent(.duties) {
                    list.add("\(field)[\(i)]", .memberWithoutDuties(id, status: program.status))
                }
            }
        }
    }
}
