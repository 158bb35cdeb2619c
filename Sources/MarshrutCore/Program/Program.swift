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
        if !Slug.isValid(id) { list.add("id", CoreText.invalidID(id)) }
        let earliest = start.adding(months: Program.allowedMonths.lowerBound)
        let latest = start.adding(months: Program.allowedMonths.upperBound)
        if end < earliest || end > latest {
            list.add("end", CoreText.programLength(start: start, end: end, earliest: earliest, latest: latest))
        }
        if forms.isEmpty { list.add("forms", CoreText.formRequired) }
        if mentors.isEmpty { list.add("mentors", CoreText.mentorRequired) }
        if mentees.isEmpty { list.add("mentees", CoreText.menteeRequired) }
        for (i, id) in mentees.enumerated() where mentors.contains(id) {
            list.add("mentees[\(i)]", CoreText.mentorAndMentee(id))
        }
        if Set(mentors).count != mentors.count { list.add("mentors", CoreText.mentorListedTwice) }
        if Set(mentees).count != mentees.count { list.add("mentees", CoreText.menteeListedTwice) }
        var activityIDs = Set<String>()
        for (i, activity) in activities.enumerated() {
            if !activityIDs.insert(activity.id).inserted {
                list.add("activities[\(i)].id", CoreText.programActivityIDTwice(activity.id))
            }
            activity.validate(at: "activities[\(i)]", deficitIDs: nil, into: &list)
        }
        for (i, reference) in addresses.enumerated() where reference.split(separator: "/").count != 2 {
            list.add("addresses[\(i)]", CoreText.notRouteDeficit(reference))
        }
        for (i, change) in changes.enumerated() {
            if change.reason.trimmed.isEmpty { list.add("changes[\(i)].reason", CoreText.statusChangeNeedsReason) }
        }
        for (i, indicator) in indicators.enumerated() {
            if !Slug.isValid(indicator.name) {
                list.add("indicators[\(i)].name", CoreText.invalidIndicatorName(indicator.name, examples: Indicator.commonNames))
            }
            if !indicator.value.isFinite { list.add("indicators[\(i)].value", CoreText.valueNotANumber) }
            if indicator.date < start { list.add("indicators[\(i)].date", CoreText.indicatorBeforeStart(indicator.date, start: start)) }
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
