/// One item of a roadmap (or of a program's plan): a course, a trial, a project, research
/// or another measure, aimed at deficits, finished by a pedagogical product.
public struct Activity: Sendable, Hashable, Codable {
    public var id: String
    public var kind: ActivityKind
    public var title: String
    /// Academic hours, for courses.
    public var hours: Int?
    public var start: Day?
    public var due: Day
    /// The ids of the deficits the activity addresses.
    public var addresses: [String]
    /// The pedagogical product, present once the activity is done.
    public var product: Product?

    public init(
        id: String, kind: ActivityKind, title: String, hours: Int? = nil, start: Day? = nil,
        due: Day, addresses: [String] = [], product: Product? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.hours = hours
        self.start = start
        self.due = due
        self.addresses = addresses
        self.product = product
    }

    /// Done activities have a product.
    public var isDone: Bool { product != nil }

    /// Past its due date with no product.
    public func isOverdue(on today: Day) -> Bool { product == nil && due < today }

    func validate(at path: String, deficitIDs: Set<String>?, into list: inout ProblemList) {
        if !Slug.isValid(id) { list.add("\(path).id", .invalidID(id)) }
        if title.trimmed.isEmpty { list.add("\(path).title", .titleRequired) }
        if let hours, hours <= 0 { list.add("\(path).hours", .hoursNotPositive(hours)) }
        if kind == .course, hours == nil {
            list.add("\(path).hours", .courseNeedsHours)
        }
        if let start, due < start {
            list.add("\(path).due", .dueBeforeStart(due: due, start: start))
        }
        if let deficitIDs {
            if addresses.isEmpty {
                list.add("\(path).addresses", .activityWithoutDeficit)
            }
            for (i, id) in addresses.enumerated() where !deficitIDs.contains(id) {
                list.add("\(path).addresses[\(i)]", .noDeficitInRoute(id, known: deficitIDs.sorted()))
            }
        }
        if let product { product.validate(at: "\(path).product", activityStart: start, into: &list) }
    }
}

/// A concrete pedagogical product of a finished activity, with the teacher's attitude to it
/// (regulation §4.3.2, step 5).
public struct Product: Sendable, Hashable, Codable {
    /// A slug such as `lesson-plans`, `methodological-recommendations`, `diagnostics-pack`.
    public var kind: String
    public var title: String
    /// The teacher's subjective attitude to the result.
    public var attitude: String?
    public var date: Day
    /// A path or URL where the product can be found.
    public var reference: String?

    public init(kind: String, title: String, attitude: String? = nil, date: Day, reference: String? = nil) {
        self.kind = kind
        self.title = title
        self.attitude = attitude
        self.date = date
        self.reference = reference
    }

    /// Kinds named by the regulation (``ProductKind``); documents may carry others as slugs.
    public static let commonKinds = ProductKind.allCases.map(\.rawValue)

    func validate(at path: String, activityStart: Day?, into list: inout ProblemList) {
        if !Slug.isValid(kind) {
            list.add("\(path).kind", .invalidProductKind(kind, examples: Array(Product.commonKinds.prefix(4))))
        }
        if title.trimmed.isEmpty { list.add("\(path).title", .productTitleRequired) }
        if let activityStart, date < activityStart {
            list.add("\(path).date", .productBeforeActivity(date: date, start: activityStart))
        }
    }
}
