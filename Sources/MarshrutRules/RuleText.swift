import Foundation
import MarshrutCore
import MarshrutText

/// Every message of the rule engine, in English and Russian.
///
/// Lua keys (`id`, `check`, `examples`…), rule ids, codes and paths stay as scripts write them.
/// What Lua itself says (a runtime error's own text) comes from Lua and stays English.
enum RuleText {
    // MARK: - Loading

    static var preludeDidNotStart: String {
        tr("the rule prelude did not start", "не удалось запустить вводную часть правил (prelude)")
    }

    static func noScriptsFolder(_ folder: String) -> String {
        tr(
            "no scripts folder at \(folder): create it, or point --scripts (or $MARSHRUT_SCRIPTS) at the folder of *.lua rules",
            "нет папки скриптов \(folder): создайте её или укажите папку с правилами *.lua в --scripts (или $MARSHRUT_SCRIPTS)")
    }

    static var scriptNotUTF8: String {
        tr("cannot read the script as UTF-8 text", "не удаётся прочитать скрипт как текст в UTF-8")
    }

    static func spoolFailed(_ reason: String) -> String {
        tr(
            "could not keep the results in a temporary file (\(reason)); free some disk space or set TMPDIR to a folder with room",
            "не удалось сохранить результаты во временный файл (\(reason)); освободите место на диске или укажите в TMPDIR папку, где оно есть")
    }

    // MARK: - Lua errors

    static func syntaxError(_ message: String) -> String {
        tr("syntax error: \(message)", "синтаксическая ошибка: \(luaSyntax(message))")
    }

    /// Lua's parser messages in Russian (`unexpected symbol near '='` → «неожиданный символ
    /// перед '='»); one of another shape stays as Lua wrote it.
    static func luaSyntax(_ english: String) -> String {
        var text = english.replacingOccurrences(of: "'<eof>' expected", with: "'конец файла' expected")
        for (pattern, russian) in syntaxPatterns {
            let translated = text.replacingOccurrences(of: pattern, with: russian, options: .regularExpression)
            if translated != text {
                text = translated
                break
            }
        }
        return text.replacingOccurrences(of: "near <eof>", with: "near конец файла")
            .replacingOccurrences(of: "перед <eof>", with: "в конце файла")
    }

