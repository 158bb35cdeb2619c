import Foundation
import MarshrutCLI
import MarshrutTestSupport
import Testing

/// The same commands under a Russian and an English locale.
@Suite struct LanguageTests {
    static let russian = ["LANG": "ru_RU.UTF-8", "MARSHRUT_TODAY": "2026-11-28"]
    static let english = ["LANG": "C", "MARSHRUT_TODAY": "2026-11-28"]

    func run(_ box: Sandbox, _ arguments: [String], _ environment: [String: String], input: String? = nil) -> Marshrut.Outcome {
        Marshrut.run(["--db", box.db, "--scripts", Repository.scripts] + arguments, environment: environment, input: input)
    }

    @Test func importSpeaksTheLocalesLanguageWithRussianPlurals() throws {
        let box = try Sandbox()
        let ru = run(box, ["import", Repository.routes], Self.russian)
        #expect(ru.output.contains("14 человек, 4 маршрута, 6 программ, 1 дорожная карта"), "\(ru.output)")
        let en = run(box, ["import", Repository.routes], Self.english)
        #expect(en.output.contains("14 persons, 4 routes, 6 programs, 1 road map(s)"))
    }

    @Test func routeShowAndListInRussianWithRussianDates() throws {
        let box = try Sandbox()
        try box.importSample()
        let show = run(box, ["route", "show", "kuznetsov-2024"], Self.russian)
        #expect(show.output.contains("Маршрут kuznetsov-2024"))
        #expect(show.output.contains("01.09.2024 → 31.05.2029"))
        #expect(show.output.contains("▶ 5–6 реализация и корректировка"))
        #expect(show.output.contains("ПРОСРОЧЕНО на 29 дней"))
        #expect(show.output.contains("[цифровизация]"))
        let english = run(box, ["route", "show", "kuznetsov-2024"], Self.english)
        #expect(english.output.contains("2024-09-01 → 2029-05-31"))
        #expect(english.output.contains("OVERDUE by 29 days"))
        let list = run(box, ["route", "list"], Self.russian)
        #expect(list.output.contains("ПЕДАГОГ"))
        #expect(list.output.contains("рефлексивный анализ"))
    }

    /// Product kinds and indicators read in words in Russian; English keeps the codes.
    @Test func productKindsAndIndicatorsReadInRussian() throws {
        let box = try Sandbox()
        try box.importSample()
        let route = run(box, ["route", "show", "kuznetsov-2024"], Self.russian).output
        #expect(route.contains("→ разработки уроков «") && route.contains("→ методические рекомендации «"))
        #expect(!route.contains("lesson-plans") && !route.contains("methodological-recommendations"))
        let program = run(box, ["program", "show", "prog-2025-01"], Self.russian).output
        #expect(program.contains("  доля сдавших ВПР/ОГЭ/ЕГЭ: 20.10.2025 0.58 → 18.02.2026 0.75 → 24.04.2026 0.83  ↑"), "\(program)")
        #expect(program.contains("  участие в олимпиадах: ") && !program.contains("exam-pass-rate"))
        #expect(run(box, ["route", "show", "kuznetsov-2024"], Self.english).output.contains("→ lesson-plans «"))
        #expect(run(box, ["program", "show", "prog-2025-01"], Self.english).output.contains("  exam-pass-rate: 2025-10-20 0.58"))
    }

    @Test(arguments: [
        ["route", "list", "--json"], ["route", "show", "belousova-2022", "--json"], ["person", "list", "--json"],
        ["rules", "check", "--json"], ["incentives", "--json"], ["match", "--json"], ["journal", "kuznetsov-2024", "--json"],
        ["program", "show", "prog-2025-01", "--json"], ["plan", "--json"],
    ])
    func jsonIsTheSameInBothLanguages(_ command: [String]) throws {
        let box = try Sandbox()
        try box.importSample()
        let ru = run(box, command, Self.russian)
        let en = run(box, command, Self.english)
        #expect(ru.status == en.status)
        #expect(!en.output.isEmpty)
        if command.first == "rules" {
            // A finding's message is the script's text, and its dates follow the interface
            // (`date.display`): everything else is the same.
            let messages = #/"message" : "[^"]*",?/#
            #expect(ru.output.replacing(messages, with: "") == en.output.replacing(messages, with: ""), "\(command) differs between languages")
            #expect(ru.output.contains("01.09.2026") && en.output.contains("2026-09-01"))
        } else {
            #expect(ru.output == en.output, "\(command) differs between languages")
        }
    }

