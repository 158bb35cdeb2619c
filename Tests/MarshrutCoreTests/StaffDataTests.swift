import MarshrutCore
import MarshrutTestSupport
import Testing

struct StaffDataTests {
    @Test(arguments: [
        ("1999-04-12", "2026-04-11", 26), ("1999-04-12", "2026-04-12", 27), ("1999-04-12", "1999-04-12", 0),
        ("2000-02-29", "2027-02-28", 26), ("2000-02-29", "2027-03-01", 27), ("2000-02-29", "2028-02-29", 28),
        ("2026-09-01", "2025-09-01", -1),
    ])
    func fullYearsCountBirthdaysAsReached(_ start: String, _ end: String, _ years: Int) {
        #expect(StaffData.fullYears(from: day(start), to: day(end)) == years)
    }

    @Test func ageAndExperienceAreCountedOnTheDayAskedAndUnknownWithoutTheirDates() {
        let staff = StaffData(birthDate: day("1999-04-12"), experienceSince: day("2024-09-01"))
        #expect(staff.age(on: day("2026-12-04")) == 27)
        #expect(staff.experienceYears(on: day("2026-12-04")) == 2)
        #expect(staff.experienceYears(on: day("2024-08-01")) == 0, "not yet teaching counts as none, not as minus one")
        #expect(StaffData().age(on: day("2026-12-04")) == nil)
        #expect(StaffData().experienceYears(on: day("2026-12-04")) == nil)
    }

    @Test(arguments: [
        // (birth, experience since, on, young?)
        (String?.none, String?.some("2025-09-01"), "2026-12-04", true),
        ("2001-05-01", "2025-09-01", "2026-12-04", true),
        ("1980-05-01", "2025-09-01", "2026-12-04", false),  // 46 years old: came to teaching late
        ("2001-05-01", "2023-09-01", "2026-12-04", false),  // three full years
        ("2001-05-01", nil, "2026-12-04", false),  // experience unknown: the staff list decides
    ])
    func aYoungSpecialistHasTaughtUnderThreeYearsAndIsUnder35(_ birth: String?, _ since: String?, _ on: String, _ young: Bool) {
        let staff = StaffData(birthDate: birth.map(day), experienceSince: since.map(day))
        #expect(staff.isYoungSpecialist(on: day(on)) == young)
    }

    @Test(arguments: ["hire_date", "experience_since", "category_date"])
    func workDatesBeforeTheAgeOfFourteenAreRefused(_ field: String) throws {
        var staff = StaffData(birthDate: day("1999-04-12"), category: .first)
        let early = day("2013-04-11")
        switch field {
        case "hire_date": staff.hireDate = early
        case "experience_since": staff.experienceSince = early
        default: staff.categoryDate = early
        }
        let person = Person(id: "ivanova", name: "Иванова Мария Петровна", staff: staff)
        let error = try #require(refusal { try person.validate() })
        #expect(error.paths == [field])
        #expect(error.reasons == [.beforeWorkingAge(early, birth: day("1999-04-12"))])
        staff.birthDate = day("1999-04-11")
        #expect(refusal { try Person(id: "ivanova", name: "Иванова Мария Петровна", staff: staff).validate() } == nil, "fourteen on that day")
    }

    @Test(arguments: [QualificationCategory?.none, .some(.none)])
    func aCategoryDateNeedsACategory(_ category: QualificationCategory?) throws {
        let person = Person(id: "ivanova", name: "Иванова Мария Петровна", staff: StaffData(category: category, categoryDate: day("2024-05-01")))
        let error = try #require(refusal { try person.validate() })
        #expect(error.reasons == [.categoryDateWithoutCategory])
    }

    @Test func anEditSetsOnlyTheStaffFieldsItGives() throws {
        var person = Person(
            id: "ivanova", name: "Иванова Мария Петровна", staff: StaffData(birthDate: day("1999-04-12"), hireDate: day("2022-08-25")))
        try person.apply(PersonEdit(staff: StaffData(category: .highest, categoryDate: day("2025-03-01"))))
        #expect(person.staff == StaffData(birthDate: day("1999-04-12"), hireDate: day("2022-08-25"), category: .highest, categoryDate: day("2025-03-01")))
        #expect(throws: ModelError.self) { try person.apply(PersonEdit(staff: StaffData(hireDate: day("2000-01-01")))) }
        #expect(person.staff.hireDate == day("2022-08-25"), "a refused edit changes nothing")
    }

    @Test func erasureRemovesTheStaffData() {
        let person = Person(id: "ivanova", name: "Иванова Мария Петровна", staff: StaffData(birthDate: day("1999-04-12"), category: .first))
        #expect(person.erasingPersonalData(name: "—").staff.isEmpty)
    }
}
