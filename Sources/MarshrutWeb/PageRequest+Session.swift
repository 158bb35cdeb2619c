import Foundation
import Hummingbird
import MarshrutAccounts
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutStore
import MarshrutText

/// The sign-in page's fields.
struct SignInView: Sendable {
    var page: Frame
    var csrf: String
    var next: String
    var login: String
    var hasError: Bool
    var error: String
}

/// The password page's fields.
struct PasswordView: Sendable {
    var page: Frame
    var mustChange: Bool
    var hasError: Bool
    var error: String
}

extension PageRequest {
    /// Where to go after signing in: a path of this site only, never another site's address.
    static func safeNext(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"), !text.hasPrefix("/sign-") else { return "/" }
        return text
    }

    func signInPage() async throws -> Response {
        var probe = self
        if (try? await probe.findSession()) != nil { return PageRenderer.seeOther("/") }
        return signInForm(login: "", error: nil, status: .ok)
    }

    /// The sign-in form with a fresh form token in its cookie, so a page of another site cannot post it.
    func signInForm(login: String, error: String?, status: HTTPResponse.Status) -> Response {
        let token = request.cookies[Self.formCookie]?.value ?? Secrets.newToken()
        let next = Self.safeNext(request.uri.queryParameters.get("next"))
        let view = SignInView(
            page: Frame(title: PageWords().signIn, request: self), csrf: token, next: next, login: login, hasError: error != nil, error: error ?? "")
        var response = PageRenderer.shared.response("sign-in", view, status: status)
        response.setCookie(cookie(Self.formCookie, token, maxAge: 3600))
        return response
    }

    func postSignIn() async throws -> Response {
        let form = try await self.form()
        let login = String((form["login"] ?? "").prefix(64))
        let password = form["password"] ?? ""
        let (store, limiter, address) = (server.store, server.limiter, context.clientAddress)
        let audit = { (outcome: HTTPResponse.Status) in
            let entry = AuditEntry(at: Service.timestamp(Date()), login: login, action: "signIn", subject: login, outcome: String(outcome.code))
            try? await MarshrutServer.offloading { try store.appendAudit(entry) }
        }
        do {
            try await limiter.check(login: login, address: address)
        } catch {
            await audit(.tooManyRequests)
            return signInForm(login: login, error: server.settings.describe(error), status: .tooManyRequests)
        }
        let signedIn: SignedIn
        do {
            signedIn = try await MarshrutServer.offloading { try Sessions(store: store).signIn(login: login, password: password) }
        } catch let error as AccountError {
            await limiter.failed(login: login, address: address)
            await audit(.unauthorized)
            return signInForm(login: login, error: server.settings.describe(error), status: .unauthorized)
        }
        await limiter.succeeded(login: login)
        await audit(.seeOther)
        var response = PageRenderer.seeOther(signedIn.mustChangePassword ? "/password" : Self.safeNext(form["next"]))
        response.setCookie(cookie(Self.sessionCookie, signedIn.token, maxAge: Int(Service.sessionLifetime)))
        return response
    }

    func signOut() async throws -> Response {
        _ = try await form()
        if let token {
            let store = server.store
            try await MarshrutServer.offloading { try Sessions(store: store).signOut(token: token) }
        }
        var response = PageRenderer.seeOther("/sign-in")
        response.setCookie(cookie(Self.sessionCookie, "", maxAge: 0))
        return response
    }

    func passwordPage(error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let view = PasswordView(
            page: Frame(title: PageWords().changePassword, request: self, userName: readerName),
            mustChange: holder?.account.mustChangePassword ?? false, hasError: error != nil, error: error ?? "")
        return PageRenderer.shared.response("password", view, status: status)
    }

    func changePassword() async throws -> Response {
        let form = try await self.form()
        guard let login = holder?.account.login else { throw AccountError.notSignedIn }
        let (current, new) = (form["current"] ?? "", form["new"] ?? "")
        guard new == form["again"] else {
            return try await passwordPage(error: tr("The two new passwords differ.", "Новые пароли не совпадают."), status: .unprocessableContent)
        }
        let (store, cost) = (server.store, server.settings.passwordCost)
        do {
            try await MarshrutServer.offloading { try Sessions(store: store).changePassword(login: login, current: current, new: new, cost: cost) }
        } catch let error as AccountError {
            return try await passwordPage(error: server.settings.describe(error), status: .unprocessableContent)
        }
        let entry = AuditEntry(at: Service.timestamp(Date()), login: login, action: "changePassword", subject: login, outcome: "303")
        try? await MarshrutServer.offloading { try store.appendAudit(entry) }
        return PageRenderer.seeOther("/")
    }
}
