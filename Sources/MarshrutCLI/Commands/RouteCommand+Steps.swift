import ArgumentParser
import MarshrutCore

extension RouteCommand {
    struct Image: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "image",
                abstract: tr("Step 1: set the teacher's desired image of themselves as a professional.", "Шаг 1: желаемый образ себя как профессионала."))
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @Argument(help: tr("The self-image, in the teacher's words.", "Образ себя — словами педагога.")) var text: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            try context.store().updateRoute(id) { try $0.setSelfImage(text) }
            context.print(CLIText.selfImageRecorded(id))
        }
    }

    struct StrengthCommand: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "strength",
                abstract: tr("Step 2: record a strength in one competency area.", "Шаг 2: достижение или ресурс в одной области компетенций."))
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @Option(help: trValues(CompetencyArea.self, "The competency area.", "Область компетенций.")) var area: CompetencyArea
        @Argument(help: tr("The achievement or resource.", "Достижение или ресурс.")) var text: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let route = try context.store().updateRoute(id) { try $0.add(Strength(area: area, text: text)) }
            context.print(CLIText.strengthRecorded(route.strengths.count, route: id, area: area))
        }
    }

    struct DeficitCommand: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "deficit",
                abstract: tr(
                    "Step 3: record a professional difficulty in one competency area.",
                    "Шаг 3: профессиональное затруднение (дефицит) в одной области компетенций."))
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @Option(help: trValues(CompetencyArea.self, "The competency area.", "Область компетенций.")) var area: CompetencyArea
        @Option(help: tr("Severity: 1 (severe) to 5 (overcome).", "Выраженность: от 1 (сильный) до 5 (преодолён).")) var level: Int
        @Option(
            name: .customLong("id"),
            help: tr("The deficit's id (default: the next free d1, d2, …).", "Id дефицита (по умолчанию следующий свободный d1, d2, …).")) var deficitID:
            String?
        @Argument(help: tr("The difficulty, described.", "Описание затруднения.")) var text: String
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let today = try context.today
            var added = ""
            try context.store().updateRoute(id) { route in
                added = deficitID ?? route.nextDeficitID
                try route.add(
                    Deficit(id: added, area: area, level: level, text: text),
                    amendment: amendment.amendment(for: route, today: today))
            }
            context.print(CLIText.deficitRecorded(added, route: id, area: area, level: level))
        }
    }

    struct ActivityCommand: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "activity",
                abstract: tr(
                    "Step 4: add a roadmap activity, or change one (--id of an existing activity).",
                    "Шаг 4: добавить мероприятие дорожной карты или изменить его (--id существующего)."),
                discussion: tr(
                    """
                    Example: marshrut route activity ivanova-2026 --kind course --title "ИКТ в обучении математике" \\
                      --hours 72 --start 2026-10-01 --due 2026-12-15 --addresses d1
                    After step 4, adding or changing needs --reason and is kept as a correction.
                    """,
                    """
                    Пример: marshrut route activity ivanova-2026 --kind course --title "ИКТ в обучении математике" \\
                      --hours 72 --start 2026-10-01 --due 2026-12-15 --addresses d1
                    После шага 4 добавление или изменение требует --reason и сохраняется как корректировка.
                    """)
            )
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @Option(
            name: .customLong("id"),
            help: tr(
                "An existing activity to change, or the new one's id (default: next free a1, a2, …).",
                "Мероприятие, которое нужно изменить, или id нового (по умолчанию следующий свободный a1, a2, …).")) var activityID: String?
        @Option(
            help: trValues(
                ActivityKind.self, "course, trial, project, research or measure.",
                "course (курс), trial (пробные действия), project (проект), research (исследование) или measure (мероприятие).")) var kind: ActivityKind?
        @Option(help: tr("What the activity is.", "Что за мероприятие.")) var title: String?
        @Option(help: tr("Academic hours (courses).", "Академические часы (для курсов).")) var hours: Int?
        @Option(help: ArgumentHelp(tr("First day.", "Первый день."), valueName: "date")) var start: Day?
        @Option(help: ArgumentHelp(tr("Due day.", "Срок."), valueName: "date")) var due: Day?
        @Option(parsing: .upToNextOption, help: tr("The deficit ids it addresses.", "Id дефицитов, на которые оно направлено.")) var addresses: [String] = []
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let today = try context.today
            var message = ""
            try context.store().updateRoute(id) { route in
                let change = amendment.amendment(for: route, today: today)
                if let activityID, route.activity(activityID) != nil {
                    let edit = ActivityEdit(
                        kind: kind, title: title, hours: hours, start: start, due: due,
                        addresses: addresses.isEmpty ? nil : addresses)
                    try route.amendActivity(activityID, with: edit, amendment: change)
                    message = CLIText.activityChanged(activityID, route: id)
                } else {
                    guard let kind, let title, let due else {
                        throw ValidationError(CLIText.newActivityNeeds)
                    }
                    let newID = activityID ?? route.nextActivityID
                    try route.add(
                        Activity(
                            id: newID, kind: kind, title: title, hours: hours, start: start, due: due,
                            addresses: addresses), amendment: change)
                    message = CLIText.activityAdded(newID, route: id, kind: kind, title: title, due: due)
                }
                if route.changesNeedCorrection { message += CLIText.keptAsCorrection }
            }
            context.print(message)
        }
    }

    struct ProductCommand: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "product",
                abstract: tr(
                    "Step 5: record the pedagogical product of a finished activity, and the teacher's attitude to it.",
                    "Шаг 5: педагогический продукт выполненного мероприятия и отношение педагога к результату."),
                discussion: tr(
                    "Example: marshrut route product ivanova-2022 a1 --kind lesson-plans --title \"Уроки с ЦОР\" --attitude \"…\" --reference docs/lessons.pdf",
                    "Пример: marshrut route product ivanova-2022 a1 --kind lesson-plans --title \"Уроки с ЦОР\" --attitude \"…\" --reference docs/lessons.pdf")
            )
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @Argument(help: tr("The activity's id.", "Id мероприятия.")) var activity: String
        @Option(
            help: tr(
                "The product's kind, e.g. lesson-plans, methodological-recommendations, diagnostics-pack.",
                "Вид продукта, например lesson-plans, methodological-recommendations, diagnostics-pack.")) var kind: String
        @Option(help: tr("The product's title.", "Название продукта.")) var title: String
        @Option(help: tr("The teacher's attitude to the result.", "Отношение педагога к результату.")) var attitude: String?
        @Option(help: ArgumentHelp(tr("When it was done (default: today).", "Когда выполнено (по умолчанию сегодня)."), valueName: "date")) var date: Day?
        @Option(help: tr("Where the product is: a path or a URL.", "Где продукт: путь к файлу или ссылка.")) var reference: String?
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let today = try context.today
            try context.store().updateRoute(id) { route in
                try route.recordProduct(
                    Product(kind: kind, title: title, attitude: attitude, date: date ?? today, reference: reference),
                    for: activity, amendment: amendment.amendment(for: route, today: today))
            }
            context.print(CLIText.productRecorded(title, activity: activity, route: id))
        }
    }

    struct Correct: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "correct",
                abstract: tr(
                    "Step 6: correct a roadmap activity (dates, title, hours, deficits), keeping who, when, what and why.",
                    "Шаг 6: корректировка мероприятия (сроки, название, часы, дефициты) с сохранением кто, когда, что и почему."),
                discussion: tr(
                    "Example: marshrut route correct ivanova-2022 a2 --due 2023-05-01 --reason \"курс перенесён организатором\"",
                    "Пример: marshrut route correct ivanova-2022 a2 --due 2023-05-01 --reason \"курс перенесён организатором\"")
            )
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @Argument(help: tr("The activity's id.", "Id мероприятия.")) var activity: String
        @Option(help: tr("New title.", "Новое название.")) var title: String?
        @Option(help: tr("New hours.", "Новые часы.")) var hours: Int?
        @Option(help: ArgumentHelp(tr("New first day.", "Новый первый день."), valueName: "date")) var start: Day?
        @Option(help: ArgumentHelp(tr("New due day.", "Новый срок."), valueName: "date")) var due: Day?
        @Option(parsing: .upToNextOption, help: tr("New list of deficit ids.", "Новый список id дефицитов.")) var addresses: [String] = []
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if amendment.reason?.isEmpty ?? true { throw ValidationError(CLIText.correctionNeedsReason) }
        }

        func run(_ context: Context) throws {
            let today = try context.today
            let route = try context.store().updateRoute(id) { route in
                let edit = ActivityEdit(title: title, hours: hours, start: start, due: due, addresses: addresses.isEmpty ? nil : addresses)
                // Before step 5 there is nothing to keep, but an explicit correction is kept anyway.
                try route.amendActivity(activity, with: edit, amendment: amendment.amendment(for: route, today: today))
            }
            if let last = route.corrections.last, route.changesNeedCorrection {
                context.print(CLIText.corrected(activity, route: id, change: last.change, author: last.author, on: last.date))
            } else {
                context.print(CLIText.changedBeforeImplementation(activity, route: id))
            }
        }
    }
}
