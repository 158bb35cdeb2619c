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

    /// Appends a monitoring indicator value. A second value of the same indicator on the same day
    /// is a correction of the first and must say so (`correcting`); the first stays in the history
    /// and the last one counts.
    ///
    /// - Parameter today: when given, a value dated after it is refused (a value is measured).
    public mutating func record(_ indicator: Indicator, correcting: Bool = false, today: Day? = nil) throws(ModelError) {
        if let today, indicator.date > today {
            throw ModelError(.indicatorInFuture(indicator.date, today: today), path: "date")
        }
        let earlier = indicators.last { $0.name == indicator.name && $0.date == indicator.date }
        if correcting {
            guard let earlier else {
                throw ModelError(.nothingToCorrect(indicator.name, on: indicator.date, program: id))
            }
            guard earlier.value != indicator.value else { throw ModelError(.nothingChanged) }
        } else if let earlier {
            throw ModelError(.indicatorAlreadyRecorded(indicator.name, on: indicator.date, value: earlier.value, program: id))
        }
        // Values recorded as shares (fractions within 0…1) set the unit: 0.62, then 70, is a mistake.
        let values = indicators.filter { $0.name == indicator.name }.map(\.value)
        if !values.isEmpty, values.allSatisfy({ (0...1).contains($0) }), values.contains(where: { $0 != $0.rounded() }),
            !(0...1).contains(indicator.value)
        {
            throw ModelError(.indicatorOutOfUnit(indicator.name, value: indicator.value, unit: .share), path: "value")
        }
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
        if !Slug.isValid(id) { list.add("id", .invalidID(id)) }
        list.checkDates(datedFields)
        list.checkTexts(textFields)
        let earliest = start.adding(months: Program.allowedMonths.lowerBound)
        let latest = start.adding(months: Program.allowedMonths.upperBound)
        if end < earliest || end > latest {
            list.add("end", .programLength(start: start, end: end, earliest: earliest, latest: latest))
        }
        if forms.isEmpty { list.add("forms", .formRequired) }
        if mentors.isEmpty { list.add("mentors", .mentorRequired) }
        if mentees.isEmpty { list.add("mentees", .menteeRequired) }
        for (i, id) in mentees.enumerated() where mentors.contains(id) {
            list.add("mentees[\(i)]", .mentorAndMentee(id))
        }
        if Set(mentors).count != mentors.count { list.add("mentors", .mentorListedTwice) }
        if Set(mentees).count != mentees.count { list.add("mentees", .menteeListedTwice) }
        var activityIDs = Set<String>()
        for (i, activity) in activities.enumerated() {
            if !activityIDs.insert(activity.id).inserted {
                list.add("activities[\(i)].id", .programActivityIDTwice(activity.id))
            }
            activity.validate(at: "activities[\(i)]", deficitIDs: nil, into: &list)
        }
        for (i, reference) in addresses.enumerated() where reference.split(separator: "/").count != 2 {
            list.add("addresses[\(i)]", .notRouteDeficit(reference))
        }
        for (i, change) in changes.enumerated() {
            if change.reason.trimmed.isEmpty { list.add("changes[\(i)].reason", .statusChangeNeedsReason) }
        }
        for (i, indicator) in indicators.enumerated() {
            if !Slug.isValid(indicator.name) {
                list.add("indicators[\(i)].name", .invalidIndicatorName(indicator.name, examples: Indicator.commonNames))
            }
            if !indicator.value.isFinite {
                list.add("indicators[\(i)].value", .valueNotANumber)
            } else if let unit = indicator.unit, !unit.admits(indicator.value) {
                list.add("indicators[\(i)].value", .indicatorOutOfUnit(indicator.name, value: indicator.value, unit: unit))
            }
            if indicator.date < start { list.add("indicators[\(i)].date", .indicatorBeforeStart(indicator.date, start: start)) }
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

    /// What an indicator measures, where the name says it (the share of pupils who passed, or who
    /// take part in olympiads; a count of professional events); schools measure the others
    /// (achievement as a share or an average mark, adaptation as a share or a score, …) in their
    /// own unit, which each program's first values set (see ``Program/record(_:correcting:today:)``).
    public var unit: IndicatorUnit? {
        switch name {
        case "exam-pass-rate", "olympiad-participation": .share
        case "professional-activity": .count
        default: nil
        }
    }

    /// The indicators regulation §5 names; others are accepted as long as they are slugs.
    public static let commonNames = [
        "exam-pass-rate", "achievement", "olympiad-participation", "professional-activity", "adaptation",
    ]
}

/// One day's value of an indicator, with the values it corrected.
public struct IndicatorReading: Sendable, Hashable {
    public var date: Day
    /// The value that counts: the last one recorded for the day.
    public var value: Double
    /// Earlier values recorded for the same day, oldest first, kept as the history of corrections.
    public var corrected: [Double]
}

extension Program {
    /// Each indicator's readings by date, a correction folded into the day it corrects.
    public var readings: [String: [IndicatorReading]] {
        var result: [String: [IndicatorReading]] = [:]
        for indicator in indicators.enumerated().sorted(by: { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }).map(\.element) {
            var series = result[indicator.name] ?? []
            if var last = series.last, last.date == indicator.date {
                last.corrected.append(last.value)
                last.value = indicator.value
                series[series.count - 1] = last
            } else {
                series.append(IndicatorReading(date: indicator.date, value: indicator.value, corrected: []))
            }
            result[indicator.name] = series
        }
        return result
    }
}

/// What an indicator's value measures.
public enum IndicatorUnit: String, Sendable, Hashable {
    /// A share from 0 to 1 (0.86, not 86).
    case share
    /// A whole number of students, events or works, 0 or more.
    case count

    public func admits(_ value: Double) -> Bool {
        switch self {
        case .share: (0...1).contains(value)
        case .count: value >= 0 && value == value.rounded()
        }
    }
}