    static let syntaxPatterns: [(String, String)] = [
        (#"^'(.+)' expected \(to close '(.+)' at line ([0-9]+)\) near (.+)$"#, "ожидается '$1' (закрыть '$2' из строки $3) перед $4"),
        (#"^'(.+)' expected near (.+)$"#, "ожидается '$1' перед $2"),
        (#"^<name> expected near (.+)$"#, "ожидается имя перед $1"),
        (#"^unexpected symbol near (.+)$"#, "неожиданный символ перед $1"),
        (#"^unfinished string near (.+)$"#, "незакрытая строка перед $1"),
        (#"^unfinished long (string|comment) \(starting at line ([0-9]+)\) near (.+)$"#, "незакрытая длинная строка или комментарий (со строки $2) перед $3"),
        (#"^malformed number near (.+)$"#, "неверно записанное число перед $1"),
        (#"^function arguments expected near (.+)$"#, "ожидаются аргументы функции перед $1"),
        (#"^invalid escape sequence (.+)$"#, "неверная escape-последовательность $1"),
        (#"^break outside a loop at line ([0-9]+) near (.+)$"#, "break вне цикла в строке $1 перед $2"),
        (#"^no visible label '(.+)' for goto at line ([0-9]+)$"#, "нет метки '$1' для goto в строке $2"),
        (#"^syntax error near (.+)$"#, "ошибка перед $1"),
    ]

    static func instructionLimit(_ message: String) -> String {
        tr(
            "stopped: the instruction limit was exceeded (an endless loop?): \(message)",
            "остановлено: превышен лимит инструкций (бесконечный цикл?): \(message)")
    }

    static func memoryLimit(_ message: String) -> String {
        tr("stopped: the memory limit was exceeded: \(message)", "остановлено: превышен лимит памяти: \(message)")
    }

    static func tableLimit(_ message: String) -> String {
        tr("stopped: a table grew too large: \(message)", "остановлено: таблица стала слишком большой: \(message)")
    }

    static func timeLimit(_ message: String) -> String {
        tr("stopped: the time limit was exceeded: \(message)", "остановлено: превышен лимит времени: \(message)")
    }

    /// The Russian of what the Lua bridge says about its limits and read-only views, which it
    /// writes in English; any other Lua message stays as Lua wrote it.
    static func luaMessage(_ english: String) -> String {
        guard Language.current == .russian else { return english }
        func between(_ prefix: String, _ suffix: String) -> String? {
            guard english.hasPrefix(prefix), english.hasSuffix(suffix), english.count >= prefix.count + suffix.count else { return nil }
            return String(english.dropFirst(prefix.count).dropLast(suffix.count))
        }
        if let count = between("instruction limit exceeded: more than ", " instructions in one call; make sure every loop ends") {
            return "больше \(count) инструкций за один вызов; проверьте, что каждый цикл заканчивается"
        }
        if let seconds = between("time limit exceeded: the call ran longer than ", " s; make sure every loop ends") {
            return "вызов шёл дольше \(seconds) с; проверьте, что каждый цикл заканчивается"
        }
        if let bytes = between("memory limit exceeded: the state may use at most ", " bytes; build smaller strings and tables") {
            return "правилам доступно не больше \(bytes) байт памяти; стройте строки и таблицы поменьше"
        }
        if let keys = between("table limit exceeded: a table may hold at most ", " keys besides its list entries; keep fewer keys in one table") {
            return "в таблице может быть не больше \(keys) ключей помимо элементов списка; храните в одной таблице меньше ключей"
        }
        if let field = between("attempt to modify read-only table (field '", "')") {
            return "попытка изменить поле '\(field)' в данных только для чтения"
        }
        if english == "attempt to modify read-only table" { return "попытка изменить данные только для чтения" }
        if english.hasPrefix("unknown field '"), let end = english.range(of: "' of a "), let open = english.range(of: " (its fields: "),
            english.hasSuffix(")")
        {
            let field = english[english.index(english.startIndex, offsetBy: 15)..<end.lowerBound]
            let kind = english[end.upperBound..<open.lowerBound]
            let fields = english[open.upperBound..<english.index(before: english.endIndex)]
            let whose = ["person": "участника", "route": "маршрута", "program": "программы"][String(kind)] ?? String(kind)
            return "у \(whose) нет поля '\(field)' (есть поля: \(fields))"
        }
        return english
    }

    // MARK: - Declarations

    static func keyMissing(_ key: String) -> String { tr("`\(key)` is missing", "нет поля `\(key)`") }
    static func keyNotString(_ key: String) -> String { tr("`\(key)` must be a string", "поле `\(key)` должно быть строкой") }

    static func functionMissing(_ key: String) -> String {
        tr("`\(key)` is missing: give it a function", "нет поля `\(key)`: задайте в нём функцию")
    }

    static func keyNotFunction(_ key: String) -> String { tr("`\(key)` must be a function", "поле `\(key)` должно быть функцией") }

    static func unknownSubject(_ subject: String) -> String {
        tr(
            "unknown subject \"\(subject)\" (expected one of: route, program, person)",
            "неизвестный вид объекта \"\(subject)\" (допустимые значения: route, program, person)")
    }

    static func unknownKey(_ key: String, allowed: [String]) -> String {
        let list = allowed.joined(separator: ", ")
        return tr("unknown field `\(key)` (expected one of: \(list))", "неизвестное поле `\(key)` (допустимые поля: \(list))")
    }

    static var unnamedFields: String { tr("fields need names: write `key = value`", "у полей должны быть имена: пишите `key = value`") }
    static var examplesNotList: String { tr("`examples` must be a list of cases", "поле `examples` должно быть списком примеров") }

    static func idNotSlug(_ id: String) -> String {
        tr(
            "`id` \"\(id)\" must be a slug: lower-case letters, digits and hyphens, at most \(maximumIDLength) of them",
            "`id` \"\(id)\" должен быть кратким кодом: строчные латинские буквы, цифры и дефисы, не больше \(maximumIDLength)")
    }

    static func resultsLeftOut(_ count: Int, cap: Int) -> String {
        tr(
            "\(count) more result(s) left out: a rule gives at most \(cap) per run; make its check narrower",
            "ещё \(count) результат(ов) не показано: правило даёт не больше \(cap) за прогон; сузьте его проверку")
    }

    static func scoreOutOfRange(_ value: Double, limit: Double) -> String {
        tr(
            "the score \(value) is out of range: a score must be between -\(limit) and \(limit)",
            "оценка \(value) вне допустимого диапазона: оценка должна быть от -\(limit) до \(limit)")
    }

    /// The longest rule id: an id is a short slug.
    static let maximumIDLength = 64

    /// An id as messages show it: cut after ``maximumIDLength`` characters.
    static func shortened(_ id: String) -> String {
        id.count > maximumIDLength ? id.prefix(maximumIDLength) + "…" : id
    }

    static func idContested(_ id: String, at other: RuleSource) -> String {
        tr(
            "the id \"\(id)\" is declared again at \(other): neither declaration runs until one of them is renamed",
            "id \"\(id)\" объявлен ещё раз в \(other): ни одно из объявлений не работает, пока одно из них не переименовано")
    }

    static func idTaken(_ id: String, at earlier: RuleSource) -> String {
        tr(
            "the id \"\(id)\" is already declared at \(earlier): ids are unique across all scripts",
            "id \"\(id)\" уже объявлен в \(earlier): id должны быть уникальными среди всех скриптов")
    }

    static func secondMatching(at earlier: RuleSource) -> String {
        tr(
            "a school has one matching score; another is declared at \(earlier)",
            "у школы одна оценка подбора пар (matching); другая уже объявлена в \(earlier)")
    }

    // MARK: - Matching

    static var noMatching: String {
        tr(
            "no script declares `matching { score = function(mentor, mentee, ctx) … end }`: "
                + "add Scripts/matching.lua (the standard one is in the repository)",
            "ни один скрипт не объявляет `matching { score = function(mentor, mentee, ctx) … end }`: "
                + "добавьте Scripts/matching.lua (стандартный есть в репозитории)")
    }

    // MARK: - Evaluation

    static var notAMessage: String { tr("(not a message)", "(не сообщение)") }

    /// Stored data that could not be shown to the scripts.
    static func damagedData(_ kind: SubjectReference.Kind, from first: String, to last: String, _ message: String) -> String {
        tr(
            "the stored \(kind.rawValue)s \(first) … \(last) could not be read: \(message); "
                + "run `marshrut export` to see the data and `marshrut import` a corrected copy",
            "не удалось прочитать сохранённые объекты (\(kind.rawValue)) \(first) … \(last): \(message); "
                + "выгрузите данные (`marshrut export`) и загрузите исправленную копию (`marshrut import`)")
    }

    /// A rule's failures over one run, reported once.
    static func tally(
        _ message: String, on subject: SubjectReference, stopped: Bool, skipped: Int,
        clearedGlobals: Bool, failures: Int
    ) -> String {
        var english = "\(message) (on \(subject)"
        var russian = "\(message) (на \(subject)"
        if stopped {
            english += "; the rule was stopped for the rest of the run, \(skipped) subject(s) skipped"
            russian += "; правило остановлено до конца прогона, пропущено объектов: \(skipped)"
            if clearedGlobals {
                english += "; its script's globals were cleared to free the memory they held"
                russian += "; глобальные переменные его скрипта очищены, чтобы освободить занятую ими память"
            }
        } else if failures > 1 {
            english += "; failed on \(failures) subjects in all"
            russian += "; всего сбоев — на \(failures) \(Noun("subject", "subjects", ru: ("объекте", "объектах", "объектах")).form(failures))"
        }
        return tr(english + ")", russian + ")")
    }

    // MARK: - Examples

    static func caseName(_ number: Int) -> String { tr("case \(number)", "пример \(number)") }
    static var validToday: String { tr("a valid `today`", "корректный `today`") }
    static func todayNotISO(_ text: String) -> String { tr("\"\(text)\" is not YYYY-MM-DD", "\"\(text)\" — не в формате YYYY-MM-DD") }
    static var wellFormedCase: String { tr("a well-formed case", "правильно оформленный пример") }
    static var noError: String { tr("no error", "без ошибок") }
    static var noSubjectTable: String { tr("the case has no `subject` table", "в примере нет таблицы `subject`") }

    static var expectMessages: String {
        tr(
            "`expect` must be the list of expected messages ({} for none)",
            "поле `expect` должно быть списком ожидаемых сообщений ({}, если их нет)")
    }

    static var expectBool: String { tr("`expect` must be true or false", "поле `expect` должно быть true или false") }

    static var matchingCaseNeedsPair: String {
        tr("a matching case needs `mentor` and `mentee` tables", "примеру подбора пар нужны таблицы `mentor` и `mentee`")
    }

    static var expectScore: String { tr("`expect` must be the score or false", "поле `expect` должно быть оценкой или false") }
    static var noFindings: String { tr("no findings", "замечаний нет") }
    static var forbidden: String { tr("forbidden", "пара запрещена") }
    static func score(_ value: String) -> String { tr("score \(value)", "оценка \(value)") }

    // MARK: - Prelude

    /// The prelude's own error messages, as `string.format` patterns (`%s` for each value).
    static var preludeMessages: [String: String] {
        [
            "takes_one_table": tr("%s takes one table: %s { id = \"…\", … }", "%s принимает одну таблицу: %s { id = \"…\", … }"),
            "expected_date": tr("expected a date \"YYYY-MM-DD\", got %s", "ожидалась дата \"YYYY-MM-DD\", а получено значение типа %s"),
            "not_a_date": tr("not a date: \"%s\" (expected YYYY-MM-DD)", "не дата: \"%s\" (ожидается YYYY-MM-DD)"),
            "not_whole": tr("%s must be a whole number, got %s", "%s: нужно целое число, а получено %s"),
            "too_many_declarations": tr(
                "more than %d rules and criteria are declared: a script declares at most that many",
                "объявлено больше %d правил и критериев: скрипт объявляет не больше"),
            "flag_needs_message": tr("ctx.flag needs a message", "ctx.flag вызвана без сообщения"),
            "check_returned": tr(
                "check returned a %s; return nothing, or a message string (or call ctx.flag)",
                "check вернула значение типа %s; ничего не возвращайте или верните строку-сообщение (или вызовите ctx.flag)"),
            "eligible_returned": tr(
                "eligible returned a %s; return true or false, and a reason",
                "eligible вернула значение типа %s; верните true или false и причину"),
            "score_returned": tr(
                "score returned %s; return a finite number, or nil/false to forbid the pair",
                "score вернула %s; верните конечное число или nil/false, чтобы запретить пару"),
        ]
    }
}
