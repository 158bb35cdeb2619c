import Foundation
import Hummingbird
import Logging
import MarshrutAccounts
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutStore
import MarshrutText

/// The web pages under `/`, for the people who never open a terminal: served beside the API,
/// with the same operations and the same permission checks.
///
/// ```swift
/// let server = MarshrutServer(store: store, settings: settings, fronts: [WebPages()])
/// ```
public struct WebPages: ServerFront {
    public init() {}

    public func prepare(_ router: Router<MarshrutRequestContext>, server: MarshrutServer) {
        router.add(middleware: UnknownPages(pages: Pages(server: server)))
    }

    public func register(on router: Router<MarshrutRequestContext>, server: MarshrutServer) {
        let pages = Pages(server: server)
        router.get("/assets/marshrut.css") { _, _ in Assets.css }
        router.get("/sign-in") { request, context in await pages.answer(request, context, access: .open) { try await $0.signInPage() } }
        router.post("/sign-in") { request, context in await pages.answer(request, context, access: .open) { try await $0.postSignIn() } }
        router.post("/sign-out") { request, context in await pages.answer(request, context, access: .passwordChange) { try await $0.signOut() } }
        router.get("/password") { request, context in
            await pages.answer(request, context, access: .passwordChange) { try await $0.passwordPage() }
        }
        router.post("/password") { request, context in
            await pages.answer(request, context, access: .passwordChange) { try await $0.changePassword() }
        }
        router.get("/") { request, context in await pages.answer(request, context) { try await $0.home() } }
        router.get("/routes/:id") { request, context in await pages.answer(request, context) { try await $0.routePage() } }
        router.post("/routes/:id/reflections") { request, context in await pages.answer(request, context) { try await $0.reflect() } }
        router.get("/routes/:id/plan") { request, context in await pages.answer(request, context) { try await $0.planPage() } }
        router.post("/routes/:id/plan/:form") { request, context in await pages.answer(request, context) { try await $0.plan() } }
        router.get("/scripts") { request, context in await pages.answer(request, context) { try await $0.scriptsPage() } }
        router.get("/rollup") { request, context in await pages.answer(request, context) { try await $0.rollUp() } }
        router.get("/findings") { request, context in await pages.answer(request, context) { try await $0.findings() } }
        router.get("/report") { request, context in await pages.answer(request, context) { try await $0.reportPage() } }
        router.get("/report/document") { request, context in await pages.answer(request, context) { try await $0.reportDocument() } }
        router.get("/mentoring") { request, context in await pages.answer(request, context) { try await $0.mentoring() } }
        router.post("/mentoring/apply") { request, context in await pages.answer(request, context) { try await $0.applyMatch() } }
        router.get("/roadmap") { request, context in await pages.answer(request, context) { try await $0.roadMap() } }
        router.get("/accounts") { request, context in await pages.answer(request, context) { try await $0.accountsPage() } }
        router.post("/accounts") { request, context in await pages.answer(request, context) { try await $0.addAccount() } }
        router.post("/accounts/:login/:action") { request, context in await pages.answer(request, context) { try await $0.changeAccount() } }
        router.get("/organizations") { request, context in await pages.answer(request, context) { try await $0.organizationsPage() } }
        router.post("/organizations") { request, context in await pages.answer(request, context) { try await $0.saveOrganization() } }
        router.get("/journal") { request, context in await pages.answer(request, context) { try await $0.journal() } }
        router.get("/journal/:id/:number") { request, context in await pages.answer(request, context) { try await $0.entry() } }
        router.post("/journal/:id/:number") { request, context in await pages.answer(request, context) { try await $0.revise() } }
    }
}

/// Answers page requests: finds the reader's session, runs the page, and turns what went
/// wrong into a page.
struct Pages: Sendable {
    let server: MarshrutServer

    enum Access: Sendable {
        /// No session needed: the sign-in page.
        case open
        /// A signed-in reader whose password is their own.
        case signedIn
        /// A signed-in reader, also one who must first change a generated password.
        case passwordChange
    }

    func answer(
        _ request: Request, _ context: MarshrutRequestContext, access: Access = .signedIn,
        _ body: @escaping @Sendable (inout PageRequest) async throws -> Response
    ) async -> Response {
        var page = PageRequest(server: server, request: request, context: context)
        return await Language.$current.withValue(page.language) {
            var response: Response
            do {
                if access != .open {
                    do {
                        try await page.findSession()
                    } catch AccountError.notSignedIn {
                        return signInAgain(page)
                    }
                    if page.holder?.account.mustChangePassword == true, access != .passwordChange {
                        return PageRenderer.seeOther("/password")
                    }
                }
                response = try await body(&page)
            } catch {
                response = failure(error, page)
            }
            if let chosen = request.uri.queryParameters.get("lang").flatMap(Language.init(code:)) {
                response.setCookie(page.cookie(PageRequest.languageCookie, chosen.rawValue, maxAge: 365 * 24 * 3600))
            }
            return response
        }
    }

    /// To the sign-in page, and back here after it; a stale session cookie goes.
    func signInAgain(_ page: PageRequest) -> Response {
        let back = page.request.method == .get && page.path != "/" ? "?next=" + Self.encoded(page.request.uri.description) : ""
        var response = PageRenderer.seeOther("/sign-in" + back)
        if page.request.cookies[PageRequest.sessionCookie] != nil {
            response.setCookie(page.cookie(PageRequest.sessionCookie, "", maxAge: 0))
        }
        return response
    }

    /// What went wrong, as a page: a subject out of reach is "not found", as one that does not exist.
    func failure(_ error: any Error, _ page: PageRequest) -> Response {
        let frame = { (title: String) in Frame(title: title, request: page, userName: page.readerName) }
        if case PageRefusal.forgedForm = error {
            return PageRenderer.shared.response("refused", ["page": frame(PageWords().refusedTitle)], status: .forbidden)
        }
        let status = MarshrutServer.status(for: error)
        switch status {
        case .notFound, .forbidden:
            return notFound(page)
        case .internalServerError:
            page.context.logger.error("page failed", metadata: ["path": "\(page.path)", "error": "\(error)"])
            let message = tr("Something went wrong on the server; it is logged.", "На сервере произошла ошибка; она записана в журнал.")
            return PageRenderer.shared.response("failure", FailureView(page: frame(PageWords().error), message: message), status: status)
        default:
            return PageRenderer.shared.response(
                "failure", FailureView(page: frame(PageWords().error), message: server.settings.describe(error)), status: status)
        }
    }

    func notFound(_ page: PageRequest) -> Response {
        PageRenderer.shared.response(
            "not-found", ["page": Frame(title: PageWords().notFoundTitle, request: page, userName: page.readerName)], status: .notFound)
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/"))) ?? "/"
    }
}

/// A page that says what went wrong.
struct FailureView: Sendable {
    var page: Frame
    var message: String
}

/// A path no route answers: outside the API, the "not found" page.
struct UnknownPages: RouterMiddleware {
    typealias Context = MarshrutRequestContext
    let pages: Pages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && !request.uri.path.hasPrefix("/api/") {
            let page = PageRequest(server: pages.server, request: request, context: context)
            return Language.$current.withValue(page.language) { pages.notFound(page) }
        }
    }
}
