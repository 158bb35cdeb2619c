import Foundation
import Hummingbird
import HummingbirdTesting
import MarshrutCore
import MarshrutRules
import MarshrutService
import MarshrutStore
import MarshrutTestSupport
import Testing

@testable import MarshrutWeb

struct WebCuratorTests {
    /// A route in school B, with an activity long overdue: a finding outside school A's scope.
    static let schoolB = """
        kind: route
        id: kozlov-2025
        teacher: kozlov
        start: 2025-09-01
        end: 2030-05-31
        stage: implementation
        deficits:
          - id: d1
            area: ict
            level: 2
            text: Не ведёт электронный журнал.
        activities:
          - id: a1
            kind: course
            title: Курс по электронному журналу
            hours: 16
            due: 2026-01-15
            addresses: [d1]
        """

    @Test func aCuratorReadsTheFindingsAndTheReportOfTheirSchoolOnly() async throws {
        let fixture = try WebFixture()
        try fixture.region.importText(Self.schoolB)
        try await fixture.application.test(.router) { client in
            var curator = WebVisitor()
            _ = try await curator.signIn(client, "zavuch-a")
            let home = try await curator.get(client, "/")
            #expect(home.text.contains(#"href="/findings""#) && home.text.contains(#"href="/report""#))
            let findings = try await curator.get(client, "/findings")
            #expect(findings.status == .ok)
            #expect(findings.text.contains("program prog-a"))
            #expect(!findings.text.contains("kozlov"), "school B's route is not in school A's findings")
            var other = WebVisitor()
            _ = try await other.signIn(client, "zavuch-b")
            let theirs = try await other.get(client, "/findings")
            #expect(theirs.text.contains(#"<a href="/routes/kozlov-2025">route kozlov-2025</a>"#), "\(theirs.text)")
            #expect(!theirs.text.contains("prog-a"))
            let report = try await curator.get(client, "/report/document?year=2025")
            #expect(report.status == .ok && report.text.contains("<html"))
            #expect(!report.text.contains("Козлов") && !report.text.contains("kozlov"))
            #expect(report.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'self'") == true)

            var teacher = WebVisitor()
            _ = try await teacher.signIn(client, "ivanova")
            #expect(!(try await teacher.get(client, "/").text.contains(#"href="/findings""#)))
            for path in ["/findings", "/report", "/report/document?year=2025"] {
                #expect(try await teacher.get(client, path).status == .notFound, "\(path)")
            }
        }
    }

    @Test func aMethodistReadsEverySchoolOfTheMunicipalityAndACuratorOnlyTheirs() async throws {
        let fixture = try WebFixture()
        try fixture.region.importText(Self.schoolB)
        try await fixture.application.test(.router) { client in
            var methodist = WebVisitor()
            _ = try await methodist.signIn(client, "metodist")
            let table = try await methodist.get(client, "/rollup")
            #expect(table.status == .ok)
            #expect(table.text.contains(">Школа А</th>") && table.text.contains(">Школа Б</th>"))
            let link = try #require(table.text.firstMatch(of: /href="(\/findings\?organization=school-b&amp;severity=[a-z]+)"/)?.1)
            let findings = try await methodist.get(client, String(link).replacingOccurrences(of: "&amp;", with: "&"))
            #expect(findings.text.contains("route kozlov-2025") && !findings.text.contains("prog-a"))
            // The methodist reads figures, not the routes behind them.
            #expect(try await methodist.get(client, "/routes/kozlov-2025").status == .notFound)
            #expect(!table.text.contains("stage=implementation"))

            var curator = WebVisitor()
            _ = try await curator.signIn(client, "zavuch-a")
            let theirs = try await curator.get(client, "/rollup")
            #expect(theirs.text.contains(">Школа А</th>") && !theirs.text.contains("Школа Б</th>"))
            // The curator's counts open the routes behind them.
            let stage = try #require(theirs.text.firstMatch(of: /href="(\/\?organization=school-a&amp;stage=self-determination)"/)?.1)
            let routes = try await curator.get(client, String(stage).replacingOccurrences(of: "&amp;", with: "&"))
            #expect(routes.text.contains(#"href="/routes/ivanova-2025""#))
            let none = try await curator.get(client, "/?organization=school-a&stage=implementation")
            #expect(!none.text.contains(#"href="/routes/ivanova-2025""#))
        }
    }

