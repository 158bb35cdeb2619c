import ArgumentParser
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutText

struct Match: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "match",
            abstract: tr(
                "Propose mentor–mentee pairs and groups for the mentees who wait for a mentor.",
                "Предложить пары и группы наставник–наставляемый для тех, кто ждёт наставника."),
            discussion: tr(
                """
                The proposal is an optimal assignment: the highest total score under each mentor's \\
                capacity (`capacity:` in the person document, \(MentorCapacity.defaultValue) when absent; mentees already in a \\
                draft or active program count). The score of a pair is Scripts/matching.lua's \\
                `matching { score = function(mentor, mentee, ctx) return number, "reason" end }`; nil or \\
                false forbids the pair. Persons without a personal-data consent are never proposed. \\
                --apply creates a draft program for each proposed pair or group.
                """,
                """
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
    @Option(
        help: ArgumentHelp(
            tr("Start of the programs --apply creates (default: today).", "Начало программ, которые создаёт --apply (по умолчанию сегодня)."), valueName: "date"
        )) var start: Day?
    @Option(
        help: tr("Length in months of the programs --apply creates (3 to 12).", "Длительность в месяцах для программ, которые создаёт --apply (от 3 до 12)."))
    var months = 9
    @OptionGroup var format: JSONFlag
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if !Program.allowedMonths.contains(months) { throw ValidationError(CLIText.monthsOutOfRange(months)) }
    }

    func run(_ context: Context) throws {
        let shown: MatchAnswer
        var drafts: [Program] = []
        if let client = try context.remote() {
            shown = try client.decode(MatchAnswer.self, try client.send("GET", "api/v1/match"))
            try show(shown, context: context)
            if apply {
                let body = MatchApplyBody(signature: shown.signature, start: start?.description, months: months)
                drafts = try client.decode([Program].self, try client.send("POST", "api/v1/match/apply", json: try client.encode(body)))
            }
        } else {
            let service = try context.service()
            let proposal = try service.matchProposal()
            shown = MatchAnswer(proposal)
            try show(shown, context: context)
            if apply { drafts = try service.applyMatch(proposal, start: start, months: months) }
        }
        for program in drafts {
            context.print(CLIText.draftCreated(program.id, mentor: program.mentors.first ?? "", mentees: program.mentees, forms: program.forms))
        }
        if !shown.errors.isEmpty { throw Failure(status: 1) }
    }

    /// The `--json` of a proposal: its pairs, the mentees left waiting, the total score.
    struct ProposalJSON: Encodable {
        var proposals: [MatchProposal.Pairing]
        var unmatched: [String]
        var total: Double
    }

    func show(_ proposal: MatchAnswer, context: Context) throws {
        if format.json {
            context.print(try JSONOutput.string(ProposalJSON(proposals: proposal.proposals, unmatched: proposal.unmatched, total: proposal.total)))
        } else {
            print(proposal, context: context)
        }
        RuleOutput.printErrors(proposal.errors, to: context)
    }

    func print(_ proposal: MatchAnswer, context: Context) {
        let names = proposal.names
        let style = Style(enabled: context.colour)
        if proposal.waiting.isEmpty { return context.print(CLIText.nobodyWaits) }
        for p in proposal.proposals {
            context.print(
                style.bold("\(names[p.mentor] ?? p.mentor) (\(p.mentor))") + " → "
                    + p.mentees.map { "\(names[$0] ?? $0) (\($0))" }.joined(separator: ", ") + style.dim(CLIText.pairScore(DocumentNumber.format(p.score))))
            for reason in p.reasons { context.print("    \(reason)") }
        }
        if !proposal.unmatched.isEmpty {
            context.print(style.yellow(CLIText.noMentorFree) + proposal.unmatched.map { "\(names[$0] ?? $0) (\($0))" }.joined(separator: ", "))
        }
        context.print(
            CLIText.matchSummary(
                proposals: proposal.proposals.count, mentees: proposal.proposals.reduce(0) { $0 + $1.mentees.count },
                total: DocumentNumber.format(proposal.total), applied: apply))
    }
}
