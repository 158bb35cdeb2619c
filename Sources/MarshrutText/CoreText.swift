import MarshrutCore

/// The words of every reason the core gives, in English and Russian.
///
/// The English wording is what tests and scripts match on: change it only with them. Codes,
/// ids, field paths and commands stay English inside the Russian text, since that is what
/// people type; dates a person only reads are shown with `Day.display`.
enum CoreText {
    // MARK: - Shared

    /// How a slug is written.
    private static var slugRule: String {
        tr(
            "use lower-case Latin letters and digits, joined by hyphens (or . and _), e.g. ivanova-2022",
            "используйте строчные латинские буквы и цифры, соединённые дефисами (или . и _), например ivanova-2022")
    }

    static func invalidID(_ id: String) -> String {
        tr("\"\(id)\" is not a valid id: \(slugRule)", "\"\(id)\" не подходит как id: \(slugRule)")
    }

    /// A route stage or program status in Russian prose: «дорожная карта» (roadmap).
    static func named<V: TitledVocabulary>(_ value: V) -> String {
        "«\(value.words.russian)»"
    }

    // MARK: - Vocabulary

    static func unknownCode(noun: String, genitive: String, code: String, accepted: [String]) -> String {
        let list = accepted.joined(separator: ", ")
        return tr(
            "unknown \(noun) \"\(code)\" (expected one of: \(list))",
            "неизвестный код \(genitive) \"\(code)\" (допустимые значения: \(list))")
    }

    // MARK: - Day

    static func notADate(_ text: String) -> String {
        tr(
            "\"\(text)\" is not a date: write it as YYYY-MM-DD, e.g. 2023-09-01",
            "\"\(text)\" — не дата: запишите её как ГГГГ-ММ-ДД, например 2023-09-01")
    }

    static func ownTutor(teacher: String) -> String {
        tr(
            "\(teacher) cannot be the tutor of their own route: name another person as tutor",
            "\(teacher) не может быть тьютором собственного маршрута: укажите тьютором другого человека")
    }

    static func reflectionAfterToday(_ date: Day, today: Day) -> String {
        tr(
            "a reflection dated \(date) is after today (\(today)): a reflection is written on or after the day it speaks of",
            "рефлексия датирована \(date.display) — позже сегодняшнего дня (\(today.display)): рефлексию пишут в тот день или позже")
    }

    static func dayOutOfRange(_ day: Day) -> String {
        let years = Day.acceptedYears
        return tr(
            "\(day) is out of range: dates run from \(years.lowerBound) to \(years.upperBound)",
            "\(day) — вне допустимого диапазона: даты — с \(years.lowerBound) по \(years.upperBound) год")
    }

    static func controlCharacter(_ name: String, multiline: Bool) -> String {
        multiline
            ? tr(
                "holds the control character \(name): only line breaks and tabs may stand in a text; remove it",
                "содержит управляющий символ \(name): в тексте допустимы только переводы строки и табуляция; удалите его")
            : tr(
                "holds the control character \(name) (a line break, tab or escape): write it on one line without them",
                "содержит управляющий символ \(name) (перевод строки, табуляцию или escape): запишите одной строкой без них")
    }

    // MARK: - Person

    static var nameRequired: String { tr("a name is required", "укажите имя") }
    static var roleListedTwice: String { tr("a role is listed twice", "роль указана дважды") }

    static func capacityTooSmall(_ capacity: Int) -> String {
        tr(
            "capacity must be at least 1 (mentees at once), got \(capacity)",
            "число наставляемых одновременно (capacity) должно быть не меньше 1, указано \(capacity)")
    }

    static var capacityOnlyForMentors: String {
        tr(
            "capacity and offers are for mentors: add the role mentor or remove them",
            "capacity и offers бывают только у наставника: добавьте роль mentor или уберите их")
    }

    static func beforeWorkingAge(_ day: Day, birth: Day) -> String {
        let age = StaffData.youngestWorkingAge
        return tr(
            "\(day) is before the person turned \(age) (born \(birth)): check both dates",
            "\(day.display) — раньше, чем человеку исполнилось \(age) лет (дата рождения \(birth.display)): проверьте обе даты")
    }

    static var categoryDateWithoutCategory: String {
        tr(
            "a category date needs a category (first, highest, teacher-methodist or teacher-mentor)",
            "дата присвоения категории нужна только вместе с категорией (первая, высшая, педагог-методист или педагог-наставник)")
    }

    static func bankNeedsConsent(_ role: Role) -> String {
        tr(
            "a \(role.rawValue) enters the bank only with a personal-data consent: add `- kind: personal-data` with the date it was signed",
            "\(role.words.russian) попадает в банк только с согласием на обработку персональных данных: "
                + "добавьте `- kind: personal-data` с датой подписания")
    }

    static func erasedTakesNoPart(_ id: String, on date: Day) -> String {
        tr(
            "the personal data of \(id) was erased on \(date) (consent withdrawn): they take part in nothing new; with a new consent, add them under a new id",
            "персональные данные \(id) удалены \(date.display) (согласие отозвано): в новом участия не принимает; при новом согласии добавьте человека под новым id"
        )
    }

