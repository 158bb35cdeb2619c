import Foundation
import MarshrutCLI
import MarshrutTestSupport
import Testing

/// Under a Russian locale the README's tours print no English: every Latin word in their
/// output is an id, a file name, a command line or the word «ID» itself.
struct RussianToursTests {
    /// The commands of the README's tours (a tutor's route, a teacher's day, the council, the
    /// curator's rules and report), in their order, on the sample school.
    static let tours: [[String]] = [
        ["route", "new", "smirnova-2026", "--teacher", "fomina", "--tutor", "kovaleva", "--start", "2026-09-01"],
        ["route", "image", "smirnova-2026", "Учитель английского, чьи ученики говорят на языке без страха"],
        ["route", "advance", "smirnova-2026"],
        ["route", "advance", "smirnova-2026", "--to", "roadmap"],
        ["route", "deficit", "smirnova-2026", "--area", "ict", "--level", "2", "Не использует цифровые ресурсы для отработки устной речи"],
        ["route", "advance", "smirnova-2026", "--to", "roadmap"],
        [
            "route", "activity", "smirnova-2026", "--kind", "course", "--title", "Цифровые инструменты на уроке иностранного языка",
            "--hours", "36", "--due", "2026-12-20", "--addresses", "d1",
        ],
        ["route", "advance", "smirnova-2026"],
        ["route", "correct", "smirnova-2026", "a1", "--due", "2027-01-31", "--reason", "Курс перенесён ЦНППМ на январь"],
        ["route", "deficit", "smirnova-2026", "--id", "d1", "--level", "3"],
        ["route", "deficit", "smirnova-2026", "--id", "d1", "--level", "3", "--reason", "прошла вводный модуль курса"],
        ["route", "advance", "smirnova-2026", "--back", "--reason", "дорожную карту нужно составить заново"],
        ["route", "history", "smirnova-2026"],
        ["route", "list", "--tutor", "kovaleva"],
        ["route", "show", "kuznetsov-2024"],
        ["route", "use", "kuznetsov-2024"],
        ["reflect", "--activity", "a7", "--score", "5", "--tag", "практикум", "Провёл два занятия по первой помощи"],
        ["reflect", "--deficit", "d4", "--score", "4", "--date", "вчера", "Первый урок ОБЗР целиком практический"],
        ["journal", "--from", "-7d"],
        ["reflect", "romanova-2021", "--image", "--score", "4", "--date", "25.05.2026", "Стала ближе к образу"],
        ["route", "show", "romanova-2021"],
        ["report", "--year", "2025", "--format", "md"],
        ["person", "list", "--unpaired"],
        ["person", "show", "zaitsev"],
        ["match"],
        ["program", "show", "prog-2025-01"],
        ["program", "list"],
        ["plan"],
        ["route", "list"],
        ["route", "advance", "romanova-2021"],
        ["rules", "check", "--route", "kuznetsov-2024"],
        ["rules", "check"],
        ["incentives"],
        ["rules", "test"],
        ["rules", "check", "--today", "2027-02-01"],
    ]

    @Test func theToursPrintNoEnglishWord() throws {
        let box = try Sandbox()
        try box.importSample()
        let environment = [
            "LANG": "ru_RU.UTF-8", "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_SCRIPTS": Repository.scripts,
            "XDG_CONFIG_HOME": box.folder.path,
        ]
        func run(_ arguments: [String]) -> Marshrut.Outcome {
            Marshrut.run(["--db", box.db] + arguments, environment: environment)
        }
        let allowed = try Self.ids(box).union(["ID", "id"])
        var leaks: [String] = []
        var printed = 0
        for command in Self.tours {
            let outcome = run(command)
            printed += outcome.output.count + outcome.errors.count
            leaks += LatinWords.leaks(of: command, output: outcome.output + "\n" + outcome.errors, allowed: allowed)
        }
        #expect(printed > 20_000, "the tours printed their output")
        #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
    }

