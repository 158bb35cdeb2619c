import MarshrutCore

extension AnnualReport {
    /// The report's underlying tables as CSV, one text per table (RFC 4180, UTF-8 with a BOM,
    /// CRLF line ends; headers are English snake_case like the JSON keys, codes stay codes, and
    /// a `…_title` column gives the Russian title).
    ///
    /// Tables, in this order: `overview`, `programs`, `programs-by-form`, `programs-by-status`,
    /// `routes-by-stage`, `deficits-by-area`, `deficits`, `self-image`, `indicators`, `indicator-dynamics`,
    /// `findings-by-rule`, `findings`, `awards`, `products`, `plan-stages`. A name is meant as
    /// a file name without `.csv`.
    public func csvTables() -> [(name: String, text: String)] {
        tables.map { (name: $0.name, text: $0.text) }
    }

    var tables: [CSVTable] {
        let o = overview
        let dates = { (days: Day?) in days?.description ?? "" }
        return [
            CSVTable(
                name: "overview", header: ["figure", "title", "value"],
                rows: [
                    ["school_year", "учебный год", schoolYear.title],
                    ["mentor_bank", "наставники в банке", String(o.mentorBank.members)],
                    ["mentor_bank_joined", "вошли в банк наставников в этом году", String(o.mentorBank.joined)],
                    ["mentee_bank", "наставляемые в банке", String(o.menteeBank.members)],
                    ["mentee_bank_joined", "вошли в банк наставляемых в этом году", String(o.menteeBank.joined)],
                    ["pairs", "наставнические пары", String(o.pairs)],
                    ["groups", "наставнические группы", String(o.groups)],
                    ["routes", "индивидуальные маршруты", String(o.routes)],
                    ["deficits_at_start", "дефициты на начало года", String(deficits.total.atStart)],
                    ["deficits_overcome", "дефициты преодолены", String(deficits.total.overcome)],
                    ["self_image_reflections", "рефлексия об образе себя (маршрутов)", String(selfImage.list.count)],
                    ["self_image_average", "средняя оценка приближения к образу себя", selfImage.averageScore.map(ReportFormat.plain) ?? ""],
                    ["findings", "замечания мониторинга", String(findings.total)],
                    ["awards", "соответствия критериям стимулирования", String(awards.count)],
                    ["products", "педагогические продукты", String(products.total)],
                ]),
            CSVTable(
                name: "programs", header: ["program", "is_group", "forms", "status", "mentors", "mentees", "start", "end"],
                rows: o.programs.map { line in
                    [
                        line.id, line.isGroup ? "true" : "false", line.forms.joined(separator: " "), line.status,
                        line.mentors.map(\.name).joined(separator: "; "), line.mentees.map(\.name).joined(separator: "; "),
                        line.start.description, line.end.description,
                    ]
                }),
            Self.tallyTable("programs-by-form", key: "form", o.programsByForm),
            Self.tallyTable("programs-by-status", key: "status", o.programsByStatus),
            Self.tallyTable("routes-by-stage", key: "stage", o.routesByStage),
            CSVTable(
                name: "deficits-by-area", header: ["area", "area_title", "at_start", "added", "overcome", "remaining"],
                rows: deficits.byArea.map { [$0.area, $0.title, String($0.atStart), String($0.added), String($0.overcome), String($0.remaining)] }
                    + [
                        [
                            "total", "всего", String(deficits.total.atStart), String(deficits.total.added),
                            String(deficits.total.overcome), String(deficits.total.remaining),
                        ]
                    ]),
            CSVTable(
                name: "deficits", header: ["route", "teacher", "deficit", "area", "level", "at_start", "overcome", "closed_on"],
                rows: deficits.list.map {
                    [
                        $0.route, $0.teacher.name, $0.deficit, $0.area, String($0.level),
                        $0.atStart ? "true" : "false", $0.overcome ? "true" : "false", dates($0.closedOn),
                    ]
                }),
            CSVTable(
                name: "self-image", header: ["route", "teacher", "date", "score"],
                rows: selfImage.list.map { [$0.route, $0.teacher.name, $0.date.description, String($0.score)] }),
            CSVTable(
                name: "indicators", header: ["program", "indicator", "indicator_title", "date", "value"],
                rows: indicators.flatMap { program in
                    program.series.flatMap { series in
                        series.values.map { [program.program, series.name, series.title, $0.date.description, ReportFormat.plain($0.value)] }
                    }
                }),
            CSVTable(
                name: "indicator-dynamics", header: ["program", "indicator", "indicator_title", "values", "first", "last", "change"],
                rows: indicators.flatMap { program in
                    program.series.map { series in
                        [
                            program.program, series.name, series.title, String(series.values.count), ReportFormat.plain(series.first),
                            ReportFormat.plain(series.last), series.change.map(ReportFormat.plain) ?? "",
                        ]
                    }
                }),
            CSVTable(
                name: "findings-by-rule", header: ["rule", "severity", "count"],
                rows: findings.byRule.map { [$0.rule, $0.severity, String($0.count)] }),
            CSVTable(
                name: "findings", header: ["rule", "severity", "subject", "id", "message"],
                rows: findings.list.map { [$0.rule, $0.severity, $0.subject, $0.id, $0.message] }),
            CSVTable(
                name: "awards", header: ["incentive", "title", "kind", "subject", "id", "name", "reason"],
                rows: awards.map { [$0.incentive, $0.title, $0.kind, $0.subject, $0.id, $0.name, $0.reason] }),
            CSVTable(
                name: "products", header: ["date", "kind", "kind_title", "title", "authors", "source", "source_id", "activity", "reference"],
                rows: products.list.map {
                    [
                        $0.date.description, $0.kind, ReportText.productKind($0.kind), $0.title,
                        $0.authors.map(\.name).joined(separator: "; "), $0.source, $0.sourceID,
                        $0.activity, $0.reference ?? "",
                    ]
                }),
            CSVTable(
                name: "plan-stages", header: ["plan", "number", "title", "due", "responsible", "check", "marked_done", "state", "state_title"],
                rows: plans.flatMap { plan in
                    plan.stages.map {
                        [
                            plan.id, String($0.number), $0.title, $0.due.description, $0.responsible ?? "",
                            $0.check ?? "", dates($0.markedDone), $0.state.rawValue, ReportText.stageState($0.state.rawValue),
                        ]
                    }
                }),
        ]
    }

    private static func tallyTable(_ name: String, key: String, _ tallies: [Tally]) -> CSVTable {
        CSVTable(name: name, header: [key, "\(key)_title", "count"], rows: tallies.map { [$0.code, $0.title, String($0.count)] })
    }
}
