import ArgumentParser
import MarshrutCore
import MarshrutRules
import MarshrutStore

struct Match: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "match", 
        abstract: tr("Propose mentor–mentee pairs and groups for the mentees who wait for a mentor.", "Предложить пары и группы наставник–наставляемый для тех, кто ждёт наставника."),
        discussion: tr("""
            The proposal is an optimal assignment: the highest total score under each mentor's \\
            capacity (`capacity:` in the person document, \(MentorCapacity.defaultValue) when absent; mentees already in a \\
            draft or active program count). The score of a pair is Scripts/matching.lua's \\
            `matching { score = function(mentor, mentee, ctx) return number, "reason" end }`; nil or \\
            false forbids the pair. Persons without a personal-data consent are never proposed. \\
            --apply creates a draft program for each proposed pair or group.
            """, """
            Предложение — оптимальное распределение: наибольшая сумма баллов при ограничении числа \
            наставляемых у каждого наставника (`capacity:` в документе человека, по умолчанию \(MentorCapacity.defaultValue); \
            учитываются проекты и действующие программы). Балл пары даёт Scripts/matching.lua: \
            `matching { score = function(mentor, mentee, ctx) return число, "причина" end }`; nil или false \
            запрещают пару. Люди без согласия на обработку персональных данных не предлагаются. \
            --apply создаёт проект программы для каждой предложенной пары или группы.
            """)
    )
    }
    @Flag(help: tr("Create draft programs from the proposal.", "Создать проекты программ по предложению.")) var apply = false
    @Option(help: ArgumentHelp(tr("Start of the programs --apply creates (default: today).", "Начало программ, которые создаёт --apply (по умолчанию сегодня)."), valueName: "date")) var start: Day?
    @Option(help: tr("Length in months of the programs --apply creates (3 to 12).", "Длительность в месяцах для программ, которые создаёт --apply (от 3 до 12).")) var months = 9
    @OptionGroup var format: JSONFlag
    @OptionGroup var global: GlobalOptions

    struct Proposal: Encodable {
        var mentor: String
        var mentees: [String]
        var score: Double
        var reasons: [String]
    }

    struct Output: Encodable {
        var proposals: [Proposal]
        var unmatched: [String]
        var total: Double
    }

    func validate() throws {
        if !Program.allowedMonths.contains(months) { throw ValidationError(CLIText.monthsOutOfRange(months)) }
    }

    func run(_ context: Context) throws {
        let store = try context.store()
        let catalog = try store.catalog()
        let today = try context.today
        let engine = try RuleEngine(scriptsFolder: context.scriptsPath)
        let bank = MentoringBank(catalog, erased: Set(try store.erasures().map(\.person)))
        let scored = try engine.scorePairs(catalog, mentors: bank.mentors.map(\.id), mentees: bank.waiting.map(\.id), today: today)
        let problem = try AssignmentProblem(capacities: bank.mentors.map { bank.freeCapacity(of: $0) },
                                            menteeCount: bank.waiting.count,
                                            score: scored.scores.map { $0.map { $0?.score } })
        let assignment = problem.solve()
        var proposals: [Proposal] = []
        for (i, mentor) in bank.mentors.enumerated() {
            let chosen = assignment.mentees(of: i)
            guard !chosen.isEmpty else { continue }
            proposals.append(Proposal(
                mentor: mentor.id, mentees: chosen.map { bank.waiting[$0].id },
                score: chosen.reduce(0) { $0 + (scored.scores[i][$1]?.score ?? 0) },
                reasons: chosen.map { "\(bank.waiting[$0].id): \(scored.scores[i][$0]?.reason ?? "—")" }))
        }
        let output = Output(proposals: proposals, unmatched: assignment.unassigned.map { bank.waiting[$0].id }, total: assignment.total)
        if format.json {
            context.print(try JSONOutput.string(output))
        } else {
            print(output, bank: bank, catalog: catalog, context: context)
        }
        RuleOutput.printErrors(scored.errors, to: context)
        if apply {
            let first = start ?? today
            for p in proposals {
                let program = try bank.draft(for: p.mentor, mentees: p.mentees, start: first, months: months,
                                             id: try ProgramCommand.freeID(in: store, year: first.year), catalog: catalog)
                try store.add(program)
                context.print(CLIText.draftCreated(program.id, mentor: p.mentor, mentees: p.mentees, forms: program.forms))
            }
        }
        if !scored.errors.isEmpty { throw Failure(status: 1) }
    }

    func print(_ output: Output, bank: MentoringBank, catalog: Catalog, context: Context) {
        let names = Dictionary(uniqueKeysWithValues: catalog.persons.map { ($0.id, $0.name) })
        let style = Style(enabled: context.colour)
        if bank.waiting.isEmpty { return context.print(CLIText.nobodyWaits) }
        for p in output.proposals {
            context.print(style.bold("\(names[p.mentor] ?? p.mentor) (\(p.mentor))") + " → "
                + p.mentees.map { "\(names[$0] ?? $0) (\($0))" }.joined(separator: ", ") + style.dim(CLIText.pairScore(DocumentNumber.format(p.score))))
            for reason in p.reasons { context.print("    \(reason)") }
        }
        if !output.unmatched.isEmpty {
            context.print(style.yellow(CLIText.noMentorFree) + output.unmatched.map { "\(names[$0] ?? $0) (\($0))" }.joined(separator: ", "))
        }
        context.print(CLIText.matchSummary(proposals: output.proposals.count, mentees: output.proposals.reduce(0) { $0 + $1.mentees.count },
                                           total: DocumentNumber.format(output.total), applied: apply))
    }
}
