import ArgumentParser
import MarshrutCore
import MarshrutStore

extension PersonCommand {
    struct RecordConsent: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "consent",
            abstract: tr("Record a signed consent: to the processing of personal data, or to a mentor's added duties.", "Записать подписанное согласие: на обработку персональных данных или на дополнительные обязанности."),
            discussion: """
                Consents are only ever added, never changed or removed; a withdrawn personal-data \
                consent is `marshrut person forget`.
                Example: marshrut person consent ivanova --kind duties --date 2026-08-28
                """
        )
    }

        @Argument(help: tr("The person's id.", "Id человека.")) var id: String
        @Option(help: tr("What the consent is to.", "На что дано согласие.")) var kind: ConsentKind
        @Option(help: ArgumentHelp("The day it was signed: \(DayInput.help).", valueName: "date")) var date: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let today = try context.today
            let day = try DayInput.parse(date, today: today)
            guard day <= today else {
                throw CLIError("the consent's date \(day) is after today (\(today)): record a consent once it is signed, with the day it was signed")
            }
            let store = try context.store()
            if let erasure = try store.erasure(of: id) {
                throw CLIError("the personal data of \(id) was erased on \(erasure.date) after the consent was withdrawn: "
                    + "to take the person back, add them anew with `marshrut person add NEW-ID … --consent DATE`")
            }
            let consent = Consent(kind: kind, date: day)
            let person = try store.updatePerson(id) { person in
                if person.consents.contains(consent) {
                    throw CLIError("\(id) already has a \(kind.rawValue) consent of \(day) on record: see `marshrut person show \(id)`")
                }
                person.record(consent)
            }
            let count = person.consents.filter { $0.kind == kind }.count
            context.print("Recorded the \(kind.rawValue) consent of \(person.id) (\(person.name)) signed on \(day)"
                + (count > 1 ? "; \(count) \(kind.rawValue) consents on record" : ""))
        }
    }

    struct Forget: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: tr("Erase a person's personal data after the personal-data consent was withdrawn.", "Удалить персональные данные человека после отзыва согласия."),
            discussion: """
                Erases for good, from the database file itself: the name (it becomes \
                «\(Person.erasedName)»), school, position, subject and the subjects asked for or \
                offered; on the person's own routes the self-image, strengths' and deficits' texts, \
                products' attitudes, corrections' reasons and reflections' texts with every earlier \
                wording (each becomes «\(Person.erasedText)»). What counts anonymously stays: the \
                person's id, roles, areas, forms, capacity and consents; routes, deficits' areas and \
                levels, activities, reflections' scores and dates, programs. The erasure is logged \
                with its date and the person's id. It cannot be undone, and is done once.
                """
        )
    }

        @Argument(help: tr("The person's id.", "Id человека.")) var id: String
        @Flag(help: tr("Do not ask for confirmation.", "Не спрашивать подтверждения.")) var yes = false
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let today = try context.today
            let store = try context.store()
            let person = try store.person(id)
            if let erasure = try store.erasure(of: id) {
                throw CLIError("the personal data of \(id) was already erased on \(erasure.date) (erasure no. \(erasure.number)): "
                    + "there is nothing left to forget")
            }
            if !yes { try confirm(person, context) }
            let erasure = try store.forget(id, on: today)
            let routes = try store.routes().filter { $0.teacher == id }.map(\.id)
            context.print("Erased the personal data of \(id): name, school, position, subject"
                + (routes.isEmpty ? "" : " and the texts of route \(routes.joined(separator: ", "))")
                + " (\(erasure.texts) texts). Kept: roles, consents, scores, dates and counts. "
                + "Logged as erasure no. \(erasure.number) of \(erasure.date).")
        }

        /// Asks at the terminal; elsewhere there is no one to ask, so `--yes` is required.
        private func confirm(_ person: Person, _ context: Context) throws {
            guard context.inputIsTerminal else {
                throw CLIError("forgetting \(id) erases their personal data for good, and no one can be asked to confirm "
                    + "(standard input is not a terminal): add --yes")
            }
            context.warn("This erases the personal data of \(person.name) (\(id)) for good; it cannot be undone.")
            context.warn("Type the id \(id) to confirm:")
            guard readLine()?.trimmingWhitespace == id else {
                throw CLIError("not confirmed: nothing was erased")
            }
        }
    }
}

extension PersonCommand.List {
    /// The mentees waiting for a mentor, for `person list --role mentee --unpaired`: with a
    /// personal-data consent, not erased, and a mentee of no draft or active program.
    static func unpairedMentees(_ store: Store) throws -> [Person] {
        let catalog = try store.catalog()
        let erased = Set(try store.erasures().map(\.person))
        return catalog.persons.filter { !erased.contains($0.id) && $0.isUnpairedMentee(among: catalog.programs) }
    }
}
