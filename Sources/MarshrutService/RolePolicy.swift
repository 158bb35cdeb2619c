import Foundation
import MarshrutCore
import MarshrutStore

/// The policy of a shared server: the roles table of `DESIGN.md`, over the data of one store.
///
/// Relationship roles come from the data (the teacher and tutor of a route, the mentors and
/// mentees of a program); scoped roles are the account's grants on an organization and reach
/// everything below it. A subject the actor has no relationship to and no role over answers as
/// if it did not exist (``ServiceError/notFound(_:id:)``); a subject the actor may see but not
/// act on is refused naming who may (``ServiceError/notPermitted(_:)``).
public struct RolePolicy: AccessPolicy {
    let store: Store
    /// The organizations, read once when first needed: a policy lives for one request, a listing
    /// asks it about every subject, and a teacher's own route needs none of them.
    private let organizations: Organizations

    public init(store: Store) {
        self.store = store
        self.organizations = Organizations(store: store)
    }

    /// The organization tree of a store, read on first use.
    private final class Organizations: @unchecked Sendable {
        // @unchecked: `loaded` is only touched under `lock`.
        private let store: Store
        private let lock = NSLock()
        private var loaded: OrganizationTree?

        init(store: Store) { self.store = store }

        var tree: OrganizationTree {
            lock.withLock {
                if let loaded { return loaded }
                let tree = OrganizationTree((try? store.organizations()) ?? [])
                loaded = tree
                return tree
            }
        }
    }

    public func check(_ permission: Permission, for actor: Actor) throws(ServiceError) {
        if actor.identity == .localOwner { return }
        let subject = self.subject(of: permission, for: actor)
        let holders = permission.holders
        if !subject.held.isDisjoint(with: holders) { return }
        switch subject.kind {
        case .listing:
            return
        case .missing(let kind, let id):
            throw .notFound(kind, id: id)
        case .scoped(let organizations):
            let roles = roles(of: actor, over: organizations, in: self.organizations.tree)
            if !roles.isDisjoint(with: holders) { return }
            // Visible through a relationship or any scoped role: say who may; otherwise it does not exist.
            if subject.held.isEmpty && roles.isEmpty, let hidden = subject.hidden { throw .notFound(hidden.kind, id: hidden.id) }
            throw .notPermitted(permission)
        case .anywhere:
            let roles = Set(actor.grants.compactMap { Permission.Holder(rawValue: $0.role.rawValue) })
            if !roles.isDisjoint(with: holders) { return }
            throw .notPermitted(permission)
        }
    }

    /// The scoped roles the actor holds over every one of `organizations` (none when the list is empty).
    func roles(of actor: Actor, over organizations: [String?], in tree: OrganizationTree) -> Set<Permission.Holder> {
        guard !organizations.isEmpty else { return [] }
        var common: Set<Permission.Holder>?
        for organization in organizations {
            var here: Set<Permission.Holder> = []
            if let organization {
                for grant in actor.grants where tree.contains(organization, within: grant.organization) {
                    if let holder = Permission.Holder(rawValue: grant.role.rawValue) { here.insert(holder) }
                }
            }
            common = common.map { $0.intersection(here) } ?? here
        }
        return common ?? []
    }

    /// What a permission touches, as the policy weighs it.
    struct Subject {
        enum Kind {
            /// A listing: allowed to all, filtered item by item.
            case listing
            /// A subject that does not exist.
            case missing(ServiceError.SubjectKind, String)
            /// A subject in these organizations (all of them must be in the role's scope).
            case scoped([String?])
            /// No particular subject: a scoped role anywhere will do.
            case anywhere
        }
        var kind: Kind
        /// The relationships the actor has to the subject.
        var held: Set<Permission.Holder> = []
        /// What to call the subject when it must look missing.
        var hidden: (kind: ServiceError.SubjectKind, id: String)?
    }

    func subject(of permission: Permission, for actor: Actor) -> Subject {
        let me = actor.person
        switch permission {
        case .listPersons, .listRoutes, .listPrograms, .listOrganizations:
            return Subject(kind: .listing)
        case .readPerson(let id), .changePerson(let id):
            return personSubject(id, me: me)
        case .manageAccount(let person):
            guard let found = try? store.person(person) else { return Subject(kind: .missing(.person, person)) }
            return Subject(kind: .scoped([found.organization]), hidden: (.person, person))
        case .addPerson(let organization):
            return Subject(kind: .scoped([organization]))
        case .readRoute(let id), .planRoute(let id), .reflect(route: let id):
            guard let route = (try? store.participants(ofRoute: id)) ?? nil else { return Subject(kind: .missing(.route, id)) }
            var held: Set<Permission.Holder> = []
            if route.teacher == me { held.insert(.teacher) }
            if route.tutor != nil, route.tutor == me { held.insert(.tutor) }
            // The teacher's own route needs no look at organizations.
            if !held.isEmpty { return Subject(kind: .scoped([]), held: held, hidden: (.route, id)) }
            return Subject(kind: .scoped([organization(of: route.teacher)]), held: held, hidden: (.route, id))
        case .openRoute(let teacher, let tutor):
            guard (try? store.person(teacher)) != nil else { return Subject(kind: .missing(.person, teacher)) }
            return Subject(kind: .scoped([organization(of: teacher)]), held: tutor != nil && tutor == me ? [.tutor] : [], hidden: (.person, teacher))
        case .readProgram(let id), .manageProgram(let id), .runProgram(let id):
            guard let program = try? store.program(id) else { return Subject(kind: .missing(.program, id)) }
            var held: Set<Permission.Holder> = []
            if let me, program.mentors.contains(me) { held.insert(.mentor) }
            if let me, program.mentees.contains(me) { held.insert(.mentee) }
            let members = program.mentors + program.mentees
            return Subject(kind: .scoped(members.map(organization(of:))), held: held, hidden: (.program, id))
        case .createProgram(let members):
            for member in members where (try? store.person(member)) == nil { return Subject(kind: .missing(.person, member)) }
            return Subject(kind: .scoped(members.map(organization(of:))), hidden: members.first.map { (.person, $0) })
        case .readScripts(let id), .pushScripts(let id):
            guard (try? store.organization(id)) ?? nil != nil else { return Subject(kind: .missing(.organization, id)) }
            return Subject(kind: .scoped([id]), hidden: (.organization, id))
        case .manageOrganization(let id):
            guard let id else { return Subject(kind: .anywhere) }
            guard (try? store.organization(id)) ?? nil != nil else { return Subject(kind: .missing(.organization, id)) }
            return Subject(kind: .scoped([id]), hidden: (.organization, id))
        case .applyMatch, .runRules, .readReports, .importDocuments, .exportDocuments, .listAccounts, .readAudit:
            return Subject(kind: .anywhere)
        }
    }

    private func personSubject(_ id: String, me: String?) -> Subject {
        guard let person = try? store.person(id) else { return Subject(kind: .missing(.person, id)) }
        var held: Set<Permission.Holder> = []
        if id == me { held.insert(.itself) }
        if let me, (try? store.isMentor(me, of: id)) == true { held.insert(.mentor) }
        return Subject(kind: .scoped([person.organization]), held: held, hidden: (.person, id))
    }

    private func organization(of person: String) -> String? {
        (try? store.person(person))?.organization
    }
}
