import Foundation
import GRDB
import Hummingbird
import Logging
import HummingbirdTesting
import MarshrutAccounts
import MarshrutCLI
import MarshrutCore
import MarshrutService
import MarshrutStore
import MarshrutTestSupport
import NIOCore
import Testing

@testable import MarshrutServer

/// A server over the region fixture, with an account for each kind of reader.
final class ServerFixture: @unchecked Sendable {
    // The region's store is a GRDB pool, safe across threads; nothing here changes after init.
    let region: RegionFixture
    let server: MarshrutServer

    static let accounts: [(login: String, person: String, grants: [String])] = [
        ("ivanova", "ivanova", []),
        ("petrov", "petrov", []),
        ("sidorova", "sidorova", []),
        ("zavuch-a", "zavuch-a", ["curator@school-a", "admin@school-a"]),
        ("zavuch-b", "zavuch-b", ["curator@school-b"]),
        ("metodist", "metodist", ["methodist@krasno"]),
    ]

    static func password(_ login: String) -> String { "\(login)-password-1" }

    init(signInLimit: SignInLimit = SignInLimit(), maxBodySize: Int = 64 * 1024) throws {
        region = try RegionFixture()
        let owner = Service(store: region.store, today: day("2026-11-28"), scriptsFolder: "Scripts")
        for account in Self.accounts {
            _ = try owner.addAccount(
                login: account.login, person: account.person, grants: account.grants, password: Self.password(account.login), cost: 4)
        }
        let settings = ServerSettings(
            scriptsFolder: Repository.scripts, today: { day("2026-11-28") }, describe: { Marshrut.message(for: $0) }, language: .english,
            maxBodySize: maxBodySize, passwordCost: 4, signInLimit: signInLimit)
        server = MarshrutServer(store: region.store, settings: settings)
    }

    /// What the server logged while a test ran.
    let logs = LogRecorder()

    var application: some ApplicationProtocol {
        let recorder = logs
        return Application(router: server.router(), logger: Logger(label: "marshrut-test") { _ in RecordingLogHandler(recorder: recorder) })
    }
}

/// Keeps every log line with its metadata, for tests that check what a log never holds.
final class LogRecorder: @unchecked Sendable {
    // Appended to by the server's tasks and read when the test ends: guarded by the lock.
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }
}

struct RecordingLogHandler: LogHandler {
    let recorder: LogRecorder
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(
        level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt
    ) {
        let all = self.metadata.merging(metadata ?? [:]) { _, new in new }
        recorder.append("\(level) \(message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))")
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:] }
    var list: [[String: Any]] { (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [[String: Any]] ?? [] }
}

extension TestClientProtocol {
    /// Signs in and returns the token.
    func signIn(_ login: String, password: String? = nil) async throws -> String {
        try await execute(
            uri: "/api/v1/session", method: .post,
            body: ByteBuffer(string: #"{"login": "\#(login)", "password": "\#(password ?? ServerFixture.password(login))"}"#)
        ) { response in
            #expect(response.status == .created, "\(login): \(response.text)")
            return response.json["token"] as? String ?? ""
        }
    }

    func get(_ uri: String, token: String, language: String = "en") async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(token)", .acceptLanguage: language])
    }

    func post(_ uri: String, token: String, json: String) async throws -> TestResponse {
        try await execute(uri: uri, method: .post, headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(string: json))
    }
}

