import MarshrutCore
import MarshrutRules
import MarshrutStore
import MarshrutText

/// Terminal output of rule runs: findings grouped by subject and severity, awards by criterion.
enum RuleOutput {
    /// Names of the subjects in `labels`, a person and a route by name, a program by its status and dates.
    static func namer(_ labels: [SubjectReference: SubjectLabel]) -> (SubjectReference) -> String {
        { subject in
            switch labels[subject] {
            case .name(let name): name
            case .program(let status, let start, let end): CLIText.programSummary(status: status, start: start, end: end)
            case nil: subject.kind == .person ? subject.id : ""
            }
        }
    }

    static func printFindings(
        _ report: CheckReport, name: (SubjectReference) -> String, monitors: Int, today: Day,
        style: Style, to context: Context
    ) {
        let groups = Dictionary(grouping: report.findings) { SubjectReference($0.subject, $0.id) }
        let width = SeverityWords.width
        for subject in groups.keys.sorted() {
            context.print(
                style.bold("\(subject.kind.title) \(subject.id.terminalSafe)")
                    + style.dim(" — \(name(subject).terminalSafe)"))
            let findings = (groups[subject] ?? []).sorted { $0.severity > $1.severity }
            for f in findings {
                let label = CLIText.severity(f.severity.rawValue).padding(width)
                let coloured =
                    switch f.severity {
                    case .critical: style.red(label)
                    case .warning: style.yellow(label)
                    case .info: style.cyan(label)
                    }
                context.print("  \(coloured) \(f.message.terminalSafe)  " + style.dim("[\(f.rule.terminalSafe)]"))
            }
        }
        let counts = Severity.allCases.reversed().compactMap { s -> String? in
            let n = report.findings.filter { $0.severity == s }.count
            return n > 0 ? CLIText.severityCount(s.rawValue, n) : nil
        }
        let checked = SubjectReference.Kind.allCases.compactMap { k -> String? in
            report.subjects[k].map { CLIText.subjects(k, $0) }
        }.joined(separator: ", ")
        if !report.findings.isEmpty { context.print() }
        context.print(
            CLIText.findingsSummary(
                report.findings.count, detail: counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))",
                rules: monitors, over: checked, asOf: today))
        printErrors(report.errors, to: context)
    }

    static func printAwards(
        _ report: AwardReport, name: (SubjectReference) -> String, incentives: [(id: String, title: String, kind: IncentiveKind)], style: Style,
        to context: Context
    ) {
        for incentive in incentives {
            let awards = report.awards.filter { $0.incentive == incentive.id }
            context.print(
                style.bold(incentive.title.terminalSafe) + style.dim(" [\(incentive.id.terminalSafe), \(CLIText.incentiveKind(incentive.kind.rawValue))]"))
            if awards.isEmpty { context.print(style.dim(String(CLIText.nobody))) }
            for a in awards {
                context.print("  \(name(SubjectReference(a.subject, a.id)).terminalSafe) (\(a.id.terminalSafe)): \(a.reason.terminalSafe)")
            }
        }
        context.print(CLIText.awardsSummary(report.awards.count, criteria: incentives.count))
        printErrors(report.errors, to: context)
    }

    static func printErrors(_ errors: [RuleError], to context: Context) {
        guard !errors.isEmpty else { return }
        context.warn(CLIText.scriptErrors(errors.count))
        for e in errors { context.warn("  \(e.source.terminalSafe): \(e.rule.terminalSafe): \(e.error.terminalSafe)") }
    }
}
