/// A teacher's individual educational route: 4 to 5 years, seven steps (regulation §4.3.2).
///
/// The route keeps everything the regulation asks to keep: corrections and reflections are
/// only appended. Changes go through throwing methods (see `Route+Workflow.swift`) that
/// check the invariants and leave the route unchanged when they refuse.
public struct Route: Sendable, Hashable, Codable {
    public var id: String
    /// The person id of the teacher.
    public var teacher: String
    /// The person id of the tutor, when one accompanies the route.
    public var tutor: String?
    public var start: Day
    public var end: Day
    public var stage: Stage
    /// Step 1: the desired image of oneself as a professional.
    public var selfImage: String?
    public var strengths: [Strength]
    public var deficits: [Deficit]
    public var activities: [Activity]
    public internal(set) var corrections: [Correction]
    public internal(set) var reflections: [Reflection]

    public init(
        id: String, teacher: String, tutor: String? = nil, start: Day, end: Day,
        stage: Stage = .selfDetermination, selfImage: String? = nil,
        strengths: [Strength] = [], deficits: [Deficit] = [], activities: [Activity] = [],
        corrections: [Correction] = [], reflections: [Reflection] = []
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

    public var reference: SubjectReference { SubjectReference(.route, id) }

    /// The shortest and longest route (regulation §1.2: 4–5 years).
    public static let allowedYears = 4...5

    public func deficit(_ id: String) -> Deficit? { deficits.first { $0.id == id } }
    public func activity(_ id: String) -> Activity? { activities.first { $0.id == id } }

    /// The activities aimed at a deficit.
    public func activities(addressing deficitID: String) -> [Activity] {
        activities.filter { $0.addresses.contains(deficitID) }
    }

    /// Reflections on a deficit, and on the activities aimed at it, in date order.
    public func reflections(onDeficit deficitID: String) -> [Reflection] {
        let activityIDs = Set(activities(addressing: deficitID).map(\.id))
        return reflections.filter { r in
            switch r.target {
            case .deficit(let id): id == deficitID
            case .activity(let id): activityIDs.contains(id)
            case .image: false
            }
        }.sorted { $0.date < $1.date }
    }

    /// The reflections on the self-image (step 7: how close the teacher came to it), in date order.
    public var imageReflections: [Reflection] {
        reflections.filter(\.isOnImage).sorted { $0.date < $1.date }
    }

    /// The final (step 7) reflection on a deficit, if any.
    public func finalReflection(onDeficit deficitID: String) -> Reflection? {
        reflections.last { $0.isFinal && $0.deficit == deficitID }
    }

    /// Checks the route on its own (not its references to persons: see `Catalog`).
    public func validate() throws(ModelError) {
        var list = ProblemList(subject: reference)
        validate(into: &list)
        try list.check()
    }
}
