/// A personalized mentoring program: 3 to 12 months, mentors and mentees in one or more
/// forms, with activities and monitoring indicators (regulation §1.2, §4.1.6, §5).
public struct Program: Sendable, Hashable, Codable {
    public var id: String
    public var forms: [MentoringForm]
    public var directions: [Direction]
    /// Person ids.
    public var mentors: [String]
    /// Person ids.
    public var mentees: [String]
    public var start: Day
    public var end: Day
    public var status: ProgramStatus
    public var activities: [Activity]
    /// Monitoring indicators over time; only appended.
    public internal(set) var indicators: [Indicator]
    /// The mentees' route deficits the program addresses, as `ROUTE/DEFICIT` (e.g. `kuznetsov-2024/d3`).
    public var addresses: [String]
    /// Every change of status with its date and reason; only appended.
    public internal(set) var changes: [StatusChange]

    public init(
        id: String, forms: [MentoringForm], directions: [Direction] = [], mentors: [String],
        mentees: [String], start: Day, end: Day, status: ProgramStatus = .draft,
        activities: [Activity] = [], indicators: [Indicator] = [], addresses: [String] = [],
        changes: [StatusChange] = []
    ) {
        self.addresses = addresses
        self.changes = changes
        self.id = id
        self.forms = forms
        self.directions = directions
        self.mentors = mentors
        self.mentees = mentees
        self.start = start
        self.end = end
        self.status = status
        self.activities = activities
        self.indicators = indicators
    }

    public var reference: SubjectReference { SubjectReference(.program, id) }

    /// The shortest and longest program in months (regulation §1.2).
    public static let allowedMonths = 3...12

    /// A pair is one mentor with one mentee; anything larger is a group.
    public var isGroup: Bool { mentees.count > 1 || mentors.count > 1 }

    /// Appends a monitoring indicator value.
    public mutating func record(_ indicator: Indicator) throws(ModelError) {
        var copy = self
        copy.indicators.append(indicator)
        try copy.validate()
        self = copy
    }

    public func validate() throws(ModelError) {
        var list = ProblemList(subject: reference)
        validate(into: &list)
        try list.check()
    }

    func validate(into list: inout ProblemList) {
        if !Slug.isValid(id) { list.add("id", "\"\(id)\" is not a valid id: \(Slug.rule)") }
        let earliest = start.adding(months: Program.allowedMonths.lowerBound)
        let latest = start.adding(months: Program.allowedMonths.upperBound)
        if end < earliest || end > latest {
            list.add("end", "a program lasts 3 to 12 months, but \(start) to \(end) is not: set end between \(earliest) and \(latest)")
        }
        if forms.isEmpty { list.add("forms", "name at least one form, e.g. [traditional]") }
        if mentors.isEmpty { list.add("mentors", "a program needs at least one mentor") }
        if mentees.isEmpty { list.add("mentees", "a program needs at least one mentee") }
        for (i, id) in mentees.enumerated() where mentors.contains(id) {
            list.add("mentees[\(i)]", "\(id) is both mentor and mentee of this program")
        }
        if Set(mentors).count != mentors.count { list.add("mentors", "a mentor is listed twice") }
        if Set(mentees).count != mentees.count { list.add("mentees", "a mentee is listed twice") }
        var activityIDs = Set<String>()
        for (i, activity) in activities.enumerated() {
            if !activityIDs.insert(activity.id).inserted {
                list.add("activities[\(i)].id", "activity id \"\(activity.id)\" is used twice in this program")
            }
            activity.validate(at: "activities[\(i)]", deficitIDs: nil, into: &list)
        }
        for (i, reference) in addresses.enumerated() where reference.split(separator: "/").count != 2 {
            list.add("addresses[\(i)]", "\"\(reference)\" is not ROUTE/DEFICIT: write the route's id and the deficit's id, e.g. kuznetsov-2024/d3")
        }
        for (i, change) in changes.enumerated() {
            if change.reason.trimmed.isEmpty { list.add("changes[\(i)].reason", "a change of status keeps its reason: say why") }
        }
        for (i, indicator) in indicators.enumerated() {
            if !Slug.isValid(indicator.name) {
                list.add("indicators[\(i)].name", "\"\(indicator.name)\" is not an indicator name: use a slug such as \(Indicator.commonNames.joined(separator: ", "))")
            }
            if !indicator.value.isFinite { list.add("indicators[\(i)].value", "the value must be a number") }
            if indicator.date < start { list.add("indicators[\(i)].date", "\(indicator.date) is before the program's start \(start)") }
        }
    }
}

/// One measurement of a monitoring indicator (regulation §5), e.g. the share of the
/// mentee's pupils passing the exams.
public struct Indicator: Sendable, Hashable, Codable {
    public var name: String
    public var date: Day
    public var value: Double

    public init(name: String, date: Day, value: Double) {
        self.name = name
        self.date = date
        self.value = value
    }

    /// The indicators regulation §5 names; others are accepted as long as they are slugs.
    public static let commonNames = [
        "exam-pass-rate", "achievement", "olympiad-participation", "professional-activity", "adaptation",
    ]
}
