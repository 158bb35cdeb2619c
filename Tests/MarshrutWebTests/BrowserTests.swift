import Foundation
import HummingbirdTesting
import MarshrutCore
import MarshrutStore
import MarshrutTestSupport
import Testing

/// The pages in a real browser: headless Chromium signs in, fills and posts the forms.
///
/// `make test` installs Chromium and sets `MARSHRUT_REQUIRE_BROWSER`, so there a missing
/// browser fails the run; a plain `swift test` on a machine without one leaves these out.
/// With `MARSHRUT_SCREENSHOTS=DIR` the screenshots land in DIR (the README's come from there).
@Suite(.enabled(if: Browser.executable() != nil || ProcessInfo.processInfo.environment["MARSHRUT_REQUIRE_BROWSER"] != nil))
struct BrowserTests {
    static let kozlovRoute = """
        kind: route
        id: kozlov-2025
        teacher: kozlov
        start: 2025-09-01
        end: 2030-05-31
        stage: self-determination
        """

    /// Where screenshots go: `$MARSHRUT_SCREENSHOTS`, else a folder removed after the test.
    static func screenshots(_ temporary: TemporaryFolder) -> String {
        ProcessInfo.processInfo.environment["MARSHRUT_SCREENSHOTS"] ?? temporary.path
    }

    static func browser() throws -> Browser {
        let executable = try #require(Browser.executable(), "no Chromium on PATH: `make test` installs it (apt-get install chromium)")
        // A loaded two-core CI machine runs the whole suite beside this test: pages may take seconds there.
        return try Browser(executable: executable, timeout: 60)
    }

    static func signIn(_ browser: Browser, at base: String, as login: String) throws {
        // Chromium asks for English; the switch keeps Russian, as a Russian school reads the pages.
        try browser.open("\(base)/sign-in?lang=ru")
        try browser.fill("#login", login)
        try browser.fill("#password", WebFixture.password(login))
        try browser.clickAndWait("form button[type=submit]")
        #expect(try browser.url == "\(base)/", "\(login) signs in and lands on the home page")
    }

    /// Writes a PNG and checks that it is one.
    static func shoot(_ browser: Browser, _ path: String, width: Int = 1280) throws {
        try browser.screenshot(to: path, width: width)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(path) is a PNG")
    }

