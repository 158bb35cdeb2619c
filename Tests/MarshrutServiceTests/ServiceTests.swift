import MarshrutCore
import MarshrutService
import MarshrutStore
import Testing

struct ServiceTests {
    /// Permits one permission and refuses the rest, to see which operation asks for what.
    struct OnlyPolicy: AccessPolicy {
        var allowed: Set<Permission>
        func check(_ permission: Permission, for actor: Actor) throws(ServiceError) {
            guard allowed.contains(permission) else { throw .notPermitted(permission) }
        }
    }

    @Test func anOperationIsRefusedBeforeItChangesAnything() throws {
        let school = try SampleSchool()
        let stranger = Actor(identity: .account(login: "x", person: "ivanova"))
        let before = try school.store.programIDs()
        let service = school.service(as: stranger)
        #expect(throws: ServiceError.notPermitted(.applyMatch)) { try service.matchProposal() }
        #expect(throws: ServiceError.notPermitted(.readReports)) { try service.roadMap() }
        #expect(try school.store.programIDs() == before)
    }

    @Test func matchingNeedsBothToApplyMatchesAndToRunRules() throws {
        let school = try SampleSchool()
        let onlyPrograms = Service(
            store: school.store, today: Day(year: 2026, month: 11, day: 28)!,
            actor: .localOwner, scriptsFolder: SampleSchool.root + "/Scripts",
            policy: OnlyPolicy(allowed: [.applyMatch]))
        #expect(throws: ServiceError.notPermitted(.runRules)) { try onlyPrograms.matchProposal() }
    }

    @Test func theRoadMapIsJudgedOnTheDayAsked() throws {
        let school = try SampleSchool()
        try school.importText(
            """
            kind: plan
            id: roadmap-2027
            title: План на 2027 год
            stages:
            - number: 1
              title: Семинар наставников
              due: 2027-03-01
              responsible: bocharova
            """)
        let before = try school.service().roadMap(on: Day(year: 2027, month: 2, day: 1)!)
        let after = try school.service().roadMap(on: Day(year: 2027, month: 3, day: 2)!)
        #expect(before.rows.first { $0.plan == "roadmap-2027" }?.state == .due)
        #expect(after.rows.first { $0.plan == "roadmap-2027" }?.state == .overdue)
        #expect(after.day == Day(year: 2027, month: 3, day: 2)!)
        #expect(try school.service().roadMap().day == Day(year: 2026, month: 11, day: 28)!)
        #expect(before.names["bocharova"] == "Бочарова Ирина Геннадьевна")
    }

    @Test func aSchoolWithoutARoadMapSaysSo() throws {
        let school = try SampleSchool(withRoadMap: false)
        #expect(throws: ServiceError.noRoadMap) { try school.service().roadMap() }
    }

    @Test func applyingAProposalCreatesOneDraftPerPairingWithFreeIDs() throws {
        let school = try SampleSchool()
        let service = school.service()
        let proposal = try service.matchProposal()
        try #require(proposal.errors.isEmpty)
        try #require(!proposal.proposals.isEmpty)
        let before = Set(try school.store.programIDs())
        let drafts = try service.applyMatch(proposal, start: nil, months: 9)
        #expect(drafts.map(\.mentors) == proposal.proposals.map { [$0.mentor] })
        #expect(drafts.allSatisfy { $0.status == .draft && $0.start == service.today })
        #expect(Set(drafts.map(\.id)).count == drafts.count)
        #expect(before.isDisjoint(with: drafts.map(\.id)))
        #expect(Set(try school.store.programIDs()) == before.union(drafts.map(\.id)))
        // The mentees now have a draft program: nobody of them waits any more.
        let again = try service.matchProposal()
        #expect(Set(again.waiting).isDisjoint(with: drafts.flatMap(\.mentees)))
    }
}
