import Hummingbird
import MarshrutCore
import MarshrutServer
import MarshrutService
import MarshrutText

extension PageRequest {
    /// The banks, the programs and, for the council, the proposed pairs.
    func mentoring(created: String? = nil, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        guard readsReports else { throw ServiceError.notPermitted(.readReports) }
        let data = try await read { service in
            let banks = try service.mentoringBanks()
            let programs = try service.programs()
            let names = try service.names(of: programs.flatMap { $0.mentors + $0.mentees })
            let schools = Dictionary(uniqueKeysWithValues: try service.organizations().map { ($0.id, $0.name) })
            let proposal = service.may(.applyMatch) ? try service.matchProposal() : nil
            return (banks: banks, programs: programs, names: names, schools: schools, proposal: proposal)
        }
        let created = created ?? query("created")
        let view = MentoringView(
            page: Frame(title: PageWords().mentoring, request: self, userName: readerName, current: "/mentoring"), banks: data.banks,
            programs: data.programs, names: data.names, schools: data.schools, proposal: data.proposal, created: created, error: error)
        return PageRenderer.shared.response("mentoring", view, status: status)
    }

    /// Drafts the programs of the proposal the council looked at; a proposal that changed since is refused.
    func applyMatch() async throws -> Response {
        let form = try await self.form()
        let seen = form["proposal"] ?? ""
        do {
            let today = try server.settings.today()
            let start = try DayWords.parse(form.text("start") ?? tr("today", "сегодня"), today: today)
            guard let months = form.text("months").flatMap({ Int($0) }), (3...12).contains(months) else {
                throw RequestError.badField("months", .badValue(form["months"] ?? ""))
            }
            let drafted = try await change("applyMatch", subject: "match") { service in
                try service.applyMatch(seen: seen, start: start, months: months).map(\.id)
            }
            return PageRenderer.seeOther("/mentoring?created=" + Pages.encoded(drafted.joined(separator: ", ")))
        } catch ServiceError.proposalChanged {
            return try await mentoring(error: PageWords().proposalChanged, status: .conflict)
        } catch  where Self.isFixable(error) {
            return try await mentoring(error: describe(error), status: .unprocessableContent)
        }
    }

    /// The road map of the reader's scope.
    func roadMap() async throws -> Response {
        let words = PageWords()
        let rows: [RoadMapView.Row]
        do {
            let map = try await read { try $0.roadMap() }
            rows = map.rows.map { r in
                let label = r.state == .done ? words.done : r.state == .overdue ? words.overdueWork : words.planned
                return RoadMapView.Row(
                    plan: r.plan, number: r.number, title: r.title, due: r.due.display, responsible: r.responsible.flatMap { map.names[$0] } ?? "—",
                    state: r.state.rawValue, stateLabel: label)
            }
        } catch ServiceError.noRoadMap {
            rows = []
        }
        let view = RoadMapView(page: Frame(title: words.roadMap, request: self, userName: readerName, current: "/roadmap"), rows: rows, hasRows: !rows.isEmpty)
        return PageRenderer.shared.response("roadmap", view)
    }
}
