import MarshrutCore
import MarshrutText

/// Every message about document files, in English and Russian.
///
/// Only the message of a diagnostic is here: its `file:line: path:` prefix is the same in
/// every language. Keys, codes and the `YYYY-MM-DD` people type stay as written in documents.
enum DocumentText {
    // MARK: - Files

    static var noSuchFile: String { tr("no such file or folder", "нет такого файла или папки") }

    static var emptyFolder: String {
        tr("the folder holds no .yaml or .yml files", "в папке нет файлов .yaml или .yml")
    }

    static var unreadableFile: String {
        tr("cannot read the file (check its permissions)", "не удаётся прочитать файл (проверьте права доступа к нему)")
    }

    static var notUTF8: String {
        tr("the file is not UTF-8 text: save it as UTF-8", "файл — не текст в кодировке UTF-8: сохраните его в UTF-8")
    }

    /// The head of a list of several problems: "3 problems:", «3 проблемы:».
    static func problemCount(_ count: Int) -> String {
        "\(Noun("problem", "problems", ru: ("проблема", "проблемы", "проблем")).count(count)):"
    }

    // MARK: - YAML

    static func unknownKind(_ kind: String) -> String {
        tr(
            "unknown kind \"\(kind)\" (expected one of: person, route, program, plan)",
            "неизвестный вид документа \"\(kind)\" (допустимые значения: person, route, program, plan)")
    }

    static func unreadableYAML(_ error: String) -> String {
        tr("cannot read YAML: \(error)", "не удаётся прочитать YAML: \(error)")
    }

    static func duplicateKey(_ key: String) -> String {
        tr(
            "the key '\(key)' appears twice in one mapping: keep one",
            "ключ '\(key)' встречается дважды в одном наборе полей: оставьте один")
    }

    /// A parser's complaint, which comes in English from the YAML library.
    static func brokenYAML(_ problem: String, near context: String) -> String {
        tr(
            "broken YAML: \(problem)\(context) (check indentation and `key: value` syntax near here)",
            "ошибка в записи YAML: \(problem)\(context) (проверьте отступы и запись `key: value` рядом с этим местом)")
    }

    static func notUTF8Text(_ problem: String) -> String {
        tr("cannot read the file as UTF-8 text: \(problem)", "не удаётся прочитать файл как текст в UTF-8: \(problem)")
    }

    static func brokenYAML(_ error: String) -> String {
        tr("broken YAML: \(error)", "ошибка в записи YAML: \(error)")
    }

    // MARK: - Fields

    static func expectedMapping(found shape: String) -> String {
        tr("expected a mapping of `key: value` lines, found \(shape)", "ожидались строки вида `key: value`, а найдено: \(shape)")
    }

    static func keyNotWord(found shape: String) -> String {
        tr("keys are plain words, found \(shape)", "ключи — это простые слова, а найдено: \(shape)")
    }

    static func keyTwice(_ key: String) -> String {
        tr("the key \"\(key)\" appears twice: keep one", "ключ \"\(key)\" встречается дважды: оставьте один")
    }

    static func missingField(_ key: String, hint: String) -> String {
        tr("missing field `\(key)` (\(hint))", "нет поля `\(key)` (\(hint))")
    }

    static func unknownField(_ key: String, allowed: [String]) -> String {
        let list = allowed.joined(separator: ", ")
        return tr("unknown field \"\(key)\" (expected one of: \(list))", "неизвестное поле \"\(key)\" (допустимые поля: \(list))")
    }

    static func expectedText(found shape: String) -> String {
        tr("expected text, found \(shape)", "ожидался текст, а найдено: \(shape)")
    }

    static func expectedWholeNumber(found text: String) -> String {
        tr("expected a whole number, found \"\(text)\"", "ожидалось целое число, а найдено \"\(text)\"")
    }

    static func expectedNumber(found text: String) -> String {
        tr("expected a number such as 0.86 or 12, found \"\(text)\"", "ожидалось число, например 0.86 или 12, а найдено \"\(text)\"")
    }

    static func expectedBool(found text: String) -> String {
        tr("expected true or false, found \"\(text)\"", "ожидалось true или false, а найдено \"\(text)\"")
    }

    static func expectedList(found shape: String) -> String {
        tr(
            "expected a list (`[a, b]` or lines starting with `- `), found \(shape)",
            "ожидался список (`[a, b]` или строки, начинающиеся с `- `), а найдено: \(shape)")
    }

    static func expectedCode(found shape: String) -> String {
        tr("expected a code, found \(shape)", "ожидался код, а найдено: \(shape)")
    }

