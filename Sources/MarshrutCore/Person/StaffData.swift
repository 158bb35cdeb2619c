/// What a school's staff list says of a person: the dates and the category the regulation's
/// mentoring depends on (§1.1: young specialists, those new to the school or the post, those
/// after attestation; a mentor's experience).
///
/// Every field is optional: a bank may hold a mentor from another school of whom only the name
/// is known.
public struct StaffData: Sendable, Hashable, Codable {
    /// The day of birth.
    public var birthDate: Day?
    /// The day the person was hired at this school.
    public var hireDate: Day?
    /// The day the person's teaching experience counts from.
    public var experienceSince: Day?
    /// The qualification category.
    public var category: QualificationCategory?
    /// The day the category was awarded.
    public var categoryDate: Day?

    public init(
        birthDate: Day? = nil, hireDate: Day? = nil, experienceSince: Day? = nil,
        category: QualificationCategory? = nil, categoryDate: Day? = nil
    ) {
        self.birthDate = birthDate
        self.hireDate = hireDate
        self.experienceSince = experienceSince
        self.category = category
        self.categoryDate = categoryDate
    }

    /// Whether nothing is known.
    public var isEmpty: Bool { self == StaffData() }

    /// The youngest age at which the dates of work may begin: no one is hired to teach, nor
    /// counts teaching experience, before it.
    public static let youngestWorkingAge = 14

    /// A young specialist is under this age (the ministry's award «Молодость и
    /// Профессионализм» and the regional programmes for young teachers use it).
    public static let youngSpecialistAge = 35

    /// A young specialist has taught for fewer than this many years.
    public static let youngSpecialistExperience = 3

    /// Full years of age on `day`, when the day of birth is known.
    public func age(on day: Day) -> Int? {
        birthDate.map { Self.fullYears(from: $0, to: day) }
    }

    /// Full years of teaching experience on `day`, when it is known when it counts from (0 before).
    public func experienceYears(on day: Day) -> Int? {
        experienceSince.map { max(0, Self.fullYears(from: $0, to: day)) }
    }

    /// Whether the person is a young specialist on `day`: fewer than three years of teaching
    /// and, when the day of birth is known, under 35. Unknown experience answers `false`: the
    /// staff list decides, not a guess.
    public func isYoungSpecialist(on day: Day) -> Bool {
        guard let years = experienceYears(on: day), years < Self.youngSpecialistExperience else { return false }
        return age(on: day).map { $0 < Self.youngSpecialistAge } ?? true
    }

    /// Full years from `start` to `end` (negative when `end` comes first), counting a birthday
    /// on 29 February as reached on 1 March in a common year.
    public static func fullYears(from start: Day, to end: Day) -> Int {
        guard end >= start else { return -fullYears(from: end, to: start) }
        let years = end.year - start.year
        return (end.month, end.day) < (start.month, start.day) ? years - 1 : years
    }

    var datedFields: [(path: String, day: Day)] {
        [("birth_date", birthDate), ("hire_date", hireDate), ("experience_since", experienceSince), ("category_date", categoryDate)]
            .compactMap { path, day in day.map { (path, $0) } }
    }

    func validate(into list: inout ProblemList) {
        if let birth = birthDate {
            let earliest = birth.adding(years: Self.youngestWorkingAge)
            for (path, day) in [("hire_date", hireDate), ("experience_since", experienceSince), ("category_date", categoryDate)] {
                if let day, day < earliest { list.add(path, .beforeWorkingAge(day, birth: birth)) }
            }
        }
        if categoryDate != nil, category == nil || category == QualificationCategory.none {
            list.add("category_date", .categoryDateWithoutCategory)
        }
    }
}
