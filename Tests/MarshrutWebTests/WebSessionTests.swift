import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MarshrutAccounts
import MarshrutCore
import MarshrutService
import MarshrutStore
import MarshrutTestSupport
import Testing

@testable import MarshrutWeb

struct WebSessionTests {
    @Test func aPageAsksForSignInAndComesBackAfterIt() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            var visitor = WebVisitor()
            let asked = try await visitor.get(client, "/routes/ivanova-2025")
            #expect(asked.status == .seeOther && asked.location == "/sign-in?next=/routes/ivanova-2025")
            let form = try await visitor.get(client, asked.location)
            let token = try #require(WebVisitor.formToken(form.text))
            #expect(form.text.contains(#"name="next" value="/routes/ivanova-2025""#))
            let back = try await visitor.post(
                client, "/sign-in",
                [("csrf", token), ("next", "/routes/ivanova-2025"), ("login", "ivanova"), ("password", WebFixture.password("ivanova"))])
            #expect(back.status == .seeOther && back.location == "/routes/ivanova-2025")
            let cookie = try #require(back.headers[values: .setCookie].first { $0.hasPrefix("marshrut_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"))
            #expect(try await visitor.get(client, "/routes/ivanova-2025").status == .ok)

            // Signing out ends the session on the server, not only in the browser.
            let session = try #require(visitor.cookies[PageRequest.sessionCookie])
            let home = try await visitor.get(client, "/")
            let out = try await visitor.post(client, "/sign-out", [("csrf", WebVisitor.formToken(home.text) ?? "")])
            #expect(out.status == .seeOther && out.location == "/sign-in")
            var replay = WebVisitor()
            replay.cookies[PageRequest.sessionCookie] = session
            #expect(try await replay.get(client, "/").location == "/sign-in")
        }
    }

    @Test(arguments: ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"])
    func afterSignInOnlyThisSiteIsReached(next: String) async throws {
        #expect(PageRequest.safeNext(next) == "/")
        #expect(PageRequest.safeNext("/journal?route=a") == "/journal?route=a")
    }

    @Test func overTLSTheCookieIsSecure() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            let form = try await client.execute(uri: "/sign-in", method: .get, headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
            let cookie = try #require(form.headers[values: .setCookie].first { $0.hasPrefix("marshrut_form=") })
            #expect(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        }
    }

    @Test func wrongPasswordsKeepTheLoginAndAreLimited() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            var visitor = WebVisitor()
            visitor.language = "en"
            var last: TestResponse?
            for _ in 0..<6 { last = try await visitor.signIn(client, "ivanova", password: "not-the-password") }
            let limited = try #require(last)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.text.contains(#"value="ivanova""#))
            let right = try await visitor.signIn(client, "ivanova")
            #expect(right.status == .tooManyRequests, "the limit holds for the right password too, until the window passes")
        }
        let audit = try fixture.region.store.audit(subject: "ivanova").map(\.outcome)
        #expect(audit.prefix(5) == ["401", "401", "401", "401", "401"] && audit.last == "429")
    }

    @Test func aGivenPasswordIsChangedBeforeAnythingElse() async throws {
        let fixture = try WebFixture()
        let owner = Service(store: fixture.region.store, today: day(WebFixture.today), scriptsFolder: "Scripts")
        let created = try owner.addAccount(login: "sidorova", person: "sidorova", grants: [], password: nil, cost: 4)
        let given = try #require(created.generatedPassword)
        try await fixture.application.test(.router) { client in
            var visitor = WebVisitor()
            let signedIn = try await visitor.signIn(client, "sidorova", password: given)
            #expect(signedIn.location == "/password")
            #expect(try await visitor.get(client, "/journal").location == "/password")
            let page = try await visitor.get(client, "/password")
            let token = try #require(WebVisitor.formToken(page.text))
            let differ = try await visitor.post(client, "/password", [("csrf", token), ("current", given), ("new", "a-new-secret-1"), ("again", "other")])
            #expect(differ.status == .unprocessableContent)
            let changed = try await visitor.post(
                client, "/password", [("csrf", token), ("current", given), ("new", "a-new-secret-1"), ("again", "a-new-secret-1")])
            #expect(changed.status == .seeOther && changed.location == "/")
            #expect(try await visitor.get(client, "/journal").status == .ok)
        }
        #expect(throws: AccountError.self) { try Sessions(store: fixture.region.store).signIn(login: "sidorova", password: given) }
    }

    @Test func pagesSpeakRussianUnlessEnglishIsAskedFor() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            let plain = try await client.execute(uri: "/sign-in", method: .get)
            #expect(String(buffer: plain.body).contains(#"<html lang="ru">"#))
            let english = try await client.execute(uri: "/sign-in", method: .get, headers: [.acceptLanguage: "en-GB,en;q=0.8"])
            #expect(String(buffer: english.body).contains(">Sign in<"))
            var visitor = WebVisitor()
            visitor.language = "en"
            let switched = try await visitor.get(client, "/sign-in?lang=ru")
            #expect(switched.text.contains(">Войти<"))
            #expect(try await visitor.get(client, "/sign-in").text.contains(">Войти<"), "the choice is kept in a cookie")
        }
    }

    @Test func anUnknownPathIsThePagesNotFoundAndTheAPIsOwn() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            let page = try await client.execute(uri: "/no/such/page", method: .get)
            #expect(page.status == .notFound && String(buffer: page.body).contains("Не найдено"))
            let api = try await client.execute(uri: "/api/v1/no-such-thing", method: .get)
            #expect(api.status == .notFound && !String(buffer: api.body).contains("<html"))
            let style = try await client.execute(uri: "/assets/marshrut.css", method: .get)
            #expect(style.status == .ok && style.headers[.contentType] == "text/css; charset=utf-8")
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
        }
    }

    @Test func aRefusedPlanningFormKeepsWhatWasTyped() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            var tutor = WebVisitor()
            tutor.language = "en"
            _ = try await tutor.signIn(client, "petrov")
            let token = try #require(WebVisitor.formToken(try await tutor.get(client, "/routes/ivanova-2025/plan").text))
            let refused = try await tutor.post(
                client, "/routes/ivanova-2025/plan/activity",
                [("csrf", token), ("kind", "course"), ("title", "Курс по ЦОР"), ("due", "31.02.2027"), ("addresses", "d1")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"value="Курс по ЦОР""#) && refused.text.contains(#"value="31.02.2027""#))
            #expect(refused.text.contains("is not a date"), "\(refused.text)")
            let planned = try await tutor.post(
                client, "/routes/ivanova-2025/plan/activity",
                [("csrf", token), ("kind", "course"), ("title", "Курс по ЦОР"), ("hours", "36"), ("due", "01.03.2027"), ("addresses", "d1")])
            #expect(planned.status == .seeOther, "\(planned.text)")
        }
        let activities = try fixture.region.store.route("ivanova-2025").activities
        #expect(activities.map { "\($0.title) \($0.due) \($0.addresses)" } == ["Курс по ЦОР 2027-03-01 [\"d1\"]"])
    }
}
