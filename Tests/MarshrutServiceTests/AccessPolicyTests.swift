import MarshrutService
import Testing

struct AccessPolicyTests {
    static let permissions: [Permission] = [
        .readPerson("ivanova"), .listPersons, .addPerson(organization: nil), .changePerson("ivanova"), .readRoute("r"), .listRoutes,
        .openRoute(teacher: "ivanova", tutor: nil), .planRoute("r"), .reflect(route: "r"), .readProgram("p"), .listPrograms,
        .createProgram(members: ["ivanova"]), .manageProgram("p"), .applyMatch, .runProgram("p"), .runRules, .readReports,
        .importDocuments, .exportDocuments, .manageOrganization(nil), .listOrganizations, .manageAccount(person: "ivanova"),
        .listAccounts, .readAudit,
    ]

    @Test(arguments: permissions)
    func theFilesOwnerMayDoEverything(_ permission: Permission) throws {
        try LocalFilePolicy().check(permission, for: .localOwner)
    }

    @Test(arguments: permissions)
    func nobodyElseActsOnALocalFile(_ permission: Permission) {
        let account = Actor(identity: .account(login: "ivanova", person: "ivanova"), grants: [RoleGrant(.admin, at: "malinovka")])
        #expect(throws: ServiceError.notPermitted(permission)) {
            try LocalFilePolicy().check(permission, for: account)
        }
    }

    @Test func rolesAreWrittenRoleAtOrganization() {
        #expect(RoleGrant(parsing: "curator@malinovka") == RoleGrant(.curator, at: "malinovka"))
        #expect(RoleGrant(parsing: "curator@malinovka")?.description == "curator@malinovka")
        #expect(RoleGrant(parsing: "tutor@malinovka") == nil)
        #expect(RoleGrant(parsing: "curator@") == nil)
        #expect(RoleGrant(parsing: "curator") == nil)
        #expect(RoleGrant(parsing: "curator@a@b") == nil)
    }

    @Test func anAccountActsAsItsPerson() {
        #expect(Actor(identity: .account(login: "masha", person: "ivanova")).person == "ivanova")
        #expect(Actor.localOwner.person == nil)
    }
}
