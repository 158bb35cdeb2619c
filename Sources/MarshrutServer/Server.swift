import Foundation
import HTTPTypes
import Hummingbird
import Logging
import MarshrutAccounts
import MarshrutCore
import MarshrutDocuments
import MarshrutService
import MarshrutStore
import MarshrutText
import NIOCore

/// The request context of the server: Hummingbird's core, the client's address (for the sign-in
/// limit) and the body limit.
public struct MarshrutRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public let clientAddress: String
    public var bodyLimit: Int = 256 * 1024

    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    public var maxUploadSize: Int { bodyLimit }
}

/// The HTTP server over one store: the JSON API under `/api/v1`, `/healthz`.
///
/// Every answer is made by an operation of ``Service`` for the signed-in account, with the
/// ``RolePolicy`` of the roles table; the server only reads requests, calls the operation and
/// writes its value with the same JSON encoder as the command line's `--json`.
public struct MarshrutServer: Sendable {
    public let store: Store
    public let settings: ServerSettings
    /// Failed sign-ins, counted across the API and every other front.
    public let limiter: SignInLimiter
    /// The other fronts served beside the API, such as the web pages.
    public let fronts: [any ServerFront]

    public init(store: Store, settings: ServerSettings, fronts: [any ServerFront] = []) {
        self.store = store
        self.settings = settings
        self.limiter = SignInLimiter(limit: settings.signInLimit)
        self.fronts = fronts
    }

    /// The router with every endpoint of ``Endpoint/all`` and the routes of every front.
    public func router() -> Router<MarshrutRequestContext> {
        let router = Router(context: MarshrutRequestContext.self)
        router.add(middleware: RequestLog())
        for front in fronts { front.prepare(router, server: self) }
        for endpoint in Endpoint.all {
            router.on(RouterPath(endpoint.routerPath), method: endpoint.method) { request, context in
                await self.respond(to: request, context: context, with: endpoint)
            }
        }
        for front in fronts { front.register(on: router, server: self) }
        return router
    }

    /// Runs blocking store work off the server's threads, on a thread of ``BlockingPool``.
    ///
    /// A fixed pool (NIOThreadPool) was tried before: with it the test suite's in-process servers
    /// stopped answering now and then (docs/benchmarks.md). The global dispatch queue adds
    /// threads for blocked work too slowly for a PostgreSQL store.
    public static func offloading<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            BlockingPool.shared.run { continuation.resume(with: Result { try body() }) }
        }
    }

    /// The application, listening where the settings say.
    public func application(logger: Logger) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "marshrut"),
            logger: logger)
    }

    /// Runs until SIGTERM or SIGINT, then finishes the requests in flight.
    public func run(logger: Logger) async throws {
        do {
            try await application(logger: logger).runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw RequestError.addressInUse(host: settings.host, port: settings.port)
        }
    }

    // MARK: Answering

    func respond(to request: Request, context: MarshrutRequestContext, with endpoint: Endpoint) async -> Response {
        var context = context
        context.bodyLimit = settings.maxBodySize
        let language = Self.language(of: request, default: settings.language)
        var call = Call(server: self, request: request, context: context, language: language)
        call.endpoint = endpoint
        let reply: Reply
        do {
            if endpoint.access != .open { try await call.signIn(allowingPasswordChange: endpoint.access == .passwordChange) }
            reply = try await endpoint.handler(&call)
        } catch {
            reply = errorReply(error, language: language)
        }
        if endpoint.audited, call.audit.slot?.isWritten != true || reply.status.code >= 300 {
            let entry = AuditEntry(
                at: Service.timestamp(Date()), login: call.holder?.account.login ?? call.claimedLogin ?? "-",
                action: endpoint.operation, subject: call.auditSubject, outcome: String(reply.status.code))
            try? await offload { try store.appendAudit(entry) }
        }
        var response = reply.response
        // The day the server judges overdue work on, so a client renders what a local run would.
        if let today = try? settings.today() { response.headers[Self.todayHeader] = today.description }
        return response
    }

    /// The header that carries the server's day.
    public static let todayHeader = HTTPField.Name("Marshrut-Today")!

    func errorReply(_ error: any Error, language: Language) -> Reply {
        var shown: any Error = error
        // A store's "not found" lists the stored ids: on a server it is the plain refusal.
        if let e = error as? StoreError, let missing = e.missing, let kind = ServiceError.SubjectKind(rawValue: missing.kind.rawValue) {
            shown = ServiceError.notFound(kind, id: missing.id)
        }
        let status = Self.status(for: shown)
        let message =
            status == .internalServerError
            ? "internal error" : Language.$current.withValue(language) { settings.describe(shown) }
        var reply = Reply.json(ErrorBody(error: message), status: status)
        if case RequestError.tooManyAttempts(let seconds) = shown { reply.headers[.retryAfter] = String(seconds) }
        return reply
    }

    /// The status an error answers with: what a front end shows for it.
    public static func status(for error: any Error) -> HTTPResponse.Status {
        switch error {
        case let e as ServiceError:
            switch e {
            case .notPermitted: .forbidden
            case .notFound, .noReflection, .noRoadMap: .notFound
            case .reflectionInFuture, .reflectionBeforeStart, .yearOutOfRange, .incomplete, .noScriptsToPush, .badScriptName, .tooManyScripts,
                .scriptTooLarge, .scriptsTooLarge, .scriptsDoNotLoad:
                .badRequest
            case .scriptsDiffer: .conflict
            case .notATutor, .overlappingRoute, .duplicateProgram, .consentAfterToday, .consentAfterErasure, .consentOnRecord, .proposalChanged,
                .erasedPerson:
                .conflict
            }
        case let e as AccountError:
            switch e {
            case .wrongCredentials, .notSignedIn, .disabled: .unauthorized
            case .mustChangePassword: .forbidden
            case .loginTaken, .personHasAccount: .conflict
            case .noAccount, .noOrganization: .notFound
            case .invalidLogin, .invalidGrant, .passwordTooShort, .grantNotHeld: .badRequest
            }
        case let e as RequestError:
            switch e {
            case .badField, .badQuery: .badRequest
            case .bodyTooLarge: .contentTooLarge
            case .tooManyAttempts: .tooManyRequests
            case .addressInUse: .internalServerError
            }
        case let e as ModelError: e.isStateGuard ? .conflict : .badRequest
        case is DocumentError: .badRequest
        case is DayWordsError: .badRequest
        case is StaffImportFailure, is StaffImportError: .badRequest
        case let e as StoreError: e.missing != nil ? .notFound : .internalServerError
        default: .internalServerError
        }
    }

    /// The language a request's `Accept-Language` asks for, else `language`.
    public static func language(of request: Request, default language: Language) -> Language {
        guard let accepted = request.headers[.acceptLanguage]?.lowercased() else { return language }
        let first = accepted.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if first.hasPrefix("en") { return .english }
        if first.hasPrefix("ru") { return .russian }
        return language
    }
}

