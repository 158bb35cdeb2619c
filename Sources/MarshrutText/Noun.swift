/// Counted nouns with the right plural form: "1 deficit, 2 deficits", "1 дефицит,
/// 2 дефицита, 5 дефицитов".
public struct Noun: Sendable, Hashable {
    public var english: (one: String, other: String)
    /// Russian forms for 1 (21, 31…), 2–4 (22–24…) and 5–20 (25–30…, 11–14).
    public var russian: (one: String, few: String, many: String)

    public init(_ one: String, _ other: String, ru: (String, String, String)) {
        english = (one, other)
        russian = ru
    }

    /// The noun for `count`, without the number.
    public func form(_ count: Int) -> String {
        switch Language.current {
        case .english: return count == 1 ? english.one : english.other
        case .russian:
            let n = abs(count) % 100
            if (11...14).contains(n) { return russian.many }
            switch n % 10 {
            case 1: return russian.one
            case 2, 3, 4: return russian.few
            default: return russian.many
            }
        }
    }

    /// "3 deficits", "3 дефицита".
    public func count(_ count: Int) -> String { "\(count) \(form(count))" }

    public static func == (a: Noun, b: Noun) -> Bool {
        a.english == b.english && a.russian == b.russian
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(english.one)
        hasher.combine(russian.many)
    }
}
