import ArgumentParser
import MarshrutCore
import MarshrutService
import MarshrutText

extension RouteCommand {
    struct Image: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "image",
                abstract: tr("Step 1: set the teacher's desired image of themselves as a professional.", "Шаг 1: желаемый образ себя как профессионала."))
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @Argument(help: tr("The self-image, in the teacher's words.", "Образ себя — словами педагога.")) var text: String
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            if let client = try context.remote() {
                try client.setSelfImage(id, text: text, reason: amendment.reason)
                return context.print(CLIText.selfImageRecorded(id))
            }
            try context.service().setSelfImage(id, text: text, note: amendment.note)
            context.print(CLIText.selfImageRecorded(id))
        }
    }

    struct StrengthCommand: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "strength",
                abstract: tr(
                    "Step 2: record a strength in one competency area, or change or remove one (--number).",
                    "Шаг 2: достижение или ресурс в одной области компетенций; изменить или удалить записанное (--number)."),
                discussion: tr(
                    """
                    Examples: marshrut route strength ivanova-2026 --area subject "Победитель конкурса «Учитель года»"
                              marshrut route strength ivanova-2026 --number 2 --area methodological
                              marshrut route strength ivanova-2026 --number 3 --remove
                    After step 4 a change needs --reason and is kept as a correction.
                    """,
                    """
                    Примеры: marshrut route strength ivanova-2026 --area subject "Победитель конкурса «Учитель года»"
                             marshrut route strength ivanova-2026 --number 2 --area methodological
                             marshrut route strength ivanova-2026 --number 3 --remove
                    После шага 4 изменение требует --reason и сохраняется как корректировка.
                    """)
            )
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @Option(help: trValues(CompetencyArea.self, "The competency area.", "Область компетенций.")) var area: CompetencyArea?
        @Option(
            help: tr(
                "An existing strength to change or remove (1, 2, … as `route show` lists them).",
                "Номер записанного достижения, которое нужно изменить или удалить (1, 2, … как в `route show`).")) var number: Int?
        @Flag(help: tr("Remove the strength given by --number.", "Удалить достижение с номером --number.")) var remove = false
        @Argument(help: tr("The achievement or resource.", "Достижение или ресурс.")) var text: String?
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if remove, number == nil { throw ValidationError(CLIText.removeNeedsNumber) }
            if number == nil, area == nil || text == nil { throw ValidationError(CLIText.newStrengthNeeds) }
        }

        func run(_ context: Context) throws {
            if let client = try context.remote() {
                if let number, remove {
                    _ = try client.remove("strengths/\(number)", of: id, reason: amendment.reason)
                    context.print(CLIText.strengthRemoved(number, route: id))
                } else if let number {
                    try client.amendStrength(id, number: number, area: area, text: text, reason: amendment.reason)
                    context.print(CLIText.strengthChanged(number, route: id))
                } else if let area, let text {
                    let number = try client.addStrength(id, area: area, text: text, reason: amendment.reason)
                    context.print(CLIText.strengthRecorded(number, route: id, area: area))
                }
                return
            }
            let service = try context.service()
            if let number, remove {
                try service.removeStrength(id, number: number, note: amendment.note)
                context.print(CLIText.strengthRemoved(number, route: id))
            } else if let number {
                try service.amendStrength(id, number: number, area: area, text: text, note: amendment.note)
                context.print(CLIText.strengthChanged(number, route: id))
            } else if let area, let text {
                let number = try service.addStrength(id, Strength(area: area, text: text), note: amendment.note)
                context.print(CLIText.strengthRecorded(number, route: id, area: area))
            }
        }
    }

    struct DeficitCommand: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "deficit",
                abstract: tr(
                    "Step 3: record a professional difficulty in one competency area, or change or remove one (--id of an existing deficit).",
                    "Шаг 3: профессиональное затруднение (дефицит) в одной области компетенций; изменить или удалить записанный (--id существующего)."),
                discussion: tr(
                    """
                    Examples: marshrut route deficit ivanova-2026 --area ict --level 2 "Не использую ЦОР на уроках"
                              marshrut route deficit ivanova-2026 --id d1 --level 3 --reason "прошла курс"
                              marshrut route deficit ivanova-2026 --id d2 --remove
                    After step 4 a change needs --reason and is kept as a correction.
                    """,
                    """
                    Примеры: marshrut route deficit ivanova-2026 --area ict --level 2 "Не использую ЦОР на уроках"
                             marshrut route deficit ivanova-2026 --id d1 --level 3 --reason "прошла курс"
                             marshrut route deficit ivanova-2026 --id d2 --remove
                    После шага 4 изменение требует --reason и сохраняется как корректировка.
                    """)
            )
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @Option(help: trValues(CompetencyArea.self, "The competency area.", "Область компетенций.")) var area: CompetencyArea?
        @Option(help: tr("Severity: 1 (severe) to 5 (overcome).", "Выраженность: от 1 (сильный) до 5 (преодолён).")) var level: Int?
        @Option(
            name: .customLong("id"),
            help: tr(
                "An existing deficit to change, or the new one's id (default: the next free d1, d2, …).",
                "Дефицит, который нужно изменить, или id нового (по умолчанию следующий свободный d1, d2, …).")) var deficitID: String?
        @Flag(help: tr("Remove the deficit given by --id (entered by mistake).", "Удалить дефицит с указанным --id (внесённый по ошибке).")) var remove = false
        @Argument(help: tr("The difficulty, described.", "Описание затруднения.")) var text: String?
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if remove, deficitID == nil { throw ValidationError(CLIText.removeNeedsID) }
        }

        func run(_ context: Context) throws {
            if let client = try context.remote(), let deficitID, remove {
                _ = try client.remove("deficits/\(ServerClient.segment(deficitID))", of: id, reason: amendment.reason)
                return context.print(CLIText.deficitRemoved(deficitID, route: id))
            }
            if let client = try context.remote(), !remove {
                let planned = try client.recordDeficit(id, id: deficitID, change: DeficitEdit(area: area, level: level, text: text), reason: amendment.reason)
                return report(planned.outcome, context)
            }
            let service = try context.service()
            if let deficitID, remove {
                try service.removeDeficit(id, deficitID: deficitID, note: amendment.note)
                return context.print(CLIText.deficitRemoved(deficitID, route: id))
            }
            let outcome = try service.recordDeficit(
                id, deficitID: deficitID, change: DeficitEdit(area: area, level: level, text: text),
                note: amendment.note)
            report(outcome, context)
        }

        func report(_ outcome: PlanningOutcome, _ context: Context) {
            switch outcome {
            case .added(let added):
                if let area, let level { context.print(CLIText.deficitRecorded(added, route: id, area: area, level: level)) }
            case .changed(let changed):
                context.print(CLIText.deficitChanged(changed, route: id))
            }
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
            let edit = ActivityEdit(
                kind: kind, title: title, hours: hours, start: start, due: due,
                addresses: addresses.isEmpty ? nil : addresses)
            let (outcome, route) =
                if let client = try context.remote() {
                    try client.recordActivity(id, id: activityID, edit: edit, reason: amendment.reason).outcomeAndRoute
                } else {
                    try context.service().recordActivity(id, activityID: activityID, edit: edit, note: amendment.note)
                }
            var message: String
            switch outcome {
            case .added(let added):
                guard let activity = route.activity(added) else { return }
                message = CLIText.activityAdded(added, route: id, kind: activity.kind, title: activity.title, due: activity.due)
            case .changed(let changed):
                message = CLIText.activityChanged(changed, route: id)
            }
            if route.changesNeedCorrection { message += CLIText.keptAsCorrection }
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
        @OptionGroup var product: ProductOptions
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            if let client = try context.remote() {
                try client.recordProduct(id, activity: activity, product: product.product(today: try client.today()), reason: amendment.reason)
                return context.print(CLIText.productRecorded(product.title, activity: activity, route: id))
            }
            let service = try context.service()
            try service.recordProduct(id, activity: activity, product: product.product(today: service.today), note: amendment.note)
            context.print(CLIText.productRecorded(product.title, activity: activity, route: id))
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
            let edit = ActivityEdit(title: title, hours: hours, start: start, due: due, addresses: addresses.isEmpty ? nil : addresses)
            let route =
                try context.remote()?.correct(id, activity: activity, edit: edit, reason: amendment.reason ?? "")
                ?? context.service().correct(id, activity: activity, edit: edit, note: amendment.note)
            if let last = route.corrections.last, route.changesNeedCorrection {
                context.print(CLIText.corrected(activity, route: id, change: ChangeRecord.shown(last.change), author: last.author, on: last.date))
            } else {
                context.print(CLIText.changedBeforeImplementation(activity, route: id))
            }
        }
    }

    struct Drop: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "drop",
                abstract: tr(
                    "Take an activity off the roadmap (entered by mistake, or not to be done: after step 4 with --reason, kept as a correction), or remove a route opened by mistake (--draft).",
                    "Исключить мероприятие из дорожной карты (внесённое по ошибке или не выполняемое: после шага 4 — с --reason, сохраняется как корректировка) или удалить ошибочно открытый маршрут (--draft)."
                ),
                discussion: tr(
                    """
                    Examples: marshrut route drop ivanova-2022 a3 --reason "курс отменён организатором"
                              marshrut route drop ivanova-2026 --draft
                    Only a route still being planned (before step 5), without corrections or reflections, is removed.
                    """,
                    """
                    Примеры: marshrut route drop ivanova-2022 a3 --reason "курс отменён организатором"
                             marshrut route drop ivanova-2026 --draft
                    Удаляется только маршрут на этапе планирования (до шага 5), без корректировок и рефлексии.
                    """)
            )
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @Argument(help: tr("The activity's id.", "Id мероприятия.")) var activity: String?
        @Flag(help: tr("Remove the whole route, opened by mistake.", "Удалить весь маршрут, открытый по ошибке.")) var draft = false
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if (activity == nil) == !draft { throw ValidationError(CLIText.dropWhat) }
        }

        func run(_ context: Context) throws {
            if let client = try context.remote() {
                guard let activity else {
                    _ = try client.send("DELETE", "api/v1/routes/\(ServerClient.segment(id))")
                    return context.print(CLIText.routeRemoved(id))
                }
                let route = try client.remove("activities/\(ServerClient.segment(activity))", of: id, reason: amendment.reason)
                return context.print(CLIText.activityDropped(activity, route: id) + (route.changesNeedCorrection ? CLIText.keptAsCorrection : ""))
            }
            let service = try context.service()
            guard let activity else {
                try service.removeRoute(id)
                return context.print(CLIText.routeRemoved(id))
            }
            let route = try service.dropActivity(id, activity: activity, note: amendment.note)
            context.print(CLIText.activityDropped(activity, route: id) + (route.changesNeedCorrection ? CLIText.keptAsCorrection : ""))
        }
    }
}
