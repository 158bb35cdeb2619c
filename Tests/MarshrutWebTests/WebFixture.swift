import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import MarshrutAccounts
import MarshrutCLI
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutStore
import MarshrutTestSupport

@testable import MarshrutWeb

/// A server with the web pages over the region fixture, and an account for each kind of reader.
final class WebFixture: Sendable {
    let region: RegionFixture
    let server: MarshrutServer

    static let accounts: [(login: String, person: String, grants: [String])] = [
        ("ivanova", "ivanova", []),
        ("petrov", "petrov", []),
        ("kozlov", "kozlov", []),
        ("zavuch-a", "zavuch-a", ["curator@school-a"]),
        ("zavuch-b", "zavuch-b", ["curator@school-b"]),
        ("metodist", "metodist", ["methodist@krasno"]),
    ]

    static func password(_ login: String) -> String { "\(login)-password-1" }

    static let today = "2026-11-28"

    init() throws {
        region = try RegionFixture()
        let owner = Service(store: region.store, today: day(Self.today), scriptsFolder: "Scripts")
        for account in Self.accounts {
            _ = try owner.addAccount(
                login: account.login, person: account.person, grants: account.grants, password: Self.password(account.login), cost: 4)
        }
        let settings = ServerSettings(
            scriptsFolder: Repository.scripts, today: { day(WebFixture.today) }, describe: { Marshrut.message(for: $0) }, passwordCost: 4)
        server = MarshrutServer(store: region.store, settings: settings, fronts: [WebPages()])
    }

    var application: some ApplicationProtocol {
        Application(router: server.router(), logger: Logger(label: "marshrut-web-test"))
    }
}

/// A browser's memory for in-process requests: its cookies, and the form token of the last page.
struct WebVisitor {
    var cookies: [String: String] = [:]
    var language = "ru"

    var cookieHeader: String { cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    /// Keeps the cookies a response sets (and forgets those it expires).
    mutating func keep(_ response: TestResponse) {
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if field.contains("Max-Age=0") { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
        }
    }

    mutating func get(_ client: some TestClientProtocol, _ uri: String) async throws -> TestResponse {
        let response = try await client.execute(
            uri: uri, method: .get, headers: [.cookie: cookieHeader, .acceptLanguage: language], body: nil)
        keep(response)
        return response
    }

    /// Posts a form: `fields` in order, URL-encoded.
    mutating func post(_ client: some TestClientProtocol, _ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let response = try await client.execute(
            uri: uri, method: .post,
            headers: [.cookie: cookieHeader, .contentType: "application/x-www-form-urlencoded", .acceptLanguage: language],
            body: ByteBuffer(string: body))
        keep(response)
        return response
    }

    /// Signs in through the form; returns the form token of the page it lands on.
    mutating func signIn(_ client: some TestClientProtocol, _ login: String, password: String? = nil) async throws -> TestResponse {
        let form = try await get(client, "/sign-in")
        let token = Self.formToken(form.text) ?? ""
        return try await post(
            client, "/sign-in", [("csrf", token), ("next", "/"), ("login", login), ("password", password ?? WebFixture.password(login))])
    }

    /// The form token a page carries.
    static func formToken(_ html: String) -> String? {
        guard let range = html.range(of: #"name="csrf" value="([0-9a-zA-Z_\-]+)""#, options: .regularExpression) else { return nil }
        return String(html[range].split(separator: "\"")[3])
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String { headers[.location] ?? "" }
}
