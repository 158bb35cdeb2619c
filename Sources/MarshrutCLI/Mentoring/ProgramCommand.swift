import ArgumentParser
import MarshrutCore
import MarshrutStore

struct ProgramCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "program",
            abstract: tr(
                "Personalized mentoring programs (3 to 12 months): create, follow, record indicators.",
                "Персонализированные программы наставничества (от 3 месяцев до года): создание, ход, показатели."),
            discussion: tr(
                "A program goes draft → active → completed, or is cancelled; each change keeps its date and reason.",
                "Программа проходит путь проект → действует → завершена или отменяется; каждая смена хранит дату и причину."),
            subcommands: [New.self, List.self, Show.self, Status.self, ActivityCommand.self, IndicatorCommand.self]
        )
    }
}

extension ProgramCommand {
    struct New: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "new",
                abstract: tr(
                    "Create a draft program for mentors and mentees from the banks.", "Создать проект программы для наставников и наставляемых из банков."),
                discussion: tr(
                    """
                    Example: marshrut program new --mentor grishina --mentee antonova --form traditional \\
                      --form teacher-teacher --direction teaching-methods --start 2026-09-01 --end 2027-05-31 \\
                      --address antonova-2026/d1
                    """,
                    """
                    Пример: marshrut program new --mentor grishina --mentee antonova --form traditional \\
                      --form teacher-teacher --direction teaching-methods --start 2026-09-01 --end 2027-05-31 \\
                      --address antonova-2026/d1
                    """)
            )
        }
        @Argument(help: tr("A short id (default: prog-YEAR-NN).", "Короткий id (по умолчанию prog-ГОД-NN).")) var id: String?
        @Option(name: .customLong("mentor"), help: tr("A mentor's person id (repeat for several).", "Id наставника (можно несколько).")) var mentors: [String] =
            []
        @Option(name: .customLong("mentee"), help: tr("A mentee's person id (repeat for a group).", "Id наставляемого (несколько — для группы).")) var mentees:
            [String] = []
        @Option(name: .customLong("form"), help: trValues(MentoringForm.self, "A form of mentoring (repeat).", "Форма наставничества (можно несколько раз)."))
        var forms: [MentoringForm] = []
        @Option(name: .customLong("direction"), help: trValues(Direction.self, "A direction of work (repeat).", "Направление работы (можно несколько раз)."))
        var directions: [Direction] = []
        @Option(help: ArgumentHelp(tr("First day (default: today).", "Первый день (по умолчанию сегодня)."), valueName: "date")) var start: Day?
        @Option(help: ArgumentHelp(tr("Last day, 3 to 12 months after start.", "Последний день: от 3 до 12 месяцев после начала."), valueName: "date")) var end:
            Day
        @Option(
            name: .customLong("address"),
            help: tr(
                "A mentee's route deficit the program addresses, ROUTE/DEFICIT (repeat).",
                "Дефицит маршрута наставляемого, на который направлена программа: МАРШРУТ/ДЕФИЦИТ (можно несколько).")) var addresses: [String] = []
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if mentors.isEmpty || mentees.isEmpty { throw ValidationError(CLIText.nameMentorAndMentee) }
            let all = MentoringForm.allCases.map(\.rawValue).joined(separator: ", ")
            if forms.isEmpty { throw ValidationError(CLIText.nameAForm(all)) }
        }

        func run(_ context: Context) throws {
            let store = try context.store()
            let first = try start ?? context.today
            let programID = try id ?? ProgramCommand.freeID(in: store, year: first.year)
            let program = Program(
                id: programID, forms: forms, directions: directions, mentors: mentors, mentees: mentees,
                start: first, end: end, status: .draft, addresses: addresses)
            try program.validate()
            try store.add(program)
            context.print(CLIText.programCreated(programID, mentors: mentors, mentees: mentees, start: first, end: end))
            context.print(CLIText.afterProgram(programID))
        }
    }

    static func freeID(in store: Store, year: Int) throws -> String {
        let taken = Set(try store.programIDs())
        var n = 1
        while taken.contains(String(format: "prog-%d-%02d", year, n)) { n += 1 }
        return String(format: "prog-%d-%02d", year, n)
    }

    struct List: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "list", abstract: tr("List programs with their members and state.", "Список программ с участниками и состоянием."))
        }
        @Option(help: trValues(ProgramStatus.self, "Only programs in this state.", "Только программы в этом состоянии.")) var status: ProgramStatus?
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let programs = try context.store().programs().filter { status == nil || $0.status == status }
            if format.json { return context.print(try JSONOutput.string(programs)) }
            context.print(
                TextTable(
                    header: [CLIText.id, CLIText.status, CLIText.period, CLIText.mentors, CLIText.mentees, CLIText.forms].map(String.init),
                    rows: programs.map { p in
                        [
                            p.id, CLIText.code(p.status), "\(p.start.display) → \(p.end.display)", p.mentors.joined(separator: ","),
                            p.mentees.joined(separator: ","),
                            CLIText.cell(p.forms),
                        ]
                    }
                ).render())
        }
    }

    struct Show: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "show",
                abstract: tr(
                    "Show a program: members, activities, indicators over time, changes of state.",
                    "Показать программу: участники, мероприятия, показатели в динамике, смены состояния."))
        }
        @Argument(help: tr("The program's id.", "Id программы."), completion: IDCompletion.programs) var id: String
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let store = try context.store()
            let program = try store.program(id)
            if format.json { return context.print(try JSONOutput.string(program)) }
            let names = Dictionary(uniqueKeysWithValues: try store.persons().map { ($0.id, $0.name) })
            let style = Style(enabled: context.colour)
            let today = try context.today
            context.print(style.bold(CLIText.programTitle(program.id)) + CLIText.programState(program))
            context.print(CLIText.mentorsLine(program.mentors.map { "\(names[$0] ?? $0) (\($0))" }.joined(separator: ", ")))
            context.print(CLIText.menteesLine(program.mentees.map { "\(names[$0] ?? $0) (\($0))" }.joined(separator: ", ")))
            context.print(CLIText.formsLine(program.forms, directions: program.directions))
            if !program.addresses.isEmpty { context.print(CLIText.addressesLine(program.addresses.joined(separator: ", "))) }
            if !program.activities.isEmpty {
                context.print(style.bold(CLIText.activities))
                for a in program.activities {
                    let state =
                        a.product.map { style.green("✓ → «\($0.title)»") } ?? (a.isOverdue(on: today) ? style.red(CLIText.overdueState) : CLIText.due(a.due))
                    context.print("  \(a.id) \(CLIText.code(a.kind)) «\(a.title)» \(state)")
                }
            }
            let byName = Dictionary(grouping: program.indicators, by: \.name)
            if !byName.isEmpty {
                context.print(style.bold(CLIText.indicators))
                for name in byName.keys.sorted() {
                    let series = (byName[name] ?? []).sorted { $0.date < $1.date }
                    let values = series.map { "\($0.date.display) \(DocumentNumber.format($0.value))" }.joined(separator: " → ")
                    context.print("  \(name): \(values)\(Self.trend(series.map(\.value)))")
                }
            }
            if !program.changes.isEmpty {
                context.print(style.bold(CLIText.changesOfState))
                for c in program.changes { context.print("  \(c.date.display) → \(CLIText.code(c.status)): \(c.reason)") }
            }
        }

        static func trend(_ values: [Double]) -> String {
            guard values.count >= 2, let last = values.last else { return "" }
            let previous = values[values.count - 2]
            return last > previous ? "  ↑" : last < previous ? "  ↓" : "  ="
        }
    }

    struct Status: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "status",
                abstract: tr(
                    "Change a program's state: active, completed or cancelled, with the reason.",
                    "Изменить состояние программы: действует, завершена или отменена — с причиной."),
                discussion: tr(
                    "Example: marshrut program status prog-2026-01 active --reason \"приказ № 12 от 01.09.2026\"",
                    "Пример: marshrut program status prog-2026-01 active --reason \"приказ № 12 от 01.09.2026\"")
            )
        }
        @Argument(help: tr("The program's id.", "Id программы."), completion: IDCompletion.programs) var id: String
        @Argument(help: trValues(ProgramStatus.self, "The new state.", "Новое состояние.")) var status: ProgramStatus
        @Option(help: tr("Why (kept with the change).", "Почему (сохраняется вместе с изменением).")) var reason: String
        @Option(help: ArgumentHelp(tr("When (default: today).", "Когда (по умолчанию сегодня)."), valueName: "date")) var date: Day?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let day = try date ?? context.today
            var from = ProgramStatus.draft
            try context.store().updateProgram(id) { program in
                from = program.status
                try program.change(to: status, on: day, reason: reason)
            }
            context.print(CLIText.programStatusChanged(id, from: from, to: status, on: day))
        }
    }

    struct ActivityCommand: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "activity",
                abstract: tr("Add a program activity, or change one (--id).", "Добавить мероприятие программы или изменить его (--id)."))
        }
        @Argument(help: tr("The program's id.", "Id программы."), completion: IDCompletion.programs) var id: String
        @Option(
            name: .customLong("id"),
            help: tr("The activity's id (default: next free a1, a2, …).", "Id мероприятия (по умолчанию следующий свободный a1, a2, …).")) var activityID:
            String?
        @Option(
            help: trValues(
                ActivityKind.self, "course, trial, project, research or measure.",
                "course (курс), trial (пробные действия), project (проект), research (исследование) или measure (мероприятие).")) var kind: ActivityKind
        @Option(help: tr("What the activity is.", "Что за мероприятие.")) var title: String
        @Option(help: tr("Academic hours (courses).", "Академические часы (для курсов).")) var hours: Int?
        @Option(help: ArgumentHelp(tr("First day.", "Первый день."), valueName: "date")) var start: Day?
        @Option(help: ArgumentHelp(tr("Due day.", "Срок."), valueName: "date")) var due: Day
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            var newID = ""
            try context.store().updateProgram(id) { program in
                newID = activityID ?? program.nextActivityID
                try program.plan(Activity(id: newID, kind: kind, title: title, hours: hours, start: start, due: due))
            }
            context.print(CLIText.programActivity(newID, program: id, kind: kind, title: title, due: due))
        }
    }

    struct IndicatorCommand: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "indicator",
                abstract: tr(
                    "Record a monitoring indicator (regulation §5): exam-pass-rate, achievement, olympiad-participation, …",
                    "Записать показатель мониторинга (Положение, раздел 5): exam-pass-rate, achievement, olympiad-participation, …"),
                discussion: tr(
                    "Example: marshrut program indicator prog-2025-01 --name exam-pass-rate --value 0.83 --date 2026-05-30",
                    "Пример: marshrut program indicator prog-2025-01 --name exam-pass-rate --value 0.83 --date 2026-05-30")
            )
        }
        @Argument(help: tr("The program's id.", "Id программы."), completion: IDCompletion.programs) var id: String
        @Option(
            help: tr(
                "The indicator, e.g. \(Indicator.commonNames.joined(separator: ", ")).",
                "Показатель, например \(Indicator.commonNames.joined(separator: ", ")).")) var name: String
        @Option(help: tr("Its value (a share as 0.86, or a count).", "Значение (доля, например 0.86, или количество).")) var value: Double
        @Option(help: ArgumentHelp(tr("When it was measured (default: today).", "Когда измерено (по умолчанию сегодня)."), valueName: "date")) var date: Day?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let day = try date ?? context.today
            let program = try context.store().updateProgram(id) { try $0.record(Indicator(name: name, date: day, value: value)) }
            let count = program.indicators.filter { $0.name == name }.count
            context.print(CLIText.indicatorRecorded(name, value: DocumentNumber.format(value), on: day, program: id, count: count))
        }
    }
}

/// Numbers as the documents write them: 15, not 15.0.
enum DocumentNumber {
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
