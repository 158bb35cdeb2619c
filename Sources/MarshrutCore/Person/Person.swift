/// A teacher, mentor, tutor, curator or head: a member of the school's mentoring system.
///
/// A person with the role mentor or mentee belongs to a bank, which takes a recorded
/// personal-data consent (regulation, Appendix 2, stages 2–3).
public struct Person: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var school: String?
    /// The id of the organization the person works in; `school` stays as display text.
    public var organization: String?
    public var position: String?
    public var subject: String?
    public var roles: [Role]
    /// What a mentee asks help with.
    public var requests: Preferences?
    /// How many mentees a mentor takes at once.
    public var capacity: Int?
    /// What a mentor offers.
    public var offers: Preferences?
    /// Consents in the order given; never edited, only appended.
    public var consents: [Consent]
    /// Staff data that tells who needs a mentor (regulation §1.1: young specialists, those new
    /// to the school) and who may be one; all optional.
    public var staff: StaffData

    public init(
        id: String, name: String, school: String? = nil, position: String? = nil,
        subject: String? = nil, roles: [Role] = [], requests: Preferences? = nil,
        capacity: Int? = nil, offers: Preferences? = nil, consents: [Consent] = [], organization: String? = nil,
        staff: StaffData = StaffData()
    ) {
        self.staff = staff
        self.organization = organization
        self.id = id
        self.name = name
        self.school = school
        self.position = position
        self.subject = subject
        self.roles = roles
        self.requests = requests
        self.capacity = capacity
        self.offers = offers
        self.consents = consents
    }

    public var reference: SubjectReference { SubjectReference(.person, id) }

    /// Whether a consent of this kind is on record.
    public func hasConsent(_ kind: ConsentKind) -> Bool {
        consents.contains { $0.kind == kind }
    }

    /// Records a consent; consents are only ever appended.
    public mutating func record(_ consent: Consent) {
        consents.append(consent)
    }

    /// Checks the person on its own.
    public func validate() throws(ModelError) {
        var list = ProblemList(subject: reference)
        validate(into: &list)
        try list.check()
    }

    func validate(into list: inout ProblemList) {
        if !Slug.isValid(id) { list.add("id", .invalidID(id)) }
        list.checkDates(datedFields)
        list.checkTexts(textFields)
        if name.trimmed.isEmpty { list.add("name", .nameRequired) }
        if Set(roles).count != roles.count { list.add("roles", .roleListedTwice) }
        if let capacity, capacity < 1 {
            list.add("capacity", .capacityTooSmall(capacity))
        }
        if (capacity != nil || offers != nil), !roles.contains(.mentor) {
            list.add("roles", .capacityOnlyForMentors)
        }
        for role in [Role.mentor, .mentee] where roles.contains(role) && !hasConsent(.personalData) {
            list.add("consents", .bankNeedsConsent(role))
        }
        staff.validate(into: &list)
    }
}

/// Areas, subjects and forms a mentee asks for or a mentor offers.
public struct Preferences: Sendable, Hashable, Codable {
    public var areas: [CompetencyArea]
    public var subjects: [String]
    public var forms: [MentoringForm]

    public init(areas: [CompetencyArea] = [], subjects: [String] = [], forms: [MentoringForm] = []) {
        self.areas = areas
        self.subjects = subjects
        self.forms = forms
    }
}

/// A signed consent: to the processing of personal data, or to a mentor's added duties.
public struct Consent: Sendable, Hashable, Codable {
    public var kind: ConsentKind
    public var date: Day

    public init(kind: ConsentKind, date: Day) {
        self.kind = kind
        self.date = date
    }
}

extension Person {
    /// The staff data stand beside the other fields, as in a person document, not nested.
    enum CodingKeys: String, CodingKey {
        case id, name, school, organization, position, subject, roles, requests, capacity, offers, consents
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        school = try c.decodeIfPresent(String.self, forKey: .school)
        organization = try c.decodeIfPresent(String.self, forKey: .organization)
        position = try c.decodeIfPresent(String.self, forKey: .position)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        roles = try c.decodeIfPresent([Role].self, forKey: .roles) ?? []
        requests = try c.decodeIfPresent(Preferences.self, forKey: .requests)
        capacity = try c.decodeIfPresent(Int.self, forKey: .capacity)
        offers = try c.decodeIfPresent(Preferences.self, forKey: .offers)
        consents = try c.decodeIfPresent([Consent].self, forKey: .consents) ?? []
        staff = try StaffData(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(school, forKey: .school)
        try c.encodeIfPresent(organization, forKey: .organization)
        try c.encodeIfPresent(position, forKey: .position)
        try c.encodeIfPresent(subject, forKey: .subject)
        try c.encode(roles, forKey: .roles)
        try c.encodeIfPresent(requests, forKey: .requests)
        try c.encodeIfPresent(capacity, forKey: .capacity)
        try c.encodeIfPresent(offers, forKey: .offers)
        try c.encode(consents, forKey: .consents)
        try staff.encode(to: encoder)
    }
}
