import Foundation
import HummingbirdTesting
import MarshrutAccounts
import MarshrutServer
import MarshrutService
import MarshrutTestSupport
import NIOCore
import Testing

/// Scripts belong to organizations on a server: who may push and read them, what a push
/// refuses, and that one school's scripts never touch another school's run.
struct ScriptPushServerTests {
    static let fine = """
        monitor {
          id = "b-seen",
          subject = "person",
          severity = "info",
          check = function(person, ctx) return "school B sees " .. person.id end,
        }
        """
    /// Loads, then fails on every person it checks.
    static let breaksWhenRun = """
        monitor {
          id = "b-broken",
          subject = "person",
          severity = "warning",
          check = function(person, ctx) error("school B's rule broke on " .. person.id) end,
        }
        """

    static func body(_ scripts: [String: String]) throws -> String {
        let files = scripts.sorted { $0.key < $1.key }.map { ScriptFile(name: $0.key, text: $0.value) }
        return String(decoding: try JSONEncoder().encode(ScriptsBody(scripts: files)), as: UTF8.self)
    }

    @Test func aSchoolsScriptsRunForItsScopeOnlyAndOnlyItsCuratorPushesThem() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            func put(_ organization: String, _ json: String, token: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/api/v1/organizations/\(organization)/scripts", method: .put, headers: [.authorization: "Bearer \(token)"],
                    body: ByteBuffer(string: json))
            }
            let schoolA = try await client.signIn("zavuch-a")
            let schoolB = try await client.signIn("zavuch-b")
            let methodist = try await client.signIn("metodist")
            let teacher = try await client.signIn("ivanova")
            let before = try await client.get("/api/v1/rules/check", token: schoolA)
            #expect(before.status == .ok)
            #expect((before.json["errors"] as? [Any])?.isEmpty == true)

            let pushed = try await put("school-b", try Self.body(["seen.lua": Self.fine, "broken.lua": Self.breaksWhenRun]), token: schoolB)
            #expect(pushed.status == .ok, "\(pushed.text)")
            #expect(pushed.json["added"] as? [String] == ["broken.lua", "seen.lua"])

            // School A's run is what it was, byte for byte; school B's runs its own scripts, and
            // its broken rule is reported there only.
            let after = try await client.get("/api/v1/rules/check", token: schoolA)
            #expect(after.text == before.text)
            let own = try await client.get("/api/v1/rules/check", token: schoolB)
            let findings = own.json["findings"] as? [[String: Any]] ?? []
            #expect(Set(findings.compactMap { $0["rule"] as? String }) == ["b-seen"])
            #expect(Set(findings.compactMap { $0["id"] as? String }) == ["kozlov", "zavuch-b"])
            let errors = own.json["errors"] as? [[String: Any]] ?? []
            #expect(errors.contains { ($0["source"] as? String)?.hasPrefix("school-b/broken.lua:") == true }, "\(own.text)")
            // The municipality's methodist reads school B's scripts, and can run school B's scope.
            let read = try await client.get("/api/v1/organizations/school-b/scripts", token: methodist)
            #expect(read.status == .ok)
            #expect((read.json["scripts"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["broken.lua", "seen.lua"])
            let narrowed = try await client.get("/api/v1/rules/check?org=school-b", token: methodist)
            #expect(narrowed.text == own.text)
            let report = try await client.get("/api/v1/report?org=school-b&format=json&year=2025", token: methodist)
            #expect(report.status == .ok)
            #expect(report.text.contains("school B sees kozlov") && !report.text.contains("ivanova"), "school B's report, by its scripts")
            // Two schools whose scripts differ: the methodist over both must choose one.
            let both = try await client.get("/api/v1/rules/check", token: methodist)
            #expect(both.status == .ok, "krasno has no scripts of its own and runs the server's folder")
            let outside = try await client.get("/api/v1/rules/check?org=school-b", token: schoolA)
            #expect(outside.status == .notFound)

            // Who may not: another school's curator (it does not exist for them), the
            // methodist (named role), a teacher.
            let foreign = try await put("school-b", try Self.body(["x.lua": Self.fine]), token: schoolA)
            #expect(foreign.status == .notFound)
            #expect(try await client.get("/api/v1/organizations/school-b/scripts", token: schoolA).status == .notFound)
            let methodistPush = try await put("school-b", try Self.body(["x.lua": Self.fine]), token: methodist)
            #expect(methodistPush.status == .forbidden)
            #expect(methodistPush.json["error"] as? String == "you may not push the scripts of school-b: this takes curator@ORG")
            #expect(try await put("school-a", try Self.body(["x.lua": Self.fine]), token: teacher).status == .notFound)

            // Hostile pushes are refused whole.
            let escape = try await put("school-b", try Self.body(["../../etc/cron.lua": Self.fine]), token: schoolB)
            #expect(escape.status == .badRequest)
            #expect((escape.json["error"] as? String)?.contains("cannot name a script") == true)
            let many = try await put(
                "school-b", try Self.body(Dictionary(uniqueKeysWithValues: (0...ScriptLimits.files).map { ("s\($0).lua", "") })), token: schoolB)
            #expect(many.status == .badRequest)
            let syntax = try await put("school-b", try Self.body(["seen.lua": "monitor {"]), token: schoolB)
            #expect(syntax.status == .badRequest)
            #expect((syntax.json["error"] as? String)?.contains("school-b/seen.lua:1") == true, "\(syntax.text)")
            let kept = try await client.get("/api/v1/organizations/school-b/scripts", token: schoolB)
            #expect((kept.json["scripts"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == [Self.breaksWhenRun, Self.fine])
        }
        let audit = try fixture.region.store.audit(subject: "school-b").map { "\($0.login) \($0.action) \($0.outcome)" }
        #expect(audit.contains("zavuch-b pushScripts 200"))
        #expect(audit.contains("metodist pushScripts 403"))
        #expect(audit.contains("zavuch-a pushScripts 404"))
    }

    @Test func rolesOverSchoolsWithDifferentScriptsNameOne() async throws {
        let fixture = try ServerFixture()
        let owner = Service(store: fixture.region.store, today: day("2026-11-28"), scriptsFolder: Repository.scripts)
        try owner.pushScripts([ScriptFile(name: "seen.lua", text: Self.fine)], to: "school-b")
        _ = try owner.grantRole("curator@school-b", to: "zavuch-a")
        try await fixture.application.test(.router) { client in
            let token = try await client.signIn("zavuch-a")
            let both = try await client.get("/api/v1/rules/check", token: token)
            #expect(both.status == .conflict)
            #expect(both.json["error"] as? String == "your roles cover organizations whose scripts differ (school-a, school-b): name one with --org")
            let one = try await client.get("/api/v1/rules/check?org=school-b", token: token)
            #expect(one.status == .ok)
            let a = try await client.get("/api/v1/incentives/labelled?org=school-a", token: token)
            #expect(a.status == .ok)
            #expect((a.json["incentives"] as? [Any])?.isEmpty == false, "school A runs the server's folder with its criteria")
            let b = try await client.get("/api/v1/incentives/labelled?org=school-b", token: token)
            #expect((b.json["incentives"] as? [Any])?.isEmpty == true, "school B's own scripts declare none")
        }
    }
}
