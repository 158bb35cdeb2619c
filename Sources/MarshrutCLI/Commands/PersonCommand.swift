import ArgumentParser
import MarshrutCore

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "The mentor and mentee banks: add, show and list persons.",
        subcommands: [Add.self, Show.self, List.self, RecordConsent.self, Forget.self]
    )
}

extension PersonCommand {
    struct Add: ParsableCommand, Marshrut.Runnable {
        static let configuration = CommandConfiguration(
            abstract: "Add a person; mentors and mentees need a personal-data consent (--consent DATE).",
            discussion: "Example: marshrut person add ivanova --name \"Иванова Мария Петровна\" --role mentee --consent 2022-08-25"
        )

        @Argument(help: "A short id, e.g. ivanova.") var id: String
        @Option(help: "Full name.") var name: String
        @Option(help: "School.") var school: String?
        @Option(help: "Position, e.g. учитель.") var position: String?
        @Option(help: "Subject taught.") var subject: String?
        @Option(name: .customLong("role"), help: "A role (repeat for several).") var roles: [Role] = []
        @Option(help: ArgumentHelp("The date the personal-data consent was signed.", valueName: "date")) var consent: Day?
        @Option(help: ArgumentHelp("The date the consent to added duties was signed.", valueName: "date")) var dutiesConsent: Day?
        @Option(help: "Mentors: how many mentees at once.") var capacity: Int?
        @Option(name: .customLong("area"), help: "Mentees: areas asked for; mentors: areas offered (repeat).") var areas: [CompetencyArea] = []
        @Option(name: .customLong("form"), help: "Preferred or offered forms (repeat).") var forms: [MentoringForm] = []
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            var consents: [Consent] = []
            if let consent { consents.append(Consent(kind: .personalData, date: consent)) }
            if let dutiesConsent { consents.append(Consent(kind: .duties, date: dutiesConsent)) }
            let preferences = areas.isEmpty && forms.isEmpty ? nil
                : Preferences(areas: areas, subjects: subject.map { [$0] } ?? [], forms: forms)
            let isMentor = roles.contains(.mentor)
            let person = Person(id: id, name: name, school: school, position: position, subject: subject, roles: roles,
                                requests: isMentor ? nil : preferences, capacity: capacity,
                                offers: isMentor ? preferences : nil, consents: consents)
            try context.store().add(person)
            context.print("Added \(person.id): \(person.name)\(roles.isEmpty ? "" : " (\(roles.map(\.rawValue).joined(separator: ", ")))")")
        }
    }

    struct Show: ParsableCommand, Marshrut.Runnable {
        static let configuration = CommandConfiguration(abstract: "Show one person.")
        @Argument(help: "The person's id.") var id: String
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let person = try context.store().person(id)
            if format.json { return context.print(try JSONOutput.string(person)) }
            context.print("\(person.name) (\(person.id))")
            for (label, value) in [("school", person.school), ("position", person.position), ("subject", person.subject)] {
                if let value { context.print("  \(label): \(value)") }
            }
            context.print("  roles: \(person.roles.isEmpty ? "—" : person.roles.map(\.rawValue).joined(separator: ", "))")
            if let capacity = person.capacity { context.print("  capacity: \(capacity) mentee(s) at once") }
            if let r = person.requests { context.print("  asks for: \(describe(r))") }
            if let o = person.offers { context.print("  offers: \(describe(o))") }
            context.print("  consents: \(person.consents.isEmpty ? "none on record" : person.consents.map { "\($0.kind.rawValue) \($0.date)" }.joined(separator: ", "))")
        }

        func describe(_ p: Preferences) -> String {
            var parts: [String] = []
            if !p.areas.isEmpty { parts.append("areas " + p.areas.map(\.rawValue).joined(separator: ", ")) }
            if !p.subjects.isEmpty { parts.append("subjects " + p.subjects.joined(separator: ", ")) }
            if !p.forms.isEmpty { parts.append("forms " + p.forms.map(\.rawValue).joined(separator: ", ")) }
            return parts.isEmpty ? "—" : parts.joined(separator: "; ")
        }
    }

    struct List: ParsableCommand, Marshrut.Runnable {
        static let configuration = CommandConfiguration(abstract: "List persons, optionally those with one role, or the mentees who wait for a mentor.")
        @Option(help: "Only persons with this role.") var role: Role?
        @Flag(help: "Only mentees waiting for a mentor: with a personal-data consent, not erased, in no draft or active program.")
        var unpaired = false
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if unpaired, let role, role != .mentee { throw ValidationError("Please use --unpaired with --role mentee (or alone).") }
        }

        func run(_ context: Context) throws {
            let store = try context.store()
            var persons = try store.persons().filter { role == nil || $0.roles.contains(role!) }
            if unpaired {
                let waiting = Set(try Self.unpairedMentees(store).map(\.id))
                persons = persons.filter { waiting.contains($0.id) }
            }
            if format.json { return context.print(try JSONOutput.string(persons)) }
            let rows = persons.map { p in
                [p.id, p.name, p.roles.map(\.rawValue).joined(separator: ","), p.position ?? "",
                 p.hasConsent(.personalData) ? "yes" : "no"]
            }
            context.print(TextTable(header: ["ID", "NAME", "ROLES", "POSITION", "CONSENT"], rows: rows).render())
        }
    }
}
