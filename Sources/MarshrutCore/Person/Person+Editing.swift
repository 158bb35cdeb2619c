/// The fields of a person a change may set; `nil` leaves a field as it is.
public struct PersonEdit: Sendable, Hashable {
    public var name: String?
    public var school: String?
    /// The organization's id; empty to clear.
    public var organization: String?
    public var position: String?
    public var subject: String?
    /// The whole list of roles, when given.
    public var roles: [Role]?
    public var capacity: Int?
    /// Staff data to set: each field given replaces the stored one.
    public var staff: StaffData

    public init(
        name: String? = nil, school: String? = nil, position: String? = nil, subject: String? = nil,
        roles: [Role]? = nil, capacity: Int? = nil, organization: String? = nil, staff: StaffData = StaffData()
    ) {
        self.staff = staff
        self.organization = organization
        self.name = name
        self.school = school
        self.position = position
        self.subject = subject
        self.roles = roles
        self.capacity = capacity
    }

    public var isEmpty: Bool { self == PersonEdit() }
}

extension Person {
    /// Applies an edit, keeping the person valid; an empty text clears an optional field.
    /// Consents are never edited, only recorded.
    public mutating func apply(_ edit: PersonEdit) throws(ModelError) {
        guard !edit.isEmpty else { throw ModelError(.nothingToChange) }
        func cleared(_ text: String?, _ old: String?) -> String? {
            guard let text else { return old }
            return text.trimmed.isEmpty ? nil : text.trimmed
        }
        var copy = self
        copy.name = edit.name?.trimmed ?? name
        copy.school = cleared(edit.school, school)
        copy.organization = cleared(edit.organization, organization)
        copy.position = cleared(edit.position, position)
        copy.subject = cleared(edit.subject, subject)
        copy.roles = edit.roles ?? roles
        copy.capacity = edit.capacity ?? capacity
        copy.staff = staff.updated(with: edit.staff)
        guard copy != self else { throw ModelError(.nothingChanged) }
        try copy.validate()
        self = copy
    }
}

extension StaffData {
    /// These data with every field `other` gives replacing the one here.
    public func updated(with other: StaffData) -> StaffData {
        StaffData(
            birthDate: other.birthDate ?? birthDate, hireDate: other.hireDate ?? hireDate,
            experienceSince: other.experienceSince ?? experienceSince, category: other.category ?? category,
            categoryDate: other.categoryDate ?? categoryDate)
    }
}