    /// The README's school-on-a-server set-up and the curator's scripts per organization, on the
    /// server's machine (the commands that need a running server are not in it).
    @Test func theSharedSchoolSetUpPrintsNoEnglishWord() throws {
        let box = try Sandbox()
        try box.importSample()
        let environment = ["LANG": "ru_RU.UTF-8", "MARSHRUT_TODAY": "2026-11-28", "XDG_CONFIG_HOME": box.folder.path]
        let scripts = box.folder.appendingPathComponent("malinovka").path
        try FileManager.default.createDirectory(atPath: scripts, withIntermediateDirectories: true)
        try box.write(
            "malinovka/reflections.lua",
            """
            monitor {
              id = "few-reflections", subject = "route", severity = "info",
              check = function(route, ctx)
                if route.stage == "implementation" and #route.reflections < 10 then
                  return ("%s: рефлексий %d, ждём не меньше 10"):format(route.teacher.name, #route.reflections)
                end
              end,
              examples = { { name = "мало", subject = { stage = "implementation", reflections = {}, teacher = { name = "И" } },
                expect = { "И: рефлексий 0, ждём не меньше 10" } } },
            }
            """)
        let pulled = box.folder.appendingPathComponent("pulled").path
        let commands: [[String]] = [
            ["organization", "add", "tver", "--name", "Тверская область", "--type", "region"],
            ["organization", "add", "krasnogorsky", "--name", "Красногорский район", "--type", "municipality", "--parent", "tver"],
            ["organization", "add", "malinovka", "--name", "МКОУ «Малиновская ООШ»", "--type", "school", "--parent", "krasnogorsky"],
            ["organization", "add", "cnppm", "--name", "ЦНППМ", "--type", "centre", "--parent", "tver"],
            ["organization", "add", "cnppm", "--name", "ЦНППМ", "--type", "centre", "--parent", "tver"],
            ["organization", "list"],
            ["person", "edit", "kuznetsov", "--organization", "malinovka"],
            ["person", "edit", "melnikov", "--organization", "cnppm"],
            ["account", "add", "melnikov", "--person", "melnikov", "--password-stdin"],
            ["account", "list"],
            ["rules", "push", scripts, "--org", "malinovka"],
            ["rules", "check", "--org", "malinovka"],
            ["rules", "pull", "--org", "malinovka", "--to", pulled],
            ["rules", "pull", "--org", "malinovka", "--to", pulled],
            ["person", "import", box.folder.appendingPathComponent("missing.csv").path],
        ]
        let allowed = try Self.ids(box).union(["ID", "id", "malinovka", "tver", "krasnogorsky", "cnppm", "few-reflections", "melnikov"])
        var leaks: [String] = []
        var printed = ""
        for command in commands {
            let outcome = Marshrut.run(["--db", box.db] + command, environment: environment, input: "melnikov-secret-1\n")
            printed += outcome.output + outcome.errors
            leaks += LatinWords.leaks(of: command, output: outcome.output + "\n" + outcome.errors, allowed: allowed)
        }
        #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
        for said in ["НАЗВАНИЕ", "муниципалитет", "Скрипты malinovka: добавлены", "рефлексий 8", "уже совпадали — 1", "не удаётся прочитать"] {
            #expect(printed.contains(said), "«\(said)» in \(printed)")
        }
    }

    /// A word with a Latin letter is caught even beside Cyrillic or digits: a leak is a leak.
    @Test func aLeakedWordIsFound() {
        #expect(LatinWords.words(in: "срок: due 2026-12-20 (kovaleva)") == ["due", "kovaleva"])
        #expect(LatinWords.found(in: "см. `marshrut route history x` и marshrut journal") == [])
        #expect(LatinWords.found(in: "Вход на http://127.0.0.1:8080 выполнен") == [])
        #expect(LatinWords.words(in: "отчёт в demo-report.html и /tmp/a/b; добавьте --apply") == [])
    }

    /// Every id the tours may name: persons, routes, programs, their deficits and activities,
    /// rules and incentives.
    static func ids(_ box: Sandbox) throws -> Set<String> {
        let exported = box.run(["export"]).output
        var ids = Set(exported.matches(of: #/(?m)^\s*-?\s*id: ([a-z0-9._-]+)$/#).map { String($0.output.1) })
        let rules = box.run(["rules", "list", "--json"]).output
        ids.formUnion(rules.matches(of: #/"id" : "([a-z0-9._-]+)"/#).map { String($0.output.1) })
        ids.formUnion(["smirnova-2026"])
        try #require(ids.count > 50, "\(ids)")
        return ids
    }
}
