import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutSheets
import MarshrutText

extension PersonCommand {
    struct Import: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "import",
                abstract: tr(
                    "Import a school's staff list (.csv or .xlsx), all or nothing.",
                    "Загрузить список сотрудников школы (.csv или .xlsx) — всё или ничего."),
                discussion: tr(
                    """
                    The first row names the columns: ФИО (required), Должность, Предмет, Дата рождения, Дата приёма, \
                    Педагогический стаж с, Категория, Дата присвоения категории, Роль, id (or the document keys: \
                    name, position, birth_date, …). Dates are DD.MM.YYYY or YYYY-MM-DD. A row whose id is stored \
                    updates that person from the non-empty cells; every other row adds a person (ids not given are \
                    generated as staff-N). If any row is wrong, every wrong row is listed and nothing is stored.
                    """,
                    """
                    Первая строка называет столбцы: ФИО (обязательно), Должность, Предмет, Дата рождения, Дата приёма, \
                    Педагогический стаж с, Категория, Дата присвоения категории, Роль, id (или ключи документа: name, \
                    position, birth_date, …). Даты — ДД.ММ.ГГГГ или ГГГГ-ММ-ДД. Строка с сохранённым id обновляет \
                    этого человека по непустым ячейкам; остальные строки добавляют людей (id, если не указан, \
                    создаётся как staff-N). Если хоть одна строка с ошибкой, выводятся все такие строки и ничего не \
                    сохраняется.
                    """)
            )
        }

        @Argument(help: ArgumentHelp(tr("The staff list: a .csv or .xlsx file.", "Список сотрудников: файл .csv или .xlsx."), valueName: "file"))
        var file: String
        @Flag(help: tr("Check everything and show what would change, but store nothing.", "Проверить всё и показать изменения, но ничего не сохранять."))
        var dryRun = false
        @Option(help: tr("The id of the organization the persons work in.", "id организации, где работают эти люди.")) var org: String?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let sheet: Sheet
            do {
                sheet = try Sheet.read(URL(fileURLWithPath: file))
            } catch {
                throw CLIError(CLIText.sheet(error, file: file))
            }
            let result: StaffImportResult
            do {
                let table = try StaffTable(sheet)
                if let client = try context.remote() {
                    // The server checks the rows again against its own persons and the account's rights.
                    let name = (file as NSString).lastPathComponent
                    let body = StaffImportBody(file: name, table: table, organization: org, dryRun: dryRun)
                    result = try client.call("POST", "api/v1/persons/import", body, as: StaffImportResult.self)
                } else {
                    let store = try context.store(create: true)
                    result = try context.service(over: store).importStaff(table, organization: org, dryRun: dryRun)
                }
            } catch let error as StaffImportError {
                throw CLIError(CLIText.staffList(error, file: file) + "\n" + CLIText.nothingImported.description)
            }
            for entry in result.added { context.print(CLIText.staffLine("+", entry)) }
            for entry in result.updated { context.print(CLIText.staffLine("~", entry)) }
            for duplicate in result.possibleDuplicates { context.warn(CLIText.possibleDuplicate(duplicate, file: file)) }
            context.print(CLIText.staffSummary(added: result.added.count, updated: result.updated.count, dryRun: dryRun))
        }
    }
}
