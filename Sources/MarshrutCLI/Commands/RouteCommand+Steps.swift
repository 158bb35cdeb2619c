import ArgumentParser
import MarshrutCore

extension RouteCommand {
    struct Image: ParsableCommand, Marshrut.Runnable {
        static let configuration = CommandConfiguration(abstract: "Step 1: set the teacher's desired image of themselves as a professional.")
        @Argument(help: "The route's id.") var id: String
        @Argument(help: "The self-image, in the teacher's words.") var text: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            try context.store().updateRoute(id) { try $0.setSelfImage(text) }
            context.print("Self-image of route \(id) recorded.")
        }
    }

    struct StrengthCommand: ParsableCommand, Marshrut.Runnable {
        static let configuration = CommandConfiguration(commandName: "strength", abstract: "Step 2: record a strength in one competency area.")
        @Argument(help: "The route's id.") var id: String
        @Option(help: "The competency area.") var area: CompetencyArea
        @Argument(help: "The achievement or resource.") var text: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let route = try context.store().updateRoute(id) { try $0.add(Strength(area: area, text: text)) }
            context.print("Strength \(route.strengths.count) of route \(id) recorded (\(area.rawValue)).")
        }
    }

    struct DeficitCommand: ParsableCommand, Marshrut.Runnable {
        static let configuration = CommandConfiguration(commandName: "deficit", abstract: "Step 3: record a professional difficulty in one competency area.")
        @Argument(help: "The route's id.") var id: String
        @Option(help: "The competency area.") var area: CompetencyArea
        @Option(help: "Severity: 1 (severe) to 5 (overcome).") var level: Int
        @Option(name: .customLong("id"), help: "The deficit's id (default: the next free d1, d2, …).") var deficitID: String?
        @Argument(help: "The difficulty, described.") var text: String
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let today = try context.today
            var added = ""
            try context.store().updateRoute(id) { route in
                added = deficitID ?? route.nextDeficitID
                try route.add(Deficit(id: added, area: area, level: level, text: text),
                              amendment: amendment.amendment(for: route, today: today))
            }
            context.print("Deficit \(added) of route \(id) recorded (\(area.rawValue), level \(level)).")
        }
    }

    struct ActivityCommand: ParsableCommand, Marshrut.Runnable {
        static let configuration = CommandConfiguration(
            commandName: "activity",
            abstract: "Step 4: add a roadmap activity, or change one (--id of an existing activity).",
            discussion: """
                Example: marshrut route activity ivanova-2026 --kind course --title "ИКТ в обучении математике" \\
                  --hours 72 --start 2026-10-01 --due 2026-12-15 --addresses d1
                After step 4, adding or changing needs --reason and is kept as a correction.
                """
        )
        @Argument(help: "The route's id.") var id: String
        @Option(name: .customLong("id"), help: "An existing activity to change, or the new one's id (default: next free a1, a2, …).") var activityID: String?
        @Option(help: "course, trial, project, research or measure.") var kind: ActivityKind?
        @Option(help: "What the activity is.") var title: String?
        @Option(help: "Academic hours (courses).") var hours: Int?
        @Option(help: ArgumentHelp("First day.", valueName: "date")) var start: Day?
        @Option(help: ArgumentHelp("Due day.", valueName: "date")) var due: Day?
        @Option(parsing: .upToNextOption, help: "The deficit ids it addresses.") var addresses: [String] = []
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let today = try context.today
            var message = ""
            try context.store().updateRoute(id) { route in
                let change = amendment.amendment(for: route, today: today)
                if let activityID, route.activity(activityID) != nil {
                    let edit = ActivityEdit(kind: kind, title: title, hours: hours, start: start, due: due,
                                            addresses: addresses.isEmpty ? nil : addresses)
                    try route.amendActivity(activityID, with: edit, amendment: change)
                    message = "Activity \(activityID) of route \(id) changed."
                } else {
                    guard let kind, let title, let due else {
                        throw ValidationError("Please give --kind, --title and --due for a new activity (or --id of an existing one to change it).")
                    }
                    let newID = activityID ?? route.nextActivityID
                    try route.add(Activity(id: newID, kind: kind, title: title, hours: hours, start: start, due: due,
                                           addresses: addresses), amendment: change)
                    message = "Activity \(newID) added to route \(id): \(kind.rawValue) «\(title)», due \(due)."
                }
                if route.changesNeedCorrection { message += " Kept as a correction." }
            }
            context.print(message)
        }
    }

    struct ProductCommand: ParsableCommand, Marshrut.Runnable {
        static let configuration = CommandConfiguration(
            commandName: "product",
            abstract: "Step 5: record the pedagogical product of a finished activity, and the teacher's attitude to it.",
            discussion: "Example: marshrut route product ivanova-2022 a1 --kind lesson-plans --title \"Уроки с ЦОР\" --attitude \"…\" --reference docs/lessons.pdf"
        )
        @Argument(help: "The route's id.") var id: String
        @Argument(help: "The activity's id.") var activity: String
        @Option(help: "The product's kind, e.g. lesson-plans, methodological-recommendations, diagnostics-pack.") var kind: String
        @Option(help: "The product's title.") var title: String
        @Option(help: "The teacher's attitude to the result.") var attitude: String?
        @Option(help: ArgumentHelp("When it was done (default: today).", valueName: "date")) var date: Day?
        @Option(help: "Where the product is: a path or a URL.") var reference: String?
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let today = try context.today
            try context.store().updateRoute(id) { route in
                try route.recordProduct(Product(kind: kind, title: title, attitude: attitude, date: date ?? today, reference: reference),
                                        for: activity, amendment: amendment.amendment(for: route, today: today))
            }
            context.print("Product «\(title)» recorded for activity \(activity) of route \(id).")
        }
    }

    struct Correct: ParsableCommand, Marshrut.Runnable {
        static let configuration = CommandConfiguration(
            abstract: "Step 6: correct a roadmap activity (dates, title, hours, deficits), keeping who, when, what and why.",
            discussion: "Example: marshrut route correct ivanova-2022 a2 --due 2023-05-01 --reason \"курс перенесён организатором\""
        )
        @Argument(help: "The route's id.") var id: String
        @Argument(help: "The activity's id.") var activity: String
        @Option(help: "New title.") var title: String?
        @Option(help: "New hours.") var hours: Int?
        @Option(help: ArgumentHelp("New first day.", valueName: "date")) var start: Day?
        @Option(help: ArgumentHelp("New due day.", valueName: "date")) var due: Day?
        @Option(parsing: .upToNextOption, help: "New list of deficit ids.") var addresses: [String] = []
        @OptionGroup var amendment: AmendmentOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if amendment.reason?.isEmpty ?? true { throw ValidationError("Please say why with --reason \"…\": every correction keeps its reason.") }
        }

        func run(_ context: Context) throws {
            let today = try context.today
            let route = try context.store().updateRoute(id) { route in
                let edit = ActivityEdit(title: title, hours: hours, start: start, due: due, addresses: addresses.isEmpty ? nil : addresses)
                // Before step 5 there is nothing to keep, but an explicit correction is kept anyway.
                try route.amendActivity(activity, with: edit, amendment: amendment.amendment(for: route, today: today))
            }
            if let last = route.corrections.last, route.changesNeedCorrection {
                context.print("Corrected \(activity) of route \(id): \(last.change) (by \(last.author), \(last.date)).")
            } else {
                context.print("Changed \(activity) of route \(id) (the route is before step 5, so no correction is kept).")
            }
        }
    }
}
