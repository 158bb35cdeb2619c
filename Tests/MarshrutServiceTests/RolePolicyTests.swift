import Foundation
import MarshrutCore
import MarshrutDocuments
import MarshrutService
import MarshrutStore
import MarshrutTestSupport
import Testing

/// Every role against every operation, checked against the roles table of DESIGN.md
/// ("Accounts and roles"), written once below; the expected answer of each case is derived
/// from it, not written case by case.
struct RolePolicyTests {
    typealias Holder = Permission.Holder

    /// The roles table of DESIGN.md: who may do each operation.
    static let table: [String: Set<Holder>] = [
        "readPerson": [.itself, .mentor, .curator, .head, .council, .admin],
        "changePerson": [.council, .head],
        "addPerson": [.council, .head],
        "readRoute": [.teacher, .tutor, .curator, .head, .council, .admin],
        "openRoute": [.tutor, .council, .head],
        "planRoute": [.tutor],
        "reflect": [.teacher],
        "readProgram": [.mentor, .mentee, .curator, .head, .council, .admin],
        "createProgram": [.council, .head],
        "manageProgram": [.council, .head],
        "applyMatch": [.council, .head],
        "runProgram": [.mentor],
        "runRules": [.curator, .head, .council, .methodist, .admin],
        "readReports": [.curator, .head, .council, .methodist, .admin],
        "readScripts": [.curator, .head, .council, .methodist, .admin],
        "pushScripts": [.curator],
        "importDocuments": [.admin],
        "exportDocuments": [.admin],
        "manageOrganization": [.admin],
        "manageAccount": [.admin],
        "listAccounts": [.admin],
        "readAudit": [.admin],
    ]

    /// An operation on a subject in school A, with the relationship each person has to that subject.
    struct Operation: Sendable, CustomStringConvertible {
        var name: String
        var permission: Permission
        /// person id → the relationships that person holds to the subject.
        var relations: [String: Set<Holder>]
        /// No subject: a role anywhere decides.
        var anywhere = false
        var description: String { name }
    }

    static let operations: [Operation] = [
        Operation(name: "readPerson", permission: .readPerson("ivanova"), relations: ["ivanova": [.itself], "sidorova": [.mentor]]),
        Operation(name: "changePerson", permission: .changePerson("ivanova"), relations: ["ivanova": [.itself], "sidorova": [.mentor]]),
        Operation(name: "addPerson", permission: .addPerson(organization: "school-a"), relations: [:]),
        Operation(name: "readRoute", permission: .readRoute("ivanova-2025"), relations: ["ivanova": [.teacher], "petrov": [.tutor]]),
        Operation(
            name: "openRoute", permission: .openRoute(teacher: "ivanova", tutor: "petrov"), relations: ["petrov": [.tutor]]),
        Operation(name: "planRoute", permission: .planRoute("ivanova-2025"), relations: ["ivanova": [.teacher], "petrov": [.tutor]]),
        Operation(name: "reflect", permission: .reflect(route: "ivanova-2025"), relations: ["ivanova": [.teacher], "petrov": [.tutor]]),
        Operation(name: "readProgram", permission: .readProgram("prog-a"), relations: ["ivanova": [.mentee], "sidorova": [.mentor]]),
        Operation(name: "createProgram", permission: .createProgram(members: ["sidorova", "ivanova"]), relations: [:]),
        Operation(name: "manageProgram", permission: .manageProgram("prog-a"), relations: ["ivanova": [.mentee], "sidorova": [.mentor]]),
        Operation(name: "applyMatch", permission: .applyMatch, relations: [:], anywhere: true),
        Operation(name: "runProgram", permission: .runProgram("prog-a"), relations: ["ivanova": [.mentee], "sidorova": [.mentor]]),
        Operation(name: "runRules", permission: .runRules, relations: [:], anywhere: true),
        Operation(name: "readReports", permission: .readReports, relations: [:], anywhere: true),
        Operation(name: "readScripts", permission: .readScripts(organization: "school-a"), relations: [:]),
        Operation(name: "pushScripts", permission: .pushScripts(organization: "school-a"), relations: [:]),
        Operation(name: "importDocuments", permission: .importDocuments, relations: [:], anywhere: true),
        Operation(name: "exportDocuments", permission: .exportDocuments, relations: [:], anywhere: true),
        Operation(name: "manageOrganization", permission: .manageOrganization("school-a"), relations: [:]),
        Operation(name: "manageAccount", permission: .manageAccount(person: "ivanova"), relations: [:]),
        Operation(name: "listAccounts", permission: .listAccounts, relations: [:], anywhere: true),
        Operation(name: "readAudit", permission: .readAudit, relations: [:], anywhere: true),
    ]

