import MarshrutCore
import MarshrutService
import MarshrutText

/// The home page: the reader's own routes, the routes they accompany as tutor, and the
/// others their organization roles let them read, each sortable by stage and overdue work.
struct HomeView: Sendable {
    struct Row: Sendable {
        var id: String, teacher: String, school: String, stage: String
        var stageIndex: Int
        var overdue: Int
        var isOverdue: Bool
        var nextDue: String
    }

    struct Section: Sendable {
        var key: String, title: String
        var rows: [Row]
        var hasRows: Bool
    }

    /// How a table is sorted: `?sort=stage|overdue|teacher`.
    enum Sort: String, Sendable {
        case teacher, stage, overdue
    }

    var page: Frame
    var sections: [Section]
    var byTeacher: Bool, byStage: Bool, byOverdue: Bool

    init(page: Frame, listing: RouteListing, reader: String?, sort: Sort) {
        self.page = page
        let words = page.words
        let rows = listing.routes.map { Self.row($0, listing: listing) }
        let ordered = Self.sorted(rows, by: sort)
        // Looked up by id: a region's listing holds many thousands of routes.
        let byID = Dictionary(listing.routes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let mine = ordered.filter { byID[$0.id]?.teacher == reader }
        let tutored = ordered.filter { row in byID[row.id].map { $0.tutor == reader && $0.teacher != reader } ?? false }
        let shown = Set((mine + tutored).map(\.id))
        let others = ordered.filter { !shown.contains($0.id) }
        var sections: [Section] = []
        if !mine.isEmpty || (tutored.isEmpty && others.isEmpty) {
            sections.append(Section(key: "mine", title: words.myRoutes, rows: mine, hasRows: !mine.isEmpty))
        }
        if !tutored.isEmpty { sections.append(Section(key: "caseload", title: words.caseload, rows: tutored, hasRows: true)) }
        if !others.isEmpty { sections.append(Section(key: "others", title: words.otherRoutes, rows: others, hasRows: true)) }
        self.sections = sections
        (byTeacher, byStage, byOverdue) = (sort == .teacher, sort == .stage, sort == .overdue)
    }

    static func row(_ route: Route, listing: RouteListing) -> Row {
        let open = route.activities.filter { !$0.isDone }
        let overdue = open.filter { $0.isOverdue(on: listing.day) }.count
        return Row(
            id: route.id, teacher: listing.names[route.teacher] ?? route.teacher, school: listing.schools[route.teacher] ?? "—",
            stage: "\(route.stage.steps). \(route.stage.title)", stageIndex: route.stage.index, overdue: overdue, isOverdue: overdue > 0,
            nextDue: open.map(\.due).min()?.display ?? "—")
    }

    /// Ties keep the teachers' alphabetical order.
    static func sorted(_ rows: [Row], by sort: Sort) -> [Row] {
        rows.sorted { a, b in
            switch sort {
            case .teacher: break
            case .stage: if a.stageIndex != b.stageIndex { return a.stageIndex < b.stageIndex }
            case .overdue: if a.overdue != b.overdue { return a.overdue > b.overdue }
            }
            return (a.teacher, a.id) < (b.teacher, b.id)
        }
    }
}
