import MarshrutCore
import MarshrutText
import MarshrutStore
import MarshrutService

/// What the command line says to people, in English and Russian: the module's catalog.
///
/// Help texts live beside each option (`tr(…)` in the command's declaration); everything a
/// command prints while it runs comes from here.
enum CLIText {
    // MARK: Route sheet
    static func routeTitle(_ id: String) -> String { tr("Route \(id)", "Маршрут \(id)") }
    static func tutor(_ name: String) -> String { tr(" · tutor \(name)", " · тьютор \(name)") }
    static let notStarted = Localized(" · not started yet", ru: " · ещё не начат")
    static func ended(_ days: Int) -> String {
        tr(" · ended \(days) days ago", " · окончен \(Nouns.day.count(days)) назад")
    }
    static func year(_ n: Int, elapsed: Int) -> String {
        tr(" · year \(n) · \(elapsed)% of the time elapsed", " · \(n)-й год · прошло \(elapsed)% срока")
    }
    static let steps = Localized("Steps", ru: "Шаги")
    static let current = Localized("← current", ru: "← текущий")
    static let selfImage = Localized("Self-image", ru: "Образ себя")
    static let strengths = Localized("Strengths", ru: "Достижения и ресурсы")
    static let deficits = Localized("Deficits", ru: "Дефициты")
    static let otherActivities = Localized("Other activities", ru: "Другие мероприятия")
    static func level(_ n: Int, done: Int, of total: Int) -> String {
        tr("level \(n)/5 · \(done)/\(total) activities done", "уровень \(n)/5 · выполнено \(done) из \(total)")
    }
    static func scores(_ line: String, last: Int) -> String { tr(" · scores \(line) last \(last)", " · оценки \(line) последняя \(last)") }
    static func finalScore(_ n: Int) -> String { tr("final \(n)/5", "итог \(n)/5") }
    static let noFinal = Localized(" · no final reflection yet", ru: " · итоговой рефлексии ещё нет")
    static let unaddressed = Localized("no activity addresses this deficit yet", ru: "на этот дефицит ещё не направлено ни одно мероприятие")
    static func hours(_ n: Int) -> String { tr(" \(n) h", " \(n) ч") }
    static func due(_ day: Day) -> String { tr("due \(day.display)", "срок \(day.display)") }
    static func overdue(_ day: Day, by days: Int) -> String {
        tr("due \(day.display) — OVERDUE by \(Nouns.day.count(days))", "срок \(day.display) — ПРОСРОЧЕНО на \(Nouns.day.count(days))")
    }
    static func roadmap(done: Int, of total: Int) -> String {
        tr("Roadmap: \(done)/\(total) activities done", "Дорожная карта: выполнено \(done) из \(total)")
    }
    static func overdueCount(_ n: Int) -> String { tr("\(n) overdue", "просрочено: \(n)") }
    static func history(corrections: Int, reflections: Int) -> String {
        tr(
            " · \(Nouns.correction.count(corrections)) · \(Nouns.reflection.count(reflections))",
            " · \(Nouns.correction.count(corrections)) · \(Nouns.reflection.count(reflections))")
    }
    static func historyHint(_ id: String) -> String {
        tr("History of changes: marshrut route history \(id)", "История изменений: marshrut route history \(id)")
    }

    // MARK: Tables
    static let none = Localized("(none)", ru: "(нет)")
    static let id = Localized("ID", ru: "ID")
    static let name = Localized("NAME", ru: "ФИО")
    static let title = Localized("NAME", ru: "НАЗВАНИЕ")
    static let roles = Localized("ROLES", ru: "РОЛИ")
    static let position = Localized("POSITION", ru: "ДОЛЖНОСТЬ")
    static let consent = Localized("CONSENT", ru: "СОГЛАСИЕ")
    static let teacher = Localized("TEACHER", ru: "ПЕДАГОГ")
    static let stage = Localized("STAGE", ru: "ШАГ")
    static let period = Localized("PERIOD", ru: "ПЕРИОД")
    static let done = Localized("DONE", ru: "ВЫПОЛНЕНО")
    static let overdue = Localized("OVERDUE", ru: "ПРОСРОЧЕНО")
    static let status = Localized("STATUS", ru: "СОСТОЯНИЕ")
    static let mentors = Localized("MENTORS", ru: "НАСТАВНИКИ")
    static let mentees = Localized("MENTEES", ru: "НАСТАВЛЯЕМЫЕ")
    static let forms = Localized("FORMS", ru: "ФОРМЫ")
    static let yes = Localized("yes", ru: "да")
    static let no = Localized("no", ru: "нет")

    // MARK: Rules
    static func findingsSummary(_ count: Int, detail: String, rules: Int, over subjects: String, asOf day: Day) -> String {
        tr(
            "\(count) finding(s)\(detail) from \(rules) rule(s) over \(subjects), as of \(day.display).",
            "\(Nouns.finding.count(count))\(detail); правил: \(rules); проверено: \(subjects); на \(day.display).")
    }
    static func severity(_ s: String) -> String { SeverityWords.title(s) }
    /// "3 warning", «предупреждение: 3».
    static func severityCount(_ s: String, _ n: Int) -> String {
        tr("\(n) \(severity(s))", "\(severity(s)): \(n)")
    }
    static func subjects(_ kind: SubjectReference.Kind, _ n: Int) -> String {
        switch kind {
        case .person: Nouns.person.count(n)
        case .route: Nouns.route.count(n)
        case .program: Nouns.program.count(n)
        case .plan: Nouns.plan.count(n)
        case .organization: Nouns.organization.count(n)
        }
    }
    static let nobody = Localized("  nobody meets it yet", ru: "  пока никто не соответствует")
    static func awardsSummary(_ awards: Int, criteria: Int) -> String {
        tr("\(awards) award(s) from \(criteria) criteria.", "\(Nouns.award.count(awards)) по \(Nouns.criterion.count(criteria)).")
    }
    static func scriptErrors(_ n: Int) -> String {
        tr("\(n) script error(s) — the other rules ran:", "\(Nouns.scriptError.count(n)) — остальные правила отработали:")
    }

