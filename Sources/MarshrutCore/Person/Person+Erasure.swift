extension Person {
    /// The person without their personal data, after the personal-data consent was withdrawn.
    ///
    /// The name becomes `erasedName` (the catalog's `Person.erasedName`); school, position,
    /// subject and the staff data (birth, hire and experience dates, category) go; the subjects a mentee asks for or a mentor offers go. What counts
    /// anonymously stays: the id (it keys the routes, programs and consents that remain), roles,
    /// areas, forms, capacity and the consents themselves.
    public func erasingPersonalData(name erasedName: String) -> Person {
        var erased = self
        erased.name = erasedName
        erased.school = nil
        erased.position = nil
        erased.subject = nil
        erased.staff = StaffData()
        erased.requests?.subjects = []
        erased.offers?.subjects = []
        return erased
    }

    /// Whether a mentee waits for a mentor: in the mentee bank (role and personal-data
    /// consent) and a mentee of no draft or active program.
    ///
    /// Only programs where the person is a mentee count: mentoring others does not give a
    /// mentee a mentor.
    public func isUnpairedMentee(among programs: [Program]) -> Bool {
        roles.contains(.mentee) && hasConsent(.personalData)
            && !programs.contains { [.draft, .active].contains($0.status) && $0.mentees.contains(id) }
    }
}