struct ServerTests {
    @Test func healthSaysTheStoreAnswers() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(response.json["status"] as? String == "ok")
            #expect(response.json["migrations"] as? Int == 12)
        }
    }

    @Test func aGuardOfTheRoutesStepIsAConflictAndBadInputIsABadRequest() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let teacher = try await client.signIn("ivanova")
            // A final analysis belongs to steps 5–7; the route is at step 1.
            let early = try await client.post(
                "/api/v1/routes/ivanova-2025/reflections", token: teacher,
                json: #"{"deficit": "d1", "score": 4, "text": "Итог", "final": true, "date": "2026-11-20"}"#)
            #expect(early.status == .conflict, "\(early.text)")
            // So does a reflection on the self-image; and a reflection is about one thing.
            let image = try await client.post(
                "/api/v1/routes/ivanova-2025/reflections", token: teacher, json: #"{"image": true, "score": 3, "text": "Рано"}"#)
            #expect(image.status == .conflict, "\(image.text)")
            #expect((image.json["error"] as? String)?.contains("self-image") == true, "\(image.text)")
            let both = try await client.post(
                "/api/v1/routes/ivanova-2025/reflections", token: teacher, json: #"{"image": true, "deficit": "d1", "score": 3, "text": "Оба"}"#)
            #expect(both.status == .badRequest, "\(both.text)")
            let unknown = try await client.post(
                "/api/v1/routes/ivanova-2025/reflections", token: teacher, json: #"{"deficit": "d9", "score": 4, "text": "Нет такого"}"#)
            #expect(unknown.status == .badRequest, "\(unknown.text)")
        }
    }

    @Test func aTeacherReflectsAndTheTutorSeesIt() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let teacher = try await client.signIn("ivanova")
            let logged = try await client.post(
                "/api/v1/routes/ivanova-2025/reflections", token: teacher,
                json: #"{"deficit": "d1", "score": 4, "text": "Провела урок с ЦОР", "date": "2026-11-20"}"#)
            #expect(logged.status == .created, "\(logged.text)")
            #expect(logged.json["id"] as? String == "ivanova-2025/1")
            let tutor = try await client.signIn("petrov")
            let route = try await client.get("/api/v1/routes/ivanova-2025", token: tutor)
            #expect(route.status == .ok)
            let reflections = route.json["reflections"] as? [[String: Any]] ?? []
            #expect(reflections.map { $0["text"] as? String } == ["Провела урок с ЦОР"])
            // The tutor plans the route; writing the teacher's reflection is not theirs to do.
            let refused = try await client.post(
                "/api/v1/routes/ivanova-2025/reflections", token: tutor, json: #"{"deficit": "d1", "score": 5, "text": "за неё"}"#)
            #expect(refused.status == .forbidden)
            #expect((refused.json["error"] as? String)?.contains("the route's teacher") == true, "\(refused.text)")
        }
        // The change is in the audit log, under the account that made it.
        let audit = try fixture.region.store.audit(subject: "ivanova-2025")
        #expect(audit.map { "\($0.login) \($0.action) \($0.outcome)" } == ["ivanova reflect 201", "petrov reflect 403"])
    }

    @Test func aSubjectOutOfScopeDoesNotExistAndAVisibleOneNamesTheRoleNeeded() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let otherSchool = try await client.signIn("zavuch-b")
            let hidden = try await client.get("/api/v1/routes/ivanova-2025", token: otherSchool)
            let missing = try await client.get("/api/v1/routes/no-such-route", token: otherSchool)
            #expect(hidden.status == .notFound)
            #expect(missing.status == .notFound)
            #expect(hidden.json["error"] as? String == #"no route "ivanova-2025""#)
            // The store's own message lists every stored id; the server never shows it.
            #expect(missing.json["error"] as? String == #"no route "no-such-route""#)
            let methodist = try await client.signIn("metodist")
            let refused = try await client.get("/api/v1/routes/ivanova-2025", token: methodist, language: "ru")
            #expect(refused.status == .forbidden)
            #expect((refused.json["error"] as? String)?.contains("тьютор маршрута") == true, "\(refused.text)")
            let curator = try await client.signIn("zavuch-a")
            let listed = try await client.get("/api/v1/routes", token: curator)
            #expect(listed.list.map { $0["id"] as? String } == ["ivanova-2025"])
            let listedElsewhere = try await client.get("/api/v1/routes", token: otherSchool)
            #expect(listedElsewhere.list.isEmpty)
        }
    }

    @Test func signingInIsCheckedLimitedAndLeavesOnlyHashes() async throws {
        let fixture = try ServerFixture(signInLimit: SignInLimit(perLogin: 3, perAddress: 100, window: 300))
        let token = try await fixture.application.test(.router) { client in
            let token = try await client.signIn("ivanova")
            #expect(token.count >= 43)  // 256 bits in base64
            let whoami = try await client.get("/api/v1/whoami", token: token)
            #expect(whoami.json["person"] as? String == "ivanova")
            let noToken = try await client.execute(uri: "/api/v1/whoami", method: .get)
            #expect(noToken.status == .unauthorized)
            let forged = try await client.get("/api/v1/whoami", token: token + "x")
            #expect(forged.status == .unauthorized)
            var statuses: [HTTPResponse.Status] = []
            var messages = Set<String>()
            for login in ["petrov", "petrov", "petrov", "petrov", "nobody"] {
                let response = try await client.execute(
                    uri: "/api/v1/session", method: .post, body: ByteBuffer(string: #"{"login": "\#(login)", "password": "wrong-password"}"#))
                statuses.append(response.status)
                if response.status == .unauthorized { messages.insert(response.json["error"] as? String ?? "") }
                if response.status == .tooManyRequests { #expect(response.headers[.retryAfter] != nil) }
            }
            #expect(statuses == [.unauthorized, .unauthorized, .unauthorized, .tooManyRequests, .unauthorized])
            // A wrong password and a login that does not exist get the same answer.
            #expect(messages == ["wrong login or password"])
            let signedOut = try await client.execute(uri: "/api/v1/session", method: .delete, headers: [.authorization: "Bearer \(token)"])
            #expect(signedOut.status == .noContent)
            #expect(try await client.get("/api/v1/whoami", token: token).status == .unauthorized)
            _ = try await client.signIn("ivanova")
            return token
        }
        // The store keeps no token and no password in clear.
        let database = try DatabaseQueue(path: fixture.region.store.path)
        let sessions = try await database.read { try Row.fetchAll($0, sql: "SELECT * FROM session") }
        #expect(sessions.count == 1)
        #expect(sessions.allSatisfy { ($0["token_hash"] as String).count == 64 })
        #expect(sessions.allSatisfy { $0["token_hash"] as String != token })
        let hashes = try await database.read { try String.fetchAll($0, sql: "SELECT password_hash FROM account") }
        #expect(hashes.allSatisfy { $0.hasPrefix("$2b$") && !$0.contains("password") })
    }

    @Test func aGeneratedPasswordMustBeChangedFirst() async throws {
        let fixture = try ServerFixture()
        let owner = Service(store: fixture.region.store, today: day("2026-11-28"), scriptsFolder: "Scripts")
        let created = try owner.addAccount(login: "kozlov", person: "kozlov", grants: [], cost: 4)
        let generated = try #require(created.generatedPassword)
        try await fixture.application.test(.router) { client in
            let token = try await client.signIn("kozlov", password: generated)
            #expect(try await client.get("/api/v1/routes", token: token).status == .forbidden)
            let short = try await client.execute(
                uri: "/api/v1/password", method: .put, headers: [.authorization: "Bearer \(token)"],
                body: ByteBuffer(string: #"{"current": "\#(generated)", "new": "short"}"#))
            #expect(short.status == .badRequest)
            let changed = try await client.execute(
                uri: "/api/v1/password", method: .put, headers: [.authorization: "Bearer \(token)"],
                body: ByteBuffer(string: #"{"current": "\#(generated)", "new": "kozlov-new-password"}"#))
            #expect(changed.status == .noContent)
            #expect(try await client.get("/api/v1/routes", token: token).status == .ok)
        }
    }

    @Test func badBodiesAreRefusedNamingTheField() async throws {
        let fixture = try ServerFixture(maxBodySize: 1024)
        try await fixture.application.test(.router) { client in
            let token = try await client.signIn("ivanova")
            let route = "/api/v1/routes/ivanova-2025/reflections"
            let wrongType = try await client.post(route, token: token, json: #"{"deficit": "d1", "score": "five", "text": "t"}"#)
            #expect(wrongType.status == .badRequest)
            #expect(wrongType.json["error"] as? String == "score: expected a number")
            let missing = try await client.post(route, token: token, json: #"{"deficit": "d1", "score": 3}"#)
            #expect(missing.json["error"] as? String == "text: required")
            let notJSON = try await client.post(route, token: token, json: "score=3")
            #expect(notJSON.status == .badRequest)
            let huge = try await client.post(route, token: token, json: #"{"deficit": "d1", "score": 3, "text": "\#(String(repeating: "я", count: 2000))"}"#)
            #expect(huge.status == .contentTooLarge)
            let future = try await client.post(route, token: token, json: #"{"deficit": "d1", "score": 3, "text": "t", "date": "2027-01-01"}"#)
            #expect(future.status == .badRequest)
            #expect(try fixture.region.store.route("ivanova-2025").reflections.isEmpty)
        }
    }

    @Test func logsHoldNoPasswordTokenOrReflectionText() async throws {
        let fixture = try ServerFixture()
        let token = try await fixture.application.test(.router) { client in
            let token = try await client.signIn("ivanova")
            _ = try await client.execute(
                uri: "/api/v1/session", method: .post, body: ByteBuffer(string: #"{"login": "ivanova", "password": "a-wrong-secret-77"}"#))
            let logged = try await client.post(
                "/api/v1/routes/ivanova-2025/reflections", token: token,
                json: #"{"deficit": "d1", "score": 4, "text": "Личное: трудно с 7Б", "date": "2026-11-20"}"#)
            #expect(logged.status == .created)
            return token
        }
        let logs = fixture.logs.text
        #expect(logs.contains("path=/api/v1/routes/ivanova-2025/reflections"), "the requests are logged")
        #expect(logs.contains("status=201"))
        for secret in [ServerFixture.password("ivanova"), "a-wrong-secret-77", token, String(token.prefix(16)), "Личное", "трудно с 7Б"] {
            #expect(!logs.contains(secret), "the log holds \(secret)")
        }
    }

    @Test func aSessionEndsWhenItExpires() throws {
        let fixture = try ServerFixture()
        let sessions = Sessions(store: fixture.region.store)
        let signedIn = try sessions.signIn(login: "ivanova", password: ServerFixture.password("ivanova"))
        #expect(try sessions.holder(of: signedIn.token).account.login == "ivanova")
        let later = Date().addingTimeInterval(Service.sessionLifetime + 60)
        #expect(throws: AccountError.notSignedIn) { try sessions.holder(of: signedIn.token, now: later) }
    }

    @Test func signInsFromOneAddressAreLimitedAcrossLogins() async throws {
        let fixture = try ServerFixture(signInLimit: SignInLimit(perLogin: 100, perAddress: 3, window: 300))
        try await fixture.application.test(.router) { client in
            var statuses: [HTTPResponse.Status] = []
            for login in ["ivanova", "petrov", "sidorova", "metodist"] {
                let response = try await client.execute(
                    uri: "/api/v1/session", method: .post, body: ByteBuffer(string: #"{"login": "\#(login)", "password": "guess-guess-1"}"#))
                statuses.append(response.status)
            }
            #expect(statuses == [.unauthorized, .unauthorized, .unauthorized, .tooManyRequests])
        }
    }

    @Test func theAuditLogIsAppendOnly() throws {
        let fixture = try ServerFixture()
        try fixture.region.store.appendAudit(AuditEntry(at: "2026-11-28T10:00:00Z", login: "ivanova", action: "reflect", subject: "r", outcome: "201"))
        #expect(throws: (any Error).self) {
            try DatabaseQueue(path: fixture.region.store.path).write { try $0.execute(sql: "UPDATE audit SET outcome = '500'") }
        }
        #expect(throws: (any Error).self) { try DatabaseQueue(path: fixture.region.store.path).write { try $0.execute(sql: "DELETE FROM audit") } }
        #expect(try fixture.region.store.audit().map(\.outcome) == ["201"])
    }
}
