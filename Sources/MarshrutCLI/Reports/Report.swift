import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutReport
import MarshrutRules
import MarshrutServer
import MarshrutText

struct Report: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report",
            abstract: MarshrutText.tr(
                "The curator's annual analytical report on the mentoring system.",
                "Итоговый аналитический отчёт куратора о системе наставничества за учебный год."),
            discussion: MarshrutText.tr(
                "The school year runs from 1 September of --year to 31 August (2025 → 2025/26); default: the current one. "
                    + "html is one self-contained page with charts (Russian, prints on A4); csv writes one table per file "
                    + "(as Russian Excel opens it: `;`-separated, decimal comma, UTF-8 with BOM) into --out as a folder; "
                    + "json gives every figure.",
                "Учебный год — с 1 сентября года --year по 31 августа (2025 → 2025/26); по умолчанию текущий. "
                    + "html — одна самодостаточная страница с диаграммами (печатается на A4); csv — по таблице в файл "
                    + "(как открывает русский Excel: разделитель `;`, десятичная запятая, UTF-8 с BOM) в папку --out; "
                    + "json — все показатели.")
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, md, csv, json }

    @Option(help: tr("The year the school year begins (2025 for 2025/26).", "Год начала учебного года (2025 для 2025/26).")) var year: Int?
    @Option(help: tr("Output format.", "Формат.")) var format: Format = .html
    @Option(
        help: ArgumentHelp(
            MarshrutText.tr(
                "Where to write (a file; a folder for csv). Default: standard output (md, json) or report-YEAR.html.",
                "Куда записать (файл; для csv — папка). По умолчанию: стандартный вывод (md, json) или report-ГОД.html."),
            valueName: "path")) var out: String?
    @Option(
        help: ArgumentHelp(
            MarshrutText.tr(
                "The date the report is made on (default: today; for a past school year, its last day, 31 August).",
                "Дата отчёта (по умолчанию сегодня; для прошедшего учебного года — его последний день, 31 августа)."),
            valueName: "date")) var today: Day?
    @Option(
        help: ArgumentHelp(
            MarshrutText.tr(
                "Only this organization's scope, with the scripts it and its ancestors pushed.",
                "Только по этой организации, со скриптами, загруженными ею и вышестоящими организациями."),
            valueName: "id")) var org: String?
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let asked = ReportFileFormat(rawValue: format.rawValue) ?? .html
        let made: ReportAnswer
        if let client = try context.remote() {
            var query = ["format": asked.rawValue]
            if let year { query["year"] = String(year) }
            if let today { query["today"] = today.description }
            if let org { query["org"] = org }
            made = try client.decode(ReportAnswer.self, try client.send("GET", "api/v1/report", query: query))
        } else {
            let outcome = try context.service().annualReport(year: year, on: today, organization: org)
            made = ReportAnswer(
                schoolYear: outcome.schoolYear, day: outcome.day.description, errors: outcome.errors,
                files: try asked.files(of: outcome.report, schoolYear: outcome.schoolYear))
        }
        let schoolYear = made.schoolYear
        RuleOutput.printErrors(made.errors, to: context)
        let text = made.files.first?.text ?? ""
        switch format {
        case .html:
            let path = out ?? "report-\(schoolYear).html"
            try write(text, to: path)
            context.print(
                MarshrutText.tr("The report for \(SchoolYear(schoolYear).title) is in \(path)", "Отчёт за \(SchoolYear(schoolYear).title) учебный год: \(path)")
            )
        case .md, .json:
            try emit(text, context)
        case .csv:
            let folder = out ?? "report-\(schoolYear)-csv"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // A table's name may come from a server: only a plain file name is written, inside the folder.
            for table in made.files where !table.name.contains("/") && !table.name.hasPrefix(".") {
                try write(table.text, to: folder + "/" + table.name)
            }
            context.print(
                MarshrutText.tr("\(made.files.count) tables written to \(folder)/", "Таблицы (\(made.files.count)) записаны в \(folder)/"))
        }
    }

    func emit(_ text: String, _ context: Context) throws {
        if let out {
            try write(text, to: out)
            context.print(MarshrutText.tr("Written to \(out)", "Записано в \(out)"))
        } else {
            context.print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }

    func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError(MarshrutText.tr("cannot write \(path): \(error.localizedDescription)", "не удаётся записать \(path): \(error.localizedDescription)"))
        }
    }
}

struct Site: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "site",
            abstract: MarshrutText.tr(
                "Write the «Наставничество» section of the school website: pairs and groups, events, documents, best practices.",
                "Раздел «Наставничество» для сайта школы: пары и группы, события, документы, лучшие практики."))
    }

    @Option(help: ArgumentHelp(MarshrutText.tr("The folder to write the pages into.", "Папка для страниц."), valueName: "dir")) var out: String
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let files: [NamedText]
        if let client = try context.remote() {
            files = try client.decode([NamedText].self, try client.send("GET", "api/v1/site"))
        } else {
            files = try context.service().schoolSite().map { NamedText(name: $0.path, text: $0.text) }
        }
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for file in files {
                // A page's name comes from a server: only a plain file name is written, inside the folder.
                guard !file.name.contains("/"), !file.name.hasPrefix(".") else { continue }
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: out + "/" + file.name), options: .atomic)
            }
        } catch {
            throw CLIError(
                MarshrutText.tr("cannot write into \(out): \(error.localizedDescription)", "не удаётся записать в \(out): \(error.localizedDescription)"))
        }
        context.print(
            MarshrutText.tr(
                "\(files.count) files written to \(out)/ (open \(out)/index.html)",
                "Записано файлов: \(files.count) в \(out)/ (откройте \(out)/index.html)"))
    }
}
