import Foundation
import MarshrutCLI
import MarshrutTestSupport
import Testing

/// `rules push` / `rules pull` on the local file, and runs over an organization's scope with the
/// scripts it and its ancestors pushed.
@Suite struct ScriptPushCommandTests {
    /// A monitor over persons that names the organization whose script it is.
    static func monitor(_ id: String, says word: String) -> String {
        """
        monitor {
          id = "\(id)",
          subject = "person",
          severity = "info",
          check = function(person, ctx)
            return "\(word) " .. person.id
          end,
        }
        """
    }

    /// The rule ids, the subject ids and the sources of a `rules check --json`.
    static func findings(_ json: String) throws -> (rules: Set<String>, ids: Set<String>, sources: Set<String>, errors: Int) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = object["findings"] as? [[String: Any]] ?? []
        let sources = findings.compactMap { ($0["source"] as? String)?.split(separator: ":").first.map(String.init) }
        return (
            Set(findings.compactMap { $0["rule"] as? String }), Set(findings.compactMap { $0["id"] as? String }), Set(sources),
            (object["errors"] as? [Any])?.count ?? -1
        )
    }

    @Test func aRunOverAnOrganizationLoadsItsAncestorsScriptsAndItsOwn() throws {
        let box = try AccountCommandTests.school()
        let region = try TemporaryFolder("marshrut-region-scripts")
        try region.write("region.lua", Self.monitor("region-seen", says: "tver sees"))
        let school = try TemporaryFolder("marshrut-school-scripts")
        try school.write("checks/school.lua", Self.monitor("school-seen", says: "malinovka sees"))

        let pushed = box.run(["rules", "push", region.path, "--org", "tver"])
        #expect(pushed.status == 0, "\(pushed.errors)")
        #expect(pushed.output == "Scripts of tver: added: region.lua.\n")
        #expect(box.run(["rules", "push", school.path, "--org", "malinovka"]).output == "Scripts of malinovka: added: checks/school.lua.\n")

        let atSchool = try Self.findings(box.run(["rules", "check", "--org", "malinovka", "--json"]).output)
        #expect(atSchool.rules == ["region-seen", "school-seen"])
        #expect(atSchool.ids == ["bocharova"], "the school's scope holds its one person")
        #expect(atSchool.sources == ["tver/region.lua", "malinovka/checks/school.lua"])
        let atMunicipality = try Self.findings(box.run(["rules", "check", "--org", "krasnogorsky", "--json"]).output)
        #expect(atMunicipality.rules == ["region-seen"], "a school's scripts do not run for the scope above it")
        // The owner of the file, without --org, runs the scripts folder over everything, as before.
        let everything = try Self.findings(box.run(["rules", "check", "--json"]).output)
        #expect(everything.rules.isDisjoint(with: ["region-seen", "school-seen"]))
        #expect(everything.ids.count > 1)
        // Awards follow the same scripts: none of these declares a criterion.
        let awards = box.run(["incentives", "--org", "malinovka", "--json"])
        #expect(awards.status == 0)
        #expect(awards.output.contains("\"awards\" : [\n\n  ]") || awards.output.contains("\"awards\" : []"), "\(awards.output)")

        // The annual report for the school: its subjects, judged by its scripts.
        let report = box.run(["report", "--year", "2025", "--format", "json", "--org", "malinovka"])
        #expect(report.status == 0, "\(report.errors)")
        #expect(report.output.contains("malinovka sees bocharova") && report.output.contains("tver sees bocharova"))
        #expect(!report.output.contains("bank-mentee-without-program") && !report.output.contains("kuznetsov"))
        let whole = box.run(["report", "--year", "2025", "--format", "json"])
        #expect(whole.output.contains("kuznetsov") && !whole.output.contains("malinovka sees"))

        let missing = box.run(["rules", "check", "--org", "nowhere"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("no organization \"nowhere\""))
    }

    @Test func aScriptThatDoesNotLoadIsNeverStored() throws {
        let box = try AccountCommandTests.school()
        let first = try TemporaryFolder("marshrut-scripts")
        try first.write("school.lua", Self.monitor("school-seen", says: "seen"))
        #expect(box.run(["rules", "push", first.path, "--org", "malinovka"]).status == 0)

        let broken = try TemporaryFolder("marshrut-broken")
        try broken.write("ok.lua", Self.monitor("fine", says: "fine"))
        try broken.write("broken.lua", "monitor {\n  id = \"x\",\n")
        let refused = box.run(["rules", "push", broken.path, "--org", "malinovka"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("nothing was pushed"))
        #expect(refused.errors.contains("malinovka/broken.lua:"), "\(refused.errors)")

        // An id an ancestor declares cannot be declared again below it.
        try #require(box.run(["rules", "push", first.path, "--org", "tver"]).status == 0)
        let again = box.run(["rules", "push", first.path, "--org", "krasnogorsky"])
        #expect(again.status == 1)
        #expect(again.errors.contains("krasnogorsky/school.lua"), "\(again.errors)")

        let hostile = try TemporaryFolder("marshrut-hostile")
        try hostile.write("имя.lua", Self.monitor("named", says: "named"))
        let badName = box.run(["rules", "push", hostile.path, "--org", "malinovka"])
        #expect(badName.status == 1)
        #expect(badName.errors.contains("\"имя.lua\" cannot name a script"), "\(badName.errors)")
        let large = try TemporaryFolder("marshrut-large")
        try large.write("big.lua", "-- " + String(repeating: "x", count: 130 * 1024) + "\n")
        #expect(box.run(["rules", "push", large.path, "--org", "malinovka"]).errors.contains("more than a script may be"))
        let empty = try TemporaryFolder("marshrut-empty")
        #expect(box.run(["rules", "push", empty.path, "--org", "malinovka"]).errors.contains("holds no *.lua script"))

        // What was stored before every refusal is what is stored now.
        let pulled = try TemporaryFolder("marshrut-pulled")
        #expect(box.run(["rules", "pull", "--org", "malinovka", "--to", pulled.path]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: pulled.path) == ["school.lua"])
        #expect(try String(contentsOfFile: pulled.path("school.lua"), encoding: .utf8) == Self.monitor("school-seen", says: "seen"))

        let cleared = box.run(["rules", "push", "--org", "malinovka", "--clear"])
        #expect(cleared.output == "Scripts of malinovka: removed: school.lua.\n")
        #expect(box.run(["rules", "pull", "--org", "malinovka"]).output.contains("has pushed no scripts"))
        let check = try Self.findings(box.run(["rules", "check", "--org", "malinovka", "--json"]).output)
        #expect(check.rules == ["school-seen"] && check.sources == ["tver/school.lua"], "back to the ancestor's scripts")
    }

    @Test func aPullNeverOverwritesAnEditWithoutForce() throws {
        let box = try AccountCommandTests.school()
        let source = try TemporaryFolder("marshrut-scripts")
        try source.write("school.lua", Self.monitor("school-seen", says: "seen"))
        #expect(box.run(["rules", "push", source.path, "--org", "malinovka"]).status == 0)

        let work = try TemporaryFolder("marshrut-work")
        try work.write("mine.lua", "-- a file of the curator's own\n")
        #expect(box.run(["rules", "pull", "--org", "malinovka", "--to", work.path]).output.contains("1 written, 0 already the same"))
        #expect(box.run(["rules", "pull", "--org", "malinovka", "--to", work.path]).output.contains("0 written, 1 already the same"))
        try work.write("school.lua", "-- edited here\n")
        let refused = box.run(["rules", "pull", "--org", "malinovka", "--to", work.path])
        #expect(refused.status == 1)
        #expect(refused.errors.contains(work.path("school.lua")))
        #expect(try String(contentsOfFile: work.path("school.lua"), encoding: .utf8) == "-- edited here\n")
        #expect(box.run(["rules", "pull", "--org", "malinovka", "--to", work.path, "--force"]).status == 0)
        #expect(try String(contentsOfFile: work.path("school.lua"), encoding: .utf8) == Self.monitor("school-seen", says: "seen"))
        #expect(try String(contentsOfFile: work.path("mine.lua"), encoding: .utf8) == "-- a file of the curator's own\n")
        // A push of the same folder changes nothing, and says so.
        #expect(box.run(["rules", "push", source.path, "--org", "malinovka"]).output == "Scripts of malinovka: unchanged: school.lua.\n")
    }
}