    // MARK: Documents
    static func imported(_ what: String, into path: String) -> String { tr("Imported \(what) into \(path).", "Загружено в \(path): \(what).") }
    static func checked(_ what: String) -> String {
        tr("Checked \(what): all valid; nothing stored (--dry-run).", "Проверено: \(what); ошибок нет, ничего не сохранено (--dry-run).")
    }
    static func valid(_ what: String) -> String { tr("OK: \(what), no problems.", "Всё в порядке: \(what), ошибок нет.") }
    static func counts(persons: Int, routes: Int, programs: Int, plans: Int, organizations: Int = 0) -> String {
        var text: String = tr(
            "\(persons) persons, \(routes) routes, \(programs) programs",
            "\(Nouns.person.count(persons)), \(Nouns.route.count(routes)), \(Nouns.program.count(programs))")
        if plans > 0 { text += tr(", \(plans) road map(s)", ", \(Nouns.plan.count(plans))") }
        if organizations > 0 { text += ", " + Nouns.organization.count(organizations) }
        return text
    }
    static let nothingImported = Localized("Nothing was imported.", ru: "Ничего не загружено.")
    static var nameFilesToImport: String {
        tr(
            "Please name at least one file or folder to import, e.g. `marshrut import Routes`.",
            "Укажите хотя бы один файл или папку для загрузки, например `marshrut import Routes`.")
    }
    static var nameFilesToCheck: String {
        tr(
            "Please name at least one file or folder to check, e.g. `marshrut validate Routes`.",
            "Укажите хотя бы один файл или папку для проверки, например `marshrut validate Routes`.")
    }
    static func noSuchIDs(_ ids: [String]) -> String {
        let list = ids.joined(separator: ", ")
        return tr(
            "no person, route or program with the id \(list): see `marshrut route list` and `marshrut person list`",
            "нет человека, маршрута или программы с id \(list): см. `marshrut route list` и `marshrut person list`")
    }
    static func cannotWrite(into folder: String, _ reason: String) -> String {
        tr("cannot write into \(folder): \(reason)", "не удаётся записать в \(folder): \(reason)")
    }
    static func exported(_ count: Int, to folder: String) -> String {
        tr("Exported \(count) documents to \(folder)/", "Выгружено в \(folder)/: \(Nouns.document.count(count))")
    }

    // MARK: Shared
    /// A code as people read it: the code in English (what documents use), its title in Russian.
    static func code<V: TitledVocabulary>(_ value: V) -> String {
        Language.current == .russian ? value.title : value.rawValue
    }
    /// Codes as people read them, joined by `separator` (", " when not given).
    static func codes<V: TitledVocabulary>(_ values: [V], separator: String = ", ") -> String {
        values.map { code($0) }.joined(separator: separator)
    }
    /// Codes in a table cell: `mentor,tutor` in English, «наставник, тьютор» in Russian.
    static func cell<V: TitledVocabulary>(_ values: [V]) -> String {
        codes(values, separator: Language.current == .russian ? ", " : ",")
    }
    static var errorPrefix: String { tr("error: ", "ошибка: ") }
    static func scoreOutOfRange(_ score: Int) -> String {
        tr("Please give --score from 1 to 5 (got \(score)).", "Укажите --score от 1 до 5 (указано \(score)).")
    }
    static func nextStep(_ command: String) -> String { tr("Next: \(command)", "Следующий шаг: \(command)") }
    static func activity(_ id: String) -> String { tr("activity \(id)", "мероприятие \(id)") }
    static func deficit(_ id: String) -> String { tr("deficit \(id)", "дефицит \(id)") }
    static var onSelfImage: String { tr("the self-image", "образ себя") }
    static func imageReflection(score: Int, scores: String, on day: Day) -> String {
        tr(
            "reflection on the self-image: \(score)/5 on \(day)\(scores.isEmpty ? "" : " (scores \(scores))")",
            "рефлексия об образе себя: \(score)/5, \(day.display)\(scores.isEmpty ? "" : " (оценки \(scores))")")
    }
    static var noImageReflection: String {
        tr("no reflection on the self-image yet (step 7: `marshrut reflect --image`)", "рефлексии об образе себя пока нет (шаг 7: `marshrut reflect --image`)")
    }

    // MARK: Dates, settings, editor
    static var dayInputHelp: String {
        tr(
            "YYYY-MM-DD, DD.MM.YYYY, today, yesterday, сегодня, вчера, or -3d / -2w (days or weeks ago)",
            "ДД.ММ.ГГГГ, ГГГГ-ММ-ДД, сегодня, вчера, позавчера или -3d / -2w (столько дней или недель назад)")
    }
    static func notADay(_ text: String) -> String {
        tr("\"\(text)\" is not a date: write \(dayInputHelp)", "\"\(text)\" — не дата: напишите \(dayInputHelp)")
    }
    static func badToday(_ problem: String) -> String { "MARSHRUT_TODAY: \(problem)" }
    static func badBusyTimeout(_ text: String, _ range: ClosedRange<Double>) -> String {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return tr(
            "MARSHRUT_BUSY_TIMEOUT=\(shown): give the seconds a write waits for another process, a number from \(Int(range.lowerBound)) to \(Int(range.upperBound)) (default 30)",
            "MARSHRUT_BUSY_TIMEOUT=\(shown): укажите, сколько секунд запись ждёт другой процесс, — число от \(Int(range.lowerBound)) до \(Int(range.upperBound)) (по умолчанию 30)"
        )
    }
    static func badLanguage(_ text: String) -> String {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "MARSHRUT_LANG=\(shown): use ru or en (Russian or English) / укажите ru или en"
    }
    static func cut(_ length: Int) -> String {
        tr("(cut: \(length) characters in all)", "(обрезано: всего \(length) символов)")
    }
    /// Typed words that name no day.
    static func dayWords(_ error: DayWordsError) -> String {
        switch error {
        case .notADay(let text): notADay(text)
        case .offsetTooLarge(let text, let maximum): offsetTooLarge(text, days: maximum)
        case .outOfRange(let text): dayOutOfRange(text)
        }
    }
    static func offsetTooLarge(_ text: String, days: Int) -> String {
        tr(
            "\"\(text)\" goes back too far: an offset reaches at most \(days) days (a hundred years)",
            "\"\(text)\" — слишком далеко в прошлое: смещение — не больше \(days) дней (ста лет)")
    }
    static func dayOutOfRange(_ text: String) -> String {
        tr(
            "\"\(text)\" is out of range: dates run from \(Day.acceptedYears.lowerBound) to \(Day.acceptedYears.upperBound)",
            "\"\(text)\" — вне допустимого диапазона: даты — с \(Day.acceptedYears.lowerBound) по \(Day.acceptedYears.upperBound) год")
    }
    static var whichRoute: String {
        tr(
            "which route? Name it, or set a default once with `marshrut route use ROUTE` (or $MARSHRUT_ROUTE)",
            "какой маршрут? Укажите его или один раз выберите свой маршрут по умолчанию: `marshrut route use МАРШРУТ` (или $MARSHRUT_ROUTE)")
    }
    static func cannotSaveSettings(to path: String, _ reason: String) -> String {
        tr("cannot save settings to \(path): \(reason)", "не удаётся сохранить настройки в \(path): \(reason)")
    }
    static var noEditor: String {
        tr(
            "no text given and no editor set: give the text as an argument, pipe it in, or set $EDITOR (e.g. export EDITOR=nano)",
            "текст не указан и редактор не задан: передайте текст аргументом или через стандартный ввод либо задайте $EDITOR (например, export EDITOR=nano)")
    }
    static func cannotStartEditor(_ editor: String, _ reason: String) -> String {
        tr("cannot start the editor \"\(editor)\": \(reason)", "не удаётся запустить редактор \"\(editor)\": \(reason)")
    }
    static func editorFailed(_ editor: String, status: Int32) -> String {
        tr(
            "the editor \"\(editor)\" exited with status \(status): nothing was saved",
            "редактор \"\(editor)\" завершился с кодом \(status): ничего не сохранено")
    }

