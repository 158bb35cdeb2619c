import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutStore
import MarshrutText

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
            subcommands: [
                New.self, List.self, Show.self, Edit.self, Drop.self, Status.self, ActivityCommand.self, ProductCommand.self, IndicatorCommand.self, Print.self,
            ]
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
            let program =
                try context.remote()?.createProgram(
                    NewProgramBody(
                        id: id, forms: forms, directions: directions, mentors: mentors, mentees: mentees, start: start?.description,
                        end: end.description, addresses: addresses))
                ?? context.service().createProgram(
                    id: id, forms: forms, directions: directions, mentors: mentors,
                    mentees: mentees, start: start, end: end, addresses: addresses)
            context.print(CLIText.programCreated(program.id, mentors: mentors, mentees: mentees, start: program.start, end: end))
            context.print(CLIText.afterProgram(program.id))
        }
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
            let programs: [Program]
            if let client = try context.remote() {
                let answer = try client.send("GET", "api/v1/programs", query: status.map { ["status": $0.rawValue] } ?? [:])
                if format.json { return context.print(String(decoding: answer.body, as: UTF8.self), terminator: "") }
                programs = try client.decode([Program].self, answer)
            } else {
                programs = try context.service().programs(status: status)
            }
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
            let program: Program
            let names: [String: String]
            let today: Day
            if let client = try context.remote() {
                let answer = try client.send("GET", "api/v1/programs/\(ServerClient.segment(id))")
                if format.json { return context.print(String(decoding: answer.body, as: UTF8.self), terminator: "") }
                program = try client.decode(Program.self, answer)
                names = try client.names(of: program.mentors + program.mentees)
                today = try answer.today ?? context.today
            } else {
                let detail = try context.service().programDetail(id)
                program = detail.program
                if format.json { return context.print(try JSONOutput.string(program)) }
                (names, today) = (detail.names, detail.day)
            }
            let style = Style(enabled: context.colour)
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
            let readings = program.readings
            if !readings.isEmpty {
                context.print(style.bold(CLIText.indicators))
                for name in readings.keys.sorted() {
                    let series = readings[name] ?? []
                    let values = series.map { reading in
                        "\(reading.date.display) \(DocumentNumber.format(reading.value))"
                            + (reading.corrected.isEmpty ? "" : CLIText.correctedFrom(reading.corrected.map(DocumentNumber.format)))
                    }.joined(separator: " → ")
                    context.print("  \(Indicator.shown(name)): \(values)\(Self.trend(series.map(\.value)))")
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
                    """
                    Example: marshrut program status prog-2026-01 active --date 01.09.2026 --reason "приказ № 12 от 01.09.2026"
                    A date recorded wrong is fixed with --fix-date: the program keeps its state, and the correction is kept beside the change it corrects:
                      marshrut program status prog-2026-01 active --fix-date 02.09.2026 --reason "приказ подписан 02.09"
                    """,
                    """
                    Пример: marshrut program status prog-2026-01 active --date 01.09.2026 --reason "приказ № 12 от 01.09.2026"
                    Ошибочно записанную дату исправляют с --fix-date: состояние не меняется, исправление хранится рядом с исправленной записью:
                      marshrut program status prog-2026-01 active --fix-date 02.09.2026 --reason "приказ подписан 02.09"
                    """)
            )
        }
        @Argument(help: tr("The program's id.", "Id программы."), completion: IDCompletion.programs) var id: String
        @Argument(help: trValues(ProgramStatus.self, "The new state.", "Новое состояние.")) var status: ProgramStatus
        @Option(help: tr("Why (kept with the change).", "Почему (сохраняется вместе с изменением).")) var reason: String
        @Option(help: ArgumentHelp(tr("When (default: today).", "Когда (по умолчанию сегодня)."), valueName: "date")) var date: Day?
        @Option(
            help: ArgumentHelp(
                tr(
                    "Correct the date of the last change to this state instead of changing the state.",
                    "Исправить дату последнего перехода в это состояние, не меняя состояние."), valueName: "date"))
        var fixDate: Day?
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if fixDate != nil, date != nil { throw ValidationError(CLIText.fixDateOrDate) }
        }

        func run(_ context: Context) throws {
            if let client = try context.remote() {
                let move = try client.changeStatus(
                    id, StatusBody(status: status, reason: reason, date: date?.description, fixDate: fixDate?.description))
                if let fixDate { return context.print(CLIText.statusDateCorrected(id, status: status, on: fixDate)) }
                return context.print(CLIText.programStatusChanged(id, from: move.from, to: move.to, on: move.date))
            }
            let service = try context.service()
            if let fixDate {
                _ = try service.correctStatusDate(of: id, status: status, to: fixDate, reason: reason)
                return context.print(CLIText.statusDateCorrected(id, status: status, on: fixDate))
            }
            let move = try service.changeStatus(of: id, to: status, on: date, reason: reason)
            context.print(CLIText.programStatusChanged(id, from: move.from, to: move.to, on: move.date))
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
            let activity =
                try context.remote()?.planProgramActivity(
                    id, ProgramActivityBody(id: activityID, kind: kind, title: title, hours: hours, start: start?.description, due: due.description))
                ?? context.service().planProgramActivity(
                    id, activityID: activityID, kind: kind, title: title, hours: hours,
                    start: start, due: due)
            context.print(CLIText.programActivity(activity.id, program: id, kind: kind, title: title, due: due))
        }
    }

    struct Edit: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "edit",
                abstract: tr(
                    "Change a draft program: its members, forms, directions, period or addressed deficits (each given option replaces that list).",
                    "Изменить проект программы: участников, формы, направления, сроки или дефициты (каждый указанный параметр заменяет весь список)."),
                discussion: tr(
                    "Example: marshrut program edit prog-2026-02 --end 2027-05-31 --mentee romanova",
                    "Пример: marshrut program edit prog-2026-02 --end 2027-05-31 --mentee romanova")
            )
        }
        @Argument(help: tr("The program's id.", "Id программы."), completion: IDCompletion.programs) var id: String
        @Option(name: .customLong("mentor"), help: tr("The mentors, all of them (repeat).", "Все наставники (можно несколько).")) var mentors: [String] = []
        @Option(name: .customLong("mentee"), help: tr("The mentees, all of them (repeat).", "Все наставляемые (можно несколько).")) var mentees: [String] = []
        @Option(name: .customLong("form"), help: trValues(MentoringForm.self, "The forms, all of them (repeat).", "Все формы (можно несколько).")) var forms:
            [MentoringForm] = []
        @Option(name: .customLong("direction"), help: trValues(Direction.self, "The directions, all of them (repeat).", "Все направления (можно несколько)."))
        var directions: [Direction] = []
        @Option(help: ArgumentHelp(tr("First day.", "Первый день."), valueName: "date")) var start: Day?
        @Option(help: ArgumentHelp(tr("Last day.", "Последний день."), valueName: "date")) var end: Day?
        @Option(
            name: .customLong("address"),
            help: tr(
                "The addressed deficits, all of them, ROUTE/DEFICIT (repeat).",
                "Все дефициты, на которые направлена программа: МАРШРУТ/ДЕФИЦИТ (можно несколько).")) var addresses: [String] = []
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            func list<T>(_ values: [T]) -> [T]? { values.isEmpty ? nil : values }
            let edit = ProgramEdit(
                forms: list(forms), directions: list(directions), mentors: list(mentors), mentees: list(mentees),
                start: start, end: end, addresses: list(addresses))
            if let client = try context.remote() {
                _ = try client.decode(
                    Program.self, try client.send("PATCH", "api/v1/programs/\(ServerClient.segment(id))", json: try client.encode(ProgramEditBody(edit))))
            } else {
                try context.service().editProgram(id, edit)
            }
            context.print(CLIText.programChanged(id))
        }
    }

    struct Drop: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "drop",
                abstract: tr(
                    "Remove a draft program made by mistake (a program that ran is cancelled instead).",
                    "Удалить ошибочно созданный проект программы (начатую программу отменяют)."))
        }
        @Argument(help: tr("The program's id.", "Id программы."), completion: IDCompletion.programs) var id: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            if let client = try context.remote() {
                _ = try client.send("DELETE", "api/v1/programs/\(ServerClient.segment(id))")
            } else {
                try context.service().removeProgram(id)
            }
            context.print(CLIText.programRemoved(id))
        }
    }

    struct ProductCommand: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "product",
                abstract: tr(
                    "Record the product of a finished program activity: the activity is done.",
                    "Записать продукт выполненного мероприятия программы: мероприятие выполнено."),
                discussion: tr(
                    "Example: marshrut program product prog-2026-01 a1 --kind lesson-plans --title \"Открытые уроки\"",
                    "Пример: marshrut program product prog-2026-01 a1 --kind lesson-plans --title \"Открытые уроки\"")
            )
        }
        @Argument(help: tr("The program's id.", "Id программы."), completion: IDCompletion.programs) var id: String
        @Argument(help: tr("The activity's id.", "Id мероприятия.")) var activity: String
        @OptionGroup var product: ProductOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            if let client = try context.remote() {
                try client.recordProgramProduct(id, activity: activity, product: product.product(today: try client.today()))
                return context.print(CLIText.programProductRecorded(product.title, activity: activity, program: id))
            }
            let service = try context.service()
            try service.recordProgramProduct(id, activity: activity, product: product.product(today: service.today))
            context.print(CLIText.programProductRecorded(product.title, activity: activity, program: id))
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
        @Option(help: tr("Its value (a share as 0.86, or a count).", "Значение (доля, например 0,86 или 0.86, или количество).")) var value: TypedNumber
        @Option(help: ArgumentHelp(tr("When it was measured (default: today).", "Когда измерено (по умолчанию сегодня)."), valueName: "date")) var date: Day?
        @Flag(
            help: tr(
                "Correct the value recorded for this indicator on this day; the old value stays in the history.",
                "Исправить значение, записанное для этого показателя на этот день; прежнее значение останется в истории.")) var correct = false
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let program: Program
            let today: Day
            if let client = try context.remote() {
                today = try client.today()
                program = try client.recordIndicator(id, name: name, value: value.value, on: date ?? today, correcting: correct)
            } else {
                let service = try context.service()
                (program, today) = (try service.recordIndicator(id, name: name, value: value.value, on: date, correcting: correct), service.today)
            }
            let day = date ?? today
            let count = Set(program.indicators.filter { $0.name == name }.map(\.date)).count
            context.print(CLIText.indicatorRecorded(name, value: DocumentNumber.format(value.value), on: day, program: id, count: count))
        }
    }
}

/// Numbers as the documents write them: 15, not 15.0.
enum DocumentNumber {
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
