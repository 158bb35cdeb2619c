import Hummingbird
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutText

extension PageRequest {
    /// A path parameter, percent-decoded.
    func parameter(_ name: String) -> String {
        let raw = context.parameters.get(name) ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    func query(_ name: String) -> String? {
        request.uri.queryParameters.get(name)
    }

    /// A refusal the reader can fix in the form, as opposed to a subject out of reach.
    static func isFixable(_ error: any Error) -> Bool {
        ![.notFound, .forbidden, .internalServerError, .unauthorized].contains(MarshrutServer.status(for: error))
    }

    func describe(_ error: any Error) -> String {
        Language.$current.withValue(language) { server.settings.describe(error) }
    }

    // MARK: Home

    func home() async throws -> Response {
        let filter = RouteFilter(
            stage: query("stage").flatMap(Stage.init(rawValue:)), overdueOnly: query("overdue") != nil,
            organization: query("organization").flatMap { $0.isEmpty ? nil : $0 })
        let listing = try await read { try $0.routes(filter) }
        let sort = query("sort").flatMap(HomeView.Sort.init(rawValue:)) ?? .teacher
        let view = HomeView(
            page: Frame(title: PageWords().home, request: self, userName: readerName, current: "/"), listing: listing,
            reader: holder?.account.person, sort: sort)
        return PageRenderer.shared.response("home", view)
    }

    // MARK: A route

    func routePage(form: ReflectForm? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let id = parameter("id")
        let (detail, names, canPlan, canReflect) = try await read { service in
            let detail = try service.routeDetail(id)
            let names = try service.names(of: detail.route.corrections.map(\.author))
            return (detail, names, service.may(.planRoute(id)), service.may(.reflect(route: id)))
        }
        let view = RouteView(
            page: Frame(title: "\(PageWords().route) \(id)", request: self, userName: readerName), detail: detail, names: names,
            canPlan: canPlan, canReflect: canReflect, form: form, saved: query("saved") != nil)
        return PageRenderer.shared.response("route", view, status: status)
    }

    /// The reflection form's post: logged and shown as a journal entry, or the form again with
    /// what was typed and why it was refused.
    func reflect() async throws -> Response {
        let id = parameter("id")
        let form = try await self.form()
        let (chosen, text, dateText) = (form["target"] ?? "", form.text("text") ?? "", form.text("date") ?? tr("today", "сегодня"))
        let score = form["score"].flatMap { Int($0) }
        let isFinal = form["final"] != nil
        do {
            guard let target = ReflectForm.target(chosen) else { throw RequestError.badField("target", .missing) }
            guard let score, Reflection.scores.contains(score) else { throw RequestError.badField("score", .badValue(form["score"] ?? "")) }
            guard !text.isEmpty else { throw RequestError.badField("text", .missing) }
            let date = try DayWords.parse(dateText, today: try server.settings.today())
            let reflection = Reflection(date: date, target: target, score: score, text: text, isFinal: isFinal)
            let number = try await change("reflect", subject: id) { try $0.reflect(on: id, reflection) }
            return PageRenderer.seeOther("/journal/\(Pages.encoded(id))/\(number)?saved=1")
        } catch  where Self.isFixable(error) {
            let route = try await read { try $0.route(id) }
            let refused = ReflectForm(
                route: route, chosen: chosen, score: score, date: dateText, text: text, isFinal: isFinal, error: describe(error))
            return try await routePage(form: refused, status: .unprocessableContent)
        }
    }
}