    // MARK: init
    static func databaseReady(_ path: String, migrations: Int, persons: Int, routes: Int, programs: Int) -> String {
        let what = counts(persons: persons, routes: routes, programs: programs, plans: 0)
        return tr(
            "Database ready: \(path) (schema: \(migrations) migration(s); \(what))",
            "База данных готова: \(path) (схема: \(Nouns.migration.count(migrations)); \(what))")
    }
    static var afterInit: String {
        tr(
            "Next: `marshrut import Routes` loads the sample school; `marshrut person add` adds people one by one.",
            "Следующий шаг: `marshrut import Routes` загрузит учебную школу, `marshrut person add` добавит людей по одному.")
    }

    // MARK: person
    static func added(_ id: String, name: String, roles: [Role]) -> String {
        let list = roles.isEmpty ? "" : " (\(codes(roles)))"
        return tr("Added \(id): \(name)\(list)", "Добавлено в базу: \(id) — \(name)\(list)")
    }
    static var unpairedNeedsMentee: String {
        tr("Please use --unpaired with --role mentee (or alone).", "Укажите --unpaired вместе с --role mentee (или без --role).")
    }
    static var school: String { tr("school", "школа") }
    static var positionLabel: String { tr("position", "должность") }
    static var subject: String { tr("subject", "предмет") }
    static func rolesLine(_ roles: [Role]) -> String {
        let list = roles.isEmpty ? "—" : codes(roles)
        return tr("  roles: \(list)", "  роли: \(list)")
    }
    /// The staff data of `person show`, with the age and the experience on `today`.
    static func staffLines(_ staff: StaffData, today: Day) -> [String] {
        let years = Noun("year", "years", ru: ("год", "года", "лет"))
        var lines: [String] = []
        if let birth = staff.birthDate, let age = staff.age(on: today) {
            lines.append(tr("  born: \(birth) (\(years.count(age)) old)", "  дата рождения: \(birth.display) (\(years.count(age)))"))
        }
        if let hired = staff.hireDate {
            lines.append(tr("  hired at this school: \(hired)", "  принят(а) в эту школу: \(hired.display)"))
        }
        if let since = staff.experienceSince, let experience = staff.experienceYears(on: today) {
            lines.append(
                tr(
                    "  teaching experience since \(since) (\(years.count(experience)))",
                    "  педагогический стаж с \(since.display) (\(years.count(experience)))"))
        }
        if let category = staff.category {
            let since = staff.categoryDate.map { tr(" since \($0)", " с \($0.display)") } ?? ""
            lines.append(tr("  category: \(category.title)\(since)", "  категория: \(category.title)\(since)"))
        }
        if staff.isYoungSpecialist(on: today) {
            lines.append(
                tr(
                    "  a young specialist (under \(StaffData.youngSpecialistExperience) years of teaching)",
                    "  молодой специалист (стаж меньше \(StaffData.youngSpecialistExperience) лет)"))
        }
        return lines
    }
    static func capacity(_ n: Int) -> String {
        tr("  capacity: \(n) mentee(s) at once", "  наставляемых одновременно: не более \(n)")
    }
    static func asksFor(_ text: String) -> String { tr("  asks for: \(text)", "  запрашивает: \(text)") }
    static func offers(_ text: String) -> String { tr("  offers: \(text)", "  предлагает: \(text)") }
    static func erasedOn(_ day: Day) -> String {
        tr("  personal data erased on \(day) (consent withdrawn)", "  персональные данные удалены \(day.display) (согласие отозвано)")
    }
    static var fixDateOrDate: String {
        tr(
            "Give --date for a new change of state, or --fix-date to correct a recorded one, not both.",
            "Укажите --date для нового перехода или --fix-date, чтобы исправить записанный, но не оба.")
    }
    static func statusDateCorrected(_ id: String, status: ProgramStatus, on day: Day) -> String {
        tr(
            "Program \(id): the change to \(status.rawValue) is now dated \(day); the earlier date stays in the history.",
            "Программа \(id): переход в состояние «\(status.title)» теперь датирован \(day.display); прежняя дата осталась в истории.")
    }
    static func programProductRecorded(_ title: String, activity: String, program: String) -> String {
        tr(
            "Product «\(title)» of activity \(activity) in program \(program) recorded: the activity is done.",
            "Программа \(program): продукт «\(title)» мероприятия \(activity) записан — мероприятие выполнено.")
    }
    static func correctedFrom(_ values: [String]) -> String {
        tr(" (corrected from \(values.joined(separator: ", ")))", " (исправлено, было \(values.joined(separator: ", ")))")
    }
    static var dropWhat: String {
        tr(
            "Name the activity to drop, or give --draft to remove the whole route (not both).",
            "Укажите мероприятие, которое нужно исключить, или --draft, чтобы удалить весь маршрут (не то и другое сразу).")
    }
    static func routeRemoved(_ id: String) -> String {
        tr("Route \(id) removed.", "Маршрут \(id) удалён.")
    }
    static func programRemoved(_ id: String) -> String {
        tr("Draft program \(id) removed.", "Проект программы \(id) удалён.")
    }
    static func programChanged(_ id: String) -> String {
        tr("Draft program \(id) changed.", "Проект программы \(id) изменён.")
    }
    static func personChanged(_ id: String) -> String {
        tr("Person \(id) changed.", "Данные \(id) изменены.")
    }
    static var erasedCell: String { tr("no (erased)", "нет (удалены)") }
    static var routesLine: String { tr("routes", "маршруты") }
    static var tutorOfLine: String { tr("tutor of", "тьютор маршрутов") }
    static var mentorInLine: String { tr("mentor in", "наставник в программах") }
    static var menteeInLine: String { tr("mentee in", "наставляемый в программах") }
    static func consents(_ consents: [Consent]) -> String {
        if consents.isEmpty { return tr("  consents: none on record", "  согласия: не записаны") }
        let list = consents.map { c -> String in
            tr("\(c.kind.rawValue) \(c.date)", "\(consentPhrase(c.kind)) от \(c.date.display)")
        }.joined(separator: ", ")
        return tr("  consents: \(list)", "  согласия: \(list)")
    }
    /// «на обработку персональных данных», «на дополнительные обязанности».
    static func consentPhrase(_ kind: ConsentKind) -> String {
        switch kind {
        case .personalData: "на обработку персональных данных"
        case .duties: "на дополнительные обязанности"
        case .publication: "на публикацию имени"
        }
    }
    static func areas(_ list: String) -> String { tr("areas \(list)", "области: \(list)") }
    static func subjectsTaught(_ list: String) -> String { tr("subjects \(list)", "предметы: \(list)") }
    static func formsList(_ list: String) -> String { tr("forms \(list)", "формы: \(list)") }

