import Foundation
import HummingbirdTesting
import MarshrutCLI
import MarshrutTestSupport
import Testing

/// `route print` and `program print` against a server: fetched through the account's calls,
/// rendered here, and refused where the account may not read.
@Suite(.serialized)
struct RemotePrintTests {
    @Test func theAccompanyingTutorAndTheProgramsMentorPrintWhatTheyMayRead() async throws {
        let fixture = try ServerFixture()
        let config = try TemporaryFolder("marshrut-login")
        let configPath = config.path
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let remote = ["XDG_CONFIG_HOME": configPath, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "ru"]
            let local = ["MARSHRUT_DB": fixture.region.store.path, "MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LANG": "ru", "XDG_CONFIG_HOME": configPath]
            #expect(await RemoteCommandTests.logIn("petrov", port: port, remote).status == 0)
            let there = await RemoteCommandTests.marshrut(["route", "print", "ivanova-2025"], remote)
            #expect(there.status == 0, "\(there.errors)")
            #expect(there.output.contains("Учитель, который работает с цифровыми ресурсами."))
            #expect(there.output.contains("Редко пользуется цифровыми ресурсами на уроках."))
            let here = await RemoteCommandTests.marshrut(["route", "print", "ivanova-2025"], local)
            #expect(here.status == 0, "\(here.errors)")
            #expect(here.output.contains("Редко пользуется цифровыми ресурсами на уроках."))
            // The tutor is no member of the program: it answers as if it did not exist.
            let program = await RemoteCommandTests.marshrut(["program", "print", "prog-a", "--order"], remote)
            #expect(program.status != 0)
            #expect(program.errors.contains("prog-a"), "\(program.errors)")
            // The program's mentor may print the order on the pair.
            #expect(await RemoteCommandTests.logIn("sidorova", port: port, remote).status == 0)
            let order = await RemoteCommandTests.marshrut(["program", "print", "prog-a", "--order"], remote)
            #expect(order.status == 0, "\(order.errors)")
            #expect(order.output.contains("<h1>ПРИКАЗ</h1>"))
            #expect(order.output.contains("с 15.09.2025 по 31.05.2026"))
        }
    }
}
