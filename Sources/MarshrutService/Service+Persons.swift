import Foundation
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

    /// The person among routes and programs read locally or from a server.
    public init(person: Person, routes: [Route], programs: [Program], erased: Day?) {
        let id = person.id
        self.person = person
        self.routes = routes.filter { $0.teacher == id }
        self.tutoring = routes.filter { $0.tutor == id }
        self.mentoring = programs.filter { $0.mentors.contains(id) }
        self.mentored = programs.filter { $0.mentees.contains(id) }
        self.erased = erased
    }
}

/// That a person's personal data was erased, and when.
public struct ErasureNote: Sendable, Hashable, Codable {
    public var person: String
    public var date: Day

    public init(person: String, date: Day) {
        self.person = person
        self.date = date
    }
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
        return PersonDetail(person: person, routes: try store.routes(), programs: try store.programs(), erased: try store.erasure(of: id)?.date)
    }

    /// The erasures of the persons the actor may read.
    public func erasures() throws -> [ErasureNote] {
        try authorize(.listPersons)
        return try store.erasures().filter { may(.readPerson($0.person)) }.map { ErasureNote(person: $0.person, date: $0.date) }
    }
}

/// Persons of the banks with who among them was erased (`person list`).
public struct PersonListing: Sendable {
    public var persons: [Person]
    /// Ids of persons whose personal data was erased: their consent no longer stands.
    public var erased: Set<String>

    public init(persons: [Person], erased: Set<String>) {
        self.persons = persons
        self.erased = erased
    }

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
            may(.readPerson(person.id)) && (role.map { person.roles.contains($0) } ?? true)
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
        try authorize(.changePerson(id))
        if let organization = edit.organization, !organization.trimmingCharacters(in: .whitespaces).isEmpty {
            try authorize(.addPerson(organization: organization))
            if try store.organization(organization) == nil { throw ServiceError.notFound(.organization, id: organization) }
        }
        if try store.erasure(of: id) != nil { throw ServiceError.erasedPerson(id) }
        return try store.updatePerson(id) { person in try person.apply(edit) }
    }
}

extension Service {
    /// Adds a person to the banks.
    public func addPerson(_ person: Person) throws {
        try authorize(.addPerson(organization: person.organization))
        if let organization = person.organization, try store.organization(organization) == nil {
            throw ServiceError.notFound(.organization, id: organization)
        }
        try store.add(person)
    }
}

/// What `person forget` did.
public struct ForgetResult: Sendable {
    public var erasure: Store.Erasure
    /// The person had been erased before; this run only finished cleaning up the file.
    public var wasAlreadyErased: Bool
    /// The person's own routes, whose texts were erased.
    public var routes: [String]
}

extension Service {
    /// Whether the person's data was erased, and when.
    public func erasure(of id: String) throws -> Store.Erasure? {
        try authorize(.readPerson(id))
        return try store.erasure(of: id)
    }

    /// Erases a person's personal data after the consent was withdrawn. For a person erased
    /// before, finishes the clean-up of the file that an earlier run could not complete.
    public func forget(_ id: String) throws -> ForgetResult {
        try authorize(.changePerson(id))
        _ = try store.person(id)
        if try store.erasure(of: id) != nil {
            let erasure = try store.finishErasure(of: id)
            return ForgetResult(erasure: erasure, wasAlreadyErased: true, routes: [])
        }
        let erasure = try store.forget(id, on: today)
        let routes = try store.routes().filter { $0.teacher == id }.map(\.id)
        return ForgetResult(erasure: erasure, wasAlreadyErased: false, routes: routes)
    }

    /// Records a signed consent; consents are only ever added.
    public func recordConsent(_ id: String, _ consent: Consent) throws -> Person {
        try authorize(.changePerson(id))
        guard consent.date <= today else { throw ServiceError.consentAfterToday(consent.date, today: today) }
        if let erasure = try store.erasure(of: id) { throw ServiceError.consentAfterErasure(id, on: erasure.date) }
        return try store.updatePerson(id) { person in
            if person.consents.contains(consent) { throw ServiceError.consentOnRecord(id, consent) }
            person.record(consent)
        }
    }
}

extension Service {
    /// The names of the persons among `ids` whom the actor may name: persons they may read, and
    /// the teachers, tutors, mentors and mentees of the routes and programs they may read. Others
    /// are left out, as if they did not exist.
    public func names(of ids: [String]) throws -> [String: String] {
        try authorize(.listPersons)
        let wanted = Set(ids)
        var visible = Set<String>()
        if actor.identity == .localOwner {
            visible = wanted
        } else {
            for route in try routes().routes {
                visible.insert(route.teacher)
                if let tutor = route.tutor { visible.insert(tutor) }
            }
            for program in try programs() { visible.formUnion(program.mentors + program.mentees) }
            for id in wanted where may(.readPerson(id)) { visible.insert(id) }
        }
        var names: [String: String] = [:]
        for person in try store.persons() where wanted.contains(person.id) && visible.contains(person.id) { names[person.id] = person.name }
        return names
    }
}