    static func erasedDocument(_ id: String, on date: Day, number: Int) -> String {
        tr(
            "this document brings back the personal data of \(id), erased on \(date) (erasure no. \(number)) after the consent was withdrawn: remove the person from the documents, or with a new consent add them under a new id",
            "документ возвращает персональные данные \(id), удалённые \(date.display) (удаление № \(number)) после отзыва согласия: уберите человека из документов или при новом согласии добавьте его под новым id"
        )
    }

    // MARK: - Catalog

    static func duplicateID(kind: SubjectReference.Kind, id: String) -> String {
        tr(
            "another \(kind.rawValue) already has the id \"\(id)\": ids are unique per kind",
            "id \"\(id)\" уже занят другим документом вида «\(kind.title)»: id не повторяются внутри одного вида")
    }

    static func duplicatePlanID(_ id: String) -> String {
        tr("another plan already has the id \"\(id)\"", "id \"\(id)\" уже есть у другой дорожной карты")
    }

    static func teacherWithoutConsent(_ id: String) -> String {
        tr(
            "\(id) has no personal-data consent on record: record it before planning a route",
            "у \(id) не записано согласие на обработку персональных данных: запишите его, прежде чем составлять маршрут")
    }

    static func noTeacher(_ id: String) -> String {
        tr(
            "no person \"\(id)\": add the teacher as a person document (kind: person) or fix the id",
            "нет участника \"\(id)\": добавьте педагога документом участника (kind: person) или исправьте id")
    }

    static func noTutor(_ id: String) -> String {
        tr(
            "no person \"\(id)\": add the tutor as a person document or fix the id",
            "нет участника \"\(id)\": добавьте тьютора документом участника или исправьте id")
    }

    static func noAuthor(_ id: String) -> String {
        tr("no person \"\(id)\": the author is a person id", "нет участника \"\(id)\": автор указывается id участника")
    }

    static func noAddressedRoute(_ id: String) -> String {
        tr(
            "no route \"\(id)\": name a mentee's route, e.g. kuznetsov-2024/d3",
            "нет маршрута \"\(id)\": укажите маршрут наставляемого, например kuznetsov-2024/d3")
    }

    static func noAddressedDeficit(route: String, deficit: String, deficits: [String]) -> String {
        let list = deficits.joined(separator: ", ")
        return tr(
            "route \(route) has no deficit \"\(deficit)\" (deficits: \(list))",
            "в маршруте \(route) нет дефицита \"\(deficit)\" (дефициты: \(list))")
    }

    static func routeOfNonMentee(route: String, teacher: String) -> String {
        tr(
            "route \(route) belongs to \(teacher), who is not a mentee of this program",
            "маршрут \(route) принадлежит педагогу \(teacher), которого нет среди наставляемых этой программы")
    }

    static func noMember(_ id: String) -> String {
        tr(
            "no person \"\(id)\": add them as a person document or fix the id",
            "нет участника \"\(id)\": добавьте его документом участника или исправьте id")
    }

    static func memberWithoutConsent(_ id: String) -> String {
        tr(
            "\(id) has no personal-data consent: a program takes only persons from the banks",
            "у \(id) нет согласия на обработку персональных данных: в программу входят только участники из банков")
    }

    static func memberWithoutDuties(_ id: String, status: ProgramStatus) -> String {
        tr(
            "\(id) has no consent to the added duties: record it (`kind: duties`) before the program becomes \(status.rawValue)",
            "у \(id) нет согласия на дополнительные обязанности: запишите его (`kind: duties`), "
                + "прежде чем программа получит статус \(named(status))")
    }

    // MARK: - Activity and product

    static var titleRequired: String { tr("a title is required", "укажите название") }

    static func hoursNotPositive(_ hours: Int) -> String {
        tr("hours must be positive, got \(hours)", "число часов должно быть больше нуля, указано \(hours)")
    }

    static var courseNeedsHours: String {
        tr(
            "a course needs its hours (academic hours of the programme), e.g. `hours: 72`",
            "у курса должен быть объём в академических часах (по программе курса), например `hours: 72`")
    }

    static func dueBeforeStart(due: Day, start: Day) -> String {
        tr("due \(due) is before start \(start)", "срок \(due.display) раньше начала \(start.display)")
    }

    static var activityWithoutDeficit: String {
        tr(
            "an activity addresses at least one deficit: list its ids, e.g. [d1]",
            "мероприятие направлено хотя бы на один дефицит: перечислите их id, например [d1]")
    }

    static func noDeficitInRoute(_ id: String, known ids: [String]) -> String {
        let known = ids.joined(separator: ", ")
        return tr(
            "no deficit \"\(id)\" in this route (deficits: \(known.isEmpty ? "none" : known))",
            "в этом маршруте нет дефицита \"\(id)\" (дефициты: \(known.isEmpty ? "нет" : known))")
    }

    static func invalidProductKind(_ kind: String, examples: [String]) -> String {
        let list = examples.joined(separator: ", ")
        return tr(
            "\"\(kind)\" is not a product kind: use a slug such as \(list)",
            "\"\(kind)\" не подходит как вид продукта: используйте краткий код, например \(list)")
    }

    static var productTitleRequired: String { tr("a product needs a title", "у продукта должно быть название") }

    static func productBeforeActivity(date: Day, start: Day) -> String {
        tr(
            "the product's date \(date) is before the activity started (\(start))",
            "дата продукта \(date.display) раньше начала мероприятия (\(start.display))")
    }
}
