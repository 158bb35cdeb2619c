import ArgumentParser
import MarshrutCore
import MarshrutService
import MarshrutText

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
                ProductCommand.self, Correct.self, Drop.self, Use.self, Print.self,
            ]
        )
    }
}

/// A pedagogical product as `route product` and `program product` take it.
struct ProductOptions: ParsableArguments {
    @Option(help: trValues(ProductKind.self, "The product's kind: \(ProductKind.allCases.map(\.rawValue).joined(separator: ", ")).", "Вид продукта."))
    var kind: ProductKind
    @Option(help: tr("The product's title.", "Название продукта.")) var title: String
    @Option(help: tr("The attitude to the result.", "Отношение к результату.")) var attitude: String?
    @Option(help: ArgumentHelp(tr("When it was done (default: today).", "Когда выполнено (по умолчанию сегодня)."), valueName: "date")) var date: Day?
    @Option(help: tr("Where the product is: a path or a URL.", "Где продукт: путь к файлу или ссылка.")) var reference: String?

    func product(today: Day) -> Product {
        Product(kind: kind.rawValue, title: title, attitude: attitude, date: date ?? today, reference: reference)
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

    /// Who and why, as the application layer takes them.
    var note: ChangeNote { ChangeNote(reason: reason, author: author) }
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
            let route =
                try context.remote()?.openRoute(id: id, teacher: teacher, tutor: tutor, start: start, end: end)
                ?? context.service().openRoute(id: id, teacher: teacher, tutor: tutor, start: start, end: end)
            context.print(CLIText.opened(route.id, teacher: teacher, start: route.start, end: route.end))
            context.print(CLIText.afterOpening(route.id))
        }
    }

    struct List: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: tr("List routes with their step and progress.", "Список маршрутов с шагом и ходом работы."))
        }
        @Option(help: trValues(Stage.self, "Only routes at this stage.", "Только маршруты на этом шаге.")) var stage: Stage?
        @Option(
            help: tr(
                "Only the routes this tutor accompanies (a person id): the tutor's caseload.",
                "Только маршруты, которые сопровождает этот тьютор (id): нагрузка тьютора."), completion: IDCompletion.persons) var tutor: String?
        @Flag(help: tr("Only routes with overdue activities.", "Только маршруты с просроченными мероприятиями.")) var overdue = false
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let routes: [Route]
            let names: [String: String]
            let today: Day
            if let client = try context.remote() {
                let fetched = try client.routes(stage: stage, tutor: tutor, overdue: overdue)
                if format.json { return context.print(String(decoding: fetched.answer.body, as: UTF8.self), terminator: "") }
                (routes, today) = (fetched.routes, try fetched.answer.today ?? context.today)
                names = try client.names(of: routes.map(\.teacher))
            } else {
                let listing = try context.service().routes(RouteFilter(stage: stage, tutor: tutor, overdueOnly: overdue))
                (routes, names, today) = (listing.routes, listing.names, listing.day)
            }
            if format.json { return context.print(try JSONOutput.string(routes)) }
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
            if let client = try context.remote() {
                let fetched = try client.route(id)
                if format.json { return context.print(String(decoding: fetched.answer.body, as: UTF8.self), terminator: "") }
                let route = fetched.route
                let names = try client.names(of: [route.teacher] + (route.tutor.map { [$0] } ?? []))
                let sheet = RouteSheet(
                    route: route, teacher: names[route.teacher].map { Person(id: route.teacher, name: $0) },
                    tutor: route.tutor.flatMap { id in names[id].map { Person(id: id, name: $0) } },
                    today: try fetched.answer.today ?? context.today, style: Style(enabled: context.colour))
                return context.print(sheet.render())
            }
            let detail = try context.service().routeDetail(id)
            if format.json { return context.print(try JSONOutput.string(detail.route)) }
            let sheet = RouteSheet(
                route: detail.route, teacher: detail.teacher, tutor: detail.tutor,
                today: detail.day, style: Style(enabled: context.colour))
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
            let route = try context.remote()?.route(id).route ?? context.service().route(id)
            if format.json { return context.print(try JSONOutput.string(route.corrections)) }
            guard !route.corrections.isEmpty else {
                return context.print(CLIText.noCorrections(id))
            }
            context.print(CLIText.corrections(id, count: route.corrections.count))
            for c in route.corrections {
                context.print("\(c.date.display)  \(c.author)\(c.activity.map { "  [\($0)]" } ?? "")")
                context.print("    \(ChangeRecord.shown(c.change))")
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
        @Option(
            help: trValues(
                Stage.self, "Move to this step (forward through the steps between, or back with --back).",
                "Перейти до этого шага (вперёд через промежуточные или назад с --back).")) var to: Stage?
        @Flag(
            help: tr(
                "Move back a step (or to --to): undoes a mistaken step; needs --reason and is kept as a correction.",
                "Вернуть на шаг назад (или до --to): отменяет ошибочный переход; требует --reason и сохраняется как корректировка.")) var back = false
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if back, amendment.reason?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
                throw ValidationError(CLIText.backNeedsReason)
            }
        }

        func run(_ context: Context) throws {
            if let client = try context.remote() {
                let move = try client.advance(id, to: to, back: back, reason: amendment.reason)
                return context.print(CLIText.advanced(id, from: move.from, to: move.to))
            }
            let service = try context.service()
            let move = back ? try service.stepBack(id, to: to, note: amendment.note) : try service.advance(id, to: to)
            context.print(CLIText.advanced(id, from: move.from, to: move.to))
        }
    }
}
