import MarshrutCore
import MarshrutTestSupport
import Testing

struct CatalogTests {
    @Test func aConsistentCatalogHasNoProblems() {
        #expect(Fixture.catalog().problems().isEmpty)
        #expect(refusal { try Fixture.catalog().validate() } == nil)
    }

    @Test func aRouteNeedsAnExistingTeacher() throws {
        var catalog = Fixture.catalog()
        catalog.persons.removeAll { $0.id == "ivanova" }
        catalog.programs = []
        let problems = catalog.problems()
        #expect(problems.map(\.path) == ["teacher"])
        let problem = try #require(problems.first)
        #expect(problem.subject == SubjectReference(.route, "ivanova-2022"))
        #expect(problem.reason == .noTeacher("ivanova"))
    }

    @Test func knownPersonsSatisfyReferences() {
        var catalog = Fixture.catalog()
        let stored = catalog.persons
        catalog.persons = []
        #expect(!catalog.problems().isEmpty)
        let known = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0) })
        #expect(catalog.problems(knownPersons: known).isEmpty)
    }

    @Test func aRoutesTeacherNeedsAPersonalDataConsent() throws {
        var catalog = Fixture.catalog()
        catalog.persons[0] = Fixture.person("ivanova", roles: [.head], consents: [])
        catalog.programs = []
        let problems = catalog.problems()
        #expect(problems.map(\.path) == ["teacher"])
        #expect(problems.first?.reason == .teacherWithoutConsent("ivanova"))
    }

    @Test func aMissingTutorAndCorrectionAuthorAreReported() {
        var catalog = Fixture.catalog()
        catalog.routes[0] = Fixture.route().with(corrections: [
            Correction(date: day("2023-01-10"), author: "nobody", activity: "a2", change: "due: 2023-03-01 -> 2023-05-01", reason: "перенос")
        ])
        catalog.routes[0].tutor = "sidorova"
        #expect(Set(catalog.problems().map(\.path)) == ["tutor", "corrections[0].author"])
    }

    @Test(arguments: [ProgramStatus.draft, .cancelled])
    func aProgramThatDoesNotRunAsksNoDutiesConsent(status: ProgramStatus) throws {
        var catalog = Fixture.catalog()
        catalog.persons[2] = Fixture.person("safronova", roles: [.mentor], consents: [.personalData], capacity: 2)
        catalog.programs[0].status = status
        #expect(catalog.problems().isEmpty)
    }

    @Test(arguments: [ProgramStatus.active, .completed])
    func programMembersNeedTheDutiesConsentOnceItRuns(status: ProgramStatus) throws {
        var catalog = Fixture.catalog()
        catalog.persons[2] = Fixture.person("safronova", roles: [.mentor], consents: [.personalData], capacity: 2)
        catalog.programs[0].status = status
        let problems = catalog.problems()
        #expect(problems.map(\.path) == ["mentors[0]"])
        let problem = try #require(problems.first)
        #expect(problem.subject == SubjectReference(.program, "prog-2022-01"))
        #expect(problem.reason == .memberWithoutDuties("safronova", status: status))
    }

    @Test func aDraftProgramTakesMembersWithoutTheDutiesConsent() {
        var catalog = Fixture.catalog()
        catalog.persons[0] = Fixture.person("ivanova", consents: [.personalData])
        catalog.programs[0].status = .draft
        #expect(catalog.problems().isEmpty)
    }

    @Test func programMembersMustExistAndBeInTheBank() {
        var catalog = Fixture.catalog()
        catalog.programs[0].mentees = ["ivanova", "ghost"]
        catalog.programs[0].mentors = ["petrova"]
        let paths = catalog.problems().map(\.path)
        // petrova, a tutor, has no consents at all: not in the bank, no duties.
        #expect(paths.filter { $0 == "mentors[0]" }.count == 2)
        #expect(paths.contains("mentees[1]"))
    }

    @Test func idsAreUniquePerKindAcrossDocuments() throws {
        var catalog = Fixture.catalog()
        catalog.persons.append(Fixture.person("ivanova"))
        catalog.routes.append(Fixture.route())
        let problems = catalog.problems()
        #expect(problems.count == 2)
        #expect(Set(problems.compactMap(\.subject)) == [SubjectReference(.person, "ivanova"), SubjectReference(.route, "ivanova-2022")])
        #expect(problems.allSatisfy { $0.path == "id" })
        #expect(Set(problems.map(\.reason)) == [.duplicateID(kind: .person, id: "ivanova"), .duplicateID(kind: .route, id: "ivanova-2022")])
    }

    @Test func theSameIDInDifferentKindsIsAllowed() {
        var catalog = Fixture.catalog()
        catalog.persons.append(Fixture.person("ivanova-2022", roles: [.curator], consents: []))
        #expect(catalog.problems().isEmpty)
    }

    @Test func reportsEveryProblemAtOnce() throws {
        var catalog = Fixture.catalog()
        catalog.persons.append(Fixture.person("Bad Id"))
        catalog.routes[0].end = day("2030-01-01")
        catalog.routes[0].teacher = "nobody"
        catalog.programs[0].mentees = []
        let error = try #require(refusal { try catalog.validate() })
        let found = Set(error.problems.map { "\($0.subject?.description ?? ""): \($0.path)" })
        #expect(
            found == [
                "person Bad Id: id", "route ivanova-2022: end", "route ivanova-2022: teacher", "program prog-2022-01: mentees",
            ])
    }
}
