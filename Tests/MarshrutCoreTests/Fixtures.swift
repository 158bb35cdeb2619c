import MarshrutCore
import MarshrutTestSupport
import Testing

/// Builders of valid subjects; each test changes only what it is about.
enum Fixture {
    static let routeStart = day("2022-09-01")
    static let routeEnd = day("2027-05-31")

    /// A person with the given roles and consents (personal data and duties by default).
    static func person(
        _ id: String, roles: [Role] = [.mentee], consents: [ConsentKind] = [.personalData, .duties],
        capacity: Int? = nil
    ) -> Person {
        Person(
            id: id, name: "Иванова Мария Петровна", school: "МКОУ «Малиновская ООШ»", roles: roles,
            capacity: capacity, consents: consents.map { Consent(kind: $0, date: day("2022-08-25")) })
    }

    static let deficits = [
        Deficit(id: "d1", area: .ict, level: 2, text: "Не работает с цифровым оборудованием"),
        Deficit(id: "d2", area: .methodological, level: 3, text: "Мало приемов формирующего оценивания"),
    ]

    static let activities = [
        Activity(
            id: "a1", kind: .course, title: "Цифровая лаборатория", hours: 72,
            start: day("2022-10-01"), due: day("2022-12-15"), addresses: ["d1"]),
        Activity(
            id: "a2", kind: .trial, title: "Пробные уроки", start: day("2023-01-10"),
            due: day("2023-03-01"), addresses: ["d2"]),
    ]

    /// A valid route of teacher `ivanova` with tutor `petrova`: two deficits, two activities.
    static func route(
        stage: Stage = .implementation, start: Day = routeStart, end: Day = routeEnd,
        deficits: [Deficit] = deficits, activities: [Activity] = activities,
        corrections: [Correction] = [], reflections: [Reflection] = []
    ) -> Route {
        Route(
            id: "ivanova-2022", teacher: "ivanova", tutor: "petrova", start: start, end: end, stage: stage,
            selfImage: "Учитель, у которого каждый ученик понимает, зачем ему математика",
            strengths: [Strength(area: .subject, text: "Сильная предметная подготовка")],
            deficits: deficits, activities: activities, corrections: corrections, reflections: reflections)
    }

    /// A route at step 1 with nothing filled in.
    static func emptyRoute() -> Route {
        Route(id: "ivanova-2022", teacher: "ivanova", tutor: "petrova", start: routeStart, end: routeEnd)
    }

    /// A valid active pair program: mentor `safronova`, mentee `ivanova`.
    static func program(
        start: Day = day("2022-09-01"), end: Day = day("2023-05-31"), mentors: [String] = ["safronova"],
        mentees: [String] = ["ivanova"], status: ProgramStatus = .active,
        activities: [Activity] = [Activity(id: "a1", kind: .measure, title: "Взаимопосещение уроков", due: day("2023-04-28"))],
        indicators: [Indicator] = [Indicator(name: "exam-pass-rate", date: day("2023-05-30"), value: 0.86)]
    ) -> Program {
        Program(
            id: "prog-2022-01", forms: [.traditional], directions: [.teachingMethods], mentors: mentors,
            mentees: mentees, start: start, end: end, status: status, activities: activities, indicators: indicators)
    }

    /// A consistent catalog: the route's teacher and tutor, the program's mentor and mentee.
    static func catalog() -> Catalog {
        Catalog(
            persons: [
                person("ivanova"), person("petrova", roles: [.tutor], consents: []),
                person("safronova", roles: [.mentor], capacity: 2),
            ],
            routes: [route()], programs: [program()])
    }

    static let amendment = Amendment(date: day("2023-01-10"), author: "petrova", reason: "Курс перенесен ЦНППМ")
}

extension Route {
    /// The same route with other history, which only the initialiser may set.
    func with(corrections: [Correction]? = nil, reflections: [Reflection]? = nil) -> Route {
        Route(
            id: id, teacher: teacher, tutor: tutor, start: start, end: end, stage: stage, selfImage: selfImage,
            strengths: strengths, deficits: deficits, activities: activities,
            corrections: corrections ?? self.corrections, reflections: reflections ?? self.reflections)
    }
}

extension ModelError {
    var paths: [String] { problems.map(\.path) }
    var reasons: [Problem.Reason] { problems.map(\.reason) }
}

/// Runs a model call and returns its refusal, or `nil` when it succeeded.
///
/// Closures do not infer typed throws, so any other error is recorded as a failure here.
func refusal(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> ModelError? {
    do {
        try body()
        return nil
    } catch let error as ModelError {
        return error
    } catch {
        Issue.record("expected a ModelError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
