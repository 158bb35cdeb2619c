import MarshrutCore
import MarshrutText

/// A choice in a select or a group of boxes.
struct Option: Sendable {
    var value: String, label: String
    var selected: Bool
}

/// A score from 1 to 5, as a radio button.
struct ScoreOption: Sendable {
    var value: Int
    var selected: Bool

    static func all(selected: Int?) -> [ScoreOption] {
        Reflection.scores.map { ScoreOption(value: $0, selected: $0 == selected) }
    }
}

/// The teacher's reflection form: what was typed stays when the form is refused.
struct ReflectForm: Sendable {
    var targets: [Option]
    var scores: [ScoreOption]
    var date: String
    var text: String
    var isFinal: Bool
    var hasError: Bool
    var error: String

    /// An empty form: the first open activity chosen, dated today.
    init(route: Route, today: Day) {
        let first = route.activities.first { !$0.isDone }.map { "activity:\($0.id)" }
        self.init(route: route, chosen: first, score: nil, date: tr("today", "сегодня"), text: "", isFinal: false, error: nil)
    }

    /// The form as it was posted, with why it was refused.
    init(route: Route, chosen: String?, score: Int?, date: String, text: String, isFinal: Bool, error: String?) {
        var targets = route.activities.map { a in
            Option(value: "activity:\(a.id)", label: "\(tr("Activity", "Мероприятие")) \(a.id): \(a.title)", selected: false)
        }
        targets += route.deficits.map { d in Option(value: "deficit:\(d.id)", label: "\(tr("Deficit", "Дефицит")) \(d.id): \(d.text)", selected: false) }
        if let image = route.selfImage, !image.isEmpty, route.stage == .implementation || route.stage == .reflection {
            targets.append(Option(value: "image:self", label: "\(tr("The self-image", "Образ себя")): \(image)", selected: false))
        }
        if let chosen, let index = targets.firstIndex(where: { $0.value == chosen }) { targets[index].selected = true }
        self.targets = targets
        scores = ScoreOption.all(selected: score)
        self.date = date
        self.text = text
        self.isFinal = isFinal
        hasError = error != nil
        self.error = error ?? ""
    }

    /// `activity:a1`, `deficit:d1` or `image:self` as a reflection's target.
    static func target(_ value: String) -> Reflection.Target? {
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        switch parts[0] {
        case "activity": return .activity(parts[1])
        case "deficit": return .deficit(parts[1])
        case "image": return parts[1] == "self" ? .image : nil
        default: return nil
        }
    }
}
