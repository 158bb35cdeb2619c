import Foundation
import HummingbirdTesting
import MarshrutAccounts
import MarshrutCore
import MarshrutService
import MarshrutStore
import MarshrutTestSupport
import Testing

@testable import MarshrutWeb

struct WebAdminTests {
    static let people = """
        kind: person
        id: it-a
        name: Админ Школы А
        organization: school-a
        ---
        kind: person
        id: novikova
        name: Новикова Ольга Андреевна
        organization: school-a
        """

    @Test func anAdministratorManagesTheAccountsAndOrganizationsOfTheirScope() async throws {
        let fixture = try WebFixture()
        try fixture.region.importText(Self.people)
        let owner = Service(store: fixture.region.store, today: day(WebFixture.today), scriptsFolder: "Scripts")
        _ = try owner.addAccount(login: "it-a", person: "it-a", grants: ["admin@school-a"], password: WebFixture.password("it-a"), cost: 4)
        try await fixture.application.test(.router) { client in
            var admin = WebVisitor()
            admin.language = "en"
            _ = try await admin.signIn(client, "it-a")
            let page = try await admin.get(client, "/accounts")
            #expect(page.status == .ok && page.text.contains("zavuch-a"))
            let token = try #require(WebVisitor.formToken(page.text))

            let created = try await admin.post(
                client, "/accounts", [("csrf", token), ("login", "novikova"), ("person", "novikova"), ("roles", ""), ("password", "")])
            #expect(created.status == .created)
            let password = try #require(created.text.firstMatch(of: /<code>([^<]+)<\/code>/)?.1)
            #expect(!(try await admin.get(client, "/accounts").text.contains(String(password))), "the password is shown once")
            var newcomer = WebVisitor()
            #expect(try await newcomer.signIn(client, "novikova", password: String(password)).location == "/password")

            // Roles only within the administrator's scope.
            let outside = try await admin.post(client, "/accounts/novikova/grant", [("csrf", token), ("role", "curator@school-b")])
            #expect(outside.status == .unprocessableContent || outside.status == .notFound)
            #expect(try fixture.region.store.account("novikova")?.grants.isEmpty == true)
            let granted = try await admin.post(client, "/accounts/novikova/grant", [("csrf", token), ("role", "council@school-a")])
            #expect(granted.status == .seeOther, "\(granted.text)")
            #expect(try fixture.region.store.account("novikova")?.grants.map { "\($0.role)@\($0.organization)" } == ["council@school-a"])
            let disabled = try await admin.post(client, "/accounts/novikova/disable", [("csrf", token)])
            #expect(disabled.status == .seeOther)
            #expect(try await newcomer.get(client, "/password").location.hasPrefix("/sign-in"), "a disabled account's session ends")

            let refused = try await admin.post(
                client, "/organizations", [("csrf", token), ("id", "school-c"), ("name", "Школа В"), ("type", "school"), ("parent", "krasno")])
            #expect(refused.status == .notFound || refused.status == .unprocessableContent, "a school's admin adds nothing under the municipality")
            #expect(try fixture.region.store.organization("school-c") == nil)
            let missingToken = try await admin.post(client, "/accounts/zavuch-a/disable", [])
            #expect(missingToken.status == .forbidden)

            var teacher = WebVisitor()
            _ = try await teacher.signIn(client, "ivanova")
            #expect(try await teacher.get(client, "/accounts").status == .notFound)
            #expect(try await teacher.get(client, "/organizations").status == .notFound)
        }
        #expect(try fixture.region.store.account("zavuch-a")?.disabled == false)
    }
}