    // MARK: person consent, person forget
    static func erasureFinished(_ id: String, on day: Day, number: Int) -> String {
        tr(
            "The personal data of \(id) was already erased on \(day) (erasure no. \(number)); the clean-up of the database file is now complete.",
            "Персональные данные \(id) уже удалены \(day.display) (удаление № \(number)); очистка файла базы данных завершена.")
    }
    static func consentAfterToday(_ day: Day, today: Day) -> String {
        tr(
            "the consent's date \(day) is after today (\(today)): record a consent once it is signed, with the day it was signed",
            "дата согласия \(day.display) позже сегодняшней (\(today.display)): записывайте согласие, когда оно подписано, с датой подписания")
    }
    static func erasedBefore(_ id: String, on day: Day) -> String {
        tr(
            "the personal data of \(id) was erased on \(day) after the consent was withdrawn: "
                + "to take the person back, add them anew with `marshrut person add NEW-ID … --consent DATE`",
            "персональные данные \(id) удалены \(day.display) после отзыва согласия: "
                + "чтобы вернуть человека, добавьте его заново — `marshrut person add НОВЫЙ-ID … --consent ДАТА`")
    }
    static func consentOnRecord(_ id: String, kind: ConsentKind, day: Day) -> String {
        tr(
            "\(id) already has a \(kind.rawValue) consent of \(day) on record: see `marshrut person show \(id)`",
            "у \(id) уже записано согласие \(consentPhrase(kind)) от \(day.display): см. `marshrut person show \(id)`")
    }
    static func consentRecorded(_ id: String, name: String, kind: ConsentKind, day: Day, count: Int) -> String {
        tr(
            "Recorded the \(kind.rawValue) consent of \(id) (\(name)) signed on \(day)"
                + (count > 1 ? "; \(count) \(kind.rawValue) consents on record" : ""),
            "Записано согласие \(consentPhrase(kind)): \(id) (\(name)), подписано \(day.display)"
                + (count > 1 ? "; всего таких согласий: \(count)" : ""))
    }
    static func alreadyErased(_ id: String, on day: Day, number: Int) -> String {
        tr(
            "the personal data of \(id) was already erased on \(day) (erasure no. \(number)): there is nothing left to forget",
            "персональные данные \(id) уже удалены \(day.display) (удаление № \(number)): удалять больше нечего")
    }
    static func erased(_ id: String, routes: [String], texts: Int, number: Int, on day: Day) -> String {
        let list = routes.joined(separator: ", ")
        return tr(
            "Erased the personal data of \(id): name, school, position, subject"
                + (routes.isEmpty ? "" : " and the texts of route \(list)")
                + " (\(texts) texts). Kept: roles, consents, scores, dates and counts. "
                + "Logged as erasure no. \(number) of \(day).",
            "Удалены персональные данные \(id): ФИО, школа, должность, предмет"
                + (routes.isEmpty ? "" : (routes.count == 1 ? " и тексты маршрута \(list)" : " и тексты маршрутов \(list)"))
                + " (\(Nouns.text.count(texts))). Сохранены роли, согласия, оценки, даты и количества. "
                + "Удаление записано в журнал под № \(number) от \(day.display).")
    }
    static func cannotConfirm(_ id: String) -> String {
        tr(
            "forgetting \(id) erases their personal data for good, and no one can be asked to confirm "
                + "(standard input is not a terminal): add --yes",
            "удаление персональных данных \(id) необратимо, а подтверждение запросить не у кого "
                + "(стандартный ввод — не терминал): добавьте --yes")
    }
    static func forgetWarning(_ name: String, id: String) -> String {
        tr(
            "This erases the personal data of \(name) (\(id)) for good; it cannot be undone.",
            "Персональные данные (\(name), \(id)) будут удалены навсегда; отменить это нельзя.")
    }
    static func typeToConfirm(_ id: String) -> String {
        tr("Type the id \(id) to confirm:", "Для подтверждения введите id \(id):")
    }
    static var notConfirmed: String { tr("not confirmed: nothing was erased", "не подтверждено: ничего не удалено") }

