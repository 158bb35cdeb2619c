import Foundation
import HummingbirdTesting
import MarshrutCLI
import MarshrutCore
import MarshrutService
import MarshrutTestSupport
import Testing

/// The README's tour of a teacher and a tutor on a server, under a Russian locale: sign in,
/// change the generated password, list, reflect, be refused, sign out, who am I. No English word
/// but ids, file names, options and command lines.
@Suite(.serialized)
struct RussianServerTourTests {
    @Test func theServerTourPrintsNoEnglishWord() async throws {
        let fixture = try ServerFixture()
        let owner = Service(store: fixture.region.store, today: day("2026-11-28"), scriptsFolder: "Scripts")
        let generated = try #require(try owner.addAccount(login: "kozlov", person: "kozlov", grants: [], cost: 4).generatedPassword)
        let config = try TemporaryFolder("marshrut-login")
        let configPath = config.path
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let russian = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "LANG": "ru_RU.UTF-8"]
            let url = "http://127.0.0.1:\(port)"
            let steps: [([String], String?)] = [
                (["login", url, "--user", "kozlov", "--password-stdin"], generated),
                (["route", "list"], nil),
                (["password", "--password-stdin"], "\(generated)\nkozlov-new-password-2\n"),
                (["route", "list"], nil),
                (["route", "show", "ivanova-2025"], nil),
                (["whoami"], nil),
                (["logout"], nil),
                (["login", url, "--user", "petrov", "--password-stdin"], ServerFixture.password("petrov")),
                (["whoami"], nil),
                (["route", "list"], nil),
                (["route", "show", "ivanova-2025"], nil),
                (["reflect", "ivanova-2025", "--deficit", "d1", "--score", "4", "Провёл урок"], nil),
                (["journal", "ivanova-2025"], nil),
                (["logout"], nil),
            ]
            let ids = try fixture.region.store.catalog()
            var allowed = Set(ids.persons.map(\.id) + ids.routes.map(\.id) + ids.programs.map(\.id))
            allowed.formUnion(["ID", "id", "kozlov", "petrov", "d1", "d2", "a1", "a2", "a3"])
            var leaks: [String] = []
            var printed = ""
            for (command, input) in steps {
                let outcome = await RemoteCommandTests.marshrut(command, russian, input: input)
                printed += outcome.output + outcome.errors
                leaks += LatinWords.leaks(of: command, output: outcome.output + "\n" + outcome.errors, allowed: allowed)
            }
            #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
            #expect(printed.count > 300, "\(printed)")
        }
    }
}
