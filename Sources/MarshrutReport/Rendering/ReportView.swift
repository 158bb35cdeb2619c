/// What the HTML and Markdown templates show: the report's figures as Russian display text.
///
/// Every field is a plain stored value (the templates read fields by reflection) and none is
/// optional: a missing value would make Mustache look the name up in an enclosing section.
struct ReportView: Sendable {
    struct Card: Sendable { var value: String, label: String }
    struct TallyRow: Sendable { var code: String, title: String, count: Int }

    struct ProgramRow: Sendable {
        var id: String, kind: String, forms: String, mentors: String, mentees: String, period: String, status: String
    }

    struct DeficitRow: Sendable {
        var title: String, code: String, atStart: Int, added: Int, overcome: Int, remaining: Int
    }

    struct SeriesView: Sendable {
        var name: String, title: String, values: String
        var first: String, last: String, change: String
        /// `up`, `down` or `flat`.
        var trend: String
        var chart: LineChart
    }

    struct IndicatorProgram: Sendable {
        var id: String, members: String
        var series: [SeriesView]
        var hasSeries: Bool
    }

    struct RuleRow: Sendable { var rule: String, severity: String, severityTitle: String, count: Int }

    struct FindingRow: Sendable {
        var severity: String, severityTitle: String, rule: String, subject: String, id: String, message: String
    }

    struct AwardRow: Sendable {
        var title: String, incentive: String, kindTitle: String, subject: String, name: String, reason: String
    }

    struct ProductRow: Sendable {
        var date: String, kindTitle: String, title: String, authors: String, source: String
    }

    struct StageRow: Sendable {
        var number: Int, title: String, due: String, responsible: String, state: String, stateTitle: String
    }

    struct PlanView: Sendable {
        var id: String, title: String
        var done: Int, due: Int, overdue: Int
        var stages: [StageRow]
    }

    var heading: String
    var school: String
    var hasSchool: Bool
    var year: String
    var period: String
    var today: String

    var cards: [Card]
    var mentorBank: Int, mentorJoined: Int
    var menteeBank: Int, menteeJoined: Int
    var bankDate: String
    var pairs: Int, groups: Int
    var programs: [ProgramRow]
    var hasPrograms: Bool
    var formsChart: BarChart
    var forms: [TallyRow]
    var statuses: [TallyRow]
    var routes: Int
    var stages: [TallyRow]

    var deficitsChart: BarChart
    var deficitRows: [DeficitRow]
    var deficitTotal: DeficitRow
    /// «Рефлексия об образе себя: …», or empty when no route reflected on it in the year.
    var selfImageNote: String
    var hasSelfImageNote: Bool

    var indicatorPrograms: [IndicatorProgram]
    var hasIndicatorPrograms: Bool

    var findingsTotal: Int
    var severities: [TallyRow]
    var ruleRows: [RuleRow]
    var findingRows: [FindingRow]
    var hasFindings: Bool

    var awardRows: [AwardRow]
    var hasAwards: Bool

    var productTotal: Int
    var productKinds: [TallyRow]
    var productRows: [ProductRow]
    var hasProducts: Bool

    var plans: [PlanView]
    var hasPlans: Bool
}
