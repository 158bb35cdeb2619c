import MarshrutCore
import MarshrutText

/// The tutor's planning page: a form for each change the tutor makes to a route.
struct PlanView: Sendable {
    /// The forms of the page, each posted to `/routes/ID/plan/NAME`.
    enum Name: String, Sendable, CaseIterable {
        case advance, deficit, activity, product, correction
    }

    /// One form: what was typed, and why it was refused.
    struct Form: Sendable {
        var key: String
        var values: [String: String]
        var hasError: Bool
        var error: String
        var areas: [Option] = []
        var kinds: [Option] = []
        var targets: [Option] = []
        var hasNext = false, next = ""
        var hasPrevious = false, previous = ""
    }

    struct Summary: Sendable { var id: String, teacher: String, stage: String }

    var page: Frame
    var route: Summary
    var saved: Bool
    var advance: Form
    var deficit: Form
    var activity: Form
    var product: Form
    var correction: Form

    /// - Parameters:
    ///   - posted: the form that was refused, with its fields, so nothing typed is lost.
    init(page: Frame, route: Route, teacher: String, today: Day, saved: Bool, posted: (Name, FormFields, String)? = nil) {
        self.page = page
        self.route = Summary(id: route.id, teacher: teacher, stage: route.stage.title)
        self.saved = saved
        func form(_ name: Name, defaults: [String: String]) -> Form {
            let keys = ["id", "level", "text", "title", "hours", "due", "date", "reason", "area", "kind", "activity"]
            var values = Dictionary(uniqueKeysWithValues: keys.map { ($0, defaults[$0] ?? "") })
            var error: String?
            if let (postedName, fields, message) = posted, postedName == name {
                for key in keys { values[key] = fields[key] ?? "" }
                error = message
            }
            return Form(key: name.rawValue, values: values, hasError: error != nil, error: error ?? "")
        }
        let todayWord = tr("today", "сегодня")
        advance = form(.advance, defaults: [:])
        if let next = route.stage.next { (advance.hasNext, advance.next) = (true, next.title) }
        if let previous = route.stage.previous { (advance.hasPrevious, advance.previous) = (true, previous.title) }
        deficit = form(.deficit, defaults: ["level": "2"])
        deficit.areas = Self.options(CompetencyArea.allCases.map { ($0.rawValue, $0.title) }, chosen: deficit.values["area"])
        activity = form(.activity, defaults: [:])
        activity.kinds = Self.options(ActivityKind.allCases.map { ($0.rawValue, $0.title) }, chosen: activity.values["kind"])
        let posted = posted?.0 == .activity ? posted.map { $0.1.all("addresses") } : nil
        activity.targets = route.deficits.map { d in
            Option(value: d.id, label: "\(d.id): \(d.text)", selected: posted?.contains(d.id) ?? (route.deficits.count == 1))
        }
        product = form(.product, defaults: ["date": todayWord])
        product.kinds = Self.options(ProductKind.allCases.map { ($0.rawValue, $0.title) }, chosen: product.values["kind"])
        product.targets = Self.activities(route, done: false, chosen: product.values["activity"])
        correction = form(.correction, defaults: [:])
        correction.targets = Self.activities(route, done: nil, chosen: correction.values["activity"])
    }

    static func options(_ pairs: [(String, String)], chosen: String?) -> [Option] {
        pairs.map { Option(value: $0.0, label: $0.1, selected: $0.0 == chosen) }
    }

    /// The route's activities; with `done: false` only those still without a product.
    static func activities(_ route: Route, done: Bool?, chosen: String?) -> [Option] {
        route.activities.filter { done == nil || $0.isDone == done }.map {
            Option(value: $0.id, label: "\($0.id): \($0.title)", selected: $0.id == chosen)
        }
    }
}
