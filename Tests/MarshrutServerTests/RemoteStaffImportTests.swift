import Foundation
import HummingbirdTesting
import MarshrutCLI
import MarshrutCore
import MarshrutTestSupport
import Testing

/// `person import` through a server: the client reads the file, the server checks the rows
/// against its persons and the account's rights and stores all or nothing.
@Suite(.serialized)
struct RemoteStaffImportTests {
    static let staff = """
        ФИО;Должность;Дата рождения;Педагогический стаж с;Категория
        Орлова Вера Игоревна;учитель;12.04.2001;01.09.2025;нет
        Седов Пётр Ильич;учитель физики;03.03.1980;01.09.2003;высшая

        """

    @Test func theCouncilImportsAListAndABadRowStoresNothing() async throws {
        let fixture = try ServerFixture()
        let granted = Marshrut.run(
            ["--db", fixture.region.store.path, "account", "role", "add", "zavuch-a", "council@school-a"],
            environment: ["MARSHRUT_TODAY": "2026-11-28"])
        try #require(granted.status == 0, "\(granted.errors)")
        let config = try TemporaryFolder("marshrut-login")
        let files = try TemporaryFolder("marshrut-staff")
        let good = try files.write("staff.csv", Self.staff)
        let bad = try files.write("bad.csv", Self.staff.replacingOccurrences(of: "03.03.1980", with: "31.02.1980"))
        let configPath = config.path
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "en"]
            let before = try fixture.region.store.catalog().persons.count

            // A teacher may not add persons.
            #expect(await RemoteCommandTests.logIn("ivanova", port: port, remote).status == 0)
            let refused = await RemoteCommandTests.marshrut(["person", "import", good, "--org", "school-a"], remote)
            #expect(refused.status != 0)
            #expect(refused.errors.contains("council") || refused.errors.contains("head"), "\(refused.errors)")

            #expect(await RemoteCommandTests.logIn("zavuch-a", port: port, remote).status == 0)
            let dry = await RemoteCommandTests.marshrut(["person", "import", good, "--org", "school-a", "--dry-run"], remote)
            #expect(dry.status == 0, "\(dry.errors)")
            #expect(dry.output.contains("Would add 2, update 0"), "\(dry.output)")
            #expect(try fixture.region.store.catalog().persons.count == before)

            let wrong = await RemoteCommandTests.marshrut(["person", "import", bad, "--org", "school-a"], remote)
            #expect(wrong.status != 0)
            #expect(wrong.errors.contains("bad.csv:3: birth date"), "\(wrong.errors)")
            #expect(try fixture.region.store.catalog().persons.count == before)

            let done = await RemoteCommandTests.marshrut(["person", "import", good, "--org", "school-a"], remote)
            #expect(done.status == 0, "\(done.errors)")
            #expect(done.output.contains("Added 2, updated 0"), "\(done.output)")
            let stored = try fixture.region.store.catalog().persons.filter { $0.name == "Седов Пётр Ильич" }
            #expect(stored.count == 1)
            #expect(stored.first?.organization == "school-a")
            #expect(stored.first?.staff == StaffData(birthDate: day("1980-03-03"), experienceSince: day("2003-09-01"), category: .highest))
        }
    }
}
