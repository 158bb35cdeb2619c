import Hummingbird
import MarshrutCore
import MarshrutServer
import MarshrutService

extension PageRequest {
    /// The journal with its filters; a filter's bad day is said above the entries.
    func journal() async throws -> Response {
        let chosen = query("route").flatMap { $0.isEmpty ? nil : $0 }
        let (fromText, toText) = (query("from") ?? "", query("to") ?? "")
        let today = try server.settings.today()
        var problem: String?
        var range: (from: Day?, to: Day?) = (nil, nil)
        do {
            range.from = try fromText.isEmpty ? nil : DayWords.parse(fromText, today: today)
            range.to = try toText.isEmpty ? nil : DayWords.parse(toText, today: today)
        } catch {
            range = (nil, nil)
            problem = describe(error)
        }
        let query = JournalQuery(route: chosen, from: range.from, to: range.to)
        let (journal, routes) = try await read { service in (try service.journal(query), try service.routes().routes) }
        let view = JournalView(
            page: Frame(title: PageWords().journal, request: self, userName: readerName, current: "/journal"), journal: journal, routes: routes,
            chosen: chosen, from: fromText, to: toText, error: problem)
        return PageRenderer.shared.response("journal", view)
    }

    /// One entry with its earlier wordings; its writer may revise it here.
    func entry(draft: (score: Int?, text: String)? = nil, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let (id, number) = try entryAddress()
        let (entry, canEdit) = try await read { service in
            (try service.journalEntry(route: id, number: number), service.may(.reflect(route: id)))
        }
        let view = EntryView(
            page: Frame(title: "\(PageWords().entry) \(id)/\(number)", request: self, userName: readerName, current: "/journal"), entry: entry,
            canEdit: canEdit, saved: query("saved") != nil, draft: draft, error: error)
        return PageRenderer.shared.response("entry", view, status: status)
    }

    func revise() async throws -> Response {
        let (id, number) = try entryAddress()
        let form = try await self.form()
        let text = form.text("text") ?? ""
        let score = form["score"].flatMap { Int($0) }
        do {
            guard !text.isEmpty else { throw RequestError.badField("text", .missing) }
            _ = try await change("reviseReflection", subject: "\(id)/\(number)") {
                try $0.reviseReflection(route: id, number: number, text: text, score: score)
            }
            return PageRenderer.seeOther("/journal/\(Pages.encoded(id))/\(number)?saved=1")
        } catch  where Self.isFixable(error) {
            return try await entry(draft: (score, text), error: describe(error), status: .unprocessableContent)
        }
    }

    /// The route and number of `/journal/ROUTE/N`; a number that is not one names no entry.
    func entryAddress() throws -> (String, Int) {
        let id = parameter("id")
        guard let number = Int(parameter("number")), number > 0 else { throw ServiceError.noReflection(route: id, number: 0, count: 0) }
        return (id, number)
    }
}
