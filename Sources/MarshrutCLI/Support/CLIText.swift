import MarshrutCore

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
        tr("due \(day.display) — OVERDUE by \(days) days", "срок \(day.display) — ПРОСРОЧЕНО на \(Nouns.day.count(days))")
    }
    static func roadmap(done: Int, of total: Int) -> String {
        tr("Roadmap: \(done)/\(total) activities done", "Дорожная карта: выполнено \(done) из \(total)")
    }
    static func overdueCount(_ n: Int) -> String { tr("\(n) overdue", "просрочено: \(n)") }
    static func history(corrections: Int, reflections: Int) -> String {
        tr(" · \(corrections) correction(s) · \(reflections) reflection(s)",
           " · \(Nouns.correction.count(corrections)) · \(Nouns.reflection.count(reflections))")
    }
    static func historyHint(_ id: String) -> String { tr("History of changes: marshrut route history \(id)", "История изменений: marshrut route history \(id)") }

    // MARK: Tables
    static let none = Localized("(none)", ru: "(нет)")
    static let id = Localized("ID", ru: "ID")
    static let name = Localized("NAME", ru: "ФИО")
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
        tr("\(count) finding(s)\(detail) from \(rules) rule(s) over \(subjects), as of \(day.display).",
           "\(Nouns.finding.count(count))\(detail); правил: \(rules); проверено: \(subjects); на \(day.display).")
    }
    static func severity(_ s: String) -> String {
        switch s {
        case "critical": tr("critical", "критично")
        case "warning": tr("warning", "внимание")
        default: tr("info", "к сведению")
        }
    }
    static func subjects(_ kind: SubjectReference.Kind, _ n: Int) -> String {
        switch kind {
        case .person: Nouns.person.count(n)
        case .route: Nouns.route.count(n)
        case .program: Nouns.program.count(n)
        case .plan: Nouns.plan.count(n)
        }
    }
    static func subjectLabel(_ kind: SubjectReference.Kind) -> String {
        switch kind {
        case .person: tr("person", "человек")
        case .route: tr("route", "маршрут")
        case .program: tr("program", "программа")
        case .plan: tr("plan", "дорожная карта")
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
    static func checked(_ what: String) -> String { tr("Checked \(what): all valid; nothing stored (--dry-run).", "Проверено: \(what); ошибок нет, ничего не сохранено (--dry-run).") }
    static func valid(_ what: String) -> String { tr("OK: \(what), no problems.", "Всё в порядке: \(what), ошибок нет.") }
    static func counts(persons: Int, routes: Int, programs: Int, plans: Int) -> String {
        var text: String = tr("\(persons) persons, \(routes) routes, \(programs) programs",
                      "\(Nouns.person.count(persons)), \(Nouns.route.count(routes)), \(Nouns.program.count(programs))")
        if plans > 0 { text += tr(", \(plans) road map(s)", ", \(Nouns.plan.count(plans))") }
        return text
    }
    static let nothingImported = Localized("Nothing was imported.", ru: "Ничего не загружено.")
}

extension String {
    /// A `Localized` read inline.
    init(_ text: Localized) { self = text.description }
}
