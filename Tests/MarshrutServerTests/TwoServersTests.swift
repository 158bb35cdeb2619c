import Foundation
import MarshrutService
import MarshrutStore
import MarshrutTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Two `marshrut serve` processes over one PostgreSQL database, clients alternating between
/// them: no acknowledged write is lost, a write acknowledged by one is read at once from the
/// other, and the audit log has a line for every change.
@Suite(.enabled(if: PostgresTestDatabase.server != nil, "needs $MARSHRUT_TEST_POSTGRES (make test sets it)"))
struct TwoServersTests {
    static func get(_ url: URL, token: String) async -> [String: Any]? {
        var request = URLRequest(url: url, timeoutInterval: 10)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        return await withCheckedContinuation { continuation in
            URLSession.shared.dataTask(with: request) { data, _, _ in
                continuation.resume(returning: data.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] })
            }.resume()
        }
    }

    @Test func writesThroughEitherServerAreReadFromTheOther() async throws {
        let binary = try #require(Repository.binary)
        let region = try RegionFixture()
        let owner = Service(store: region.store, today: day("2026-11-28"), scriptsFolder: "Scripts")
        _ = try owner.addAccount(login: "ivanova", person: "ivanova", grants: [], password: "ivanova-password-1", cost: 4)
        let database = try PostgresTestDatabase()
        try region.store.copy(to: try Store(path: database.url))

        let (first, a) = try await ServerLoadTests.serve(binary, database: database.url)
        defer { if first.isRunning { first.terminate() } }
        let (second, b) = try await ServerLoadTests.serve(binary, database: database.url)
        defer { if second.isRunning { second.terminate() } }
        // A session opened on one server holds on the other: both read one database.
        let token = try await ServerLoadTests.signIn(a)

        let clients = 4
        let writes = 15
        let outcome = await withTaskGroup(of: (acknowledged: [String], stale: [String], failed: [String]).self) { group in
            for client in 0..<clients {
                group.addTask {
                    var acknowledged: [String] = []
                    var stale: [String] = []
                    var failed: [String] = []
                    for n in 0..<writes {
                        let (writer, reader) = (n + client) % 2 == 0 ? (a, b) : (b, a)
                        let text = "клиент \(client), запись \(n)"
                        let status = await ServerLoadTests.post(
                            writer.appendingPathComponent("api/v1/routes/ivanova-2025/reflections"), token: token,
                            json: #"{"deficit": "d1", "score": 4, "text": "\#(text)"}"#)
                        guard status == 201 else {
                            failed.append("\(writer.port ?? 0): \(status.map(String.init) ?? "no answer")")
                            continue
                        }
                        acknowledged.append(text)
                        let route = await Self.get(reader.appendingPathComponent("api/v1/routes/ivanova-2025"), token: token)
                        let texts = (route?["reflections"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
                        if !texts.contains(text) { stale.append(text) }
                    }
                    return (acknowledged, stale, failed)
                }
            }
            return await group.reduce(into: (acknowledged: [String](), stale: [String](), failed: [String]())) { all, one in
                all.acknowledged += one.acknowledged
                all.stale += one.stale
                all.failed += one.failed
            }
        }
        #expect(outcome.failed.isEmpty, "writes refused (server port: status): \(outcome.failed.prefix(5))")
        #expect(outcome.acknowledged.count == clients * writes)
        #expect(outcome.stale.isEmpty, "acknowledged by one server, not yet read from the other: \(outcome.stale.prefix(5))")
        first.terminate()
        second.terminate()
        first.waitUntilExit()
        second.waitUntilExit()

        let store = try Store(path: database.url)
        let stored = try store.route("ivanova-2025").reflections.map(\.text)
        #expect(Set(stored) == Set(outcome.acknowledged))
        #expect(stored.count == clients * writes, "no write twice, none lost")
        let audited = try store.audit(subject: "ivanova-2025").filter { $0.action == "reflect" && $0.outcome == "201" }
        #expect(audited.count == clients * writes)
    }
}
