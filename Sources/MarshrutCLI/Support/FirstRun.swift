import Foundation
import MarshrutCore
import MarshrutService
import MarshrutText

/// What `marshrut` alone prints: where things stand and what to do first.
enum FirstRun {
    static func guidance(environment: [String: String]) -> String {
        let path = environment["MARSHRUT_DB"] ?? "marshrut.db"
        var lines = [
            tr(
                "Marshrut plans and monitors teachers' individual educational routes and mentoring programs.",
                "Маршрут: планирование и мониторинг индивидуальных образовательных маршрутов педагогов и программ наставничества."), "",
        ]
        if let counts = Service.peek(at: path)?.counts {
            lines.append(
                tr(
                    "Database \(path): \(Nouns.person.count(counts.persons)), \(Nouns.route.count(counts.routes)), \(Nouns.program.count(counts.programs)).",
                    "База \(path): \(Nouns.person.count(counts.persons)), \(Nouns.route.count(counts.routes)), \(Nouns.program.count(counts.programs))."))
            lines += [
                tr("Try:", "Попробуйте:"),
                "  marshrut route list",
                "  marshrut rules check",
                "  marshrut help",
            ]
        } else {
            lines.append(tr("There is no database at \(path) yet. To start:", "Базы данных \(path) ещё нет. С чего начать:"))
            lines += [
                "  marshrut demo                 "
                    + tr(
                        "# the sample school in a temporary database, with what to try next",
                        "# учебная школа во временной базе и подсказки, что попробовать"),
                "  marshrut init                 " + tr("# an empty database for your school", "# пустая база для вашей школы"),
                "  marshrut import Routes        " + tr("# load documents (YAML) into it", "# загрузить документы (YAML)"),
                "  marshrut help                 " + tr("# every command", "# все команды"),
            ]
        }
        return lines.joined(separator: "\n")
    }
}

/// Counted nouns the command line prints.
enum Nouns {
    static let person = Noun("person", "persons", ru: ("человек", "человека", "человек"))
    static let route = Noun("route", "routes", ru: ("маршрут", "маршрута", "маршрутов"))
    static let program = Noun("program", "programs", ru: ("программа", "программы", "программ"))
    static let deficit = Noun("deficit", "deficits", ru: ("дефицит", "дефицита", "дефицитов"))
    static let activity = Noun("activity", "activities", ru: ("мероприятие", "мероприятия", "мероприятий"))
    static let correction = Noun("correction", "corrections", ru: ("корректировка", "корректировки", "корректировок"))
    static let reflection = Noun("reflection", "reflections", ru: ("рефлексия", "рефлексии", "рефлексий"))
    static let finding = Noun("finding", "findings", ru: ("замечание", "замечания", "замечаний"))
    static let rule = Noun("rule", "rules", ru: ("правило", "правила", "правил"))
    static let day = Noun("day", "days", ru: ("день", "дня", "дней"))
    static let award = Noun("award", "awards", ru: ("поощрение", "поощрения", "поощрений"))
    static let criterion = Noun("criterion", "criteria", ru: ("критерий", "критерия", "критериев"))
    static let scriptError = Noun("script error", "script errors", ru: ("ошибка в скрипте", "ошибки в скриптах", "ошибок в скриптах"))
    static let mentee = Noun("mentee", "mentees", ru: ("наставляемый", "наставляемых", "наставляемых"))
    static let proposal = Noun("proposal", "proposals", ru: ("предложение", "предложения", "предложений"))
    static let stage = Noun("stage", "stages", ru: ("этап", "этапа", "этапов"))
    static let document = Noun("document", "documents", ru: ("документ", "документа", "документов"))
    static let plan = Noun("road map", "road maps", ru: ("дорожная карта", "дорожные карты", "дорожных карт"))
    static let organization = Noun("organization", "organizations", ru: ("организация", "организации", "организаций"))
    static let migration = Noun("migration", "migrations", ru: ("миграция", "миграции", "миграций"))
    static let text = Noun("text", "texts", ru: ("текст", "текста", "текстов"))
    static let version = Noun("version", "versions", ru: ("версия", "версии", "версий"))
    static let value = Noun("value", "values", ru: ("значение", "значения", "значений"))
    /// After «из»: «выполнено 3 из 21 этапа», «из 8 этапов».
    static let stageOf = Noun("stage", "stages", ru: ("этапа", "этапов", "этапов"))
}
