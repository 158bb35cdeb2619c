import Foundation
import HummingbirdTesting
import MarshrutCLI
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutTestSupport
import Testing

/// The command line against a live server prints what it prints over the same data locally.
// One at a time: each test runs a live server and blocks threads on command lines that wait for it.
@Suite(.serialized)
struct RemoteCommandTests {
    /// Runs a command line on a thread of its own: it blocks until the server answers, and the
    /// server's store work runs on the shared dispatch pool, which blocked commands of tests
    /// running side by side must not use up.
    static func marshrut(_ arguments: [String], _ environment: [String: String], input: String? = nil) async -> Marshrut.Outcome {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: Marshrut.run(arguments, environment: environment, input: input)) }.start()
        }
    }

    /// Signs in to the test server on `port` as `login`, keeping the token under the environment's config folder.
    static func logIn(_ login: String, port: Int, _ environment: [String: String]) async -> Marshrut.Outcome {
        await marshrut(
            ["login", "http://127.0.0.1:\(port)", "--user", login, "--password-stdin"], environment, input: ServerFixture.password(login))
    }

    /// A route of school B in implementation, with an activity overdue on 2026-11-28.
    static let kozlovRoute = """
        kind: route
        id: kozlov-2025
        teacher: kozlov
        tutor: petrov
        start: 2025-09-01
        end: 2030-05-31
        stage: implementation
        self_image: Учитель истории.
        strengths:
          - area: subject
            text: Знает предмет.
        deficits:
          - id: d1
            area: ict
            level: 2
            text: Мало цифровых ресурсов.
        activities:
          - id: a1
            kind: course
            title: Курс по цифровым ресурсам
            hours: 36
            due: 2026-03-01
            addresses: [d1]
        """

    @Test func theEverydayCommandsPrintTheSameThroughTheServer() async throws {
        let fixture = try ServerFixture()
        try fixture.region.importText(Self.kozlovRoute)
        let config = try TemporaryFolder("marshrut-login")
        let (configPath, configURL) = (config.path, config.url)
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en"]
            let local = ["MARSHRUT_DB": fixture.region.store.path, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en", "XDG_CONFIG_HOME": configPath]
            // A password piped with its line break, as `echo` writes it.
            let login = await Self.marshrut(
                ["login", "http://127.0.0.1:\(port)", "--user", "petrov", "--password-stdin"], remote, input: ServerFixture.password("petrov") + "\n")
            #expect(login.status == 0, "\(login.errors)")
            let saved = configURL.appendingPathComponent("marshrut/login.json").path
            let mode = try FileManager.default.attributesOfItem(atPath: saved)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            // The tutor's caseload: the same text and the same JSON bytes as the owner of the file
            // sees for the same routes.
            for arguments in [
                ["route", "show", "ivanova-2025"], ["route", "show", "ivanova-2025", "--json"], ["route", "list"], ["route", "list", "--json"],
            ] {
                let there = await Self.marshrut(arguments, remote)
                let here = await Self.marshrut(arguments, local)
                #expect(there.status == 0, "\(arguments): \(there.errors)")
                #expect(there.output == here.output, "\(arguments)")
            }
            // The tutor plans: moves the route a step and back, and corrects an activity of another route.
            let advanced = await Self.marshrut(["route", "advance", "ivanova-2025"], remote)
            #expect(advanced.status == 0, "\(advanced.errors)")
            #expect(advanced.output == "Route ivanova-2025: self-determination → strengths (step 2).\n")
            let back = await Self.marshrut(["route", "advance", "ivanova-2025", "--back", "--reason", "рано"], remote)
            #expect(back.status == 0, "\(back.errors)")
            let corrected = await Self.marshrut(
                ["route", "correct", "kozlov-2025", "a1", "--due", "2026-06-01", "--reason", "курс перенесли"], remote)
            #expect(corrected.status == 0, "\(corrected.errors)")
            #expect(corrected.output.contains("petrov"), "\(corrected.output)")
            let image = await Self.marshrut(["route", "image", "ivanova-2025", "Учитель, который ведёт уроки с цифровыми ресурсами."], remote)
            #expect(image.output == "Self-image of route ivanova-2025 recorded.\n", "\(image.errors)")
            let deficit = await Self.marshrut(
                ["route", "deficit", "kozlov-2025", "--area", "subject", "--level", "3", "Мало проектной работы.", "--reason", "выявлено на уроке"], remote)
            #expect(deficit.status == 0, "\(deficit.errors)")
            #expect(deficit.output == "Deficit d2 of route kozlov-2025 recorded (subject, level 3).\n", "\(deficit.output)")
            let activity = await Self.marshrut(
                [
                    "route", "activity", "kozlov-2025", "--kind", "trial", "--title", "Пробные проектные уроки", "--due", "2026-12-20", "--addresses",
                    "d2", "--reason", "под новый дефицит",
                ], remote)
            #expect(activity.status == 0, "\(activity.errors)")
            #expect(activity.output.contains("a2"), "\(activity.output)")
            let strength = await Self.marshrut(
                ["route", "strength", "kozlov-2025", "--area", "upbringing", "Классный руководитель", "--reason", "дополнено"], remote)
            #expect(strength.status == 0, "\(strength.errors)")
            let amended = await Self.marshrut(["route", "strength", "kozlov-2025", "--number", "2", "--area", "subject", "--reason", "уточнено"], remote)
            #expect(amended.status == 0, "\(amended.errors)")
            let dropped = await Self.marshrut(["route", "drop", "kozlov-2025", "a2", "--reason", "не нужно"], remote)
            #expect(dropped.status == 0, "\(dropped.errors)")
            let product = await Self.marshrut(
                [
                    "route", "product", "kozlov-2025", "a1", "--kind", "lesson-plans", "--title", "Уроки с ЦОР", "--date", "2026-11-20", "--reason",
                    "курс пройден",
                ], remote)
            #expect(product.status == 0, "\(product.errors)")
            let opened = await Self.marshrut(["route", "new", "sidorova-2026", "--teacher", "sidorova", "--tutor", "petrov", "--start", "2026-09-01"], remote)
            #expect(opened.status == 0, "\(opened.errors)")
            #expect(opened.output.hasPrefix("Opened route sidorova-2026"), "\(opened.output)")
            let scratch = await Self.marshrut(["route", "new", "sidorova-2027", "--teacher", "sidorova", "--tutor", "petrov", "--start", "2031-09-01"], remote)
            #expect(scratch.status == 0, "\(scratch.errors)")
            let removed = await Self.marshrut(["route", "drop", "sidorova-2027", "--draft"], remote)
            #expect(removed.status == 0, "\(removed.errors)")
            let teacherRefused = await Self.marshrut(["route", "image", "nobody-route", "x"], remote)
            #expect(teacherRefused.status == 1)
            for arguments in [["route", "history", "ivanova-2025"], ["route", "history", "kozlov-2025", "--json"]] {
                let there = await Self.marshrut(arguments, remote)
                #expect(there.status == 0, "\(arguments): \(there.errors)")
                #expect(there.output == (await Self.marshrut(arguments, local)).output, "\(arguments)")
            }
            // Out of the tutor's reach, the route does not exist.
            let hidden = await Self.marshrut(["route", "show", "nobody-2025"], remote)
            #expect(hidden.status == 1)
            #expect(hidden.errors == "error: no route \"nobody-2025\"\n")
            // The teacher writes a reflection through the server; it is hers, dated as she says.
            _ = await Self.marshrut(["logout"], remote)
            let teacherLogin = await Self.logIn("ivanova", port: port, remote)
            #expect(teacherLogin.status == 0)
            let reflected = await Self.marshrut(
                ["reflect", "ivanova-2025", "Провела урок с ЦОР", "--deficit", "d1", "--score", "4", "--date", "вчера"], remote)
            #expect(reflected.status == 0, "\(reflected.errors)")
            #expect(reflected.output == "Saved reflection ivanova-2025/1 (deficit d1, 2026-11-27, score 4).\n")
            for arguments in [["journal", "ivanova-2025"], ["journal", "--json"], ["journal", "--history", "ivanova-2025/1"], ["journal", "--from", "-7d"]] {
                let there = await Self.marshrut(arguments, remote)
                let here = await Self.marshrut(arguments, local)
                #expect(there.status == 0, "\(arguments): \(there.errors)")
                #expect(there.output == here.output, "\(arguments)")
                #expect(there.output.contains("Провела урок с ЦОР"), "\(arguments)")
            }
            let edited = await Self.marshrut(["journal", "--edit", "ivanova-2025/1", "--score", "5"], remote, input: "Провела урок с ЦОР и квизом")
            #expect(edited.status == 0, "\(edited.errors)")
            #expect(edited.output == "Saved version 2 of ivanova-2025/1.\n")
            let history = await Self.marshrut(["journal", "--history", "ivanova-2025/1"], remote)
            #expect(history.output == (await Self.marshrut(["journal", "--history", "ivanova-2025/1"], local)).output)
            for arguments in [["program", "list"], ["program", "list", "--json"], ["program", "show", "prog-a"], ["program", "show", "prog-a", "--json"]] {
                let there = await Self.marshrut(arguments, remote)
                let here = await Self.marshrut(arguments, local)
                #expect(there.status == 0, "\(arguments): \(there.errors)")
                #expect(there.output == here.output, "\(arguments)")
            }
            let refused = await Self.marshrut(["reflect", "ivanova-2025", "ещё", "--deficit", "d9", "--score", "4"], remote)
            #expect(refused.status == 1)
            let whoami = await Self.marshrut(["whoami"], remote)
            #expect(whoami.output.hasPrefix("ivanova — Иванова Мария Петровна (ivanova) on http://127.0.0.1:\(port)"))
            let out = await Self.marshrut(["logout"], remote)
            #expect(out.status == 0)
            #expect(!FileManager.default.fileExists(atPath: saved))
        }
        let planned = try fixture.region.store.route("kozlov-2025")
        #expect(planned.deficit("d2") != nil)
        #expect(planned.activity("a1")?.product?.title == "Уроки с ЦОР")
        #expect(planned.strengths.map(\.area) == [.subject, .subject])
        #expect(planned.activity("a2") == nil, "a2 was dropped")
        #expect(planned.corrections.contains { $0.activity == "a2" })
        #expect(try fixture.region.store.route("sidorova-2026").tutor == "petrov")
        #expect(try fixture.region.store.routeIDs().contains("sidorova-2027") == false)
        #expect(Set(planned.corrections.map(\.author)) == ["petrov"])
        let route = try fixture.region.store.route("ivanova-2025")
        #expect(route.reflections.map(\.text) == ["Провела урок с ЦОР и квизом"])
        #expect(route.reflections.first?.history.map(\.text) == ["Провела урок с ЦОР"])
    }

    @Test func anAdministratorReadsOrganizationsAccountsAndTheAuditOfTheirScope() async throws {
        let fixture = try ServerFixture()
        try fixture.region.importText(
            """
            kind: person
            id: novikova
            name: Новикова Анна Сергеевна
            organization: school-a
            """)
        let config = try TemporaryFolder("marshrut-login")
        let (configPath, configURL) = (config.path, config.url)
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en"]
            let local = ["MARSHRUT_DB": fixture.region.store.path, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en"]
            let login = await Self.logIn("zavuch-a", port: port, remote)
            #expect(login.status == 0, "\(login.errors)")
            for arguments in [["organization", "list"], ["organization", "list", "--json"], ["organization", "show", "krasno"]] {
                let there = await Self.marshrut(arguments, remote)
                let here = await Self.marshrut(arguments, local)
                #expect(there.status == 0, "\(arguments): \(there.errors)")
                #expect(there.output == here.output, "\(arguments)")
            }
            // admin@school-a manages the accounts of school A's people only.
            let accounts = await Self.marshrut(["account", "list", "--json"], remote)
            let logins = try JSONSerialization.jsonObject(with: Data(accounts.output.utf8)) as? [[String: Any]] ?? []
            #expect(logins.compactMap { $0["login"] as? String } == ["ivanova", "sidorova", "zavuch-a"])
            _ = fixture
            // The administrator manages accounts in their scope from their own computer.
            let added = await Self.marshrut(["account", "add", "novikova", "--person", "novikova", "--role", "curator@school-a"], remote)
            #expect(added.status == 0, "\(added.errors)")
            #expect(added.output.hasPrefix("Created account novikova for novikova, roles curator@school-a.\nOne-time password"))
            let removed = await Self.marshrut(["account", "role", "remove", "novikova", "curator@school-a"], remote)
            #expect(removed.output == "novikova: roles none.\n", "\(removed.errors)")
            #expect(await Self.marshrut(["account", "disable", "novikova"], remote).status == 0)
            let outOfScope = await Self.marshrut(["account", "add", "kozlov", "--person", "kozlov"], remote)
            #expect(outOfScope.errors == "error: no person \"kozlov\"\n")
            let higher = await Self.marshrut(["account", "role", "add", "novikova", "admin@krasno"], remote)
            #expect(higher.status == 1)
            let school = await Self.marshrut(["organization", "add", "school-c", "--name", "Школа В", "--type", "school", "--parent", "krasno"], remote)
            #expect(school.status == 1, "an admin of a school adds no schools to its municipality")
            // Given head@school-a, the same account keeps the school's banks.
            #expect(await Self.marshrut(["account", "role", "add", "zavuch-a", "head@school-a"], remote).status == 0)
            let person = await Self.marshrut(
                [
                    "person", "add", "orlova", "--name", "Орлова Вера Ивановна", "--organization", "school-a", "--role", "mentee", "--consent",
                    "2026-11-01",
                ], remote)
            #expect(person.status == 0, "\(person.errors)")
            #expect(await Self.marshrut(["person", "edit", "orlova", "--position", "учитель"], remote).status == 0)
            let consent = await Self.marshrut(["person", "consent", "orlova", "--kind", "duties", "--date", "2026-11-02"], remote)
            #expect(consent.status == 0, "\(consent.errors)")
            let created = await Self.marshrut(
                [
                    "program", "new", "prog-b", "--mentor", "sidorova", "--mentee", "orlova", "--form", "teacher-teacher", "--start", "2026-11-10",
                    "--end", "2027-05-31",
                ], remote)
            #expect(created.status == 0, "\(created.errors)")
            let draft = await Self.marshrut(
                [
                    "program", "new", "prog-c", "--mentor", "sidorova", "--mentee", "orlova", "--form", "teacher-teacher", "--start", "2027-06-10", "--end",
                    "2027-12-20",
                ],
                remote)
            #expect(draft.status == 0, "\(draft.errors)")
            #expect(await Self.marshrut(["program", "drop", "prog-c"], remote).status == 0)
            let started = await Self.marshrut(["program", "status", "prog-b", "active", "--reason", "приказ № 5"], remote)
            #expect(started.status == 0, "\(started.errors)")
            let elsewhere = await Self.marshrut(["person", "add", "belova", "--name", "Белова", "--organization", "school-b"], remote)
            #expect(elsewhere.status == 1)
            #expect(elsewhere.errors.contains("this takes head@ORG or council@ORG"), "\(elsewhere.errors)")
            let audit = await Self.marshrut(["audit", "--account", "zavuch-a"], remote)
            #expect(audit.status == 0, "\(audit.errors)")
            #expect(audit.output.contains("signIn"))
            // Not every command runs against a server yet: those say so rather than read a local file.
            for arguments in [["person", "list"], ["person", "list", "--json"], ["person", "show", "ivanova"], ["person", "show", "sidorova", "--json"]] {
                let there = await Self.marshrut(arguments, remote)
                #expect(there.status == 0, "\(arguments): \(there.errors)")
                #expect(!there.output.contains("kozlov"), "\(arguments): school B's people are out of scope")
            }
            let here = await Self.marshrut(["person", "show", "ivanova"], local)
            #expect(await Self.marshrut(["person", "show", "ivanova"], remote).output == here.output)
            // The administrator imports into the organizations they administer, and nothing else.
            let documents = configURL.appendingPathComponent("documents")
            try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
            func write(_ name: String, _ text: String) throws -> String {
                let file = documents.appendingPathComponent(name).path
                try Data(text.utf8).write(to: URL(fileURLWithPath: file))
                return file
            }
            let newcomer = try write("novikova.yaml", "kind: person\nid: novikova\nname: Новикова Ольга Андреевна\norganization: school-a\n")
            let imported = await Self.marshrut(["import", newcomer], remote)
            #expect(imported.status == 0, "\(imported.errors)")
            let otherSchool = try write("belova.yaml", "kind: person\nid: belova\nname: Белова Ирина Павловна\norganization: school-b\n")
            let refusedPlace = await Self.marshrut(["import", otherSchool], remote)
            #expect(refusedPlace.status != 0 && refusedPlace.errors.contains("belova.yaml:"), "\(refusedPlace.errors)")
            let moved = try write("kozlov.yaml", "kind: person\nid: kozlov\nname: Козлов Иван Ильич\norganization: school-a\n")
            let refusedMove = await Self.marshrut(["import", moved], remote)
            #expect(refusedMove.status != 0 && refusedMove.errors.contains("no person \"kozlov\""), "\(refusedMove.errors)")
            let named = await Self.marshrut(["import", newcomer, "--author", "someone"], remote)
            #expect(named.status != 0 && named.errors.contains("--author"))
            // The administrator exports the organizations they administer, and nothing else.
            let exported = await Self.marshrut(["export"], remote)
            #expect(exported.status == 0, "\(exported.errors)")
            #expect(exported.output.contains("id: ivanova") && exported.output.contains("id: school-a"))
            #expect(!exported.output.contains("kozlov") && !exported.output.contains("id: school-b"))
            let outside = await Self.marshrut(["export", "kozlov"], remote)
            #expect(outside.status != 0 && outside.errors.contains("kozlov"))
            let one = await Self.marshrut(["export", "ivanova-2025"], remote)
            let same = await Self.marshrut(["export", "ivanova-2025"], local)
            #expect(one.output == same.output && one.output.contains("kind: route"))
        }
        #expect(try fixture.region.store.person("novikova").organization == "school-a")
        #expect(try fixture.region.store.persons().contains { $0.id == "belova" } == false)
        #expect(try fixture.region.store.person("kozlov").organization == "school-b")
        #expect(try fixture.region.store.program("prog-b").status == .active)
        #expect(try fixture.region.store.programIDs().contains("prog-c") == false)
        #expect(try fixture.region.store.person("orlova").organization == "school-a")
    }

    @Test func aReflectionWrittenInTheEditorIsKeptWhenTheServerRefusesIt() async throws {
        let fixture = try ServerFixture()
        let config = try TemporaryFolder("marshrut-login")
        let ran = config.url.appendingPathComponent("editor-ran").path
        let editor = config.url.appendingPathComponent("editor.sh").path
        try Data("#!/bin/sh\ntouch '\(ran)'\nprintf 'Провёл урок за неё\\n' >> \"$1\"\n".utf8).write(to: URL(fileURLWithPath: editor))
        chmod(editor, 0o755)
        let (configPath, configURL) = (config.path, config.url)
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en", "EDITOR": editor]
            let login = await Self.logIn("petrov", port: port, remote)
            #expect(login.status == 0, "\(login.errors)")
            // What the route itself refuses is said before the editor opens.
            let early = await Self.marshrut(["reflect", "ivanova-2025", "--deficit", "d1", "--score", "4", "--date", "2026-12-10"], remote)
            #expect(early.status != 0 && early.errors.contains("2026-12-10"))
            #expect(!FileManager.default.fileExists(atPath: ran), "the editor did not open for a reflection the route refuses")
            // The tutor may not write the teacher's reflection: the server refuses, the text stays.
            let refused = await Self.marshrut(["reflect", "ivanova-2025", "--deficit", "d1", "--score", "4"], remote)
            #expect(refused.status != 0)
            let kept = configURL.appendingPathComponent("marshrut/unsent/ivanova-2025-2026-11-28.md").path
            #expect(refused.errors.contains(kept), "\(refused.errors)")
            #expect(try String(contentsOfFile: kept, encoding: .utf8).contains("Провёл урок за неё"))
            let mode = try FileManager.default.attributesOfItem(atPath: kept)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        #expect(try fixture.region.store.route("ivanova-2025").reflections.isEmpty)
    }

    @Test func aCuratorMakesTheReportAndTheSiteOfTheirSchoolThroughTheServer() async throws {
        let fixture = try ServerFixture()
        try fixture.region.importText(Self.kozlovRoute)
        let config = try TemporaryFolder("marshrut-login")
        let (configPath, folder) = (config.path, config.url)
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en"]
            let login = await Self.logIn("zavuch-a", port: port, remote)
            #expect(login.status == 0, "\(login.errors)")
            let markdown = await Self.marshrut(["report", "--year", "2025", "--format", "md"], remote)
            #expect(markdown.status == 0, "\(markdown.errors)")
            #expect(markdown.output.contains("Иванова Мария Петровна") && !markdown.output.contains("Козлов"))
            let html = folder.appendingPathComponent("report.html").path
            let written = await Self.marshrut(["report", "--year", "2025", "--out", html], remote)
            #expect(written.status == 0 && written.output.contains(html), "\(written.errors)")
            #expect(try String(contentsOfFile: html, encoding: .utf8).contains("<html"))
            let csv = folder.appendingPathComponent("csv").path
            let tables = await Self.marshrut(["report", "--year", "2025", "--format", "csv", "--out", csv], remote)
            #expect(tables.status == 0, "\(tables.errors)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: csv).contains { $0.hasSuffix(".csv") })
            let site = folder.appendingPathComponent("site").path
            let pages = await Self.marshrut(["site", "--out", site], remote)
            #expect(pages.status == 0, "\(pages.errors)")
            #expect(try String(contentsOfFile: site + "/index.html", encoding: .utf8).contains("Наставничество"))
            #expect(!(try String(contentsOfFile: site + "/pairs.html", encoding: .utf8).contains("Козлов")))

            // A teacher holds no role that reads reports.
            _ = await Self.marshrut(["logout"], remote)
            _ = await Self.logIn("ivanova", port: port, remote)
            let refused = await Self.marshrut(["report", "--format", "md"], remote)
            #expect(refused.status != 0 && refused.errors.contains("curator"), "\(refused.errors)")
        }
    }

    @Test func theRulesAndIncentivesPrintTheSameTextThroughTheServer() async throws {
        let fixture = try ServerFixture()
        try fixture.region.importText(Self.kozlovRoute)
        // A methodist of the whole region: the server's scope is the whole store, as a local run's.
        let owner = Service(store: fixture.region.store, today: day("2026-11-28"), scriptsFolder: "Scripts")
        _ = try owner.addAccount(login: "region", person: "kozlov", grants: ["methodist@tver"], password: ServerFixture.password("region"), cost: 4)
        let config = try TemporaryFolder("marshrut-login")
        let configPath = config.path
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en"]
            let local = [
                "MARSHRUT_DB": fixture.region.store.path, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en", "MARSHRUT_SCRIPTS": Repository.scripts,
            ]
            let login = await Self.logIn("region", port: port, remote)
            #expect(login.status == 0, "\(login.errors)")
            for command in [["rules", "check"], ["incentives"], ["rules", "check", "--fail-on", "warning"]] {
                let there = await Self.marshrut(command, remote)
                let here = await Self.marshrut(command, local)
                #expect(there.output == here.output, "\(command)")
                #expect(there.status == here.status, "\(command): \(there.errors)")
            }
            let text = await Self.marshrut(["rules", "check"], remote)
            #expect(text.output.contains("kozlov-2025"))
        }
    }

    @Test func matchAndPlanPrintTheSameThroughTheServerAndApplyOnlyWhatWasShown() async throws {
        let fixture = try ServerFixture()
        try fixture.region.importText(RegionFixture.waitingPair)
        try fixture.region.importText(
            """
            kind: plan
            id: roadmap-a
            title: Дорожная карта Школы А
            stages:
            - number: 1
              title: Банк наставников
              due: 2026-10-01
              responsible: zavuch-a, sidorova
              check: mentor-bank
            - number: 2
              title: Итоговый отчёт
              due: 2027-06-30
              responsible: zavuch-a
            """)
        let owner = Service(store: fixture.region.store, today: day("2026-11-28"), scriptsFolder: "Scripts")
        _ = try owner.addAccount(login: "region", person: "kozlov", grants: ["council@tver"], password: ServerFixture.password("region"), cost: 4)
        let config = try TemporaryFolder("marshrut-login")
        let configPath = config.path
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en"]
            let local = [
                "MARSHRUT_DB": fixture.region.store.path, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en", "MARSHRUT_SCRIPTS": Repository.scripts,
            ]
            let login = await Self.logIn("region", port: port, remote)
            #expect(login.status == 0, "\(login.errors)")
            for command in [["match"], ["match", "--json"], ["plan"], ["plan", "--json"], ["plan", "--today", "2027-07-01"]] {
                let there = await Self.marshrut(command, remote)
                let here = await Self.marshrut(command, local)
                #expect(there.output == here.output, "\(command)")
                #expect(there.status == here.status, "\(command): \(there.errors)")
            }
            let applied = await Self.marshrut(["match", "--apply", "--start", "2026-12-01", "--months", "6"], remote)
            #expect(applied.status == 0, "\(applied.errors)")
            #expect(applied.output.contains("prog-2026-01"))
            // The council shortens the draft through the server, as locally.
            let edited = await Self.marshrut(["program", "edit", "prog-2026-01", "--end", "2027-05-31"], remote)
            #expect(edited.status == 0, "\(edited.errors)")
            let active = await Self.marshrut(["program", "edit", "prog-a", "--end", "2026-06-30"], remote)
            #expect(active.status != 0, "only a draft is edited")
        }
        let drafts = try fixture.region.store.programs().filter { $0.status == .draft }
        #expect(drafts.map { "\($0.mentors) \($0.mentees) \($0.start) \($0.end)" } == [#"["orlova"] ["novikova"] 2026-12-01 2027-05-31"#])
        // A proposal that changed since it was shown is not applied.
        let stale = MatchApplyBody(signature: "orlova:somebody-else", start: nil, months: 6)
        #expect(throws: ServiceError.proposalChanged) {
            try Service(store: fixture.region.store, today: day("2026-11-28"), scriptsFolder: Repository.scripts).applyMatch(
                seen: stale.signature, start: nil, months: stale.months)
        }
    }

    @Test func aCouncilErasesAPersonOfItsScopeThroughTheServer() async throws {
        let fixture = try ServerFixture()
        try fixture.region.importText(
            """
            kind: person
            id: novikova
            name: Новикова Ольга Андреевна
            organization: school-a
            ---
            kind: person
            id: sovet-a
            name: Председатель совета Школы А
            organization: school-a
            """)
        let owner = Service(store: fixture.region.store, today: day("2026-11-28"), scriptsFolder: "Scripts")
        _ = try owner.addAccount(login: "sovet-a", person: "sovet-a", grants: ["council@school-a"], password: ServerFixture.password("sovet-a"), cost: 4)
        let config = try TemporaryFolder("marshrut-login")
        let configPath = config.path
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en"]
            let login = await Self.logIn("sovet-a", port: port, remote)
            #expect(login.status == 0, "\(login.errors)")
            let outside = await Self.marshrut(["person", "forget", "kozlov", "--yes"], remote)
            #expect(outside.status != 0 && outside.errors.contains("no person \"kozlov\""), "\(outside.errors)")
            let unconfirmed = await Self.marshrut(["person", "forget", "novikova"], remote, input: "")
            #expect(unconfirmed.status != 0, "without --yes and no terminal, nothing is erased")
            let erased = await Self.marshrut(["person", "forget", "novikova", "--yes"], remote)
            #expect(erased.status == 0, "\(erased.errors)")
            let again = await Self.marshrut(["person", "forget", "novikova", "--yes"], remote)
            #expect(again.status == 0 && again.output != erased.output)
        }
        #expect(try fixture.region.store.erasure(of: "novikova") != nil)
        #expect(try fixture.region.store.erasure(of: "kozlov") == nil)
        #expect(try fixture.region.store.audit(subject: "novikova").map(\.action).contains("forgetPerson"))
    }

    @Test func aMentorRecordsIndicatorsAndTheMenteeMayNot() async throws {
        let fixture = try ServerFixture()
        let config = try TemporaryFolder("marshrut-login")
        let configPath = config.path
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "ru"]
            let mentor = await Self.logIn("sidorova", port: port, remote)
            #expect(mentor.status == 0, "\(mentor.errors)")
            let recorded = await Self.marshrut(
                ["program", "indicator", "prog-a", "--name", "exam-pass-rate", "--value", "0,83", "--date", "30.05.2026"], remote)
            #expect(recorded.status == 0, "\(recorded.errors)")
            #expect(recorded.output.contains("0.83"), "\(recorded.output)")
            let planned = await Self.marshrut(
                ["program", "activity", "prog-a", "--kind", "measure", "--title", "Открытый урок", "--due", "2026-12-15"], remote)
            #expect(planned.status == 0, "\(planned.errors)")
            _ = await Self.marshrut(["logout"], remote)
            _ = await Self.logIn("ivanova", port: port, remote)
            let refused = await Self.marshrut(["program", "indicator", "prog-a", "--name", "exam-pass-rate", "--value", "1"], remote)
            #expect(refused.status == 1)
            #expect(refused.errors.contains("наставник программы"), "\(refused.errors)")
        }
        let program = try fixture.region.store.program("prog-a")
        #expect(program.indicators.map(\.value) == [0.83])
        #expect(program.activities.map(\.title).contains("Открытый урок"))
    }

    @Test func aCuratorRunsTheRulesOverTheirScopeOnly() async throws {
        let fixture = try ServerFixture()
        try fixture.region.importText(Self.kozlovRoute)
        let config = try TemporaryFolder("marshrut-login")
        let configPath = config.path
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en"]
            let local = ["MARSHRUT_DB": fixture.region.store.path, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_SCRIPTS": Repository.scripts]
            func ids(_ json: String) throws -> Set<String> {
                let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
                let items = (object?["findings"] ?? object?["awards"]) as? [[String: Any]] ?? []
                return Set(items.compactMap { $0["id"] as? String })
            }
            let everything = try ids(await Self.marshrut(["rules", "check", "--json"], local).output)
            #expect(everything.contains("kozlov-2025"), "the owner's run covers school B too")
            for (login, hidden) in [("zavuch-a", "kozlov-2025"), ("zavuch-b", "ivanova-2025")] {
                _ = await Self.logIn(login, port: port, remote)
                let checked = await Self.marshrut(["rules", "check", "--json"], remote)
                #expect(checked.status == 0, "\(login): \(checked.errors)")
                let seen = try ids(checked.output)
                #expect(!seen.contains(hidden), "\(login) sees \(hidden)")
                #expect(seen.isSubset(of: everything))
                let awards = await Self.marshrut(["incentives", "--json"], remote)
                #expect(awards.status == 0, "\(login): \(awards.errors)")
                #expect(!(try ids(awards.output)).contains(hidden))
                _ = await Self.marshrut(["logout"], remote)
            }
            _ = await Self.logIn("ivanova", port: port, remote)
            let teacher = await Self.marshrut(["rules", "check", "--json"], remote)
            #expect(teacher.status == 1)
            #expect(teacher.errors.contains("you may not run the rules"))
            let text = await Self.marshrut(["rules", "check"], remote)
            #expect(text.errors.contains("you may not run the rules"), "in text as in JSON")
        }
    }

    @Test func aCuratorPushesAndPullsTheSchoolsScriptsThroughTheServer() async throws {
        let fixture = try ServerFixture()
        let config = try TemporaryFolder("marshrut-login")
        let folder = try TemporaryFolder("marshrut-scripts")
        try folder.write("own.lua", ScriptPushServerTests.fine)
        let pulled = try TemporaryFolder("marshrut-pulled")
        let (configPath, folderPath, pulledPath) = (config.path, folder.path, pulled.path)
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en"]
            _ = await Self.logIn("zavuch-b", port: port, remote)
            let pushed = await Self.marshrut(["rules", "push", folderPath, "--org", "school-b"], remote)
            #expect(pushed.status == 0, "\(pushed.errors)")
            #expect(pushed.output == "Scripts of school-b: added: own.lua.\n")
            let checked = await Self.marshrut(["rules", "check", "--org", "school-b"], remote)
            #expect(checked.status == 0, "\(checked.errors)")
            #expect(checked.output.contains("school B sees kozlov"))
            let pull = await Self.marshrut(["rules", "pull", "--org", "school-b", "--to", pulledPath], remote)
            #expect(pull.status == 0, "\(pull.errors)")
            #expect(try String(contentsOfFile: pulledPath + "/own.lua", encoding: .utf8) == ScriptPushServerTests.fine)
            let foreign = await Self.marshrut(["rules", "push", folderPath, "--org", "school-a"], remote)
            #expect(foreign.status == 1)
            #expect(foreign.errors.contains("no organization \"school-a\""))
        }
    }
}
