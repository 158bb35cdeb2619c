import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutReport
import MarshrutRules

struct Report: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report",
            abstract: MarshrutCore.tr(
                "The curator's annual analytical report on the mentoring system.",
                "Итоговый аналитический отчёт куратора о системе наставничества за учебный год."),
            discussion: MarshrutCore.tr(
                "The school year runs from 1 September of --year to 31 August (2025 → 2025/26); default: the current one. "
                    + "html is one self-contained page with charts (Russian, prints on A4); csv writes one table per file "
                    + "(UTF-8 with BOM) into --out as a folder; json gives every figure.",
                "Учебный год — с 1 сентября года --year по 31 августа (2025 → 2025/26); по умолчанию текущий. "
                    + "html — одна самодостаточная страница с диаграммами (печатается на A4); csv — по таблице в файл "
                    + "(UTF-8 с BOM) в папку --out; json — все показатели.")
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, md, csv, json }

    @Option(help: tr("The year the school year begins (2025 for 2025/26).", "Год начала учебного года (2025 для 2025/26).")) var year: Int?
    @Option(help: tr("Output format.", "Формат.")) var format: Format = .html
    @Option(
        help: ArgumentHelp(
            MarshrutCore.tr(
                "Where to write (a file; a folder for csv). Default: standard output (md, json) or report-YEAR.html.",
                "Куда записать (файл; для csv — папка). По умолчанию: стандартный вывод (md, json) или report-ГОД.html."),
            valueName: "path")) var out: String?
    @Option(
        help: ArgumentHelp(
            MarshrutCore.tr("The date the report is made on (default: today).", "Дата отчёта (по умолчанию сегодня)."),
            valueName: "date")) var today: Day?
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let store = try context.store()
        let catalog = try store.catalog()
        let day = try today ?? context.today
        let schoolYear = year ?? day.schoolYear
        let engine = try RuleEngine(scriptsFolder: context.scriptsPath)
        let checked = engine.check(catalog, today: day)
        let awarded = engine.awards(catalog, today: day)
        let report = AnnualReport(
            catalog: catalog, year: schoolYear,
            findings: checked.findings.map {
                ReportFinding(rule: $0.rule, severity: $0.severity.rawValue, subject: $0.subject.rawValue, id: $0.id, message: $0.message)
            },
            awards: awarded.awards.map {
                ReportAward(incentive: $0.incentive, title: $0.title, kind: $0.kind.rawValue, subject: $0.subject.rawValue, id: $0.id, reason: $0.reason)
            },
            today: day)
        RuleOutput.printErrors(checked.errors + awarded.errors.filter { e in !checked.errors.contains(e) }, to: context)
        switch format {
        case .html:
            let path = out ?? "report-\(schoolYear).html"
            try write(try report.html(), to: path)
            context.print(
                MarshrutCore.tr("The report for \(SchoolYear(schoolYear).title) is in \(path)", "Отчёт за \(SchoolYear(schoolYear).title) учебный год: \(path)")
            )
        case .md:
            try emit(try report.markdown(), context)
        case .json:
            try emit(try report.json(), context)
        case .csv:
            let folder = out ?? "report-\(schoolYear)-csv"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for table in report.csvTables() { try write(table.text, to: folder + "/" + table.name + ".csv") }
            context.print(
                MarshrutCore.tr("\(report.csvTables().count) tables written to \(folder)/", "Таблицы (\(report.csvTables().count)) записаны в \(folder)/"))
        }
    }

    func emit(_ text: String, _ context: Context) throws {
        if let out {
            try write(text, to: out)
            context.print(MarshrutCore.tr("Written to \(out)", "Записано в \(out)"))
        } else {
            context.print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }

    func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError(MarshrutCore.tr("cannot write \(path): \(error.localizedDescription)", "не удаётся записать \(path): \(error.localizedDescription)"))
        }
    }
}

struct Site: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "site",
            abstract: MarshrutCore.tr(
                "Write the «Наставничество» section of the school website: pairs and groups, events, documents, best practices.",
                "Раздел «Наставничество» для сайта школы: пары и группы, события, документы, лучшие практики."))
    }

    @Option(help: ArgumentHelp(MarshrutCore.tr("The folder to write the pages into.", "Папка для страниц."), valueName: "dir")) var out: String
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let catalog = try context.store().catalog()
        let files = try SchoolSite(catalog: catalog, today: try context.today).files()
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for file in files {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: out + "/" + file.path), options: .atomic)
            }
        } catch {
            throw CLIError(
                MarshrutCore.tr("cannot write into \(out): \(error.localizedDescription)", "не удаётся записать в \(out): \(error.localizedDescription)"))
        }
        context.print(
            MarshrutCore.tr(
                "\(files.count) files written to \(out)/ (open \(out)/index.html)",
                "Записано файлов: \(files.count) в \(out)/ (откройте \(out)/index.html)"))
    }
}
