import ArgumentParser
import MarshrutCore
import MarshrutStore

struct RouteCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "route",
            abstract: tr(
                "Plan a teacher's individual educational route, step by step.", "Планирование индивидуального образовательного маршрута педагога по шагам."),
            discussion: tr(
                """
                The seven steps: self-determination, strengths, deficits, roadmap, implementation
                (steps 5–6: products and corrections), reflection, closed. After step 4 every change
                of the roadmap needs --reason and is kept as a correction (see `route history`).
                """,
                """
                Семь шагов: самоопределение, достижения и ресурсы, дефициты, дорожная карта, реализация \
                (шаги 5–6: продукты и корректировки), рефлексивный анализ, закрыт. После шага 4 любое \
                изменение дорожной карты требует --reason и сохраняется как корректировка (см. `route history`).
                """),
            subcommands: [
                New.self, List.self, Show.self, History.self, Advance.self,
                Image.self, StrengthCommand.self, DeficitCommand.self, ActivityCommand.self,
                ProductCommand.self, Correct.self, Use.self,
            ]
        )
    }
}

/// Who made a change and why, for commands that may change the roadmap after step 4.
struct AmendmentOptions: ParsableArguments {
    @Option(
        help: tr(
            "Why the roadmap changes (required after step 4; kept as a correction).",
            "Почему меняется дорожная карта (обязательно после шага 4; сохраняется как корректировка)."))
    var reason: String?

    @Option(
        help: tr(
            "The person id of who makes the change (default: the route's tutor, else its teacher).",
            "Id того, кто вносит изменение (по умолчанию тьютор маршрута, иначе педагог)."))
    var author: String?

    func amendment(for route: Route, today: Day) -> Amendment? {
        guard let reason else { return nil }
        return Amendment(date: today, author: author ?? route.tutor ?? route.teacher, reason: reason)
    }
}

extension RouteCommand {
    struct New: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "new",
                abstract: tr("Open a route for a teacher at step 1 (self-determination).", "Открыть маршрут педагога на шаге 1 (самоопределение)."),
                discussion: tr(
                    "Example: marshrut route new ivanova-2026 --teacher ivanova --tutor petrova --start 2026-09-01",
                    "Пример: marshrut route new ivanova-2026 --teacher ivanova --tutor petrova --start 2026-09-01")
            )
        }
        @Argument(help: tr("A short id, e.g. ivanova-2026.", "Короткий id, например ivanova-2026.")) var id: String
        @Option(help: tr("The teacher's person id.", "Id педагога.")) var teacher: String
        @Option(help: tr("The tutor's person id.", "Id тьютора.")) var tutor: String?
        @Option(help: ArgumentHelp(tr("First day (default: today).", "Первый день (по умолчанию сегодня)."), valueName: "date")) var start: Day?
        @Option(
            help: ArgumentHelp(
                tr(
                    "Last day, 4 to 5 years after start (default: 31 May of the fifth school year).",
                    "Последний день: через 4–5 лет после начала (по умолчанию 31 мая пятого учебного года)."), valueName: "date")) var end: Day?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let route = try Route.open(id: id, teacher: teacher, tutor: tutor, start: start ?? context.today, end: end)
            try context.store().add(route)
            context.print(CLIText.opened(route.id, teacher: teacher, start: route.start, end: route.end))
            context.print(CLIText.afterOpening(route.id))
        }
    }

    struct List: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: tr("List routes with their step and progress.", "Список маршрутов с шагом и ходом работы."))
        }
        @Option(help: trValues(Stage.self, "Only routes at this stage.", "Только маршруты на этом шаге.")) var stage: Stage?
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let store = try context.store()
            let today = try context.today
            let routes = try store.routes().filter { stage == nil || $0.stage == stage }
            if format.json { return context.print(try JSONOutput.string(routes)) }
            var names: [String: String] = [:]
            for p in try store.persons() { names[p.id] = p.name }
            let rows = routes.map { r in
                [
                    r.id, names[r.teacher] ?? r.teacher, CLIText.code(r.stage), "\(r.start.display) → \(r.end.display)",
                    "\(r.activities.filter(\.isDone).count)/\(r.activities.count)",
                    String(r.activities.filter { $0.isOverdue(on: today) }.count),
                ]
            }
            context.print(
                TextTable(header: [CLIText.id, CLIText.teacher, CLIText.stage, CLIText.period, CLIText.done, CLIText.overdue].map(String.init), rows: rows)
                    .render())
        }
    }

    struct Show: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "show",
                abstract: tr("Show a route: steps, deficits with their activities, progress.", "Показать маршрут: шаги, дефициты с мероприятиями, продвижение.")
            )
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let store = try context.store()
            let route = try store.route(id)
            if format.json { return context.print(try JSONOutput.string(route)) }
            let sheet = RouteSheet(
                route: route, teacher: try? store.person(route.teacher),
                tutor: route.tutor.flatMap { try? store.person($0) },
                today: try context.today, style: Style(enabled: context.colour))
            context.print(sheet.render())
        }
    }

    struct History: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "history",
                abstract: tr(
                    "Show the corrections of a route's roadmap: who, when, what, why.", "Показать корректировки дорожной карты: кто, когда, что и почему."))
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let route = try context.store().route(id)
            if format.json { return context.print(try JSONOutput.string(route.corrections)) }
            guard !route.corrections.isEmpty else {
                return context.print(CLIText.noCorrections(id))
            }
            context.print(CLIText.corrections(id, count: route.corrections.count))
            for c in route.corrections {
                context.print("\(c.date.display)  \(c.author)\(c.activity.map { "  [\($0)]" } ?? "")")
                context.print("    \(c.change)")
                context.print(CLIText.why(c.reason))
            }
        }
    }

    struct Advance: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "advance",
                abstract: tr(
                    "Move a route to its next step, or say which guard stops it.", "Перевести маршрут на следующий шаг или сказать, какое условие мешает."))
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @Option(help: trValues(Stage.self, "Move forward to this step (through the steps between).", "Перейти вперёд до этого шага (через промежуточные)."))
        var to: Stage?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            var from = Stage.selfDetermination
            let route = try context.store().updateRoute(id) { route in
                from = route.stage
                if let to { try route.advance(to: to) } else { try route.advance() }
            }
            context.print(CLIText.advanced(id, from: from, to: route.stage))
        }
    }
}
