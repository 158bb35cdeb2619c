import MarshrutCore
import MarshrutStore

/// What a printed program or order shows beside the program itself.
public struct ProgramPapers: Sendable {
    public var program: Program
    /// The records of the mentors and mentees the caller may read, by id.
    public var members: [String: Person]
    /// Names by id, for members whose records the caller may not read.
    public var names: [String: String]
    /// The mentees' route deficits the program addresses, by `ROUTE/DEFICIT`, where the caller may read the route.
    public var goals: [String: Deficit]
    /// The head who signs an order: a person with the head role at the members' school.
    public var head: Person?
    public var day: Day

    public init(
        program: Program, members: [String: Person], names: [String: String], goals: [String: Deficit], head: Person?, day: Day
    ) {
        self.program = program
        self.members = members
        self.names = names
        self.goals = goals
        self.head = head
        self.day = day
    }
}

extension Service {
    /// A route with the names of everyone it mentions (teacher, tutor, authors of corrections),
    /// for printing; the same permission as reading the route.
    public func routePapers(_ id: String) throws -> (detail: RouteDetail, names: [String: String]) {
        let detail = try routeDetail(id)
        var names: [String: String] = [:]
        for author in Set(detail.route.corrections.map(\.author)) {
            if let person = try? person(author) { names[author] = person.name }
        }
        return (detail, names)
    }

    /// A program with its members' records, the deficits it addresses and the school's head,
    /// for printing the program or the order on its pair; the same permission as reading it.
    public func programPapers(_ id: String) throws -> ProgramPapers {
        let detail = try programDetail(id)
        let program = detail.program
        var members: [String: Person] = [:]
        for member in program.mentors + program.mentees {
            if let person = try? person(member) { members[member] = person }
        }
        var goals: [String: Deficit] = [:]
        for address in program.addresses {
            let parts = address.split(separator: "/").map(String.init)
            guard parts.count == 2, let route = try? route(parts[0]), let deficit = route.deficit(parts[1]) else { continue }
            goals[address] = deficit
        }
        let school = members.values.lazy.compactMap(\.school).first
        let heads = try store.persons().filter { $0.roles.contains(.head) }
        let head = heads.first { school != nil && $0.school == school } ?? (heads.count == 1 ? heads.first : nil)
        return ProgramPapers(program: program, members: members, names: detail.names, goals: goals, head: head, day: today)
    }
}
