import Hummingbird
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutText

extension PageRequest {
    /// The planning page: the route's tutor only; to anyone else it does not exist.
    func planPage(posted: (PlanView.Name, FormFields, String)? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let id = parameter("id")
        let (detail, today) = try await read { service in
            try service.authorize(.planRoute(id))
            return (try service.routeDetail(id), service.today)
        }
        let view = PlanView(
            page: Frame(title: "\(PageWords().planning): \(id)", request: self, userName: readerName), route: detail.route,
            teacher: detail.teacher?.name ?? detail.route.teacher, today: today, saved: query("saved") != nil, posted: posted)
        return PageRenderer.shared.response("plan", view, status: status)
    }

    /// A planning form's post: the change, or the page again with the form as it was typed.
    func plan() async throws -> Response {
        let id = parameter("id")
        guard let name = PlanView.Name(rawValue: parameter("form")) else { throw ServiceError.notFound(.route, id: id) }
        let form = try await self.form()
        do {
            let today = try server.settings.today()
            let note = ChangeNote(reason: form.text("reason"))
            switch name {
            case .advance:
                if form["direction"] == "back" {
                    _ = try await change("advanceRoute", subject: id) { try $0.stepBack(id, note: note) }
                } else {
                    _ = try await change("advanceRoute", subject: id) { try $0.advance(id) }
                }
            case .deficit:
                let edit = DeficitEdit(
                    area: try Self.vocabulary(CompetencyArea.self, form, "area"), level: try Self.number(form, "level"), text: try Self.required(form, "text"))
                _ = try await change("recordDeficit", subject: id) { try $0.recordDeficit(id, deficitID: form.text("id"), change: edit, note: note) }
            case .activity:
                let edit = ActivityEdit(
                    kind: try Self.vocabulary(ActivityKind.self, form, "kind"), title: try Self.required(form, "title"),
                    hours: try form.text("hours").map { _ in try Self.number(form, "hours") },
                    due: try DayWords.parse(try Self.required(form, "due"), today: today), addresses: form.all("addresses"))
                _ = try await change("recordActivity", subject: id) { try $0.recordActivity(id, activityID: form.text("id"), edit: edit, note: note) }
            case .product:
                let activity = try Self.required(form, "activity")
                let product = Product(
                    kind: try Self.vocabulary(ProductKind.self, form, "kind").rawValue, title: try Self.required(form, "title"),
                    date: try DayWords.parse(form.text("date") ?? tr("today", "сегодня"), today: today))
                _ = try await change("recordProduct", subject: id) { try $0.recordProduct(id, activity: activity, product: product, note: note) }
            case .correction:
                let activity = try Self.required(form, "activity")
                let edit = ActivityEdit(title: form.text("title"), due: try form.text("due").map { try DayWords.parse($0, today: today) })
                _ = try await change("correctActivity", subject: id) { try $0.correct(id, activity: activity, edit: edit, note: note) }
            }
            return PageRenderer.seeOther("/routes/\(Pages.encoded(id))/plan?saved=1")
        } catch  where Self.isFixable(error) {
            return try await planPage(posted: (name, form, describe(error)), status: .unprocessableContent)
        }
    }

    static func required(_ form: FormFields, _ name: String) throws -> String {
        guard let value = form.text(name) else { throw RequestError.badField(name, .missing) }
        return value
    }

    static func number(_ form: FormFields, _ name: String) throws -> Int {
        let text = try required(form, name)
        guard let value = Int(text) else { throw RequestError.badField(name, .wrongType(expected: "integer")) }
        return value
    }

    static func vocabulary<V: TitledVocabulary>(_ type: V.Type, _ form: FormFields, _ name: String) throws -> V {
        let text = try required(form, name)
        guard let value = V(typed: text) else { throw RequestError.badField(name, .badValue(text)) }
        return value
    }
}
