import Foundation
import HTTPTypes
import Hummingbird
import MarshrutCore
import MarshrutText
import Mustache

/// What every page shows around its content: title, words, the reader, the form token and the
/// language switch.
///
/// Every field is a stored value (the templates read fields by reflection) and none is
/// optional: a missing value would make Mustache look the name up in an enclosing section.
struct Frame: Sendable {
    struct Link: Sendable {
        var href: String
        var label: String
        var current: Bool
    }

    var title: String
    var words = PageWords()
    var language: String
    var signedIn: Bool
    var userName: String
    var userLogin: String
    var csrf: String
    var nav: [Link]
    /// The other language's link: this page with `?lang=`.
    var switchLanguage: Link

    /// A frame with no reader, in the current language.
    init(title: String) {
        self.title = title
        language = Language.current.rawValue
        (signedIn, userName, userLogin, csrf, nav) = (false, "", "", "", [])
        switchLanguage = Self.switchLink(from: Language.current, at: "")
    }

    init(title: String, request: PageRequest, userName: String = "", current: String = "") {
        self.title = title
        language = request.language.rawValue
        signedIn = request.holder != nil
        self.userName = userName
        userLogin = request.holder?.account.login ?? ""
        csrf = request.holder == nil ? "" : request.formToken
        let words = self.words
        var nav: [Link] = []
        if signedIn {
            nav = [Link(href: "/", label: words.home, current: current == "/"), Link(href: "/journal", label: words.journal, current: current == "/journal")]
        }
        if request.readsReports {
            nav += [
                Link(href: "/rollup", label: words.rollUp, current: current == "/rollup"),
                Link(href: "/findings", label: words.findings, current: current == "/findings"),
                Link(href: "/report", label: words.report, current: current == "/report"),
                Link(href: "/mentoring", label: words.mentoring, current: current == "/mentoring"),
                Link(href: "/roadmap", label: words.roadMap, current: current == "/roadmap"),
                Link(href: "/scripts", label: words.scripts, current: current == "/scripts"),
            ]
        }
        if request.administers {
            nav += [
                Link(href: "/accounts", label: words.accounts, current: current == "/accounts"),
                Link(href: "/organizations", label: words.organizations, current: current == "/organizations"),
            ]
        }
        self.nav = nav
        // A page answering a post has no address to reload; the switch then leads home.
        switchLanguage = Self.switchLink(from: request.language, at: request.request.method == .get ? "" : "/")
    }

    /// The link to the same page (or `path`) in the other language.
    static func switchLink(from language: Language, at path: String) -> Link {
        let other: Language = language == .russian ? .english : .russian
        return Link(href: "\(path)?lang=\(other.rawValue)", label: other == .russian ? "Русский" : "English", current: false)
    }
}

/// Renders the pages' templates: parsed once, shared by every request.
struct PageRenderer: Sendable {
    static let shared = PageRenderer()

    private let library: MustacheLibrary

    init() {
        var library = MustacheLibrary()
        for (name, text) in PageTemplates.all {
            // The templates are constants of this module: one that does not parse is a bug a test finds.
            try? library.register(text, named: name)
        }
        self.library = library
    }

    /// The page's HTML; a template missing from ``PageTemplates/all`` renders as an empty body.
    func html(_ template: String, _ view: Any) -> String {
        library.render(view, withTemplate: template) ?? ""
    }

    /// A complete answer: the page, its status and the headers every page carries.
    func response(_ template: String, _ view: Any, status: HTTPResponse.Status = .ok) -> Response {
        Self.page(html(template, view), status: status)
    }

    static func page(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A redirect after a post, so a reload does not send the form again.
    static func seeOther(_ location: String) -> Response {
        var headers = securityHeaders
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    /// Nothing from elsewhere, no inline script, no framing; never cached, since every page is one reader's.
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy:
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "same-origin",
        .cacheControl: "no-store",
    ]
}
