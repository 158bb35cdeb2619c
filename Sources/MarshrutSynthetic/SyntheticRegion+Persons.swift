import MarshrutCore
extension SyntheticRegion {
    /// Person number `index` of `0..<personCount`: curators, then mentors, teachers and tutors.
    public func person(at index: Int) -> Person {
        var person = unplaced(at: index)
        if withOrganizations { person.organization = organizationID(ofPerson: index) }
        if !person.roles.contains(.tutor) { person.staff = staffData(ofPerson: index, mentor: person.roles.contains(.mentor)) }
        return person
    }

    /// The staff list's data of a school's person, from its own stream (so the rest of the
    /// region is what it was without them): about one teacher in eight a young specialist, a
    /// few young mentors, categories growing with experience.
    func staffData(ofPerson index: Int, mentor: Bool) -> StaffData {
        var rng = generator(.staff, index)
        let years =
            mentor
            ? (rng.chance(0.06) ? rng.int(in: 4...9) : rng.int(in: 8...38))
            : (rng.chance(0.12) ? rng.int(in: 0...2) : rng.int(in: 3...35))
        let since = asOf.adding(days: -(years * 365 + rng.int(in: 30...330)))
        let birth = since.adding(days: -(rng.int(in: 21...25) * 365 + rng.below(365)))
        let hire = rng.chance(0.6) ? since : since.adding(days: rng.int(in: 0...(years * 365)))
        let category: QualificationCategory
        switch years {
        case ..<2: category = .none
        case ..<8: category = rng.chance(0.5) ? .first : .none
        case ..<15: category = rng.chance(0.6) ? .first : .highest
        default: category = rng.chance(0.1) ? (mentor ? .teacherMentor : .teacherMethodist) : .highest
        }
        let awarded = category == .none ? nil : since.adding(days: rng.int(in: 365...max(365, years * 365)))
        return StaffData(
            birthDate: birth, hireDate: hire, experienceSince: since, category: category,
            categoryDate: awarded.map { min($0, asOf) })
    }

    private func unplaced(at index: Int) -> Person {
        var i = index
        if i < curators { return curator(i) }
        i -= curators
        if i < mentors { return mentor(i) }
        i -= mentors
        if i < teachers { return teacher(i) }
        return tutor(i - teachers)
    }

    /// The person id of person number `index`, without making the person.
    public func personID(at index: Int) -> String {
        var i = index
        if i < curators { return curatorID(i) }
        i -= curators
        if i < mentors { return mentorID(i) }
        i -= mentors
        if i < teachers { return teacherID(i) }
        return tutorID(i - teachers)
    }

    func curator(_ i: Int) -> Person {
        var rng = generator(.person, i)
        return Person(
            id: curatorID(i), name: Self.name(&rng), school: schoolName(i % schools),
            position: "заместитель директора по учебно-воспитательной работе",
            subject: rng.pick(SyntheticText.subjects), roles: [.curator])
    }

    func tutor(_ i: Int) -> Person {
        var rng = generator(.person, curators + mentors + teachers + i)
        return Person(id: tutorID(i), name: Self.name(&rng), school: SyntheticText.centre, position: "тьютор", roles: [.tutor])
    }

    func mentor(_ i: Int) -> Person {
        var rng = generator(.person, curators + i)
        let name = Self.name(&rng)
        let subject = rng.pick(SyntheticText.subjects)
        let roles: [Role] = rng.chance(0.08) ? [.mentor, .head] : [.mentor]
        let offers = Preferences(
            areas: rng.sample(Array(CompetencyArea.allCases), count: rng.int(in: 2...4)),
            subjects: [subject],
            forms: rng.sample(Array(MentoringForm.allCases), count: rng.int(in: 2...4)))
        let consented = asOf.adding(days: -rng.int(in: 700...2_000))
        return Person(
            id: mentorID(i), name: name, school: schoolName(i % schools),
            position: rng.pick(SyntheticText.mentorPositions), subject: subject, roles: roles,
            capacity: rng.int(in: 1...3), offers: offers,
            consents: [
                Consent(kind: .personalData, date: consented),
                Consent(kind: .duties, date: consented.adding(days: rng.below(10))),
            ])
    }

    func teacher(_ i: Int) -> Person {
        var rng = generator(.person, curators + mentors + i)
        let name = Self.name(&rng)
        let subject = rng.pick(SyntheticText.subjects)
        let inProgram = isMentee(teacher: i)
        let waiting = !inProgram && rng.chance(0.15)
        let consented = routePlan(ofTeacher: i).start.adding(days: -rng.int(in: 1...20))
        var consents = [Consent(kind: .personalData, date: consented)]
        if inProgram { consents.append(Consent(kind: .duties, date: consented.adding(days: rng.below(6)))) }
        var requests: Preferences?
        if inProgram || waiting {
            requests = Preferences(
                areas: rng.sample(Array(CompetencyArea.allCases), count: rng.int(in: 1...3)),
                subjects: [subject],
                forms: rng.sample([.traditional, .teacherTeacher, .virtual, .group, .situational], count: rng.int(in: 1...2)))
        }
        return Person(
            id: teacherID(i), name: name, school: schoolName(school(ofTeacher: i)),
            position: rng.pick(SyntheticText.teacherPositions), subject: subject,
            roles: inProgram || waiting ? [.mentee] : [], requests: requests, consents: consents)
    }
}