    @Test func aTeacherReflectsThroughTheFormAndTheTutorSeesIt() async throws {
        let fixture = try WebFixture()
        try fixture.region.importText(Self.kozlovRoute)
        let temporary = try TemporaryFolder("marshrut-screens")
        let shots = Self.screenshots(temporary)
        try await fixture.application.test(.live) { client in
            let base = "http://127.0.0.1:\(try #require(client.port))"
            let teacher = try Self.browser()
            defer { teacher.close() }
            try Self.signIn(teacher, at: base, as: "ivanova")
            let session = try #require(try teacher.cookies().first { $0["name"] as? String == "marshrut_session" })
            #expect(session["httpOnly"] as? Bool == true)
            #expect(session["sameSite"] as? String == "Strict")

            // The reflection form, filled and posted as a person would.
            try teacher.open("\(base)/routes/ivanova-2025")
            try teacher.fill("#r-target", "deficit:d1")
            try teacher.evaluate(#"document.querySelector('input[name=score][value="4"]').click()"#)
            try teacher.fill("#r-date", "вчера")
            try teacher.fill("#r-text", "Провела урок с цифровыми ресурсами; дети работали в группах.")
            try teacher.clickAndWait("section[aria-labelledby=reflect-h] button[type=submit]")
            #expect(try teacher.url == "\(base)/journal/ivanova-2025/1?saved=1")
            try teacher.open("\(base)/journal")
            let journal = try teacher.text()
            #expect(journal.contains("Провела урок с цифровыми ресурсами") && journal.contains("27.11.2026"))

            // The tutor's planning form and another teacher's route are "not found", as a route that is not there.
            try teacher.open("\(base)/routes/no-such-route")
            let missing = try teacher.text()
            try teacher.open("\(base)/routes/ivanova-2025/plan")
            #expect(try teacher.text() == missing)
            try teacher.open("\(base)/routes/kozlov-2025")
            #expect(try teacher.text() == missing)

            // A form posted without its token is refused, and nothing is stored.
            try teacher.open("\(base)/routes/ivanova-2025")
            try teacher.evaluate("document.querySelector('section[aria-labelledby=reflect-h] input[name=csrf]').remove()")
            try teacher.fill("#r-target", "deficit:d1")
            try teacher.evaluate(#"document.querySelector('input[name=score][value="5"]').click()"#)
            try teacher.fill("#r-text", "Без токена формы")
            try teacher.clickAndWait("section[aria-labelledby=reflect-h] button[type=submit]")
            #expect(try teacher.text().contains("Форма не принята"))

            let tutor = try Self.browser()
            defer { tutor.close() }
            try Self.signIn(tutor, at: base, as: "petrov")
            #expect(try tutor.text().contains("Маршруты, которые я сопровождаю"))
            try Self.shoot(tutor, "\(shots)/tutor-caseload.png")
            try tutor.open("\(base)/routes/ivanova-2025")
            #expect(try tutor.text().contains("Провела урок с цифровыми ресурсами"))
            // The tutor plans an activity aimed at the deficit through the planning form.
            try tutor.open("\(base)/routes/ivanova-2025/plan")
            try tutor.fill("#a-kind", "course")
            try tutor.fill("#a-title", "Курс «Цифровые ресурсы на уроке»")
            try tutor.fill("#a-hours", "36")
            try tutor.fill("#a-due", "01.03.2027")
            try tutor.clickAndWait("section[aria-labelledby=activity-h] button[type=submit]")
            #expect(try tutor.url == "\(base)/routes/ivanova-2025/plan?saved=1")
            try Self.shoot(tutor, "\(shots)/tutor-planning.png")

            // Back to the teacher: a reflection on the planned activity, and the route with its score trend.
            try teacher.open("\(base)/routes/ivanova-2025")
            try teacher.fill("#r-target", "activity:a1")
            try teacher.evaluate(#"document.querySelector('input[name=score][value="5"]').click()"#)
            try teacher.fill("#r-text", "Первый модуль курса: собрала подборку ЦОР к урокам.")
            try teacher.clickAndWait("section[aria-labelledby=reflect-h] button[type=submit]")
            #expect(try teacher.url == "\(base)/journal/ivanova-2025/2?saved=1")
            try teacher.open("\(base)/routes/ivanova-2025")
            #expect(try teacher.html().contains("<svg class=\"spark\""))
            try Self.shoot(teacher, "\(shots)/teacher-route.png")
            try Self.shoot(teacher, "\(shots)/teacher-route-phone.png", width: 390)

            let curator = try Self.browser()
            defer { curator.close() }
            try Self.signIn(curator, at: base, as: "zavuch-a")
            #expect(try curator.text().contains("Маршруты в моих организациях"))
            try curator.open("\(base)/findings")
            #expect(try curator.text().contains("program-indicators-missing"))
            try Self.shoot(curator, "\(shots)/curator-findings.png")
            try curator.open("\(base)/report?year=2025")
            try Self.shoot(curator, "\(shots)/curator-report.png")
            try curator.open("\(base)/mentoring")
            try Self.shoot(curator, "\(shots)/curator-mentoring.png")

            let methodist = try Self.browser()
            defer { methodist.close() }
            try Self.signIn(methodist, at: base, as: "metodist")
            try methodist.open("\(base)/rollup")
            #expect(try methodist.text().contains("Школа Б"))
            try Self.shoot(methodist, "\(shots)/methodist-rollup.png")
        }
        let route = try fixture.region.store.route("ivanova-2025")
        #expect(
            route.reflections.map(\.text) == [
                "Провела урок с цифровыми ресурсами; дети работали в группах.", "Первый модуль курса: собрала подборку ЦОР к урокам.",
            ])
        #expect(route.activities.map(\.title) == ["Курс «Цифровые ресурсы на уроке»"])
    }
}
