import Foundation
import Hummingbird
import HummingbirdTesting
import MarshrutAccounts
import MarshrutCore
import MarshrutService
import MarshrutStore
import MarshrutTestSupport
import Testing

@testable import MarshrutWeb

struct WebPageTests {
    @Test func aTeacherWritesAReflectionThroughTheFormAndTheTutorSeesIt() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            var teacher = WebVisitor()
            let signedIn = try await teacher.signIn(client, "ivanova")
            #expect(signedIn.status == .seeOther && signedIn.location == "/", "\(signedIn.text)")
            let route = try await teacher.get(client, "/routes/ivanova-2025")
            #expect(route.status == .ok)
            #expect(route.text.contains(#"aria-current="step""#))
            let token = try #require(WebVisitor.formToken(route.text))
            let posted = try await teacher.post(
                client, "/routes/ivanova-2025/reflections",
                [("csrf", token), ("target", "deficit:d1"), ("score", "4"), ("date", "вчера"), ("text", "Провела урок с ЦОР")])
            #expect(posted.status == .seeOther && posted.location == "/journal/ivanova-2025/1?saved=1", "\(posted.text)")
            let journal = try await teacher.get(client, "/journal")
            #expect(journal.text.contains("Провела урок с ЦОР") && journal.text.contains("27.11.2026"))

