import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutText
import MarshrutRules
import MarshrutServer
import MarshrutStore
import MarshrutService

extension Marshrut {
    /// The curator's commands over the Lua rules.
    static var ruleCommands: [ParsableCommand.Type] { [Rules.self, Incentives.self] }
}

extension Severity: ExpressibleByArgument {}

/// Options shared by commands that evaluate rules.
struct EvaluationOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            tr("The date rules see as ctx.today (default: today).", "Дата, которую правила видят как ctx.today (по умолчанию сегодня)."), valueName: "date"))
    var today: Day?

    @Option(help: tr("Only this route.", "Только этот маршрут.")) var route: String?
    @Option(help: tr("Only this program.", "Только эта программа.")) var program: String?
    @Option(help: tr("Only this person.", "Только этот человек.")) var person: String?
    @Option(
        help: ArgumentHelp(
            tr(
                "Only this organization's scope, with the scripts it and its ancestors pushed.",
                "Только по этой организации, со скриптами, загруженными ею и вышестоящими организациями."),
            valueName: "id"))
    var org: String?
    @Option(
        help: ArgumentHelp(
            tr(
                "How many Lua states evaluate at once (default: one per core).",
                "Сколько состояний Lua проверяют одновременно (по умолчанию по одному на ядро)."),
            valueName: "n"))
    var workers: Int?

    func validate() throws {
        if [route, program, person].compactMap({ $0 }).count > 1 {
            throw ValidationError(CLIText.atMostOneSubject)
        }
        if let workers, workers < 1 {
            throw ValidationError(CLIText.workersAtLeastOne(workers))
        }
    }

    /// The query that asks a server for the same run.
    var serverQuery: [String: String] { org.map { ["org": $0] } ?? [:] }

    var only: SubjectReference? {
        if let route { return SubjectReference(.route, route) }
        if let program { return SubjectReference(.program, program) }
        if let person { return SubjectReference(.person, person) }
        return nil
    }
}

struct Rules: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "rules",
            abstract: tr(
                "The school's monitoring rules and incentive criteria, written in Lua (Scripts/*.lua).",
                "Правила мониторинга и критерии поощрения школы на Lua (Scripts/*.lua)."),
            discussion: tr(
                "Scripts are read at every run: edit one and run `marshrut rules test` and `marshrut rules check`, no rebuild.",
                "Скрипты читаются при каждом запуске: исправьте скрипт и запустите `marshrut rules test` и `marshrut rules check` — пересборка не нужна."),
            subcommands: [List.self, Check.self, Test.self, Push.self, Pull.self]
        )
    }
}

