import Foundation
import MarshrutCore
import MarshrutReport

/// A day from well-formed test text; a typo in a test should stop it loudly.
func day(_ text: String) -> Day {
    try! Day(parsing: text)
}

enum Sample {
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    /// The worked examples of the seed's school.
    static let routes = root + "/Routes"
}

/// A small school whose figures for the school year 2025/26 are worked out by hand in
/// `AnnualReportTests`.
enum Fixture {
    static let year = 2025
    /// After the year's end: banks are counted on 31.08.2026.
    static let today = day("2026-10-01")

    static func person(_ id: String, _ name: String, roles: [Role], consented: String) -> Person {
        Person(
            id: id, name: name, school: "МКОУ «Малиновская ООШ»", roles: roles,
            consents: [Consent(kind: .personalData, date: day(consented)), Consent(kind: .duties, date: day(consented))])
    }

    static let persons = [
        person("grishina", "Гришина Валентина Петровна", roles: [.mentor], consented: "2022-08-25"),
        person("ivanova", "Иванова Мария Петровна", roles: [.mentee], consented: "2025-09-10"),
        // Consented only after the year: in neither bank of 2025/26.
        person("zaitsev", "Зайцев Кирилл Андреевич", roles: [.mentor, .mentee], consented: "2026-09-15"),
    ]

    static func product(_ kind: String, _ title: String, _ date: String) -> Product {
        Product(kind: kind, title: title, attitude: "Полезно", date: day(date))
    }

    static func reflection(_ deficit: String, _ date: String, final: Bool) -> Reflection {
        Reflection(date: day(date), target: .deficit(deficit), score: 4, text: "Итог", isFinal: final)
    }

    /// Began before the year: d1 closed in the year, d2 open, d3 at level 5, d4 closed before the year.
    static func ivanovaRoute(productTitle: String = "Уроки с цифровыми датчиками") -> Route {
        Route(
            id: "ivanova-2024", teacher: "ivanova", start: day("2024-09-01"), end: day("2029-05-31"), stage: .implementation,
            deficits: [
                Deficit(id: "d1", area: .ict, level: 2, text: "Цифровое оборудование"),
                Deficit(id: "d2", area: .methodological, level: 3, text: "Формирующее оценивание"),
                Deficit(id: "d3", area: .subject, level: 5, text: "Олимпиадные задачи"),
                Deficit(id: "d4", area: .ict, level: 2, text: "Электронный журнал"),
            ],
            activities: [
                Activity(
                    id: "a1", kind: .course, title: "Цифровая лаборатория", hours: 36, start: day("2025-10-01"),
                    due: day("2025-12-01"), addresses: ["d1"], product: product("lesson-plans", productTitle, "2025-12-10")),
                Activity(
                    id: "a2", kind: .trial, title: "Пробные уроки", start: day("2025-01-10"), due: day("2025-04-30"),
                    addresses: ["d4"], product: product("method", "Методика прошлого года", "2025-05-01")),
            ],
            reflections: [
                reflection("d1", "2026-05-20", final: true),
                reflection("d2", "2026-05-21", final: false),
                reflection("d4", "2025-06-01", final: true),
            ])
    }

    /// Began during the year: both deficits are added, d2 is overcome.
    static let zaitsevRoute = Route(
        id: "zaitsev-2026", teacher: "zaitsev", start: day("2026-01-15"), end: day("2030-05-31"), stage: .deficits,
        deficits: [
            Deficit(id: "d1", area: .ict, level: 1, text: "Нет опыта"),
            Deficit(id: "d2", area: .psychologicalPedagogical, level: 2, text: "Дисциплина"),
        ],
        reflections: [reflection("d2", "2026-06-01", final: true)])

    static let pair = pair()

    /// The pair; `more` indicators go unchecked, as a hostile or broken store might hold them.
    static func pair(more: [Indicator] = []) -> Program {
        Program(
            id: "prog-2025-01", forms: [.traditional, .teacherTeacher], mentors: ["grishina"], mentees: ["ivanova"],
            start: day("2025-09-01"), end: day("2026-05-31"), status: .completed,
            activities: [
                Activity(
                    id: "a1", kind: .measure, title: "Неделя математики", due: day("2026-02-20"),
                    product: product("event-scenario", "Сценарий недели математики", "2026-02-20"))
            ],
            indicators: [
                Indicator(name: "exam-pass-rate", date: day("2025-10-20"), value: 0.58),
                Indicator(name: "adaptation", date: day("2025-12-25"), value: 0.6),
                Indicator(name: "exam-pass-rate", date: day("2026-04-24"), value: 0.83),
                Indicator(name: "exam-pass-rate", date: day("2026-02-18"), value: 0.75),
                // After the year's end: not in this year's dynamics.
                Indicator(name: "exam-pass-rate", date: day("2026-09-20"), value: 0.9),
            ] + more)
    }

