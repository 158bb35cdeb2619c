import MarshrutCore
import MarshrutSynthetic
import Testing

struct SyntheticTests {
    @Test func splitMixGivesTheReferenceSequence() {
        // The first outputs of SplitMix64 seeded with 0, as published with the algorithm.
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func theSameSeedGivesTheSameRegion() {
        let a = SyntheticRegion(teachers: 40, seed: 7).catalog()
        let b = SyntheticRegion(teachers: 40, seed: 7).catalog()
        #expect(a == b)
        #expect(a != SyntheticRegion(teachers: 40, seed: 8).catalog())
    }

    @Test func itemsDoNotDependOnTheOrderTheyAreMadeIn() {
        let region = SyntheticRegion(teachers: 30, seed: 3)
        let all = region.catalog()
        #expect(region.route(ofTeacher: 17) == all.routes[17])
        #expect(region.person(at: region.personCount - 1) == all.persons.last)
        #expect((0..<region.personCount).map(region.personID(at:)) == all.persons.map(\.id))
    }

    @Test(arguments: [(1, UInt64(1)), (7, 3), (60, 42), (250, 2026)])
    func aSmallRegionIsValid(teachers: Int, seed: UInt64) throws {
        let catalog = SyntheticRegion(teachers: teachers, seed: seed).catalog()
        let problems = catalog.problems()
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(catalog.routes.count == teachers)
    }

    @Test func aRegionWithOrganizationsPlacesEveryoneInOneAndStaysValid() {
        let plain = SyntheticRegion(teachers: 1_100, seed: 9)
        let region = SyntheticRegion(teachers: 1_100, seed: 9, withOrganizations: true)
        let catalog = region.catalog()
        #expect(catalog.problems().isEmpty, "\(catalog.problems().prefix(5))")
        #expect(plain.catalog().organizations.isEmpty && plain.catalog().persons.allSatisfy { $0.organization == nil })
        let tree = OrganizationTree(catalog.organizations)
        #expect(catalog.organizations.count == 1 + 2 + 44 + 1, "the region, 2 municipalities of up to 40 schools, 44 schools, the centre")
        #expect(catalog.persons.allSatisfy { $0.organization.map { tree.byID[$0] != nil } == true })
        // The same persons otherwise, and the 25 teachers of a school are neighbours.
        #expect(
            catalog.persons.map {
                var p = $0; p.organization = nil; return p
            } == plain.catalog().persons)
        let first = catalog.persons.filter { $0.organization == region.schoolID(0) && $0.id.hasPrefix("teacher-") }
        #expect(first.map(\.id) == (0..<25).map(region.teacherID))
        #expect(tree.chain(from: region.schoolID(43)) == [region.schoolID(43), region.municipalityID(1), SyntheticRegion.regionID])
    }

    @Test func idsAreInTheOrderTheStoreListsThem() {
        let catalog = SyntheticRegion(teachers: 120, seed: 5).catalog()
        #expect(catalog.persons.map(\.id) == catalog.persons.map(\.id).sorted())
        #expect(catalog.routes.map(\.id) == catalog.routes.map(\.id).sorted())
        #expect(Set(catalog.programs.map(\.id)).count == catalog.programs.count)
    }

    @Test func aRegionHasRoutesAtEveryStepAndProgramsForAThirdOfTeachers() {
        let region = SyntheticRegion(teachers: 600, seed: 11)
        let catalog = region.catalog()
        #expect(Set(catalog.routes.map(\.stage)) == Set(Stage.allCases))
        let mentees = Set(catalog.programs.flatMap(\.mentees))
        #expect((150...260).contains(mentees.count), "\(mentees.count) of 600 teachers are mentees")
        #expect(Set(catalog.programs.map(\.status)) == Set(ProgramStatus.allCases))
        #expect(catalog.programs.contains { !$0.indicators.isEmpty })
        let working = catalog.routes.filter { $0.stage >= .implementation }
        func mean(_ count: (Route) -> Int) -> Double { Double(working.map(count).reduce(0, +)) / Double(working.count) }
        #expect((4...6).contains(mean { $0.strengths.count }))
        #expect((5...7).contains(mean { $0.deficits.count }))
        #expect((13...17).contains(mean { $0.activities.count }))
        #expect((18...30).contains(mean { $0.reflections.count }))
        #expect((1...3).contains(mean { $0.corrections.count }))
        let roles = Set(catalog.persons.flatMap(\.roles))
        #expect(roles.isSuperset(of: [.mentor, .mentee, .tutor, .curator]))
    }
}
