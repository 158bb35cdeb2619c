import Foundation
import HTTPTypes
import Hummingbird
import MarshrutAccounts
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutStore
import MarshrutText

/// One page request being answered: its reader's session and language, its form, and the
/// service that answers it under the roles table.
struct PageRequest: Sendable {
    let server: MarshrutServer
    let request: Request
    let context: MarshrutRequestContext
    let language: Language
    /// The session token of the cookie, once it named a live session.
    var token: String?
    var holder: SessionHolder?
    /// The signed-in reader's name, for the page's header.
    var readerName = ""

    /// The cookie that carries the session token.
    static let sessionCookie = "marshrut_session"
    /// The cookie that keeps a chosen language.
    static let languageCookie = "marshrut_lang"
    /// The cookie that the sign-in form's token must match, before any session exists.
    static let formCookie = "marshrut_form"

    init(server: MarshrutServer, request: Request, context: MarshrutRequestContext) {
        self.server = server
        self.request = request
        self.context = context
        language = Self.language(of: request)
    }

    /// `?lang=`, else the cookie, else `Accept-Language` when it asks for English: Russian by default.
    static func language(of request: Request) -> Language {
        if let asked = request.uri.queryParameters.get("lang").flatMap(Language.init(code:)) { return asked }
        if let kept = request.cookies[languageCookie].flatMap({ Language(code: $0.value) }) { return kept }
        return MarshrutServer.language(of: request, default: .russian)
    }

    var path: String { request.uri.path }

    /// Finds the session of the cookie; throws ``AccountError/notSignedIn`` without one.
    mutating func findSession() async throws {
        guard let token = request.cookies[Self.sessionCookie]?.value, !token.isEmpty else { throw AccountError.notSignedIn }
        let store = server.store
        let (holder, name) = try await MarshrutServer.offloading {
            let holder = try Sessions(store: store).holder(of: token)
            return (holder, (try? store.person(holder.account.person).name) ?? holder.account.login)
        }
        (self.holder, readerName, self.token) = (holder, name, token)
    }

    /// The signed-in reader's service.
    func service() throws -> Service {
        guard let holder else { throw AccountError.notSignedIn }
        return Service(
            store: server.store, today: try server.settings.today(), actor: holder.actor, scriptsFolder: server.settings.scriptsFolder,
            policy: RolePolicy(store: server.store))
    }

    /// Runs a reading operation off the server's threads, in the reader's language.
    func read<T: Sendable>(_ operation: @escaping @Sendable (Service) throws -> T) async throws -> T {
        let service = try self.service()
        let language = self.language
        return try await MarshrutServer.offloading { try Language.$current.withValue(language) { try operation(service) } }
    }

    /// Runs a change off the server's threads, with its audit line written in the change's own
    /// transaction; a refused change is logged with the status it answers with.
    func change<T: Sendable>(_ action: String, subject: String, _ operation: @escaping @Sendable (Service) throws -> T) async throws -> T {
        let service = try self.service()
        let entry = AuditEntry(
            at: Service.timestamp(Date()), login: holder?.account.login ?? "-", action: action, subject: String(subject.prefix(64)),
            outcome: "303")
        let slot = AuditSlot(entry)
        let (store, language) = (server.store, self.language)
        do {
            return try await MarshrutServer.offloading {
                try Store.$auditing.withValue(slot) { try Language.$current.withValue(language) { try operation(service) } }
            }
        } catch {
            let refused = AuditEntry(
                at: entry.at, login: entry.login, action: action, subject: entry.subject, outcome: String(MarshrutServer.status(for: error).code))
            try? await MarshrutServer.offloading { try store.appendAudit(refused) }
            throw error
        }
    }

    // MARK: Forms

    /// The token a signed-in reader's forms carry: derived from the session, so a page of
    /// another site cannot know it.
    var formToken: String {
        guard let token else { return "" }
        return Secrets.tokenHash("form:" + token)
    }

    /// The posted form, once its token proved it came from a page of this site.
    func form() async throws -> FormFields {
        let limit = server.settings.maxBodySize
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw RequestError.bodyTooLarge(limit: limit)
        }
        let fields = FormFields(encoded: String(buffer: buffer))
        let expected = token == nil ? request.cookies[Self.formCookie]?.value ?? "" : formToken
        guard !expected.isEmpty, Self.same(fields["csrf"] ?? "", expected), sameOrigin else { throw PageRefusal.forgedForm }
        return fields
    }

    /// A browser names the page a form came from; when it does, it must be this site.
    private var sameOrigin: Bool {
        guard let origin = request.headers[.origin], origin != "null" else { return request.headers[.origin] == nil }
        guard let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }

    /// Compares in time that does not depend on where the texts differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Whether the browser reached the server over TLS (directly or through a proxy that says so).
    var isSecure: Bool {
        request.head.scheme == "https" || request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    /// A cookie of this site: HttpOnly, SameSite=Strict, Secure over TLS.
    func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: isSecure, httpOnly: true, sameSite: .strict)
    }
}

/// Why a page refused a request before any operation ran.
enum PageRefusal: Error, Sendable, Hashable {
    /// A form without the token of a page of this site.
    case forgedForm
}

/// The fields of a posted `application/x-www-form-urlencoded` form.
struct FormFields: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    init(encoded: String) {
        for part in encoded.split(separator: "&") {
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            pairs.append((decoded(halves[0]), halves.count > 1 ? decoded(halves[1]) : ""))
        }
    }

    /// The first value of a field, or nil when absent.
    subscript(name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// The value of a field with its surrounding white space removed, or nil when empty.
    func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// Every value of a repeated field, such as checked boxes.
    func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }
}
