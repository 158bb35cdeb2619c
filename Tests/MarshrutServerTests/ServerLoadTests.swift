import Foundation
import MarshrutAccounts
import MarshrutService
import MarshrutStore
import MarshrutTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A `marshrut serve` process under concurrent writers: nothing acknowledged is lost, not even
/// when the server is killed with SIGKILL in the middle of the load. (At full size, with latency
/// figures, this is `make bench`'s server table.)
struct ServerLoadTests {
    /// One HTTP exchange; the status, or `nil` when the connection failed.
    static func post(_ url: URL, token: String?, json: String) async -> Int? {
        var request = URLRequest(url: url, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.httpBody = Data(json.utf8)
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        return await withCheckedContinuation { continuation in
            URLSession.shared.dataTask(with: request) { _, response, _ in
                continuation.resume(returning: (response as? HTTPURLResponse)?.statusCode)
            }.resume()
        }
    }

    static func signIn(_ base: URL) async throws -> String {
        var request = URLRequest(url: base.appendingPathComponent("api/v1/session"), timeoutInterval: 10)
        request.httpMethod = "POST"
        request.httpBody = Data(#"{"login": "ivanova", "password": "ivanova-password-1"}"#.utf8)
        let data: Data = try await withCheckedThrowingContinuation { continuation in
            URLSession.shared.dataTask(with: request) { data, _, error in
                if let data { continuation.resume(returning: data) } else { continuation.resume(throwing: error ?? URLError(.badServerResponse)) }
            }.resume()
        }
        return try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["token"] as? String)
    }

    /// Starts `marshrut serve` on a free port of 127.0.0.1 and waits until it answers.
    static func serve(_ binary: String, database: String) async throws -> (Process, URL) {
        for _ in 0..<20 {
            let port = try freePort()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["--db", database, "serve", "--port", String(port)]
            process.environment = ["MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_LOG": "error", "PATH": "/usr/bin:/bin"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let base = URL(string: "http://127.0.0.1:\(port)")!
            for _ in 0..<100 where process.isRunning {
                if await post(base.appendingPathComponent("api/v1/session"), token: nil, json: "{}") != nil { return (process, base) }
                try await Task.sleep(for: .milliseconds(100))
            }
            process.terminate()
            process.waitUntilExit()
        }
        throw URLError(.cannotConnectToHost)
    }

    /// A port of 127.0.0.1 that nothing listens on now, as the system hands them out: not one
    /// another test's server may have just taken, as a random pick could be.
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw URLError(.cannotConnectToHost) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw URLError(.cannotConnectToHost) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func aServerKilledUnderLoadLosesNoAcknowledgedWrite() async throws {
        let binary = try #require(Repository.binary)
        let region = try RegionFixture()
        let owner = Service(store: region.store, today: day("2026-11-28"), scriptsFolder: "Scripts")
        _ = try owner.addAccount(login: "ivanova", person: "ivanova", grants: [], password: "ivanova-password-1", cost: 4)
        let (server, base) = try await Self.serve(binary, database: region.store.path)
        defer { if server.isRunning { server.terminate() } }
        let token = try await Self.signIn(base)
        let reflections = base.appendingPathComponent("api/v1/routes/ivanova-2025/reflections")
        let writers = 8
        let killAt = ContinuousClock.now + .milliseconds(1500)
        let results = await withTaskGroup(of: (acknowledged: [String], statuses: [Int]).self) { group in
            for writer in 0..<writers {
                group.addTask {
                    var acknowledged: [String] = []
                    var statuses: [Int] = []
                    for n in 0..<10_000 {
                        let text = "writer \(writer) entry \(n)"
                        guard let status = await Self.post(reflections, token: token, json: #"{"deficit": "d1", "score": 4, "text": "\#(text)"}"#)
                        else { break }  // the server is gone
                        statuses.append(status)
                        if status == 201 { acknowledged.append(text) }
                    }
                    return (acknowledged, statuses)
                }
            }
            group.addTask {
                try? await Task.sleep(until: killAt)
                kill(server.processIdentifier, SIGKILL)
                return ([], [])
            }
            return await group.reduce(into: (acknowledged: [String](), statuses: [Int]())) { all, one in
                all.acknowledged += one.acknowledged
                all.statuses += one.statuses
            }
        }
        server.waitUntilExit()
        #expect(server.terminationReason == .uncaughtSignal)
        #expect(!results.acknowledged.isEmpty, "no write was acknowledged before the kill")
        #expect(results.statuses.allSatisfy { $0 == 201 }, "answers other than 201: \(Set(results.statuses).sorted())")
        let stored = Set(try Store(path: region.store.path).route("ivanova-2025").reflections.map(\.text))
        let lost = results.acknowledged.filter { !stored.contains($0) }
        #expect(lost.isEmpty, "acknowledged but not stored: \(lost.prefix(5))")
        #expect(try Store(path: region.store.path).integrityCheck() == ["ok"])
        // The audit line of a change is written with it: as many lines as stored reflections.
        let audited = try Store(path: region.store.path).audit(subject: "ivanova-2025").filter { $0.action == "reflect" && $0.outcome == "201" }
        #expect(audited.count == stored.count)
    }
}