extension Rules {
    struct List: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "list",
                abstract: tr("List the loaded rules and criteria with their source file:line.", "Список загруженных правил и критериев с файлом и строкой."))
        }
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        struct Row: Encodable {
            var type: String
            var id: String
            var subject: String
            var severity: String?
            var kind: String?
            var title: String?
            var description: String
            var source: String
        }

        func run(_ context: Context) throws {
            let engine = try context.scriptService().rules()
            var rows = engine.monitors.map {
                Row(
                    type: "monitor", id: $0.id, subject: $0.subject.rawValue, severity: $0.severity.rawValue, description: $0.description,
                    source: $0.source.description)
            }
            rows += engine.incentives.map {
                Row(
                    type: "incentive", id: $0.id, subject: $0.subject.rawValue, kind: $0.kind.rawValue, title: $0.title,
                    description: $0.description, source: $0.source.description)
            }
            if let m = engine.matching {
                rows.append(Row(type: "matching", id: "matching", subject: "person", description: m.description, source: m.source.description))
            }
            if format.json {
                struct Listing: Encodable { var rules: [Row]; var errors: [RuleError] }
                context.print(try JSONOutput.string(Listing(rules: rows, errors: engine.loadErrors)))
            } else {
                context.print(
                    TextTable(
                        header: CLIText.ruleListHeader,
                        rows: rows.map {
                            [
                                CLIText.ruleType($0.type), $0.id, CLIText.subjectKind($0.subject),
                                $0.severity.map(CLIText.severity) ?? $0.kind.map(CLIText.incentiveKind) ?? "", $0.source,
                            ]
                        }
                    ).render())
                RuleOutput.printErrors(engine.loadErrors, to: context)
            }
            if !engine.loadErrors.isEmpty { throw Failure(status: 1) }
        }
    }

    struct Check: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "check",
                abstract: tr("Run the monitoring rules over routes, programs and persons.", "Запустить правила мониторинга по маршрутам, программам и людям."),
                discussion: tr(
                    """
                    Exits 1 when a script failed (after reporting everything), and 2 when --fail-on is given \\
                    and a finding is at least that severe.
                    """,
                    """
                    Код выхода 1 — если какой-то скрипт дал ошибку (после полного отчёта), 2 — если задан \
                    --fail-on и есть замечание не ниже этой важности.
                    """)
            )
        }
        @OptionGroup var evaluation: EvaluationOptions
        @Option(
            help: tr("Exit with status 2 when a finding is at least this severe.", "Завершиться с кодом 2, если есть замечание такой или большей важности."))
        var failOn: Severity?
        @Flag(
            help: tr(
                "Print to stderr the time spent loading the scripts, reading the data, building the views and evaluating.",
                "Вывести в stderr время загрузки скриптов, чтения данных, построения представлений и проверки.")) var timing = false
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            if let client = try context.remote() {
                return try Rules.checkRemotely(client, evaluation: evaluation, json: format.json, failOn: failOn, context: context)
            }
            var phases = RuleTiming()
            let service = try context.service()
            let checked = try service.check(
                only: evaluation.only, organization: evaluation.org, on: evaluation.today,
                workers: evaluation.workers ?? RuleEngine.defaultWorkers, timing: &phases)
            let (engine, run, today) = (checked.engine, checked.report, checked.day)
            if timing {
                phases.readingData = run.timing.readingData
                phases.buildingViews = run.timing.buildingViews
                phases.loadingRelated = run.timing.loadingRelated
                phases.evaluating = run.timing.evaluating
                phases.waitingForData = run.timing.waitingForData
                phases.workers = run.timing.workers
                context.warn(phases.summary)
            }
            if format.json {
                try JSONOutput.write(run.results, in: { RuleCheckOutput(findings: $0, errors: run.errors) }) {
                    context.print($0, terminator: "")
                }
            } else {
                let report = run.checkReport
                let labels = try service.labels(of: report.findings.map { SubjectReference($0.subject, $0.id) })
                RuleOutput.printFindings(
                    report, name: RuleOutput.namer(labels), monitors: engine.monitors.count, today: today,
                    style: Style(enabled: context.colour), to: context)
                if run.leftOutInMemory > 0 { context.warn(CLIText.notShownInText(run.leftOutInMemory, limit: RunReport<Finding>.inMemoryLimit)) }
            }
            if !run.errors.isEmpty { throw Failure(status: 1) }
            if let failOn, run.results.contains(where: { $0.severity >= failOn }) { throw Failure(status: 2) }
        }
    }

    struct Test: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "test",
                abstract: tr(
                    "Run the test cases (`examples`) the rule scripts carry, and report pass or fail per case.",
                    "Прогнать тестовые примеры (`examples`) из скриптов правил и показать результат по каждому.")
            )
        }
        @Option(
            help: ArgumentHelp(
                tr("ctx.today for cases that do not set their own (default: today).", "ctx.today для примеров, где дата не задана (по умолчанию сегодня)."),
                valueName: "date")) var today: Day?
        @Flag(name: .shortAndLong, help: tr("List passing cases too.", "Показывать и пройденные примеры.")) var verbose = false
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let examples = try context.scriptService().examples(on: today)
            let (engine, results) = (examples.engine, examples.results)
            let failed = results.filter { !$0.passed }
            if format.json {
                struct Output: Encodable { var results: [ExampleResult]; var errors: [RuleError] }
                context.print(try JSONOutput.string(Output(results: results, errors: engine.loadErrors)))
            } else {
                let style = Style(enabled: context.colour)
                for r in results where verbose || !r.passed {
                    context.print(
                        "\(r.passed ? style.green(CLIText.pass) : style.red(CLIText.fail))  \(r.rule.terminalSafe): \(r.name.terminalSafe)  (\(r.source.terminalSafe))"
                    )
                    if !r.passed {
                        context.print(CLIText.expected(r.expected.terminalSafe))
                        context.print(CLIText.actual(r.actual.terminalSafe))
                    }
                }
                let untested =
                    engine.monitors.map(\.id).filter { id in !results.contains { $0.rule == id } }
                    + engine.incentives.map(\.id).filter { id in !results.contains { $0.rule == id } }
                if !untested.isEmpty { context.print(style.yellow(CLIText.noExamples(untested.map(\.terminalSafe)))) }
                RuleOutput.printErrors(engine.loadErrors, to: context)
                context.print(CLIText.testSummary(passed: results.count - failed.count, failed: failed.count))
            }
            if !failed.isEmpty || !engine.loadErrors.isEmpty { throw Failure(status: 1) }
        }
    }
}