    /// Who asks: people with relationships, and accounts with every scoped role, on school A, on
    /// its municipality (whose scope holds school A) and on school B (whose does not).
    static var actors: [Actor] {
        var actors = ["ivanova", "sidorova", "petrov", "kozlov"].map { Actor(identity: .account(login: $0, person: $0)) }
        for role in ScopedRole.allCases {
            for organization in ["school-a", "krasno", "school-b"] {
                actors.append(
                    Actor(identity: .account(login: "\(role)-\(organization)", person: "kozlov"), grants: [RoleGrant(role, at: organization)]))
            }
        }
        return actors
    }

    enum Outcome: Equatable { case allowed, forbidden, notFound }

    static func expected(_ operation: Operation, for actor: Actor) -> Outcome {
        let allowedHolders = table[operation.name]!
        let scoped = Set(actor.grants.map { Holder(rawValue: $0.role.rawValue)! })
        if operation.anywhere { return allowedHolders.isDisjoint(with: scoped) ? .forbidden : .allowed }
        let inScope = Set(actor.grants.filter { $0.organization != "school-b" }.map { Holder(rawValue: $0.role.rawValue)! })
        let relations = actor.grants.isEmpty ? operation.relations[actor.person ?? ""] ?? [] : []
        let held = inScope.union(relations)
        if !held.isDisjoint(with: allowedHolders) { return .allowed }
        if operation.name == "addPerson" { return .forbidden }  // an organization is not a secret
        return held.isEmpty ? .notFound : .forbidden
    }

    @Test func theTableIsTheOneThePolicyKeeps() {
        for operation in Self.operations {
            #expect(operation.permission.holders == Self.table[operation.name], "\(operation.name)")
        }
    }

    @Test(arguments: operations)
    func everyRoleGetsWhatTheTableSays(_ operation: Operation) throws {
        let region = try RegionFixture()
        let policy = RolePolicy(store: region.store)
        for actor in Self.actors {
            let outcome: Outcome
            do {
                try policy.check(operation.permission, for: actor)
                outcome = .allowed
            } catch .notPermitted {
                outcome = .forbidden
            } catch .notFound {
                outcome = .notFound
            } catch {
                Issue.record("unexpected \(error)")
                continue
            }
            #expect(outcome == Self.expected(operation, for: actor), "\(operation.name) by \(actor.identity) \(actor.grants)")
        }
    }

    /// Logging a reflection lets the route's own teacher through on the route the write reads,
    /// without asking the policy first: every actor still gets the policy's answer, and only an
    /// allowed one stores anything.
    @Test func aReflectionGivesEveryActorThePolicysAnswer() throws {
        let region = try RegionFixture()
        let policy = RolePolicy(store: region.store)
        let reflection = Reflection(date: day("2026-11-20"), target: .deficit("d1"), score: 3, text: "Провела урок с ЦОР")
        var stored = try region.store.route("ivanova-2025").reflections.count
        for actor in Self.actors + [.localOwner] {
            let service = Service(store: region.store, today: day("2026-11-28"), actor: actor, scriptsFolder: "Scripts", policy: policy)
            let said = Result { () throws(ServiceError) in try policy.check(.reflect(route: "ivanova-2025"), for: actor) }
            let done = Result { try service.reflect(on: "ivanova-2025", reflection) }
            switch (said, done) {
            case (.success, .success(let number)):
                stored += 1
                #expect(number == stored, "\(actor.identity) \(actor.grants)")
            case (.failure(let refusal), .failure(let error)):
                #expect(error as? ServiceError == refusal, "\(actor.identity) \(actor.grants)")
            default:
                Issue.record("\(actor.identity) \(actor.grants): the policy said \(said), the service did \(done)")
            }
            #expect(try region.store.route("ivanova-2025").reflections.count == stored)
        }
        #expect(stored > 0)

        // No such route answers as the policy does; the teacher's own route still refuses a
        // reflection of the future in its own words.
        let teacher = Service(
            store: region.store, today: day("2026-11-28"), actor: Actor(identity: .account(login: "ivanova", person: "ivanova")),
            scriptsFolder: "Scripts", policy: policy)
        #expect(throws: ServiceError.notFound(.route, id: "nobody-2025")) { try teacher.reflect(on: "nobody-2025", reflection) }
        let future = Reflection(date: day("2026-12-01"), target: .deficit("d1"), score: 3, text: "Завтра")
        #expect(throws: ServiceError.reflectionInFuture(day("2026-12-01"))) { try teacher.reflect(on: "ivanova-2025", future) }
        #expect(try region.store.route("ivanova-2025").reflections.count == stored)
    }