    /// What a YAML node is, as a message names it.
    static func scalarShape(_ value: String) -> String { tr("the value \"\(value)\"", "значение \"\(value)\"") }
    static var mappingShape: String { tr("a mapping", "набор полей `key: value`") }
    static var listShape: String { tr("a list", "список") }
    static var aliasShape: String { tr("an alias", "ссылка (alias)") }

    // MARK: - Reflections

    static var reflectionWithoutTarget: String {
        tr(
            "a reflection names what it is about: `activity: a1`, `deficit: d1` or `image: true` (the self-image)",
            "в рефлексии укажите, к чему она относится: `activity: a1`, `deficit: d1` или `image: true` (образ себя)")
    }

    static var reflectionWithTwoTargets: String {
        tr(
            "a reflection is about one thing: keep one of `activity:`, `deficit:` and `image: true`",
            "рефлексия относится к чему-то одному: оставьте одно из `activity:`, `deficit:` и `image: true`")
    }

    /// What a missing field should hold, in the parentheses of "missing field `id` (…)".
    enum Hint {
        static var kind: String { tr("person, route, program, plan or organization", "person, route, program, plan или organization") }
        static var organizationName: String { tr("the organization's full name", "полное название организации") }
        static var organizationKind: String {
            tr("region, municipality, school or centre", "region, municipality, school или centre")
        }
        static func slug(_ example: String) -> String { tr("a short slug such as \(example)", "краткий код, например \(example)") }
        static func shortID(_ example: String) -> String { tr("a short id such as \(example)", "краткий id, например \(example)") }
        static var isoDate: String { tr("YYYY-MM-DD", "дата в виде ГГГГ-ММ-ДД") }
        static var fullName: String { tr("the person's full name", "фамилия, имя и отчество") }
        static var consentKind: String { tr("personal-data or duties", "personal-data или duties") }
        static var signedOn: String { tr("the day it was signed, YYYY-MM-DD", "день подписания, ГГГГ-ММ-ДД") }
        static var teacher: String { tr("the teacher's person id", "id педагога как участника") }
        static var firstDay: String { tr("the first day, YYYY-MM-DD", "первый день, ГГГГ-ММ-ДД") }
        static var routeEnd: String { tr("the last day, 4 to 5 years after start", "последний день, через 4–5 лет после start") }
        static var area: String { tr("one of the nine competency areas", "одна из девяти областей компетенций") }
        static var strength: String { tr("what the strength is", "в чём достижение") }
        static var level: String { tr("1 (severe) to 5 (overcome)", "от 1 (острый дефицит) до 5 (преодолён)") }
        static var difficulty: String { tr("what the difficulty is", "в чём затруднение") }
        static var author: String { tr("the person id of who changed the roadmap", "id участника, изменившего дорожную карту") }
        static var change: String {
            tr("what changed, e.g. \"due: 2023-03-01 -> 2023-05-01\"", "что изменилось, например \"due: 2023-03-01 -> 2023-05-01\"")
        }
        static var changeReason: String { tr("why it changed", "почему изменилось") }
        static var score: String { tr("1 to 5", "от 1 до 5") }
        static var teacherWords: String { tr("the teacher's words", "слова педагога") }
        static var replaced: String { tr("the day this wording was replaced", "день, когда эту формулировку заменили") }
        static var earlierWording: String { tr("the earlier wording", "прежняя формулировка") }
        static var productKind: String { tr("e.g. lesson-plans", "например lesson-plans") }
        static var productTitle: String { tr("the product's name", "название продукта") }
        static var productDate: String { tr("when it was done", "когда он был готов") }
        static var activityKind: String {
            tr("course, trial, project, research or measure", "course, trial, project, research или measure")
        }
        static var activityTitle: String { tr("what the activity is", "что это за мероприятие") }
        static var due: String { tr("the day it is due", "срок выполнения") }
        static var planTitle: String { tr("the road map's title", "название дорожной карты") }
        static var stageNumber: String { tr("the stage's number", "номер этапа") }
        static var stageTitle: String { tr("what the stage is", "что это за этап") }
        static var deadline: String { tr("its deadline", "срок этапа") }
        static var programEnd: String {
            tr("the last day, 3 to 12 months after start", "последний день, через 3–12 месяцев после start")
        }
        static var status: String { tr("draft, active, completed or cancelled", "draft, active, completed или cancelled") }
        static var indicatorName: String { tr("e.g. exam-pass-rate", "например exam-pass-rate") }
        static var number: String { tr("a number", "число") }
        static var newStatus: String { tr("the status it became", "новый статус") }
        static var why: String { tr("why", "почему") }
    }
}