    @Test func aCuratorReadsTheScriptsAndTheirTestCasesButATeacherDoesNot() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            var curator = WebVisitor()
            _ = try await curator.signIn(client, "zavuch-a")
            let page = try await curator.get(client, "/scripts")
            #expect(page.status == .ok)
            #expect(page.text.contains("matching.lua") && page.text.contains("bank-mentee-without-program"))
            #expect(page.text.contains("не пройден: 0"), "the sample scripts pass their own cases")
            #expect(!page.text.contains("method=\"post\" action=\"/scripts"), "nothing here changes a script")
            var teacher = WebVisitor()
            _ = try await teacher.signIn(client, "ivanova")
            #expect(try await teacher.get(client, "/scripts").status == .notFound)
        }
    }

    @Test func aSchoolWithScriptsOfItsOwnSeesThoseOnItsScriptsPage() async throws {
        let fixture = try WebFixture()
        let owner = Service(store: fixture.region.store, today: day(WebFixture.today), scriptsFolder: Repository.scripts)
        let own = "monitor { id = \"b-only\", subject = \"person\", severity = \"info\", check = function(p, ctx) end }\n"
        try owner.pushScripts([ScriptFile(name: "own.lua", text: own)], to: "school-b")
        try await fixture.application.test(.router) { client in
            var schoolB = WebVisitor()
            _ = try await schoolB.signIn(client, "zavuch-b")
            let page = try await schoolB.get(client, "/scripts")
            #expect(page.status == .ok)
            #expect(page.text.contains("school-b/own.lua") && page.text.contains("b-only"))
            #expect(!page.text.contains("matching.lua"), "the server's folder is not what school B runs")
            var schoolA = WebVisitor()
            _ = try await schoolA.signIn(client, "zavuch-a")
            let other = try await schoolA.get(client, "/scripts")
            #expect(other.text.contains("matching.lua") && !other.text.contains("b-only"))
        }
    }

    @Test func aFilterShowsOneSeverity() {
        let findings = [
            Finding(rule: "overdue", severity: .critical, subject: .route, id: "r1", message: "просрочено", source: "a.lua"),
            Finding(rule: "no-tutor", severity: .warning, subject: .route, id: "r2", message: "нет тьютора", source: "a.lua"),
        ]
        let page = Frame(title: "")
        let view = FindingsView(page: page, findings: findings, awards: [], errors: [], labels: [:], day: day("2026-11-28"), severity: .warning, rule: nil)
        #expect(view.groups.map(\.key) == ["warning"])
        #expect(view.groups.flatMap(\.rules).flatMap(\.rows).map(\.subject) == ["route r2"])
        #expect(view.cards.map(\.value) == [1, 1, 0, 0])
    }
}

struct WebCouncilTests {
    static let people = """
        kind: person
        id: belova
        name: Белова Ирина Павловна
        organization: school-b
        roles: [mentee]
        consents:
        - kind: personal-data
          date: 2026-09-01
        ---
        kind: person
        id: sovet-a
        name: Председатель совета Школы А
        organization: school-a
        """

    @Test func theCouncilAppliesTheProposalItSawAndOnlyThat() async throws {
        let fixture = try WebFixture()
        try fixture.region.importText(RegionFixture.waitingPair)
        try fixture.region.importText(Self.people)
        let owner = Service(store: fixture.region.store, today: day(WebFixture.today), scriptsFolder: "Scripts")
        _ = try owner.addAccount(login: "sovet-a", person: "sovet-a", grants: ["council@school-a"], password: WebFixture.password("sovet-a"), cost: 4)
        try await fixture.application.test(.router) { client in
            var council = WebVisitor()
            _ = try await council.signIn(client, "sovet-a")
            let page = try await council.get(client, "/mentoring")
            #expect(page.status == .ok)
            #expect(page.text.contains("Новикова Ольга Андреевна") && page.text.contains("Орлова Светлана Юрьевна"))
            #expect(!page.text.contains("Белова"), "school B's mentee is neither listed nor proposed")
            let token = try #require(WebVisitor.formToken(page.text))
            let seen = try #require(page.text.firstMatch(of: /name="proposal" value="([^"]+)"/)?.1)

            let stale = try await council.post(
                client, "/mentoring/apply", [("csrf", token), ("proposal", "0123456789abcdef"), ("start", "2026-12-01"), ("months", "9")])
            #expect(stale.status == .conflict)
            #expect(try fixture.region.store.programs().count == 1)

            let applied = try await council.post(
                client, "/mentoring/apply", [("csrf", token), ("proposal", String(seen)), ("start", "2026-12-01"), ("months", "9")])
            #expect(applied.status == .seeOther, "\(applied.text)")
            #expect(applied.location.hasPrefix("/mentoring?created=prog-2026-"))

            var teacher = WebVisitor()
            _ = try await teacher.signIn(client, "ivanova")
            #expect(try await teacher.get(client, "/mentoring").status == .notFound)
            #expect(try await teacher.get(client, "/roadmap").status == .notFound)
        }
        let drafts = try fixture.region.store.programs().filter { $0.status == .draft }
        #expect(drafts.map(\.mentees) == [["novikova"]])
        #expect(drafts.map(\.mentors) == [["orlova"]])
    }
}
