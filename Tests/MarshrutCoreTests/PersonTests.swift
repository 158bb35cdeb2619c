import MarshrutCore
import MarshrutTestSupport
import Testing

struct PersonTests {
    @Test(arguments: [Role.mentor, .mentee])
    func bankMembersNeedAPersonalDataConsent(role: Role) throws {
        let person = Fixture.person("ivanova", roles: [role], consents: [.duties])
        let error = try #require(refusal { try person.validate() })
        #expect(error.paths == ["consents"])
        #expect(error.reasons == [.bankNeedsConsent(role)])
    }

    @Test func aMentorAndMenteeWithoutConsentIsReportedForEachRole() throws {
        let person = Fixture.person("zaitsev", roles: [.mentor, .mentee], consents: [])
        let error = try #require(refusal { try person.validate() })
        #expect(error.paths == ["consents", "consents"])
    }

    @Test(arguments: [Role.tutor, .curator, .head])
    func staffNeedNoConsent(role: Role) {
        #expect(refusal { try Fixture.person("petrova", roles: [role], consents: []).validate() } == nil)
    }

    @Test func aConsentedMentorWithCapacityIsValid() {
        #expect(refusal { try Fixture.person("safronova", roles: [.mentor], capacity: 1).validate() } == nil)
    }

    @Test(arguments: [0, -1])
    func capacityIsAtLeastOne(capacity: Int) throws {
        let person = Fixture.person("safronova", roles: [.mentor], capacity: capacity)
        let error = try #require(refusal { try person.validate() })
        #expect(error.paths == ["capacity"])
        #expect(error.reasons == [.capacityTooSmall(capacity)])
    }

    @Test func capacityIsForMentors() throws {
        let person = Fixture.person("ivanova", roles: [.mentee], capacity: 2)
        let error = try #require(refusal { try person.validate() })
        #expect(error.paths == ["roles"])
        #expect(error.reasons == [.capacityOnlyForMentors])
    }

    @Test(arguments: ["Ivanova", "иванова", "ivanova maria", "", "-ivanova", String(repeating: "a", count: 65)])
    func refusesABadID(id: String) throws {
        let error = try #require(refusal { try Fixture.person(id).validate() })
        #expect(error.paths == ["id"])
        #expect(error.reasons == [.invalidID(id)])
        #expect(error.problems[0].subject == SubjectReference(.person, id))
    }

    @Test(arguments: ["ivanova", "ivanova-2", "2022-ivanova", String(repeating: "a", count: 64)])
    func acceptsASlugID(id: String) {
        #expect(refusal { try Fixture.person(id).validate() } == nil)
    }

    @Test func aNameIsRequired() throws {
        var person = Fixture.person("ivanova")
        person.name = "  "
        let error = try #require(refusal { try person.validate() })
        #expect(error.paths == ["name"])
    }

    @Test func consentsAreAppendedAndFoundByKind() {
        var person = Fixture.person("ivanova", consents: [.personalData])
        #expect(!person.hasConsent(.duties))
        person.record(Consent(kind: .duties, date: day("2022-08-29")))
        #expect(person.hasConsent(.duties))
        #expect(person.consents.map(\.kind) == [.personalData, .duties])
    }
}