struct Incentives: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "incentives", abstract: tr("Who meets which incentive criterion, and why.", "Кто соответствует каким критериям поощрения и почему."))
    }
    @OptionGroup var evaluation: EvaluationOptions
    @OptionGroup var format: JSONFlag
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        if let client = try context.remote() {
            return try Rules.awardRemotely(client, evaluation: evaluation, json: format.json, context: context)
        }
        let service = try context.service()
        let awarded = try service.awards(
            only: evaluation.only, organization: evaluation.org, on: evaluation.today, workers: evaluation.workers ?? RuleEngine.defaultWorkers)
        let (engine, run) = (awarded.engine, awarded.report)
        if format.json {
            try JSONOutput.write(run.results, in: { IncentivesOutput(awards: $0, errors: run.errors) }) {
                context.print($0, terminator: "")
            }
        } else {
            let report = run.awardReport
            let labels = try service.labels(of: report.awards.map { SubjectReference($0.subject, $0.id) })
            RuleOutput.printAwards(
                report, name: RuleOutput.namer(labels), incentives: engine.incentives.map { (id: $0.id, title: $0.title, kind: $0.kind) },
                style: Style(enabled: context.colour), to: context)
            if run.leftOutInMemory > 0 { context.warn(CLIText.notShownInText(run.leftOutInMemory, limit: RunReport<Award>.inMemoryLimit)) }
        }
        if !run.errors.isEmpty { throw Failure(status: 1) }
    }
}

extension Rules {
    /// A check on a server, over the subjects of the signed-in account's scope: with `--json` the
    /// same JSON as a local run, else the same text. The server evaluates the whole scope with
    /// its own scripts.
    static func checkRemotely(_ client: ServerClient, evaluation: EvaluationOptions, json: Bool, failOn: Severity?, context: Context) throws {
        if evaluation.only != nil || evaluation.today != nil { throw CLIError(CLIText.rulesOnServerWholeScope) }
        let findings: [Finding]
        let errors: [RuleError]
        if json {
            let answer = try client.send("GET", "api/v1/rules/check", query: evaluation.serverQuery)
            context.print(String(decoding: answer.body, as: UTF8.self), terminator: "")
            let output = try client.decode(RuleCheckOutput.self, answer)
            (findings, errors) = (output.findings, output.errors)
        } else {
            let run = try client.decode(LabelledCheck.self, try client.send("GET", "api/v1/rules/check/labelled", query: evaluation.serverQuery))
            let subjects = Dictionary(uniqueKeysWithValues: run.subjects.compactMap { key, n in SubjectReference.Kind(rawValue: key).map { ($0, n) } })
            RuleOutput.printFindings(
                CheckReport(findings: run.findings, errors: run.errors, subjects: subjects), name: RuleOutput.namer(labels(run.labels)),
                monitors: run.monitors, today: run.day, style: Style(enabled: context.colour), to: context)
            (findings, errors) = (run.findings, run.errors)
        }
        if !errors.isEmpty { throw Failure(status: 1) }
        if let failOn, findings.contains(where: { $0.severity >= failOn }) { throw Failure(status: 2) }
    }

    /// Incentives on a server, as ``checkRemotely(_:evaluation:json:failOn:context:)`` checks.
    static func awardRemotely(_ client: ServerClient, evaluation: EvaluationOptions, json: Bool, context: Context) throws {
        if evaluation.only != nil || evaluation.today != nil { throw CLIError(CLIText.rulesOnServerWholeScope) }
        let errors: [RuleError]
        if json {
            let answer = try client.send("GET", "api/v1/incentives", query: evaluation.serverQuery)
            context.print(String(decoding: answer.body, as: UTF8.self), terminator: "")
            errors = try client.decode(IncentivesOutput.self, answer).errors
        } else {
            let run = try client.decode(LabelledAwards.self, try client.send("GET", "api/v1/incentives/labelled", query: evaluation.serverQuery))
            let criteria = run.incentives.map { (id: $0.id, title: $0.title, kind: $0.kind) }
            RuleOutput.printAwards(
                AwardReport(awards: run.awards, errors: run.errors), name: RuleOutput.namer(labels(run.labels)), incentives: criteria,
                style: Style(enabled: context.colour), to: context)
            errors = run.errors
        }
        if !errors.isEmpty { throw Failure(status: 1) }
    }

    static func labels(_ texts: [LabelText]) -> [SubjectReference: SubjectLabel] {
        Dictionary(texts.compactMap(\.decoded), uniquingKeysWith: { first, _ in first })
    }
}
