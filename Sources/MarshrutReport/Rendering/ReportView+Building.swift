import MarshrutCore
import MarshrutText

extension ReportView {
    static let heading = "Итоговый аналитический отчёт о реализации системы наставничества педагогических работников"

    init(_ report: AnnualReport) {
        let overview = report.overview
        heading = Self.heading
        school = report.school ?? ""
        hasSchool = report.school != nil
        year = report.schoolYear.title
        period = ReportFormat.period(report.schoolYear.start, report.schoolYear.end)
        today = ReportFormat.date(report.today)

        mentorBank = overview.mentorBank.members
        mentorJoined = overview.mentorBank.joined
        menteeBank = overview.menteeBank.members
        menteeJoined = overview.menteeBank.joined
        bankDate = ReportFormat.date(overview.mentorBank.asOf)
        pairs = overview.pairs
        groups = overview.groups
        routes = overview.routes
        cards = [
            Card(value: String(mentorBank), label: "Наставники в банке"),
            Card(value: String(menteeBank), label: "Наставляемые в банке"),
            Card(value: String(pairs), label: "Наставнические пары"),
            Card(value: String(groups), label: "Наставнические группы"),
            Card(value: String(routes), label: "Индивидуальные маршруты"),
            Card(
                value: "\(report.deficits.total.overcome) из \(report.deficits.total.atStart + report.deficits.total.added)",
                label: "Дефициты преодолены"),
            Card(value: String(report.products.total), label: "Педагогические продукты"),
        ]
        programs = overview.programs.map { line in
            ProgramRow(
                id: line.id, kind: line.isGroup ? "группа" : "пара",
                forms: line.forms.map { MentoringForm(rawValue: $0)?.words.russian ?? $0 }.joined(separator: ", "),
                mentors: line.mentors.map(\.name).joined(separator: ", "),
                mentees: line.mentees.map(\.name).joined(separator: ", "),
                period: ReportFormat.period(line.start, line.end),
                status: ProgramStatus(rawValue: line.status)?.words.russian ?? line.status)
        }
        hasPrograms = !programs.isEmpty
        forms = overview.programsByForm.map(TallyRow.init)
        formsChart = BarChart(
            id: "chart-forms", style: "chart-forms", title: "Программы наставничества по формам",
            series: [BarChart.Series(name: "программ", style: "count")],
            rows: forms.map { ($0.title, [$0.count]) })
        statuses = overview.programsByStatus.map(TallyRow.init)
        stages = overview.routesByStage.map(TallyRow.init)

        deficitRows = report.deficits.byArea.map {
            DeficitRow(title: $0.title, code: $0.area, atStart: $0.atStart, added: $0.added, overcome: $0.overcome, remaining: $0.remaining)
        }
        let total = report.deficits.total
        deficitTotal = DeficitRow(
            title: "Всего", code: "total", atStart: total.atStart, added: total.added,
            overcome: total.overcome, remaining: total.remaining)
        selfImageNote = Self.selfImageNote(report.selfImage)
        hasSelfImageNote = !report.selfImage.list.isEmpty
        deficitsChart = BarChart(
            id: "chart-deficits", style: "chart-deficits",
            title: "Дефициты по областям компетенций: на начало учебного года и преодолённые за год",
            series: [
                BarChart.Series(name: "на начало года", style: "at-start"),
                BarChart.Series(name: "преодолено за год", style: "overcome"),
            ],
            rows: deficitRows.map { ($0.title, [$0.atStart, $0.overcome]) })

        indicatorPrograms = report.indicators.map(IndicatorProgram.init)
        hasIndicatorPrograms = !indicatorPrograms.isEmpty

        findingsTotal = report.findings.total
        severities = report.findings.bySeverity.map(TallyRow.init)
        ruleRows = report.findings.byRule.map {
            RuleRow(rule: $0.title, severity: $0.severity, severityTitle: ReportText.severity($0.severity), count: $0.count)
        }
        findingRows = report.findings.list.map {
            FindingRow(
                severity: $0.severity, severityTitle: ReportText.severity($0.severity), rule: $0.rule,
                subject: ReportText.subject($0.subject), id: $0.id, message: $0.message)
        }
        hasFindings = !findingRows.isEmpty

        awardRows = report.awards.map {
            AwardRow(
                title: $0.title, incentive: $0.incentive, kindTitle: ReportText.incentiveKind($0.kind),
                subject: ReportText.subject($0.subject), name: $0.name, reason: $0.reason)
        }
        hasAwards = !awardRows.isEmpty

        productTotal = report.products.total
        productKinds = report.products.byKind.map(TallyRow.init)
        productRows = report.products.list.map {
            ProductRow(
                date: ReportFormat.date($0.date), kindTitle: ReportText.productKind($0.kind), title: $0.title,
                authors: $0.authors.map(\.name).joined(separator: ", "),
                source: "\(ReportText.subject($0.source)) \($0.sourceID)")
        }
        hasProducts = !productRows.isEmpty

        plans = report.plans.map(PlanView.init)
        hasPlans = !plans.isEmpty
    }
}

extension ReportView.TallyRow {
    init(_ tally: AnnualReport.Tally) {
        self.init(code: tally.code, title: tally.title, count: tally.count)
    }
}

extension ReportView.IndicatorProgram {
    init(_ indicators: AnnualReport.ProgramIndicators) {
        id = indicators.program
        let mentors = indicators.mentors.map(\.name).joined(separator: ", ")
        let mentees = indicators.mentees.map(\.name).joined(separator: ", ")
        members = "\(mentors) → \(mentees)"
        series = indicators.series.map { series in
            let trend =
                switch series.change {
                case .some(let change) where change > 0: "up"
                case .some(let change) where change < 0: "down"
                default: "flat"
                }
            return ReportView.SeriesView(
                name: series.name, title: series.title,
                values: series.values.map { ReportFormat.number($0.value) }.joined(separator: " → "),
                first: ReportFormat.number(series.first), last: ReportFormat.number(series.last),
                change: ReportFormat.change(series.change), trend: trend,
                chart: LineChart(id: "chart-indicator-\(indicators.program)-\(series.name)", title: series.title, values: series.values))
        }
        hasSeries = !series.isEmpty
    }
}

extension ReportView.PlanView {
    init(_ plan: AnnualReport.PlanProgress) {
        id = plan.id
        title = plan.title
        done = plan.done
        due = plan.due
        overdue = plan.overdue
        stages = plan.stages.map { stage in
            ReportView.StageRow(
                number: stage.number, title: stage.title, due: ReportFormat.date(stage.due),
                responsible: stage.responsible ?? "—", state: stage.state.rawValue,
                stateTitle: ReportText.stageState(stage.state.rawValue))
        }
    }
}

extension ReportView {
    /// «Рефлексию об образе себя (этап 7) провели 3 педагога, средняя оценка приближения к
    /// желаемому образу — 3,67 из 5.»
    static func selfImageNote(_ figures: AnnualReport.SelfImage) -> String {
        guard let average = figures.averageScore else { return "" }
        let teachers = Language.$current.withValue(.russian) {
            Noun("teacher", "teachers", ru: ("педагог", "педагога", "педагогов")).count(figures.list.count)
        }
        let verb = figures.list.count % 10 == 1 && figures.list.count % 100 != 11 ? "провёл" : "провели"
        return "Рефлексию об образе себя (этап 7) в этом учебном году \(verb) \(teachers); "
            + "средняя оценка приближения к желаемому образу — \(ReportFormat.number(average)) из 5."
    }
}
