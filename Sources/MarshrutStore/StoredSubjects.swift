import MarshrutCore
/// A person as stored, read by `RegionReader` without decoding the body.
///
/// The relations are the lists a rule's person view carries (`routes`, `mentor_programs`,
/// `mentee_programs`, `completed_programs`), as ids.
public struct StoredPerson: Sendable, Equatable {
    public var id: String
    /// The row's JSON body as stored: name, school, position, subject, roles, requests,
    /// capacity, offers.
    public var body: StoredText
    /// Consents, in the order they were given.
    public var consents: [StoredConsent]
    /// Routes where this person is the teacher, in route id order.
    public var routes: [String]
    /// Programs where this person is a mentor, in program id order.
    public var mentorPrograms: [String]
    /// Programs where this person is a mentee, in program id order.
    public var menteePrograms: [String]
    /// The mentor programs whose status is `completed`, in program id order.
    public var completedPrograms: [String]
    /// The day of birth and the day teaching experience counts from, read out of the body so a
    /// view can give the age and the experience on the run's day without decoding it.
    public var birthDate: Day?
    public var experienceSince: Day?

    public init(
        id: String, body: StoredText, consents: [StoredConsent] = [], routes: [String] = [],
        mentorPrograms: [String] = [], menteePrograms: [String] = [], completedPrograms: [String] = [],
        birthDate: Day? = nil, experienceSince: Day? = nil
    ) {
        self.birthDate = birthDate
        self.experienceSince = experienceSince
        self.id = id
        self.body = body
        self.consents = consents
        self.routes = routes
        self.mentorPrograms = mentorPrograms
        self.menteePrograms = menteePrograms
        self.completedPrograms = completedPrograms
    }
}

/// A consent as stored: its kind's code and the day, `YYYY-MM-DD`.
public struct StoredConsent: Sendable, Equatable {
    public var kind: String
    public var date: String

    public init(kind: String, date: String) {
        self.kind = kind
        self.date = date
    }
}

/// A route as stored, its body's lists left as JSON text.
public struct StoredRoute: Sendable, Equatable {
    public var id: String
    public var teacher: String
    public var tutor: String?
    public var start: String
    public var end: String
    /// The stage's code.
    public var stage: String
    public var selfImage: StoredText?
    /// The body's `strengths`, `deficits` and `activities`, each a JSON array text (`[]` when absent).
    public var strengths: StoredText
    public var deficits: StoredText
    public var activities: StoredText
    /// Corrections, in the order they were made.
    public var corrections: [StoredCorrection]
    /// Reflections, in the order they were logged, with their revisions applied.
    public var reflections: [StoredReflection]

    public init(
        id: String, teacher: String, tutor: String?, start: String, end: String, stage: String,
        selfImage: StoredText?, strengths: StoredText, deficits: StoredText, activities: StoredText,
        corrections: [StoredCorrection] = [], reflections: [StoredReflection] = []
    ) {
        self.id = id
        self.teacher = teacher
        self.tutor = tutor
        self.start = start
        self.end = end
        self.stage = stage
        self.selfImage = selfImage
        self.strengths = strengths
        self.deficits = deficits
        self.activities = activities
        self.corrections = corrections
        self.reflections = reflections
    }
}

/// A correction of a route's roadmap as stored.
public struct StoredCorrection: Sendable, Equatable {
    public var date: String
    public var author: String
    public var activity: String?
    public var change: StoredText
    public var reason: StoredText

    public init(date: String, author: String, activity: String?, change: StoredText, reason: StoredText) {
        self.date = date
        self.author = author
        self.activity = activity
        self.change = change
        self.reason = reason
    }
}

/// A reflection in its current wording, with the earlier ones in `history`.
public struct StoredReflection: Sendable, Equatable {
    public var date: String
    /// The activity reflected on, or nil when the reflection is on a deficit or the self-image.
    public var activity: String?
    /// The deficit reflected on, or nil when the reflection is on an activity or the self-image.
    public var deficit: String?
    public var score: Int
    public var text: StoredText
    public var isFinal: Bool
    /// The teacher's labels, as the stored JSON array text.
    public var tags: StoredText
    /// True when the reflection is on the route's self-image (step 7).
    public var isOnImage: Bool
    /// Earlier wordings, oldest first.
    public var history: [StoredRevision]

    public init(
        date: String, activity: String?, deficit: String?, score: Int, text: StoredText, isFinal: Bool,
        tags: StoredText, isOnImage: Bool = false, history: [StoredRevision] = []
    ) {
        self.date = date
        self.activity = activity
        self.deficit = deficit
        self.score = score
        self.text = text
        self.isFinal = isFinal
        self.tags = tags
        self.isOnImage = isOnImage
        self.history = history
    }
}

/// An earlier wording of a reflection, and the day it was replaced.
public struct StoredRevision: Sendable, Equatable {
    public var replaced: String
    public var score: Int
    public var text: StoredText

    public init(replaced: String, score: Int, text: StoredText) {
        self.replaced = replaced
        self.score = score
        self.text = text
    }
}

/// A mentoring program as stored, its body's lists left as JSON text.
public struct StoredProgram: Sendable, Equatable {
    public var id: String
    public var start: String
    public var end: String
    /// The status's code.
    public var status: String
    /// The body's `forms`, `directions` and `activities`, each a JSON array text.
    public var forms: StoredText
    public var directions: StoredText
    public var activities: StoredText
    /// The deficits addressed (`route/deficit`), a JSON array text, `[]` when the body has none.
    public var addresses: StoredText
    /// Person ids, in the order the program lists them.
    public var mentors: [String]
    public var mentees: [String]
    /// Status changes, in the order they were made.
    public var changes: [StoredStatusChange]
    /// Indicator values, in the order they were recorded.
    public var indicators: [StoredIndicator]

    public init(
        id: String, start: String, end: String, status: String, forms: StoredText, directions: StoredText,
        activities: StoredText, addresses: StoredText, mentors: [String] = [], mentees: [String] = [],
        changes: [StoredStatusChange] = [], indicators: [StoredIndicator] = []
    ) {
        self.id = id
        self.start = start
        self.end = end
        self.status = status
        self.forms = forms
        self.directions = directions
        self.activities = activities
        self.addresses = addresses
        self.mentors = mentors
        self.mentees = mentees
        self.changes = changes
        self.indicators = indicators
    }
}

/// A change of a program's status as stored.
public struct StoredStatusChange: Sendable, Equatable {
    public var date: String
    /// The new status's code.
    public var status: String
    public var reason: StoredText

    public init(date: String, status: String, reason: StoredText) {
        self.date = date
        self.status = status
        self.reason = reason
    }
}

/// One value of a program's indicator as stored.
public struct StoredIndicator: Sendable, Equatable {
    public var name: String
    public var date: String
    public var value: Double

    public init(name: String, date: String, value: Double) {
        self.name = name
        self.date = date
        self.value = value
    }
}
