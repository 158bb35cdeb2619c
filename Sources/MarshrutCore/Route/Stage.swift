/// Where a route stands among the seven steps of regulation §4.3.2.
///
/// Steps 5 (implementation) and 6 (correction) run together as `implementation`;
/// `closed` follows step 7 once every deficit has its final reflection.
public enum Stage: String, Vocabulary, Comparable {
    case selfDetermination = "self-determination"
    case strengths
    case deficits
    case roadmap
    case implementation
    case reflection
    case closed

    /// The order of steps.
    public var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (a: Stage, b: Stage) -> Bool { a.index < b.index }

    /// The step after this one, or `nil` for `closed`.
    public var next: Stage? {
        let i = index + 1
        return i < Self.allCases.count ? Self.allCases[i] : nil
    }

    /// The step before this one, or `nil` for `self-determination`.
    public var previous: Stage? {
        index > 0 ? Self.allCases[index - 1] : nil
    }

    /// The steps of the regulation this stage covers, for display ("5–6").
    public var steps: String {
        switch self {
        case .selfDetermination: "1"
        case .strengths: "2"
        case .deficits: "3"
        case .roadmap: "4"
        case .implementation: "5–6"
        case .reflection: "7"
        case .closed: "—"
        }
    }
}