    @Test func listingsShowOnlyWhatTheActorMayRead() throws {
        let region = try RegionFixture()
        func service(_ actor: Actor) -> Service {
            Service(store: region.store, today: day("2026-11-28"), actor: actor, scriptsFolder: "Scripts", policy: RolePolicy(store: region.store))
        }
        let teacher = Actor(identity: .account(login: "ivanova", person: "ivanova"))
        let stranger = Actor(identity: .account(login: "kozlov", person: "kozlov"))
        let curatorB = Actor(identity: .account(login: "c", person: "kozlov"), grants: [RoleGrant(.curator, at: "school-b")])
        let methodist = Actor(identity: .account(login: "m", person: "kozlov"), grants: [RoleGrant(.methodist, at: "krasno")])
        #expect(try service(teacher).routes().routes.map(\.id) == ["ivanova-2025"])
        #expect(try service(stranger).routes().routes.isEmpty)
        #expect(try service(curatorB).routes().routes.isEmpty)
        #expect(try service(curatorB).persons().persons.map(\.id) == ["kozlov", "zavuch-b"])
        #expect(try service(teacher).persons().persons.map(\.id) == ["ivanova"])
        #expect(try service(teacher).programs().map(\.id) == ["prog-a"])
        // A methodist reads counts and findings, never a route's texts.
        #expect(try service(methodist).routes().routes.isEmpty)
        #expect(throws: ServiceError.notPermitted(.readRoute("ivanova-2025"))) { try service(methodist).route("ivanova-2025") }
    }

    @Test func aChangeIsWrittenUnderTheSignedInPersonNotANameTyped() throws {
        let region = try RegionFixture()
        func service(_ actor: Actor) -> Service {
            Service(store: region.store, today: day("2026-11-28"), actor: actor, scriptsFolder: "Scripts", policy: RolePolicy(store: region.store))
        }
        let tutor = service(Actor(identity: .account(login: "petrov", person: "petrov")))
        _ = try tutor.advance("ivanova-2025")
        _ = try tutor.stepBack("ivanova-2025", note: ChangeNote(reason: "рано перешли", author: "ivanova"))
        #expect(try region.store.route("ivanova-2025").corrections.map(\.author) == ["petrov"])
        // The teacher may read the route but not plan it; the refusal names who may.
        let teacher = service(Actor(identity: .account(login: "ivanova", person: "ivanova")))
        #expect(throws: ServiceError.notPermitted(.planRoute("ivanova-2025"))) { try teacher.advance("ivanova-2025") }
        #expect(try region.store.route("ivanova-2025").stage == .selfDetermination)
        // The teacher's reflection is hers: the tutor cannot write one in her name.
        let reflection = Reflection(date: day("2026-11-20"), target: .deficit("d1"), score: 3, text: "Провела урок с ЦОР")
        #expect(throws: ServiceError.notPermitted(.reflect(route: "ivanova-2025"))) { try tutor.reflect(on: "ivanova-2025", reflection) }
        _ = try teacher.reflect(on: "ivanova-2025", reflection)
        #expect(try region.store.route("ivanova-2025").reflections.count == 1)
    }
}