    static let group = Program(
        id: "prog-2025-02", forms: [.group, .virtual], mentors: ["grishina"], mentees: ["ivanova", "zaitsev"],
        start: day("2026-01-10"), end: day("2026-06-30"), status: .active)

    /// A draft in the year: counted by status, never as a pair or group.
    static let draft = Program(
        id: "prog-2025-03", forms: [.shortTerm], mentors: ["grishina"], mentees: ["zaitsev"],
        start: day("2025-10-01"), end: day("2026-01-31"), status: .draft)

    /// Activated, then cancelled before the year began, though planned into it.
    static let cancelled = Program(
        id: "prog-2025-00", forms: [.situational], mentors: ["grishina"], mentees: ["ivanova"],
        start: day("2025-06-01"), end: day("2025-12-01"), status: .cancelled,
        changes: [
            StatusChange(date: day("2025-06-01"), status: .active, reason: "Приказ"),
            StatusChange(date: day("2025-08-15"), status: .cancelled, reason: "Перевод наставляемой"),
        ])

    /// Long over: outside the year altogether.
    static let old = Program(
        id: "prog-2023-01", forms: [.traditional], mentors: ["grishina"], mentees: ["ivanova"],
        start: day("2023-09-01"), end: day("2024-05-31"), status: .completed)

    static let plan = SchoolPlan(
        id: "roadmap", title: "Дорожная карта",
        stages: [
            .init(number: 2, title: "Итоги программ", due: day("2026-05-31"), responsible: "grishina", check: .completion),
            .init(number: 1, title: "Банк наставляемых", due: day("2025-08-31"), responsible: "grishina, директор", check: .menteeBank),
            .init(number: 3, title: "Семинар", due: day("2026-05-31")),
            .init(number: 4, title: "Конференция", due: day("2027-04-30")),
            .init(number: 5, title: "Установочные сессии", due: day("2025-09-30"), done: day("2025-09-20")),
        ])

    static func catalog(persons: [Person] = persons, route: Route = ivanovaRoute(), pair: Program = pair) -> Catalog {
        Catalog(persons: persons, routes: [route, zaitsevRoute], programs: [old, cancelled, pair, group, draft], plans: [plan])
    }

    static let findings = [
        ReportFinding(rule: "overdue-activity", severity: "warning", subject: "route", id: "zaitsev-2026", message: "«Курс» просрочен"),
        ReportFinding(rule: "no-indicators", severity: "critical", subject: "program", id: "prog-2025-02", message: "Нет показателей"),
        ReportFinding(rule: "overdue-activity", severity: "warning", subject: "route", id: "ivanova-2024", message: "«Уроки» просрочены"),
    ]

    static let awards = [
        ReportAward(
            incentive: "badge-for-mentorship", title: "Знак «За наставничество»", kind: "non-material",
            id: "grishina", reason: "три завершённые программы")
    ]

    static func report(_ catalog: Catalog = catalog()) -> AnnualReport {
        AnnualReport(catalog: catalog, year: year, findings: findings, awards: awards, today: today)
    }
}

/// Text written to break out of its place: markup, quotes, separators, line breaks.
enum Hostile {
    static let script = "<script>alert(1)</script>"
    static let name = "Иванова \"Мария\" & Co"
    static let indicator = "\"><script>alert(2)</script>"
    static let csvTitle = "Уроки, \"живые\" и\nновые"

    static var report: AnnualReport {
        var persons = Fixture.persons
        persons[1].name = name
        let pair = Fixture.pair(more: [
            Indicator(name: indicator, date: day("2025-11-01"), value: 1),
            Indicator(name: indicator, date: day("2026-03-01"), value: 2),
        ])
        var route = Fixture.ivanovaRoute(productTitle: script)
        route.activities[1].product?.date = day("2026-01-20")
        route.activities[1].product?.title = csvTitle
        let findings =
            Fixture.findings + [
                ReportFinding(rule: "x|y", severity: "info", subject: "route", id: "ivanova-2024", message: "a | b *c* \(script)")
            ]
        return AnnualReport(
            catalog: Fixture.catalog(persons: persons, route: route, pair: pair), year: Fixture.year,
            findings: findings, awards: Fixture.awards, today: Fixture.today)
    }
}
