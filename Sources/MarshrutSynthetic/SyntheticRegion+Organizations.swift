import MarshrutCore

extension SyntheticRegion {
    /// The region's id when it comes with organizations.
    public static let regionID = "altai"
    /// The tutors' centre, under the region.
    public static let centreID = "centre"
    /// How many schools one municipality holds.
    static let schoolsPerMunicipality = 40

    public var municipalities: Int { (schools + Self.schoolsPerMunicipality - 1) / Self.schoolsPerMunicipality }

    public func schoolID(_ s: Int) -> String { "school-" + Self.padded(s + 1, to: Self.width(schools)) }
    public func municipalityID(_ m: Int) -> String { "mun-" + Self.padded(m + 1, to: 3) }

    /// The region, its municipalities, the schools (in that order, parents first) and the
    /// centre; none without ``withOrganizations``.
    public func organizations() -> [Organization] {
        guard withOrganizations else { return [] }
        var all = [Organization(id: Self.regionID, name: "Алтайский край", type: .region)]
        all += (0..<municipalities).map { m in
            Organization(id: municipalityID(m), name: "Муниципальный округ № \(m + 1)", type: .municipality, parent: Self.regionID)
        }
        all += (0..<schools).map { s in
            Organization(id: schoolID(s), name: schoolName(s), type: .school, parent: municipalityID(s / Self.schoolsPerMunicipality))
        }
        all.append(Organization(id: Self.centreID, name: SyntheticText.centre, type: .centre, parent: Self.regionID))
        return all
    }

    /// Where person number `index` works: a curator, mentor or teacher at their school, a tutor at
    /// the centre.
    func organizationID(ofPerson index: Int) -> String {
        var i = index
        if i < curators { return schoolID(i % schools) }
        i -= curators
        if i < mentors { return schoolID(i % schools) }
        i -= mentors
        if i < teachers { return schoolID(school(ofTeacher: i)) }
        return Self.centreID
    }
}
