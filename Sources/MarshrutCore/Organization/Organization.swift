/// A school, a municipality, a region or a teacher-development centre: where people work and
/// what a scoped role is granted on (`curator@malinovka`).
///
/// Organizations form a tree: a region holds municipalities and centres, a municipality holds
/// schools. An organization's scope is itself and everything below it.
public struct Organization: Sendable, Hashable, Codable {
    /// The level of an organization in the regulation's structure (seed §4).
    public enum Kind: String, Vocabulary {
        case region, municipality, school, centre

        /// The kinds an organization of this kind may sit under; empty for the top of the tree.
        public var allowedParents: [Kind] {
            switch self {
            case .region: []
            case .municipality, .centre: [.region]
            case .school: [.municipality]
            }
        }
    }

    public var id: String
    public var name: String
    public var type: Kind
    /// The organization above this one; `nil` for a region.
    public var parent: String?

    public init(id: String, name: String, type: Kind, parent: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.parent = parent
    }

    public var reference: SubjectReference { SubjectReference(.organization, id) }

    /// Checks the organization on its own (its parent is checked by ``OrganizationTree``).
    public func validate() throws(ModelError) {
        var list = ProblemList(subject: reference)
        validate(into: &list)
        try list.check()
    }

    func validate(into list: inout ProblemList) {
        if !Slug.isValid(id) { list.add("id", .invalidID(id)) }
        list.checkTexts([(path: "name", text: name, multiline: false)])
        if name.trimmed.isEmpty { list.add("name", .nameRequired) }
        if type == .region, let parent { list.add("parent", .regionHasNoParent(parent)) }
        if type != .region, parent == nil { list.add("parent", .parentRequired(type)) }
        if let parent, parent == id { list.add("parent", .organizationInsideItself(id)) }
    }
}

/// Every stored organization, with the questions a scope asks: what is above an organization,
/// and whether one lies within another.
public struct OrganizationTree: Sendable, Hashable {
    public private(set) var byID: [String: Organization]

    public init(_ organizations: [Organization]) {
        byID = Dictionary(organizations.map { ($0.id, $0) }, uniquingKeysWith: { _, new in new })
    }

    public var organizations: [Organization] { byID.values.sorted { $0.id < $1.id } }

    /// The organization itself, then its parent, up to the region (a broken chain stops early).
    public func chain(from id: String) -> [String] {
        var chain: [String] = []
        var next: String? = id
        while let current = next, byID[current] != nil, !chain.contains(current) {
            chain.append(current)
            next = byID[current]?.parent
        }
        return chain
    }

    /// Whether `id` is `scope` or lies below it.
    public func contains(_ id: String, within scope: String) -> Bool {
        chain(from: id).contains(scope)
    }

    /// The organizations in a scope: the organization itself and everything below it.
    public func scope(of id: String) -> [Organization] {
        organizations.filter { contains($0.id, within: id) }
    }

    /// The problems of an organization's place in the tree: a parent that does not exist or
    /// whose kind cannot hold it.
    func placeProblems(of organization: Organization, into list: inout ProblemList) {
        guard let parentID = organization.parent, parentID != organization.id else { return }
        guard let parent = byID[parentID] else {
            list.add("parent", .noParentOrganization(parentID))
            return
        }
        if !organization.type.allowedParents.contains(parent.type) {
            list.add("parent", .parentOfWrongKind(organization.type, parent: parent.id, parentKind: parent.type))
        }
    }
}