/// An error's answer: `{"error": "…"}`.
struct ErrorBody: Encodable {
    var error: String
}

/// Runs blocking store work off the server's threads.
func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await MarshrutServer.offloading(body)
}

/// Counts failed sign-ins per login and per address in a sliding window.
public actor SignInLimiter {
    let limit: SignInLimit
    private var failures: [String: [Date]] = [:]

    init(limit: SignInLimit) {
        self.limit = limit
    }

    /// Throws ``RequestError/tooManyAttempts(retryAfter:)`` when either key used up its attempts.
    public func check(login: String, address: String, now: Date = Date()) throws {
        for (key, allowed) in [("login:" + login, limit.perLogin), ("address:" + address, limit.perAddress)] {
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < limit.window }
            failures[key] = recent
            if recent.count >= allowed, let oldest = recent.first {
                throw RequestError.tooManyAttempts(retryAfter: max(1, Int((limit.window - now.timeIntervalSince(oldest)).rounded(.up))))
            }
        }
    }

    /// Counts a failed sign-in against the login and the address.
    public func failed(login: String, address: String, now: Date = Date()) {
        // Logins an attacker makes up would each keep a key forever: past a bound, the keys with
        // nothing left in the window go.
        if failures.count > 10_000 {
            failures = failures.filter { _, times in times.contains { now.timeIntervalSince($0) < limit.window } }
        }
        failures["login:" + login, default: []].append(now)
        failures["address:" + address, default: []].append(now)
    }

    /// Forgets the login's failures after it signed in.
    public func succeeded(login: String) {
        failures["login:" + login] = nil
    }
}

/// Logs each request with its method, path, status and time: never a body, a password or a token.
struct RequestLog: RouterMiddleware {
    typealias Context = MarshrutRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        context.logger.info(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "status": "\(response.status.code)",
                "ms": "\(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)",
            ])
        return response
    }
}

/// A front served beside the JSON API on the same router, such as the web pages.
public protocol ServerFront: Sendable {
    /// Adds what must wrap every route (middleware), before any route is added.
    func prepare(_ router: Router<MarshrutRequestContext>, server: MarshrutServer)
    /// Adds the front's routes after the API's.
    func register(on router: Router<MarshrutRequestContext>, server: MarshrutServer)
}
