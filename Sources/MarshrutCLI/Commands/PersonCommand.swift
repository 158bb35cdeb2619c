import ArgumentParser
import MarshrutCore
import MarshrutService
import MarshrutText

struct PersonCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "person",
            abstract: tr("The mentor and mentee banks: add, show and list persons.", "Банки наставников и наставляемых: добавление, просмотр, списки."),
            subcommands: [Add.self, Show.self, List.self, Edit.self, RecordConsent.self, Forget.self, Import.self]
        )
    }
}

extension PersonCommand {
    struct Add: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add",
                abstract: tr(
                    "Add a person; mentors and mentees need a personal-data consent (--consent DATE).",
                    "Добавить человека; наставникам и наставляемым нужно согласие на обработку персональных данных (--consent ДАТА)."),
                discussion: tr(
                    "Example: marshrut person add ivanova --name \"Иванова Мария Петровна\" --role mentee --consent 2022-08-25",
                    "Пример: marshrut person add ivanova --name \"Иванова Мария Петровна\" --role mentee --consent 2022-08-25")
            )
        }

        @Argument(help: tr("A short id, e.g. ivanova.", "Короткий id, например ivanova.")) var id: String
        @Option(help: tr("Full name.", "Фамилия, имя, отчество.")) var name: String
        @Option(help: tr("School.", "Школа.")) var school: String?
        @Option(help: tr("The id of the organization the person works in.", "id организации, где работает человек.")) var organization: String?
        @Option(help: tr("Position, e.g. учитель.", "Должность, например учитель.")) var position: String?
        @Option(help: tr("Subject taught.", "Преподаваемый предмет.")) var subject: String?
        @Option(name: .customLong("role"), help: trValues(Role.self, "A role (repeat for several).", "Роль (можно несколько).")) var roles: [Role] = []
        @Option(help: ArgumentHelp(tr("The date the personal-data consent was signed.", "Дата согласия на обработку персональных данных."), valueName: "date"))
        var consent: Day?
        @Option(help: ArgumentHelp(tr("The date the consent to added duties was signed.", "Дата согласия на дополнительные обязанности."), valueName: "date"))
        var dutiesConsent: Day?
        @Option(help: tr("Mentors: how many mentees at once.", "Наставникам: сколько наставляемых одновременно.")) var capacity: Int?
        @Option(
            name: .customLong("area"),
            help: trValues(
                CompetencyArea.self, "Mentees: areas asked for; mentors: areas offered (repeat).",
                "Наставляемым — запрошенные области; наставникам — предлагаемые (можно несколько).")) var areas: [CompetencyArea] = []
        @Option(
            name: .customLong("form"),
            help: trValues(MentoringForm.self, "Preferred or offered forms (repeat).", "Желаемые или предлагаемые формы (можно несколько).")) var forms:
            [MentoringForm] = []
        @OptionGroup var staff: StaffOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            var consents: [Consent] = []
            if let consent { consents.append(Consent(kind: .personalData, date: consent)) }
            if let dutiesConsent { consents.append(Consent(kind: .duties, date: dutiesConsent)) }
            let preferences =
                areas.isEmpty && forms.isEmpty
                ? nil
                : Preferences(areas: areas, subjects: subject.map { [$0] } ?? [], forms: forms)
            let isMentor = roles.contains(.mentor)
            let person = Person(
                id: id, name: name, school: school, position: position, subject: subject, roles: roles,
                requests: isMentor ? nil : preferences, capacity: capacity,
                offers: isMentor ? preferences : nil, consents: consents, organization: organization, staff: staff.data)
            if let client = try context.remote() {
                try client.addPerson(person)
            } else {
                try PersonCommand.inOptions { try context.service().addPerson(person) }
            }
            context.print(CLIText.added(person.id, name: person.name, roles: roles))
        }
    }

    struct Show: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: tr("Show one person.", "Показать одного человека."))
        }
        @Argument(help: tr("The person's id.", "Id человека."), completion: IDCompletion.persons) var id: String
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let detail: PersonDetail
            if let client = try context.remote() {
                let answer = try client.send("GET", "api/v1/persons/\(ServerClient.segment(id))")
                if format.json { return context.print(String(decoding: answer.body, as: UTF8.self), terminator: "") }
                let person = try client.decode(Person.self, answer)
                let routes = try client.routes(stage: nil, tutor: nil, overdue: false).routes
                let programs = try client.decode([Program].self, try client.send("GET", "api/v1/programs"))
                let erased = try client.decode([ErasureNote].self, try client.send("GET", "api/v1/erasures")).first { $0.person == id }?.date
                detail = PersonDetail(person: person, routes: routes, programs: programs, erased: erased)
            } else {
                detail = try context.service().personDetail(id)
            }
            let person = detail.person
            if format.json { return context.print(try JSONOutput.string(person)) }
            context.print("\(person.name) (\(person.id))")
            for (label, value) in [(CLIText.school, person.school), (CLIText.positionLabel, person.position), (CLIText.subject, person.subject)] {
                if let value { context.print("  \(label): \(value)") }
            }
            context.print(CLIText.rolesLine(person.roles))
            for line in CLIText.staffLines(person.staff, today: try context.today) { context.print(line) }
            if let capacity = person.capacity { context.print(CLIText.capacity(capacity)) }
            if let r = person.requests { context.print(CLIText.asksFor(describe(r))) }
            if let o = person.offers { context.print(CLIText.offers(describe(o))) }
            context.print(CLIText.consents(person.consents))
            if let erased = detail.erased { context.print(CLIText.erasedOn(erased)) }
            let lists: [(String, [String])] = [
                (CLIText.routesLine, detail.routes.map { "\($0.id) (\(CLIText.code($0.stage)))" }),
                (CLIText.tutorOfLine, detail.tutoring.map { "\($0.id) (\(CLIText.code($0.stage)))" }),
                (CLIText.mentorInLine, detail.mentoring.map { "\($0.id) (\(CLIText.code($0.status)))" }),
                (CLIText.menteeInLine, detail.mentored.map { "\($0.id) (\(CLIText.code($0.status)))" }),
            ]
            for (label, items) in lists where !items.isEmpty {
                context.print("  \(label): \(items.joined(separator: ", "))")
            }
        }

        func describe(_ p: Preferences) -> String {
            var parts: [String] = []
            if !p.areas.isEmpty { parts.append(CLIText.areas(CLIText.codes(p.areas))) }
            if !p.subjects.isEmpty { parts.append(CLIText.subjectsTaught(p.subjects.joined(separator: ", "))) }
            if !p.forms.isEmpty { parts.append(CLIText.formsList(CLIText.codes(p.forms))) }
            return parts.isEmpty ? "—" : parts.joined(separator: "; ")
        }
    }

    struct List: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "list",
                abstract: tr(
                    "List persons, optionally those with one role, or the mentees who wait for a mentor.",
                    "Список людей, можно с одной ролью или только наставляемых, ждущих наставника."))
        }
        @Option(help: trValues(Role.self, "Only persons with this role.", "Только люди с этой ролью.")) var role: Role?
        @Flag(
            help: tr(
                "Only mentees waiting for a mentor: with a personal-data consent, not erased, in no draft or active program.",
                "Только наставляемые, ждущие наставника: с согласием, не удалённые, без проекта или действующей программы."))
        var unpaired = false
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if unpaired, let role, role != .mentee { throw ValidationError(CLIText.unpairedNeedsMentee) }
        }

        func run(_ context: Context) throws {
            let listing: PersonListing
            if let client = try context.remote(), !unpaired {
                let answer = try client.send("GET", "api/v1/persons", query: role.map { ["role": $0.rawValue] } ?? [:])
                if format.json { return context.print(String(decoding: answer.body, as: UTF8.self), terminator: "") }
                let erased = Set(try client.decode([ErasureNote].self, try client.send("GET", "api/v1/erasures")).map(\.person))
                listing = PersonListing(persons: try client.decode([Person].self, answer), erased: erased)
            } else {
                listing = try context.service().persons(role: role, unpairedOnly: unpaired)
            }
            let persons = listing.persons
            if format.json { return context.print(try JSONOutput.string(persons)) }
            let rows = persons.map { p in
                [
                    p.id, p.name, CLIText.cell(p.roles), p.position ?? "",
                    listing.consentStands(p) ? String(CLIText.yes) : listing.erased.contains(p.id) ? CLIText.erasedCell : String(CLIText.no),
                ]
            }
            context.print(
                TextTable(header: [CLIText.id, CLIText.name, CLIText.roles, CLIText.position, CLIText.consent].map(String.init), rows: rows).render())
        }
    }

    struct Edit: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "edit",
                abstract: tr(
                    "Fix a person's name, school, position, subject, roles, capacity or staff data (consents are recorded with `person consent`).",
                    "Исправить ФИО, школу, должность, предмет, роли, число наставляемых или кадровые данные (согласия записывают командой `person consent`)."),
                discussion: tr(
                    "Example: marshrut person edit ivanova --name \"Иванова Мария Петровна\" --position \"учитель математики\"",
                    "Пример: marshrut person edit ivanova --name \"Иванова Мария Петровна\" --position \"учитель математики\"")
            )
        }
        @Argument(help: tr("The person's id.", "Id человека."), completion: IDCompletion.persons) var id: String
        @Option(help: tr("Full name.", "Фамилия, имя, отчество.")) var name: String?
        @Option(help: tr("School (empty to clear).", "Школа (пусто — убрать).")) var school: String?
        @Option(help: tr("The organization's id (empty to clear).", "id организации (пусто — убрать).")) var organization: String?
        @Option(help: tr("Position (empty to clear).", "Должность (пусто — убрать).")) var position: String?
        @Option(help: tr("Subject taught (empty to clear).", "Преподаваемый предмет (пусто — убрать).")) var subject: String?
        @Option(name: .customLong("role"), help: trValues(Role.self, "The roles, all of them (repeat).", "Все роли (можно несколько).")) var roles: [Role] = []
        @Option(help: tr("Mentors: how many mentees at once.", "Наставникам: сколько наставляемых одновременно.")) var capacity: Int?
        @OptionGroup var staff: StaffOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let edit = PersonEdit(
                name: name, school: school, position: position, subject: subject,
                roles: roles.isEmpty ? nil : roles, capacity: capacity, organization: organization, staff: staff.data)
            if let client = try context.remote() {
                try client.editPerson(id, edit)
            } else {
                try PersonCommand.inOptions { try context.service().editPerson(id, edit) }
            }
            context.print(CLIText.personChanged(id))
        }
    }
}

extension PersonCommand {
    /// Runs a local change of a person, saying a refusal in the command's options where the
    /// document's keys would not help (`--consent DATE`, not `- kind: personal-data`).
    static func inOptions(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ModelError {
            guard error.problems.contains(where: { CLIText.asOptions($0) != nil }) else { throw error }
            throw CLIError(error.problems.map { CLIText.asOptions($0) ?? $0.text }.joined(separator: "\n"))
        }
    }
}