    // MARK: route
    static func opened(_ id: String, teacher: String, start: Day, end: Day) -> String {
        tr(
            "Opened route \(id) for \(teacher): \(start) → \(end), step 1 (self-determination).",
            "Открыт маршрут \(id) педагога \(teacher): \(start.display) → \(end.display), шаг 1 (\(Stage.selfDetermination.title)).")
    }
    static func afterOpening(_ id: String) -> String {
        nextStep(
            tr(
                "marshrut route image \(id) \"…the teacher's desired image of themselves…\"",
                "marshrut route image \(id) \"…желаемый образ себя как профессионала…\""))
    }
    static func noCorrections(_ id: String) -> String {
        tr(
            "Route \(id) has no corrections: its roadmap has not changed since step 4.",
            "У маршрута \(id) нет корректировок: дорожная карта не менялась после шага 4.")
    }
    static func corrections(_ id: String, count: Int) -> String {
        tr("Corrections of route \(id) (\(count)):", "Корректировки маршрута \(id) (\(count)):")
    }
    static func why(_ reason: String) -> String { tr("    why: \(reason)", "    причина: \(reason)") }
    static func advanced(_ id: String, from: Stage, to: Stage) -> String {
        tr(
            "Route \(id): \(from.rawValue) → \(to.rawValue) (step \(to.steps)).",
            "Маршрут \(id): \(from.title) → \(to.title) (шаг \(to.steps)).")
    }
    static func selfImageRecorded(_ id: String) -> String {
        tr("Self-image of route \(id) recorded.", "Маршрут \(id): образ себя записан.")
    }
    static func strengthRecorded(_ n: Int, route id: String, area: CompetencyArea) -> String {
        tr(
            "Strength \(n) of route \(id) recorded (\(area.rawValue)).",
            "Маршрут \(id): записано достижение (ресурс) № \(n), область — \(area.title).")
    }
    static func deficitRecorded(_ deficit: String, route id: String, area: CompetencyArea, level: Int) -> String {
        tr(
            "Deficit \(deficit) of route \(id) recorded (\(area.rawValue), level \(level)).",
            "Маршрут \(id): записан дефицит \(deficit) (\(area.title), уровень \(level)).")
    }
    static func activityChanged(_ activity: String, route id: String) -> String {
        tr("Activity \(activity) of route \(id) changed.", "Маршрут \(id): мероприятие \(activity) изменено.")
    }
    static var removeNeedsNumber: String {
        tr(
            "--remove needs --number: which strength to remove (see `marshrut route show`).",
            "Для --remove укажите --number: какое достижение удалить (см. `marshrut route show`).")
    }
    static var newStrengthNeeds: String {
        tr(
            "Please give --area and the text for a new strength (or --number of an existing one to change it).",
            "Для нового достижения укажите --area и текст (или --number существующего, чтобы изменить его).")
    }
    static var removeNeedsID: String {
        tr("--remove needs --id: which deficit to remove.", "Для --remove укажите --id: какой дефицит удалить.")
    }
    static var backNeedsReason: String {
        tr(
            "--back moves the route to an earlier step and is kept as a correction: say why with --reason \"…\".",
            "--back возвращает маршрут на более ранний шаг и сохраняется как корректировка: укажите причину: --reason \"…\".")
    }
    static func strengthChanged(_ n: Int, route id: String) -> String {
        tr("Strength \(n) of route \(id) changed.", "Маршрут \(id): достижение № \(n) изменено.")
    }
    static func strengthRemoved(_ n: Int, route id: String) -> String {
        tr("Strength \(n) of route \(id) removed.", "Маршрут \(id): достижение № \(n) удалено.")
    }
    static func deficitChanged(_ deficit: String, route id: String) -> String {
        tr("Deficit \(deficit) of route \(id) changed.", "Маршрут \(id): дефицит \(deficit) изменён.")
    }
    static func deficitRemoved(_ deficit: String, route id: String) -> String {
        tr("Deficit \(deficit) of route \(id) removed.", "Маршрут \(id): дефицит \(deficit) удалён.")
    }
    static func activityDropped(_ activity: String, route id: String) -> String {
        tr("Activity \(activity) taken off the roadmap of route \(id).", "Маршрут \(id): мероприятие \(activity) исключено из дорожной карты.")
    }
    static var newActivityNeeds: String {
        tr(
            "Please give --kind, --title and --due for a new activity (or --id of an existing one to change it).",
            "Для нового мероприятия укажите --kind, --title и --due (или --id существующего, чтобы изменить его).")
    }
    static func activityAdded(_ activity: String, route id: String, kind: ActivityKind, title: String, due: Day) -> String {
        tr(
            "Activity \(activity) added to route \(id): \(kind.rawValue) «\(title)», due \(due).",
            "Маршрут \(id): добавлено \(activity) — \(kind.title) «\(title)», срок \(due.display).")
    }
    static var keptAsCorrection: String { tr(" Kept as a correction.", " Сохранено как корректировка.") }
    static func productRecorded(_ title: String, activity: String, route id: String) -> String {
        tr(
            "Product «\(title)» recorded for activity \(activity) of route \(id).",
            "Маршрут \(id): к мероприятию \(activity) записан продукт «\(title)».")
    }
    static var correctionNeedsReason: String {
        tr(
            "Please say why with --reason \"…\": every correction keeps its reason.",
            "Укажите причину: --reason \"…\" — у каждой корректировки сохраняется причина.")
    }
    static func corrected(_ activity: String, route id: String, change: String, author: String, on day: Day) -> String {
        tr(
            "Corrected \(activity) of route \(id): \(change) (by \(author), \(day)).",
            "Маршрут \(id): мероприятие \(activity) скорректировано: \(change) (\(author), \(day.display)).")
    }
    static func changedBeforeImplementation(_ activity: String, route id: String) -> String {
        tr(
            "Changed \(activity) of route \(id) (the route is before step 5, so no correction is kept).",
            "Маршрут \(id): мероприятие \(activity) изменено (маршрут ещё не дошёл до шага 5, поэтому корректировка не сохраняется).")
    }
    static func defaultRouteSet(_ id: String) -> String {
        tr(
            "Default route: \(id). Now `marshrut reflect --activity A --score N \"…\"` and `marshrut journal` use it.",
            "Маршрут по умолчанию: \(id). Теперь его используют `marshrut reflect --activity A --score N \"…\"` и `marshrut journal`.")
    }
    static func savedIn(_ path: String) -> String { tr("(saved in \(path))", "(сохранено в \(path))") }

    static func notShownInText(_ count: Int, limit: Int) -> String {
        tr(
            "\(count) more result(s) are not shown: text shows at most \(limit); --json gives every one",
            "ещё \(count) результат(ов) не показано: в тексте — не больше \(limit); --json выводит все")
    }

    // MARK: person add / edit

    /// A refusal of `person add` or `person edit` said in the options the command takes, not the
    /// document's keys; `nil` for a problem the document's words already fit.
    static func asOptions(_ problem: Problem) -> String? {
        let whose = problem.subject.map { "\($0.shown): " } ?? ""
        switch problem.reason {
        case .bankNeedsConsent(let role):
            return whose
                + tr(
                    "a \(role.rawValue) enters the bank only with a personal-data consent: give --consent DATE, the day it was signed",
                    "\(role.words.russian) попадает в банк только с согласием на обработку персональных данных: укажите --consent ДАТА — день подписания")
        case .capacityOnlyForMentors:
            return whose
                + tr(
                    "--capacity and --area/--form offered are for mentors: add --role mentor, or leave them out",
                    "--capacity и предлагаемые --area/--form бывают только у наставника: добавьте --role mentor или уберите их")
        case .capacityTooSmall(let capacity):
            return whose
                + tr(
                    "--capacity must be at least 1 (mentees at once), got \(capacity)",
                    "--capacity (наставляемых одновременно) должно быть не меньше 1, указано \(capacity)")
        case .beforeWorkingAge(let day, let birth):
            let option = "--" + problem.path.replacingOccurrences(of: "_", with: "-")
            return whose
                + tr(
                    "\(option) \(day) is before the person turned \(StaffData.youngestWorkingAge) (--birth-date \(birth)): check both dates",
                    "\(option) \(day.display) — раньше, чем человеку исполнилось \(StaffData.youngestWorkingAge) лет (--birth-date \(birth.display)): проверьте обе даты"
                )
        case .categoryDateWithoutCategory:
            return whose
                + tr(
                    "--category-date needs a category: give --category first, highest, teacher-methodist or teacher-mentor",
                    "--category-date нужна только вместе с категорией: укажите --category первая, высшая, педагог-методист или педагог-наставник")
        default:
            return nil
        }
    }