    @Test func russianPluralFormsInCounts() throws {
        let box = try Sandbox()
        try box.importSample()
        let check = run(box, ["rules", "check", "--route", "kuznetsov-2024"], Self.russian)
        // 4 findings on this route: 2 overdue, 1 unaddressed deficit, 1 course hours.
        #expect(check.output.contains("4 замечания"), "\(check.output)")
        let one = run(box, ["rules", "check", "--route", "antonova-2026"], Self.russian)
        #expect(one.output.contains("0 замечаний"), "\(one.output)")
        #expect(one.output.contains("1 маршрут"))
    }

    @Test func langOptionAndVariableOverrideTheLocale() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(run(box, ["route", "list", "--lang", "en"], Self.russian).output.contains("TEACHER"))
        #expect(run(box, ["--lang=ru", "route", "list"], Self.english).output.contains("ПЕДАГОГ"))
        let variable = Self.english.merging(["MARSHRUT_LANG": "ru"]) { _, new in new }
        #expect(run(box, ["route", "list"], variable).output.contains("ПЕДАГОГ"))
        let lcAll = ["LANG": "en_US.UTF-8", "LC_ALL": "ru_RU.UTF-8", "MARSHRUT_TODAY": "2026-11-28"]
        #expect(run(box, ["route", "list"], lcAll).output.contains("ПЕДАГОГ"))
    }

    @Test func valuesMayBeTypedInRussian() throws {
        let box = try Sandbox()
        try box.importSample()
        let added = run(box, ["route", "deficit", "antonova-2026", "--area", "ИКТ", "--level", "2", "Не ведёт электронный журнал"], Self.russian)
        #expect(added.status == 0, "\(added.errors)")
        let activity = run(
            box,
            [
                "route", "activity", "antonova-2026", "--kind", "курс", "--title", "ЦОР", "--hours", "36",
                "--due", "2027-03-01", "--addresses", "d5",
            ], Self.russian)
        #expect(activity.status == 0, "\(activity.errors)")
        let json = run(box, ["route", "show", "antonova-2026", "--json"], Self.english)
        #expect(json.output.contains("\"area\" : \"ict\""))
        #expect(json.output.contains("\"kind\" : \"course\""))
    }

    @Test func helpAndErrorsReadInRussian() throws {
        let box = try Sandbox()
        let help = run(box, ["route", "deficit", "--help"], Self.russian)
        #expect(help.output.contains("ИСПОЛЬЗОВАНИЕ:"))
        #expect(help.output.contains("Область компетенций"))
        #expect(help.output.contains("ict (ИКТ)"))
        let missing = run(box, ["route", "list"], Self.russian)
        #expect(missing.status != 0)
        #expect(missing.errors.hasPrefix("ошибка: "))
        let english = run(box, ["route", "deficit", "--help"], Self.english)
        #expect(english.output.contains("USAGE:"))
    }

    @Test func aFirstRunGuidesAndDemoSetsUpTheSampleSchool() throws {
        let box = try Sandbox()
        let first = Marshrut.run([], environment: ["MARSHRUT_DB": box.db, "LANG": "ru_RU.UTF-8"])
        #expect(first.status == 0)
        #expect(first.output.contains("marshrut demo"))
        #expect(first.output.contains("marshrut init"))
        let demo = Marshrut.run(["demo", "--db", box.db, "--samples", Repository.routes], environment: Self.english)
        #expect(demo.status == 0, "\(demo.errors)")
        #expect(demo.output.contains("route show kuznetsov-2024"))
        #expect(box.run(["route", "list"]).output.contains("kuznetsov-2024"))
        let again = Marshrut.run(["demo", "--db", box.db, "--samples", Repository.routes], environment: Self.english)
        #expect(again.status != 0)
        #expect(again.errors.contains("already holds data"))
        let later = Marshrut.run([], environment: ["MARSHRUT_DB": box.db, "LANG": "C"])
        #expect(later.output.contains("14 persons, 4 routes, 6 programs"))
    }
}
