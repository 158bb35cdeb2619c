import MarshrutCore
import MarshrutRules
import MarshrutService
import MarshrutText

/// A municipality's or region's schools in one table; each finding count links to the
/// findings that make it up.
struct RollUpView: Sendable {
    struct Cell: Sendable {
        var value: Int
        var href: String
        var hasLink: Bool
    }

    struct Row: Sendable {
        var name: String, id: String
        var stages: [Cell]
        var overdue: Cell
        var findings: [Cell]
        var programs: Int, mentors: Int, mentees: Int, waiting: Int
    }

    struct Heading: Sendable { var label: String, title: String }

    var page: Frame
    var day: String
    var stageHeadings: [Heading]
    var severityHeadings: [Heading]
    var rows: [Row]
    var hasRows: Bool
    var errors: [String]
    var hasErrors: Bool

    /// The steps as columns: 1 to 7 and the closed routes.
    static let stages = Stage.allCases

    /// - Parameter readsRoutes: whether the reader may open the routes behind the counts.
    init(page: Frame, rollUp: RollUp, readsRoutes: Bool) {
        self.page = page
        day = rollUp.day.display
        stageHeadings = Self.stages.map { Heading(label: $0.steps, title: $0.title) }
        let severities = Severity.allCases.reversed()
        severityHeadings = severities.map { Heading(label: FindingsView.title($0), title: FindingsView.title($0)) }
        rows = rollUp.rows.map { row in
            let id = row.organization.id
            return Row(
                name: row.organization.name, id: id,
                stages: Self.stages.map { stage in
                    let n = row.stages[stage] ?? 0
                    return Cell(value: n, href: "/?organization=\(Pages.encoded(id))&stage=\(stage.rawValue)", hasLink: readsRoutes && n > 0)
                },
                overdue: Cell(
                    value: row.overdueRoutes, href: "/?organization=\(Pages.encoded(id))&overdue=1&sort=overdue",
                    hasLink: readsRoutes && row.overdueRoutes > 0),
                findings: severities.map { s in
                    let n = row.findings[s] ?? 0
                    return Cell(value: n, href: "/findings?organization=\(Pages.encoded(id))&severity=\(s.rawValue)", hasLink: n > 0)
                },
                programs: row.activePrograms, mentors: row.mentors, mentees: row.mentees, waiting: row.waitingMentees)
        }
        hasRows = !rows.isEmpty
        errors = rollUp.errors.map { "\($0.rule): \($0.error)" }
        hasErrors = !errors.isEmpty
    }
}
