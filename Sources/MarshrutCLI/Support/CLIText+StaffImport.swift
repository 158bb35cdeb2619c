import MarshrutCore
import MarshrutService
import MarshrutSheets
import MarshrutText

/// What `person import` says.
extension CLIText {
    static func sheet(_ error: SheetError, file: String) -> String {
        switch error {
        case .unsupportedFormat(let ext):
            tr("\(file): .\(ext) is not read: save the list as .csv or .xlsx", "\(file): формат .\(ext) не читается: сохраните список как .csv или .xlsx")
        case .unreadable: tr("\(file): cannot be read", "\(file): не удаётся прочитать")
        case .fileTooLarge(let bytes, let limit):
            tr(
                "\(file): \(megabytes(bytes)) MB is more than a staff list may be (\(megabytes(limit)) MB)",
                "\(file): \(megabytes(bytes)) МБ — больше, чем может быть список сотрудников (\(megabytes(limit)) МБ)")
        case .unpackedTooLarge(let limit):
            tr(
                "\(file): the workbook unpacks to more than \(megabytes(limit)) MB: it is not read",
                "\(file): книга распаковывается больше чем в \(megabytes(limit)) МБ — не читается")
        case .tooManyRows(let limit):
            tr("\(file): more than \(limit) rows: split the list", "\(file): больше \(limit) строк — разделите список")
        case .tooManyCells(let limit):
            tr("\(file): more than \(limit) filled cells: it is not read", "\(file): больше \(limit) заполненных ячеек — не читается")
        case .unclosedQuote(let line):
            tr("\(file):\(line): a quoted field never closes (a missing \")", "\(file):\(line): кавычки не закрыты (не хватает \")")
        case .notAWorkbook(let missing):
            tr("\(file): not an .xlsx workbook (no \(missing))", "\(file): это не книга .xlsx (нет \(missing))")
        case .badPart(let part): tr("\(file): \(part) is damaged", "\(file): часть \(part) повреждена")
        case .badCellReference(let reference):
            tr("\(file): cell \(reference) is outside a worksheet", "\(file): ячейка \(reference) вне листа")
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes % 1_000_000 == 0 ? String(bytes / 1_000_000) : String(format: "%.1f", Double(bytes) / 1_000_000)
    }

    static func staffList(_ error: StaffImportError, file: String) -> String {
        switch error {
        case .empty: return tr("\(file): the list is empty", "\(file): список пуст")
        case .noNameColumn:
            return tr(
                "\(file): the list has no ФИО (full name) column",
                "\(file): в списке нет столбца ФИО")
        case .columnTwice(let column):
            return tr("\(file): the column \(column.label) appears twice", "\(file): столбец «\(column.label)» встречается дважды")
        case .unknownHeaders(let headers):
            let accepted = StaffColumn.allCases.flatMap { $0.russianHeaders.prefix(1) + $0.keys }.joined(separator: ", ")
            let named = headers.map { "«\($0)»" }.joined(separator: ", ")
            return tr(
                "\(file): unknown column \(named); accepted: \(accepted)",
                "\(file): неизвестный столбец \(named); допустимы: \(accepted)")
        case .rows(let problems):
            return problems.map { staffProblem($0, file: file) }.joined(separator: "\n")
        }
    }

    static func staffProblem(_ problem: StaffProblem, file: String) -> String {
        let place = [problem.row > 0 ? "\(file):\(problem.row)" : file, problem.column?.label].compactMap { $0 }.joined(separator: ": ")
        let value = problem.value
        let said: String =
            switch problem.reason {
            case .notADate:
                tr("\"\(value)\" is not a date (DD.MM.YYYY or YYYY-MM-DD)", "«\(value)» — не дата (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)")
            case .unknownCategory:
                tr(
                    "\"\(value)\" is not a category (\(QualificationCategory.allCases.map(\.title).joined(separator: ", ")))",
                    "«\(value)» — не категория (\(QualificationCategory.allCases.map(\.title).joined(separator: ", ")))")
            case .unknownRole:
                tr(
                    "\"\(value)\" is not a role (\(Role.allCases.map(\.title).joined(separator: ", ")))",
                    "«\(value)» — не роль (\(Role.allCases.map(\.title).joined(separator: ", ")))")
            case .invalidID:
                tr(
                    "\"\(value)\" is not an id (Latin lower-case letters, digits, -, _ and .)",
                    "«\(value)» — не id (строчные латинские буквы, цифры, -, _ и .)")
            case .idTwice(let first):
                tr("\"\(value)\" is given on row \(first) too", "«\(value)» уже указан в строке \(first)")
            case .nameRequired: tr("the full name is empty", "ФИО не заполнено")
            case .erased(let id):
                tr(
                    "the personal data of \(id) was erased: a new consent goes with a new id",
                    "персональные данные \(id) удалены: новое согласие — под новым id")
            case .model(let reason):
                value.isEmpty ? reason.message : tr("\"\(value)\": ", "«\(value)»: ") + reason.message
            }
        return place + ": " + said
    }

    static func staffLine(_ mark: String, _ entry: StaffImportResult.Entry) -> String {
        let person = entry.person
        let details = [person.position, person.subject, person.staff.category.map(\.title)].compactMap { $0 }.joined(separator: " · ")
        return "\(mark) \(person.id)  \(person.name)" + (details.isEmpty ? "" : "  (\(details))")
    }

    static func possibleDuplicate(_ duplicate: StaffImportResult.Duplicate, file: String) -> String {
        tr(
            "warning: \(file):\(duplicate.row): \(duplicate.name) has the same name as stored person \(duplicate.existing): the same person? Give the id column to update instead",
            "внимание: \(file):\(duplicate.row): \(duplicate.name) — то же ФИО, что у сохранённого \(duplicate.existing): это тот же человек? Чтобы обновить, укажите столбец id"
        )
    }

    static func staffSummary(added: Int, updated: Int, dryRun: Bool) -> String {
        dryRun
            ? tr(
                "Would add \(added), update \(updated); nothing stored (--dry-run).",
                "Будет добавлено: \(added), обновлено: \(updated); ничего не сохранено (--dry-run).")
            : tr("Added \(added), updated \(updated).", "Добавлено: \(added), обновлено: \(updated).")
    }
}

extension StaffColumn {
    /// The column's name in the reader's language.
    var label: String {
        switch self {
        case .id: "id"
        case .name: tr("full name", "ФИО")
        case .position: tr("position", "Должность")
        case .subject: tr("subject", "Предмет")
        case .birthDate: tr("birth date", "Дата рождения")
        case .hireDate: tr("hire date", "Дата приёма")
        case .experienceSince: tr("teaching experience since", "Педагогический стаж с")
        case .category: tr("category", "Категория")
        case .categoryDate: tr("category date", "Дата присвоения категории")
        case .roles: tr("role", "Роль")
        case .ordinal: "№"
        }
    }
}
