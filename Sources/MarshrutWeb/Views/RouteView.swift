import MarshrutCore
import MarshrutService
import MarshrutText

/// A route's page: the seven steps with the current one marked, deficits with the activities
/// aimed at them and their score trends, products, reflections, corrections, and the
/// teacher's reflection form.
struct RouteView: Sendable {
    struct Summary: Sendable {
        var id: String, teacher: String, tutor: String, period: String, stage: String
        var hasTutor: Bool
        var selfImage: String
        var hasSelfImage: Bool
    }

    struct Step: Sendable {
        var number: String, title: String, state: String
        var current: Bool
    }

    struct Strength: Sendable { var area: String, text: String }

    struct ActivityItem: Sendable {
        var id: String, kind: String, title: String, due: String
        /// `done`, `overdue` or `planned`: a class and the badge's word.
        var state: String, stateLabel: String
        var hasProduct: Bool
        var product: String
    }

    struct DeficitItem: Sendable {
        var id: String, area: String, level: Int, text: String
        var activities: [ActivityItem]
        var hasChart: Bool
        var chart: String
        var scores: String
    }

    struct ProductItem: Sendable { var date: String, kind: String, title: String, activity: String }
    struct CorrectionItem: Sendable { var date: String, author: String, activity: String, change: String, reason: String }

    var page: Frame
    var route: Summary
    var saved: Bool
    var canPlan: Bool
    var canReflect: Bool
    var steps: [Step]
    var strengths: [Strength]
    var hasStrengths: Bool
    var deficits: [DeficitItem]
    var loose: [ActivityItem]
    var hasLoose: Bool
    var products: [ProductItem]
    var hasProducts: Bool
    var entries: [EntryItem]
    var hasReflections: Bool
    var corrections: [CorrectionItem]
    var hasCorrections: Bool
    var form: ReflectForm

    /// How many of the latest reflections the page lists; the journal has them all.
    static let latestReflections = 10

    init(page: Frame, detail: RouteDetail, names: [String: String], canPlan: Bool, canReflect: Bool, form: ReflectForm?, saved: Bool) {
        self.page = page
        let route = detail.route
        let words = page.words
        self.route = Summary(
            id: route.id, teacher: detail.teacher?.name ?? route.teacher, tutor: detail.tutor?.name ?? route.tutor ?? "",
            period: "\(route.start.display) – \(route.end.display)", stage: route.stage.title, hasTutor: route.tutor != nil,
            selfImage: route.selfImage ?? "", hasSelfImage: route.selfImage != nil)
        self.saved = saved
        self.canPlan = canPlan
        self.canReflect = canReflect && route.stage != .closed
        steps = Stage.allCases.filter { $0 != .closed }.map { stage in
            let state = route.stage == .closed || stage < route.stage ? "done" : stage == route.stage ? "current" : "todo"
            return Step(number: stage.steps, title: stage.title, state: state, current: stage == route.stage)
        }
        strengths = route.strengths.map { Strength(area: $0.area.title, text: $0.text) }
        hasStrengths = !strengths.isEmpty
        let item = { (activity: Activity) in Self.item(activity, today: detail.day, words: words) }
        deficits = route.deficits.map { deficit in
            let aimed = route.activities.filter { $0.addresses.contains(deficit.id) }
            let aimedIDs = Set(aimed.map(\.id))
            let scores = route.reflections.filter { r in r.deficit == deficit.id || r.activity.map(aimedIDs.contains) == true }
                .sorted { $0.date < $1.date }.map(\.score)
            let chart = Sparkline(scores: scores, label: "\(words.scoreTrend) \(deficit.id): \(scores.map(String.init).joined(separator: ", "))").svg
            return DeficitItem(
                id: deficit.id, area: deficit.area.title, level: deficit.level, text: deficit.text, activities: aimed.map(item),
                hasChart: chart != nil, chart: chart ?? "", scores: scores.map(String.init).joined(separator: " → "))
        }
        let deficitIDs = Set(route.deficits.map(\.id))
        loose = route.activities.filter { !$0.addresses.contains(where: deficitIDs.contains) }.map(item)
        hasLoose = !loose.isEmpty
        products = route.activities.compactMap { activity in
            activity.product.map { ProductItem(date: $0.date.display, kind: Self.productKind($0.kind), title: $0.title, activity: activity.title) }
        }
        hasProducts = !products.isEmpty
        let numbered = route.reflections.enumerated().map { (number: $0.offset + 1, reflection: $0.element) }
        entries = numbered.suffix(Self.latestReflections).reversed().map { EntryItem(route: route, number: $0.number, reflection: $0.reflection) }
        hasReflections = !entries.isEmpty
        corrections = route.corrections.reversed().map {
            CorrectionItem(
                date: $0.date.display, author: names[$0.author] ?? $0.author, activity: $0.activity ?? "—", change: ChangeRecord.shown($0.change),
                reason: $0.reason)
        }
        hasCorrections = !corrections.isEmpty
        self.form = form ?? ReflectForm(route: route, today: detail.day)
    }

    static func item(_ activity: Activity, today: Day, words: PageWords) -> ActivityItem {
        let state = activity.isDone ? "done" : activity.isOverdue(on: today) ? "overdue" : "planned"
        let label = activity.isDone ? words.done : activity.isOverdue(on: today) ? words.overdueWork : words.planned
        return ActivityItem(
            id: activity.id, kind: activity.kind.title, title: activity.title, due: activity.due.display, state: state, stateLabel: label,
            hasProduct: activity.product != nil, product: activity.product?.title ?? "")
    }

    /// A product kind's title when it is one the regulation names, else its code.
    static func productKind(_ code: String) -> String {
        ProductKind(rawValue: code)?.title ?? code
    }
}

/// One reflection in a list: its number, day, target, score and the start of its text.
struct EntryItem: Sendable {
    var route: String
    var number: Int
    var date: String, target: String
    var score: Int
    var isFinal: Bool
    var excerpt: String

    init(route: Route, number: Int, reflection: Reflection) {
        self.route = route.id
        self.number = number
        date = reflection.date.display
        target = Self.target(reflection.target, in: route)
        score = reflection.score
        isFinal = reflection.isFinal
        excerpt = reflection.text.count > 240 ? String(reflection.text.prefix(240)) + "…" : reflection.text
    }

    /// `a1 · Курс …` or `d1 · Редко пользуется …`: the id with what it names.
    static func target(_ target: Reflection.Target, in route: Route) -> String {
        switch target {
        case .activity(let id): "\(id) · \(route.activities.first { $0.id == id }?.title ?? "")"
        case .deficit(let id): "\(id) · \(route.deficits.first { $0.id == id }?.text ?? "")"
        case .image: tr("The self-image", "Образ себя")
        }
    }
}