    // MARK: rules push / pull
    static var pushFolderOrClear: String {
        tr(
            "name the folder of scripts to push, or --clear to remove the organization's scripts (not both)",
            "укажите папку со скриптами или --clear, чтобы удалить скрипты организации (не то и другое)")
    }
    static func scriptNotText(_ path: String) -> String {
        tr(
            "cannot read \(path) as UTF-8 text: save it as UTF-8 and push again",
            "не удаётся прочитать \(path) как текст UTF-8: сохраните его в UTF-8 и загрузите снова")
    }
    static func pushed(_ changes: ScriptChanges, to organization: String) -> String {
        let parts = [
            (tr("added", "добавлены"), changes.added), (tr("changed", "изменены"), changes.changed),
            (tr("unchanged", "без изменений"), changes.unchanged), (tr("removed", "удалены"), changes.removed),
        ].filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1.joined(separator: ", "))" }
        return tr("Scripts of \(organization): ", "Скрипты \(organization): ")
            + (parts.isEmpty ? tr("none now.", "теперь их нет.") : parts.joined(separator: "; ") + ".")
    }
    static func nothingPushed(_ organization: String) -> String {
        tr(
            "\(organization) has pushed no scripts: its runs load its ancestors' scripts, or the server's scripts folder.",
            "\(organization) не загружала скриптов: её запуски используют скрипты вышестоящих организаций или папку скриптов сервера.")
    }
    static func badPulledName(_ name: String) -> String {
        tr(
            "the server sent a script named \"\(name)\", which is not a relative *.lua path: nothing was written",
            "сервер прислал скрипт с именем \"\(name)\" — это не относительный путь *.lua: ничего не записано")
    }
    static func wouldOverwrite(_ paths: [String]) -> String {
        tr(
            "these files exist with other text, nothing was written (add --force to overwrite them, or pull --to another folder):",
            "эти файлы уже есть с другим текстом, ничего не записано (добавьте --force, чтобы перезаписать, или укажите другую папку в --to):")
            + paths.map { "\n  " + $0 }.joined()
    }
    static func pulled(written: Int, unchanged: Int, of organization: String, into folder: String) -> String {
        tr(
            "Scripts of \(organization) written into \(folder)/: \(written) written, \(unchanged) already the same.",
            "Скрипты \(organization) записаны в \(folder)/: записано — \(written), уже совпадали — \(unchanged).")
    }

    // MARK: copy
    static func copied(_ c: CopySummary, from source: String, to target: String) -> String {
        tr(
            "Copied from \(source) to \(target): persons — \(c.counts.persons), routes — \(c.counts.routes), "
                + "programs — \(c.counts.programs), road maps — \(c.plans), organizations — \(c.organizations), "
                + "their scripts — \(c.scripts), accounts — \(c.accounts), erasures of personal data — \(c.erasures), "
                + "audit lines — \(c.auditLines).",
            "Скопировано из \(source) в \(target): людей — \(c.counts.persons), маршрутов — \(c.counts.routes), программ — \(c.counts.programs), "
                + "дорожных карт — \(c.plans), организаций — \(c.organizations), их скриптов — \(c.scripts), учётных записей — \(c.accounts), "
                + "удалений персональных данных — \(c.erasures), строк журнала действий — \(c.auditLines).")
    }

    // MARK: reflect
    static var nameTheTarget: String {
        tr(
            "Please name what you reflect on: --activity A, --deficit D or --image (the self-image).",
            "Укажите, о чём рефлексия: --activity A, --deficit D или --image (образ себя).")
    }
    static var oneTargetAtATime: String {
        tr(
            "Please reflect on one thing at a time: one of --activity, --deficit and --image.",
            "Рефлексия — об одном за раз: укажите что-то одно из --activity, --deficit и --image.")
    }
    static var finalNeedsDeficit: String {
        tr(
            "Please use --final with --deficit: the final analysis is about a deficit.",
            "--final указывается вместе с --deficit: итоговый анализ делается по дефициту.")
    }
    static func reflectionInFuture(_ day: Day) -> String {
        tr(
            "\(day) is in the future: a reflection is dated today or earlier",
            "\(day.display) ещё не наступило: рефлексию датируют сегодняшним или более ранним днём")
    }
    static func beforeRouteStart(_ day: Day, route id: String, start: Day) -> String {
        tr(
            "\(day) is before route \(id) started (\(start))",
            "\(day.display) — раньше начала маршрута \(id) (\(start.display))")
    }
    static func reflectionKept(_ path: String) -> String {
        tr(
            "Your text is kept in \(path): send it again once fixed, e.g. marshrut reflect ROUTE … < \(path)",
            "Ваш текст сохранён в \(path): отправьте его снова после исправления, например marshrut reflect МАРШРУТ … < \(path)")
    }

    static func reflectionNotSent(_ text: String) -> String {
        tr("Your text was not sent; here it is:\n\(text)", "Ваш текст не отправлен; вот он:\n\(text)")
    }

    static var emptyReflection: String {
        tr("the reflection is empty, so nothing was saved", "текст рефлексии пуст, поэтому ничего не сохранено")
    }
    static func reflectionSaved(_ entry: String, about: String, day: Day, score: Int, final: Bool) -> String {
        tr(
            "Saved reflection \(entry) (\(about), \(day), score \(score)\(final ? ", final" : "")).",
            "Сохранена рефлексия \(entry) (\(about), \(day.display), оценка \(score)\(final ? ", итоговая" : "")).")
    }
    static func noRouteForText(_ word: String) -> String {
        tr(
            "no route \"\(word)\" in the database; to give only the text, set your default route once with "
                + "`marshrut route use ROUTE` (or $MARSHRUT_ROUTE)",
            "в базе нет маршрута \"\(word)\"; чтобы указывать только текст, один раз выберите свой маршрут по умолчанию: "
                + "`marshrut route use МАРШРУТ` (или $MARSHRUT_ROUTE)")
    }
    // The editor template's comment lines.
    static func templateHead(route id: String, day: Day, score: Int, final: Bool) -> String {
        tr(
            "# Reflection on route \(id), \(day), score \(score)/5\(final ? ", FINAL analysis" : "").",
            "# Рефлексия по маршруту \(id), \(day.display), оценка \(score)/5\(final ? ", ИТОГОВЫЙ анализ" : "").")
    }
    static func templateActivity(_ a: Activity) -> String {
        tr(
            "# Activity \(a.id): \(a.kind.rawValue) «\(a.title)», due \(a.due)\(a.product.map { ", product «\($0.title)»" } ?? "")",
            "# Мероприятие \(a.id): \(a.kind.title) «\(a.title)», срок \(a.due.display)\(a.product.map { ", продукт «\($0.title)»" } ?? "")")
    }
    static func templateAddresses(_ d: Deficit) -> String {
        tr("#   addresses \(d.id) [\(d.area.rawValue)]: \(d.text)", "#   направлено на \(d.id) [\(d.area.title)]: \(d.text)")
    }
    static func templateDeficit(_ d: Deficit) -> String {
        tr(
            "# Deficit \(d.id) [\(d.area.rawValue)], level \(d.level)/5: \(d.text)",
            "# Дефицит \(d.id) [\(d.area.title)], уровень \(d.level)/5: \(d.text)")
    }
    static func templateImage(_ image: String) -> String {
        tr("# Your self-image (step 1): \(image)", "# Ваш желаемый образ себя (шаг 1): \(image)")
    }
    static var templateImageQuestion: String {
        tr(
            "#   Say how close you came to it, what brought you closer and what is still ahead.",
            "#   Напишите, насколько вы приблизились к нему, что помогло и что ещё впереди.")
    }
    static func templateScores(_ scores: String) -> String {
        tr("#   your scores so far: \(scores)", "#   ваши прежние оценки: \(scores)")
    }
    static var templateFinal: String {
        tr(
            "#   Say whether it is overcome, and how; and how close you came to your self-image.",
            "#   Напишите, преодолён ли дефицит и как, и насколько вы приблизились к желаемому образу себя.")
    }
    static var templateFoot: String {
        tr(
            "# Write above or below these lines; lines starting with # are left out. An empty text cancels.",
            "# Пишите выше или ниже этих строк; строки, начинающиеся с #, не сохраняются. Пустой текст — отмена.")
    }

    // MARK: journal
    static var editOrHistory: String {
        tr("Please use --edit or --history, not both.", "Укажите --edit или --history, но не оба сразу.")
    }
    static var scoreNeedsEdit: String {
        tr("--score changes an entry: use it with --edit ID.", "--score меняет запись: используйте его вместе с --edit ID.")
    }
    static var noReflectionsMatch: String { tr("No reflections match.", "Подходящих записей рефлексии нет.") }
    static var finalMark: String { tr("FINAL", "ИТОГ") }
    static func edited(_ versions: Int) -> String {
        tr("  (edited, \(versions) versions)", "  (исправлено, \(Nouns.version.count(versions)))")
    }
    static func journalTitle(_ route: String?) -> String {
        let suffix = route.map { ": \($0)" } ?? ""
        return tr("# Reflection journal\(suffix)", "# Журнал рефлексии\(suffix)")
    }
    static var noReflectionsMatchMarkdown: String { tr("_No reflections match._", "_Подходящих записей рефлексии нет._") }
    static func scoreMarkdown(_ score: Int) -> String { tr("**Score:** \(score)/5", "**Оценка:** \(score)/5") }
    static var finalMarkdown: String { tr(" · **final analysis**", " · **итоговый анализ**") }
    static func notAnEntryID(_ id: String) -> String {
        tr(
            "\"\(id)\" is not an entry id: write ROUTE/N as `marshrut journal` shows it, e.g. ivanova-2022/3",
            "\"\(id)\" — не id записи: пишите МАРШРУТ/N, как его показывает `marshrut journal`, например ivanova-2022/3")
    }
    static func noSuchReflection(route id: String, number: Int, count: Int) -> String {
        tr(
            "route \(id) has no reflection #\(number) (it has \(count))",
            "у маршрута \(id) нет записи рефлексии № \(number) (всего записей: \(count))")
    }
    static func editingHead(_ entry: String, day: Day, about: String, score: Int) -> String {
        tr(
            "# Editing \(entry) (\(day), \(about), score \(score)/5).\n"
                + "# The old wording is kept; `marshrut journal --history \(entry)` shows it. An empty text cancels.\n",
            "# Исправление записи \(entry) (\(day.display), \(about), оценка \(score)/5).\n"
                + "# Прежний текст сохранится, его покажет `marshrut journal --history \(entry)`. Пустой текст — отмена.\n")
    }
    static var emptyEdit: String {
        tr("the new text is empty, so nothing was changed", "новый текст пуст, поэтому ничего не изменено")
    }
    static func versionSaved(_ version: Int, of entry: String) -> String {
        tr("Saved version \(version) of \(entry).", "Сохранена версия \(version) записи \(entry).")
    }
    static func versions(_ entry: String, about: String, count: Int) -> String {
        tr("\(entry): \(about), \(Nouns.version.count(count))", "\(entry): \(about), \(Nouns.version.count(count))")
    }
    static var currentVersion: String { tr("  (current)", "  (текущая)") }

    // MARK: rules
    static var atMostOneSubject: String {
        tr(
            "Please name at most one of --route, --program and --person.",
            "Укажите не больше одного из --route, --program и --person.")
    }
    static var ruleListHeader: [String] {
        Language.current == .russian ? ["ТИП", "ID", "ОБЪЕКТ", "УРОВЕНЬ", "ИСТОЧНИК"] : ["TYPE", "ID", "SUBJECT", "LEVEL", "SOURCE"]
    }
    /// A rule's type as `rules list` shows it.
    static func ruleType(_ type: String) -> String {
        guard Language.current == .russian else { return type }
        switch type {
        case "monitor": return "мониторинг"
        case "incentive": return "поощрение"
        case "matching": return "подбор пар"
        default: return type
        }
    }
    /// What a rule is about, `route` or «маршрут».
    static func subjectKind(_ kind: String) -> String {
        guard Language.current == .russian, let k = SubjectReference.Kind(rawValue: kind) else { return kind }
        return k.title
    }
    static func incentiveKind(_ kind: String) -> String {
        guard Language.current == .russian else { return kind }
        switch kind {
        case "material": return "материальное"
        case "non-material": return "нематериальное"
        default: return kind
        }
    }
    /// A program as a finding's subject: its state and period.
    static func workersAtLeastOne(_ n: Int) -> String {
        tr("--workers must be at least 1 (got \(n))", "--workers должно быть не меньше 1 (указано \(n))")
    }
    static func programSummary(_ p: Program) -> String {
        programSummary(status: p.status, start: p.start, end: p.end)
    }
    static func programSummary(status: ProgramStatus, start: Day, end: Day) -> String {
        tr("\(status.rawValue), \(start) → \(end)", "\(status.title), \(start.display) → \(end.display)")
    }
    /// PASS and FAIL of `rules test`, padded to one width.
    static var pass: String { tr("PASS", "ПРОЙДЕН   ") }
    static var fail: String { tr("FAIL", "НЕ ПРОЙДЕН") }
    static func expected(_ value: String) -> String { tr("      expected: \(value)", "      ожидалось: \(value)") }
    static func actual(_ value: String) -> String { tr("      actual:   \(value)", "      получено:  \(value)") }
    static func noExamples(_ rules: [String]) -> String {
        tr("No examples: \(rules.joined(separator: ", "))", "Нет тестовых примеров: \(rules.joined(separator: ", "))")
    }
    static func testSummary(passed: Int, failed: Int) -> String {
        tr("\(passed) passed, \(failed) failed", "пройдено \(passed), не пройдено \(failed)")
    }

    // MARK: match
    static func monthsOutOfRange(_ months: Int) -> String {
        tr("Please give --months from 3 to 12 (got \(months)).", "Укажите --months от 3 до 12 (указано \(months)).")
    }
    static func draftCreated(_ id: String, mentor: String, mentees: [String], forms: [MentoringForm]) -> String {
        let pair = "\(mentor) → \(mentees.joined(separator: ", "))"
        return tr(
            "Created draft program \(id): \(pair) (\(forms.map(\.rawValue).joined(separator: ", "))).",
            "Создан проект программы \(id): \(pair) (\(codes(forms))).")
    }
    static var nobodyWaits: String {
        tr(
            "No mentee waits for a mentor: every mentee in the bank has a draft or active program.",
            "Наставника никто не ждёт: у каждого наставляемого из банка есть проект или действующая программа.")
    }
    static func pairScore(_ score: String) -> String { tr("  score \(score)", "  баллы: \(score)") }
    static var noMentorFree: String {
        tr("No suitable mentor with free capacity: ", "Нет подходящего наставника со свободными местами: ")
    }
    static func matchSummary(proposals: Int, mentees: Int, total: String, applied: Bool) -> String {
        tr(
            "\(proposals) proposal(s), \(mentees) mentee(s) paired, total score \(total).\(applied ? "" : " Create them as drafts with --apply.")",
            "\(Nouns.proposal.count(proposals)); наставник подобран: \(Nouns.mentee.count(mentees)); сумма баллов \(total)."
                + (applied ? "" : " Чтобы создать по ним проекты программ, добавьте --apply."))
    }

    // MARK: plan
    static var noRoadMap: String {
        tr(
            "no road map in the database: import one (`marshrut import Routes/plan.yaml`) or write a `kind: plan` document",
            "в базе нет дорожной карты: загрузите её (`marshrut import Routes/plan.yaml`) или напишите документ `kind: plan`")
    }
    /// A road map stage's state, padded to one width.
    static func stageState(_ state: StageState) -> String {
        switch state {
        case .done: tr("✓ done   ", "✓ выполнено ")
        case .due: tr("· due    ", "· предстоит ")
        case .overdue: tr("! overdue", "! просрочено")
        }
    }
    static func dueBy(_ day: Day) -> String { tr(" — by \(day)", " — до \(day.display)") }
    static func fromTheData(_ explanation: String) -> String {
        tr("              from the data: \(explanation)", "                 по данным: \(explanation)")
    }
    static func planSummary(done: Int, of total: Int, overdue: Int, asOf day: Day) -> String {
        tr(
            "\(done) of \(total) stages done\(overdue > 0 ? ", \(overdue) overdue" : "") as of \(day).",
            "Выполнено \(done) из \(Nouns.stageOf.count(total))\(overdue > 0 ? ", просрочено \(overdue)" : "") (на \(day.display)).")
    }

    // MARK: program
    static var nameMentorAndMentee: String {
        tr(
            "Please name at least one --mentor and one --mentee.",
            "Укажите хотя бы одного наставника (--mentor) и одного наставляемого (--mentee).")
    }
    static func nameAForm(_ all: String) -> String {
        tr("Please name at least one --form (\(all)).", "Укажите хотя бы одну форму наставничества: --form (\(all)).")
    }
    static func programCreated(_ id: String, mentors: [String], mentees: [String], start: Day, end: Day) -> String {
        let pair = "\(mentors.joined(separator: ", ")) → \(mentees.joined(separator: ", "))"
        return tr(
            "Created draft program \(id): \(pair), \(start) → \(end).",
            "Создан проект программы \(id): \(pair), \(start.display) → \(end.display).")
    }
    static func programTitle(_ id: String) -> String { tr("Program \(id)", "Программа \(id)") }
    static func programState(_ p: Program) -> String { " — " + programSummary(p) }
    static func mentorsLine(_ list: String) -> String { tr("  mentors: \(list)", "  наставники: \(list)") }
    static func menteesLine(_ list: String) -> String { tr("  mentees: \(list)", "  наставляемые: \(list)") }
    static func formsLine(_ forms: [MentoringForm], directions: [Direction]) -> String {
        let formList = codes(forms)
        let directionList = codes(directions)
        return tr(
            "  forms: \(formList)" + (directions.isEmpty ? "" : " · directions: \(directionList)"),
            "  формы: \(formList)" + (directions.isEmpty ? "" : " · направления: \(directionList)"))
    }
    static func addressesLine(_ list: String) -> String {
        tr("  addresses: \(list)", "  направлена на дефициты: \(list)")
    }
    static var activities: String { tr("Activities", "Мероприятия") }
    static var overdueState: String { tr("overdue", "просрочено") }
    static var indicators: String { tr("Indicators", "Показатели") }
    static var changesOfState: String { tr("Changes of state", "Смены состояния") }
    static func programStatusChanged(_ id: String, from: ProgramStatus, to: ProgramStatus, on day: Day) -> String {
        tr(
            "Program \(id): \(from.rawValue) → \(to.rawValue) on \(day).",
            "Программа \(id): \(from.title) → \(to.title), \(day.display).")
    }
    static func programActivity(_ activity: String, program id: String, kind: ActivityKind, title: String, due: Day) -> String {
        tr(
            "Activity \(activity) of program \(id): \(kind.rawValue) «\(title)», due \(due).",
            "Программа \(id): добавлено \(activity) — \(kind.title) «\(title)», срок \(due.display).")
    }
    static func indicatorRecorded(_ name: String, value: String, on day: Day, program id: String, count: Int) -> String {
        tr(
            "Recorded \(name) = \(value) on \(day) for program \(id) (\(count) value(s) of it so far).",
            "Программа \(id): записан показатель \(name) = \(value) на \(day.display) (всего у него \(Nouns.value.count(count))).")
    }
    static func afterProgram(_ id: String) -> String {
        nextStep("marshrut program status \(id) active --reason \"приказ о закреплении пары\"")
    }

    // MARK: demo
    static func demoReady(_ path: String) -> String {
        tr("The sample school МКОУ «Малиновская ООШ» is ready in \(path):", "Учебная школа МКОУ «Малиновская ООШ» готова в \(path):")
    }
    static var tryNext: String { tr("Try next:", "Что попробовать:") }
    /// What `marshrut demo` suggests: a command and what it shows.
    static var demoSuggestions: [(command: String, what: String)] {
        [
            ("route list", tr("every route and its step", "все маршруты и их шаги")),
            ("route show kuznetsov-2024", tr("one route: steps, deficits, overdue work", "один маршрут: шаги, дефициты, просрочки")),
            ("rules check", tr("the monitoring rules of Scripts/", "правила мониторинга из Scripts/")),
            ("incentives", tr("who meets which incentive criterion", "кто соответствует критериям поощрения")),
            ("match", tr("proposed mentor–mentee pairs", "предложение пар наставник–наставляемый")),
            ("plan", tr("the school's road map", "дорожная карта школы")),
        ]
    }
}

extension String {
    /// A `Localized` read inline.
    init(_ text: Localized) { self = text.description }
}
