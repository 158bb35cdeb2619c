import ArgumentParser
import MarshrutCore
import MarshrutService
import MarshrutText

struct Plan: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "plan",
            abstract: tr(
                "Show the school's road map for mentoring: each stage done, due or overdue.",
                "Показать дорожную карту школы по наставничеству: этапы выполнены, в срок или просрочены."),
            discussion: tr(
                """
                The road map is a `kind: plan` document (see Routes/plan.yaml) that the curator edits and \\
                imports. A stage with `check:` is judged from the data (\(SchoolPlan.Check.allCases.map(\.rawValue).joined(separator: ", "))); \\
                one without is done when it has `done: DATE`.
                """,
                """
                Дорожная карта — документ `kind: plan` (см. Routes/plan.yaml), который куратор правит и \
                загружает. Этап с `check:` оценивается по данным (\(SchoolPlan.Check.allCases.map(\.rawValue).joined(separator: ", "))); \
                этап без него выполнен, когда у него есть `done: ДАТА`.
                """)
        )
    }
    @Option(help: ArgumentHelp(tr("The day to judge by (default: today).", "На какую дату оценивать (по умолчанию сегодня)."), valueName: "date")) var today:
        Day?
    @OptionGroup var format: JSONFlag
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let roadMap: RoadMap
        if let client = try context.remote() {
            roadMap = try client.decode(RoadMap.self, try client.send("GET", "api/v1/roadmap", query: today.map { ["today": $0.description] } ?? [:]))
        } else {
            roadMap = try context.service().roadMap(on: today)
        }
        let rows = roadMap.rows, names = roadMap.names, day = roadMap.day
        if format.json { return context.print(try JSONOutput.string(rows)) }
        let style = Style(enabled: context.colour)
        for plan in roadMap.plans {
            context.print(style.bold(plan.title))
            for row in rows where row.plan == plan.id {
                let mark =
                    switch row.state {
                    case .done: style.green(CLIText.stageState(.done))
                    case .due: style.cyan(CLIText.stageState(.due))
                    case .overdue: style.red(CLIText.stageState(.overdue))
                    }
                let who = row.responsible.map { text in
                    text.split(separator: ",").map { id in
                        let id = id.trimmingCharacters(in: .whitespaces)
                        return names[id] ?? id
                    }.joined(separator: ", ")
                }
                context.print("  \(mark) \(row.number). \(row.title)\(CLIText.dueBy(row.due))\(who.map { " · \($0)" } ?? "")")
                if let check = row.check.flatMap(SchoolPlan.Check.init(rawValue:)) {
                    context.print(style.dim(CLIText.fromTheData(check.explanation)))
                }
            }
        }
        let late = rows.filter { $0.state == .overdue }.count
        context.print(CLIText.planSummary(done: rows.filter { $0.state == .done }.count, of: rows.count, overdue: late, asOf: day))
    }
}
