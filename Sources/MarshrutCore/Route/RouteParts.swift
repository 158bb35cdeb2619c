/// An achievement or personal resource in one competency area (step 2).
public struct Strength: Sendable, Hashable, Codable {
    public var area: CompetencyArea
    public var text: String

    public init(area: CompetencyArea, text: String) {
        self.area = area
        self.text = text
    }
}

/// A professional difficulty in one competency area (step 3), with its severity.
public struct Deficit: Sendable, Hashable, Codable {
    public var id: String
    public var area: CompetencyArea
    /// 1 (severe) to 5 (overcome).
    public var level: Int
    public var text: String

    public init(id: String, area: CompetencyArea, level: Int, text: String) {
        self.id = id
        self.area = area
        self.level = level
        self.text = text
    }

    public static let levels = 1...5
}

/// A change to the roadmap after step 4, kept for good (step 6): nothing is overwritten.
public struct Correction: Sendable, Hashable, Codable {
    public var date: Day
    /// The person id of who made the change.
    public var author: String
    /// The activity changed, when the change concerns one.
    public var activity: String?
    /// What changed, e.g. `due: 2023-03-01 -> 2023-05-01`.
    public var change: String
    public var reason: String

    public init(date: Day, author: String, activity: String? = nil, change: String, reason: String) {
        self.date = date
        self.author = author
        self.activity = activity
        self.change = change
        self.reason = reason
    }
}

/// A teacher's self-assessment of an activity, a deficit, or how close they came to their
/// self-image (steps 5–7).
///
/// A reflection can be edited, but nothing is lost: each earlier wording is kept in
/// `history`, oldest first.
public struct Reflection: Sendable, Hashable, Codable {
    public enum Target: Sendable, Hashable {
        case activity(String)
        case deficit(String)
        /// Step 7: how close the teacher came to the desired image of themselves.
        case image
    }

    /// An earlier wording of a reflection, replaced on `replaced`.
    public struct Revision: Sendable, Hashable, Codable {
        public var replaced: Day
        public var score: Int
        public var text: String

        public init(replaced: Day, score: Int, text: String) {
            self.replaced = replaced
            self.score = score
            self.text = text
        }
    }

    public var date: Day
    public var target: Target
    /// 1 to 5.
    public var score: Int
    public var text: String
    /// Step 7's analysis of a deficit: overcome or not, and how.
    public var isFinal: Bool
    /// The teacher's own labels, in their own words (a lesson, an olympiad).
    public var tags: [String]
    /// Earlier wordings, oldest first.
    public var history: [Revision]

    public init(
        date: Day, target: Target, score: Int, text: String, isFinal: Bool = false,
        tags: [String] = [], history: [Revision] = []
    ) {
        self.date = date
        self.target = target
        self.score = score
        self.text = text
        self.isFinal = isFinal
        self.tags = tags
        self.history = history
    }

    public static let scores = 1...5

    public var activity: String? {
        if case .activity(let id) = target { id } else { nil }
    }

    public var deficit: String? {
        if case .deficit(let id) = target { id } else { nil }
    }

    /// True when the reflection is on the self-image.
    public var isOnImage: Bool { target == .image }

    /// Replaces the wording, keeping the old one in `history`.
    public mutating func revise(text newText: String, score newScore: Int? = nil, on day: Day) {
        history.append(Revision(replaced: day, score: score, text: text))
        text = newText
        if let newScore { score = newScore }
    }

    private enum CodingKeys: String, CodingKey { case date, activity, deficit, image, score, text, isFinal = "final", tags, history }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decode(Day.self, forKey: .date)
        if let id = try c.decodeIfPresent(String.self, forKey: .activity) {
            target = .activity(id)
        } else if try c.decodeIfPresent(Bool.self, forKey: .image) == true {
            target = .image
        } else {
            target = .deficit(try c.decode(String.self, forKey: .deficit))
        }
        score = try c.decode(Int.self, forKey: .score)
        text = try c.decode(String.self, forKey: .text)
        isFinal = try c.decodeIfPresent(Bool.self, forKey: .isFinal) ?? false
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        history = try c.decodeIfPresent([Revision].self, forKey: .history) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(activity, forKey: .activity)
        try c.encodeIfPresent(deficit, forKey: .deficit)
        if isOnImage { try c.encode(true, forKey: .image) }
        try c.encode(score, forKey: .score)
        try c.encode(text, forKey: .text)
        try c.encode(isFinal, forKey: .isFinal)
        if !tags.isEmpty { try c.encode(tags, forKey: .tags) }
        if !history.isEmpty { try c.encode(history, forKey: .history) }
    }
}
