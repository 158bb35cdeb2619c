import ArgumentParser
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutText

extension PersonCommand {
    struct RecordConsent: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "consent",
                abstract: tr(
                    "Record a signed consent: to the processing of personal data, or to a mentor's added duties.",
                    "Записать подписанное согласие: на обработку персональных данных или на дополнительные обязанности."),
                discussion: tr(
                    """
                    Consents are only ever added, never changed or removed; a withdrawn personal-data \
                    consent is `marshrut person forget`.
                    Example: marshrut person consent ivanova --kind duties --date 2026-08-28
                    """,
                    """
                    Согласия только добавляются — их не меняют и не удаляют; отзыв согласия на обработку \
                    персональных данных оформляется командой `marshrut person forget`.
                    Пример: marshrut person consent ivanova --kind duties --date 2026-08-28
                    """)
            )
        }

        @Argument(help: tr("The person's id.", "Id человека."), completion: IDCompletion.persons) var id: String
        @Option(help: trValues(ConsentKind.self, "What the consent is to.", "На что дано согласие.")) var kind: ConsentKind
        @Option(help: ArgumentHelp(tr("The day it was signed: \(DayInput.help).", "Дата подписания: \(DayInput.help)."), valueName: "date")) var date: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let person: Person
            let day: Day
            if let client = try context.remote() {
                day = try DayInput.parse(date, today: try client.today())
                person = try client.recordConsent(id, Consent(kind: kind, date: day))
            } else {
                let service = try context.service()
                day = try DayInput.parse(date, today: service.today)
                person = try service.recordConsent(id, Consent(kind: kind, date: day))
            }
            let count = person.consents.filter { $0.kind == kind }.count
            context.print(CLIText.consentRecorded(person.id, name: person.name, kind: kind, day: day, count: count))
        }
    }

    struct Forget: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "forget",
                abstract: tr(
                    "Erase a person's personal data after the personal-data consent was withdrawn.",
                    "Удалить персональные данные человека после отзыва согласия."),
                discussion: tr(
                    """
                    Erases for good, from the database file itself: the name (it becomes \
                    «\(Person.erasedName)»), school, position, subject and the subjects asked for or \
                    offered; on the person's own routes the self-image, strengths' and deficits' texts, \
                    products' attitudes, corrections' reasons and reflections' texts with every earlier \
                    wording (each becomes «\(Person.erasedText)»). What counts anonymously stays: the \
                    person's id, roles, areas, forms, capacity and consents; routes, deficits' areas and \
                    levels, activities, reflections' scores and dates, programs. The erasure is logged \
                    with its date and the person's id. It cannot be undone, and is done once.
                    """,
                    """
                    Удаляет безвозвратно, из самого файла базы данных: ФИО (оно становится \
                    «\(Person.erasedName)»), школу, должность, предмет и предметы из запроса или \
                    предложения; в собственных маршрутах человека — образ себя, тексты достижений и \
                    дефицитов, отношение к продуктам, причины корректировок и тексты рефлексии со всеми \
                    прежними редакциями (каждый становится «\(Person.erasedText)»). Остаётся то, что \
                    учитывается обезличенно: id человека, роли, области, формы, capacity и согласия; \
                    маршруты, области и уровни дефицитов, мероприятия, оценки и даты рефлексии, программы. \
                    Удаление записывается в журнал с датой и id человека. Отменить его нельзя, выполняется \
                    оно один раз.
                    """)
            )
        }

        @Argument(help: tr("The person's id.", "Id человека."), completion: IDCompletion.persons) var id: String
        @Flag(help: tr("Do not ask for confirmation.", "Не спрашивать подтверждения.")) var yes = false
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let result: ForgetAnswer
            if let client = try context.remote() {
                let person = try client.person(id)
                if try !client.isErased(id), !yes { try confirm(person, context) }
                result = try client.forget(id)
            } else {
                let service = try context.service()
                let person = try service.person(id)
                if try service.erasure(of: id) == nil, !yes { try confirm(person, context) }
                result = ForgetAnswer(try service.forget(id))
            }
            if result.wasAlreadyErased {
                context.print(CLIText.erasureFinished(id, on: result.date, number: result.number))
            } else {
                context.print(CLIText.erased(id, routes: result.routes, texts: result.texts, number: result.number, on: result.date))
            }
        }

        /// Asks at the terminal; elsewhere there is no one to ask, so `--yes` is required.
        private func confirm(_ person: Person, _ context: Context) throws {
            guard context.inputIsTerminal else {
                throw CLIError(CLIText.cannotConfirm(id))
            }
            context.warn(CLIText.forgetWarning(person.name, id: id))
            context.warn(CLIText.typeToConfirm(id))
            guard readLine()?.trimmingWhitespace == id else {
                throw CLIError(CLIText.notConfirmed)
            }
        }
    }
}
