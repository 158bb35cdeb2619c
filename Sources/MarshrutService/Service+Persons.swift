import MarshrutCore
import MarshrutStore

/// A person with everything they take part in: `person show`.
public struct PersonDetail: Sendable {
    public var person: Person
    /// Routes where the person is the teacher.
    public var routes: [Route]
    /// Routes the person accompanies as tutor.
    public var tutoring: [Route]
    /// Programs where the person is a mentor.
    public var mentoring: [Program]
    /// Programs where the person is a mentee.
    public var mentored: [Program]
    /// When the person's personal data was erased, if it was.
    public var erased: Day?
}

extension Service {
    /// One person's record.
    public func person(_ id: String) throws -> Person {
        try authorize(.readPerson(id))
        return try store.person(id)
    }

    /// One person with their routes and programs, in either role.
    public func personDetail(_ id: String) throws -> PersonDetail {
        let person = try person(id)
        let routes = try store.routes()
        let programs = try store.programs()
        return PersonDetail(person: person,
                            routes: routes.filter { $0.teacher == id },
                            tutoring: routes.filter { $0.tutor == id },
                            mentoring: programs.filter { $0.mentors.contains(id) },
                            mentored: programs.filter { $0.mentees.contains(id) },
                            erased: try store.erasure(of: id)?.date)
    }
}

/// Persons of the banks with who among them was erased (`person list`).
public struct PersonListing: Sendable {
    public var persons: [Person]
    /// Ids of persons whose personal data was erased: their consent no longer stands.
    public var erased: Set<String>

    /// Whether the person's personal-data consent stands: given and not withdrawn by an erasure.
    public func consentStands(_ person: Person) -> Bool {
        person.hasConsent(.personalData) && !erased.contains(person.id)
    }
}

extension Service {
    /// The persons with `role` (all when `nil`); with `unpairedOnly`, the mentees who wait for a
    /// mentor: with a standing consent, not erased, in no draft or active program.
    public func persons(role: Role? = nil, unpairedOnly: Bool = false) throws -> PersonListing {
        try authorize(.listPersons)
        let catalog = try store.catalog()
        let erased = Set(try store.erasures().map(\.person))
        let persons = try store.persons().filter { person in
            (role.map { person.roles.contains($0) } ?? true)
                && (!unpairedOnly || (!erased.contains(person.id) && person.isUnpairedMentee(among: catalog.programs)))
        }
        return PersonListing(persons: persons, erased: erased)
    }
}

extension Service {
    /// Changes a person's record. An erased person's record stays erased: their data comes back
    /// only with a new consent under a new id.
    @discardableResult
    public func editPerson(_ id: String, _ edit: PersonEdit) throws -> Person {
        try authorize(.changePersons)
        if try store.erasure(of: id) != nil { throw ServiceError.erasedPerson(id) }
        return try store.updatePerson(id) { person in try person.apply(edit) }
    }
}

extension Service {
    /// Adds a person to the banks.
    public func addPerson(_ person: Person) throws {
        try authorize(.changePersons)
        try store.add(person)
    }
}