            var tutor = WebVisitor()
            _ = try await tutor.signIn(client, "petrov")
            let seen = try await tutor.get(client, "/routes/ivanova-2025")
            #expect(seen.text.contains("Провела урок с ЦОР"))
            #expect(!seen.text.contains(#"action="/routes/ivanova-2025/reflections""#), "the tutor gets no reflection form")
        }
        let stored = try fixture.region.store.route("ivanova-2025").reflections
        #expect(stored.map(\.date) == [day("2026-11-27")])
        let audit = try fixture.region.store.audit(subject: "ivanova-2025")
        #expect(audit.map { "\($0.login) \($0.action) \($0.outcome)" } == ["ivanova reflect 303"])
    }

    @Test func aRefusedReflectionKeepsWhatWasTyped() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            var teacher = WebVisitor()
            teacher.language = "en"
            _ = try await teacher.signIn(client, "ivanova")
            let token = try #require(WebVisitor.formToken(try await teacher.get(client, "/routes/ivanova-2025").text))
            let refused = try await teacher.post(
                client, "/routes/ivanova-2025/reflections",
                [("csrf", token), ("target", "deficit:d1"), ("score", "4"), ("date", "2027-01-10"), ("text", "Текст, который жалко терять")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Текст, который жалко терять"))
            #expect(refused.text.contains(#"value="2027-01-10""#))
            #expect(refused.text.contains("2027-01-10 is in the future"), "\(refused.text)")
        }
        #expect(try fixture.region.store.route("ivanova-2025").reflections.isEmpty)
    }

    @Test func theSelfImageIsOfferedFromStepFiveAndReflectedOnThroughTheForm() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            var teacher = WebVisitor()
            teacher.language = "en"
            _ = try await teacher.signIn(client, "ivanova")
            let early = try await teacher.get(client, "/routes/ivanova-2025")
            #expect(!early.text.contains(#"value="image:self""#))
            let token = try #require(WebVisitor.formToken(early.text))
            let refused = try await teacher.post(
                client, "/routes/ivanova-2025/reflections", [("csrf", token), ("target", "image:self"), ("score", "3"), ("text", "Рано")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("a reflection on the self-image is step 7"), "\(refused.text)")
            #expect(refused.text.contains("ivanova-2025 is at self-determination"))

            _ = try fixture.region.store.updateRoute("ivanova-2025") { route in
                route.activities = [Activity(id: "a1", kind: .course, title: "Курс ЦОР", hours: 36, due: day("2026-12-20"), addresses: ["d1"])]
                route.stage = .implementation
            }
            let later = try await teacher.get(client, "/routes/ivanova-2025")
            #expect(later.text.contains(#"value="image:self""#))
            let posted = try await teacher.post(
                client, "/routes/ivanova-2025/reflections", [("csrf", token), ("target", "image:self"), ("score", "4"), ("text", "Ближе к образу")])
            #expect(posted.status == .seeOther, "\(posted.text)")
            let page = try await teacher.get(client, "/routes/ivanova-2025")
            #expect(page.text.contains("The self-image") && page.text.contains("Ближе к образу"))
        }
        #expect(try fixture.region.store.route("ivanova-2025").imageReflections.map(\.score) == [4])
    }

    @Test func aFormWithoutItsTokenIsRefused() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            var teacher = WebVisitor()
            _ = try await teacher.signIn(client, "ivanova")
            let fields = [("target", "deficit:d1"), ("score", "4"), ("text", "подделка")]
            let missing = try await teacher.post(client, "/routes/ivanova-2025/reflections", fields)
            #expect(missing.status == .forbidden)
            let wrong = try await teacher.post(client, "/routes/ivanova-2025/reflections", [("csrf", "0000")] + fields)
            #expect(wrong.status == .forbidden)
            // A token of another session does not do either.
            var other = WebVisitor()
            _ = try await other.signIn(client, "kozlov")
            let foreign = try #require(WebVisitor.formToken(try await other.get(client, "/").text))
            let crossed = try await teacher.post(client, "/routes/ivanova-2025/reflections", [("csrf", foreign)] + fields)
            #expect(crossed.status == .forbidden)
            // Nor does a sign-in form whose token is not the browser's own.
            var stranger = WebVisitor()
            let signIn = try await stranger.post(client, "/sign-in", [("csrf", "x"), ("login", "ivanova"), ("password", WebFixture.password("ivanova"))])
            #expect(signIn.status == .forbidden && stranger.cookies[PageRequest.sessionCookie] == nil)
        }
        #expect(try fixture.region.store.route("ivanova-2025").reflections.isEmpty)
    }

    @Test func whatIsNotTheReadersLooksLikeWhatDoesNotExist() async throws {
        let fixture = try WebFixture()
        try fixture.region.importText(
            """
            kind: route
            id: kozlov-2025
            teacher: kozlov
            start: 2025-09-01
            end: 2030-05-31
            stage: self-determination
            """)
        try await fixture.application.test(.router) { client in
            var teacher = WebVisitor()
            _ = try await teacher.signIn(client, "ivanova")
            let missing = try await teacher.get(client, "/routes/no-such-route")
            let others = try await teacher.get(client, "/routes/kozlov-2025")
            let planning = try await teacher.get(client, "/routes/ivanova-2025/plan")
            let missingPlan = try await teacher.get(client, "/routes/no-such-route/plan")
            for response in [missing, others, planning, missingPlan] { #expect(response.status == .notFound) }
            #expect(others.text == missing.text)
            #expect(planning.text == missingPlan.text)
            #expect(planning.text == missing.text)
            // The tutor does plan the route.
            var tutor = WebVisitor()
            _ = try await tutor.signIn(client, "petrov")
            #expect(try await tutor.get(client, "/routes/ivanova-2025/plan").status == .ok)
        }
    }

    @Test func storedTextIsShownAsText() async throws {
        let fixture = try WebFixture()
        try fixture.region.importText(
            """
            kind: person
            id: hacker
            name: <script>alert('x')</script> Хакер
            organization: school-a
            roles: [tutor]
            """)
        try fixture.region.store.updateRoute("ivanova-2025") { route in route.selfImage = #"<img src=x onerror="alert(1)">"# }
        let owner = Service(store: fixture.region.store, today: day(WebFixture.today), scriptsFolder: "Scripts")
        _ = try owner.addAccount(login: "hacker", person: "hacker", grants: [], password: WebFixture.password("hacker"), cost: 4)
        try await fixture.application.test(.router) { client in
            var reader = WebVisitor()
            _ = try await reader.signIn(client, "hacker")
            let home = try await reader.get(client, "/")
            #expect(!home.text.contains("<script>alert"))
            #expect(home.text.contains("&lt;script&gt;alert"))
            var teacher = WebVisitor()
            _ = try await teacher.signIn(client, "ivanova")
            let route = try await teacher.get(client, "/routes/ivanova-2025")
            #expect(!route.text.contains("<img src=x"))
            #expect(route.text.contains("&lt;img src=x"))
        }
    }

    @Test func theWriterRevisesAnEntryAndItsEarlierWordingStays() async throws {
        let fixture = try WebFixture()
        let owner = Service(store: fixture.region.store, today: day(WebFixture.today), scriptsFolder: "Scripts")
        try owner.reflect(on: "ivanova-2025", Reflection(date: day("2026-11-20"), target: .deficit("d1"), score: 3, text: "Первая редакция"))
        try await fixture.application.test(.router) { client in
            var teacher = WebVisitor()
            _ = try await teacher.signIn(client, "ivanova")
            let page = try await teacher.get(client, "/journal/ivanova-2025/1")
            let token = try #require(WebVisitor.formToken(page.text))
            let revised = try await teacher.post(client, "/journal/ivanova-2025/1", [("csrf", token), ("score", "4"), ("text", "Вторая редакция")])
            #expect(revised.status == .seeOther && revised.location == "/journal/ivanova-2025/1?saved=1")
            let shown = try await teacher.get(client, revised.location)
            #expect(shown.text.contains("Вторая редакция") && shown.text.contains("Первая редакция"))
            #expect(shown.text.contains("Прежняя редакция"))

            var tutor = WebVisitor()
            _ = try await tutor.signIn(client, "petrov")
            let read = try await tutor.get(client, "/journal/ivanova-2025/1")
            #expect(read.status == .ok && !read.text.contains(#"action="/journal/ivanova-2025/1""#))
            let tutorToken = try #require(WebVisitor.formToken(read.text))
            let refused = try await tutor.post(client, "/journal/ivanova-2025/1", [("csrf", tutorToken), ("text", "за неё")])
            #expect(refused.status == .notFound)
            #expect(try await tutor.get(client, "/journal/ivanova-2025/9").status == .notFound)
        }
        let reflection = try fixture.region.store.route("ivanova-2025").reflections[0]
        #expect(reflection.text == "Вторая редакция" && reflection.history.map(\.text) == ["Первая редакция"])
    }

    @Test func theCaseloadSortsByStageAndOverdueWork() {
        let rows = [
            HomeView.Row(id: "a", teacher: "Б", school: "", stage: "", stageIndex: 4, overdue: 0, isOverdue: false, nextDue: ""),
            HomeView.Row(id: "b", teacher: "А", school: "", stage: "", stageIndex: 1, overdue: 2, isOverdue: true, nextDue: ""),
            HomeView.Row(id: "c", teacher: "В", school: "", stage: "", stageIndex: 4, overdue: 3, isOverdue: true, nextDue: ""),
        ]
        #expect(HomeView.sorted(rows, by: .teacher).map(\.id) == ["b", "a", "c"])
        #expect(HomeView.sorted(rows, by: .stage).map(\.id) == ["b", "a", "c"])
        #expect(HomeView.sorted(rows, by: .overdue).map(\.id) == ["c", "b", "a"])
    }
}
