import MarshrutCore
import MarshrutText

/// What the site's templates show. Fields are stored and never optional (see `ReportView`).
struct SiteView: Sendable {
    struct NavItem: Sendable { var path: String, title: String, isCurrent: Bool }
    struct PairRow: Sendable { var kind: String, forms: String, mentors: String, mentees: String, period: String, status: String }
    struct EventRow: Sendable { var date: String, title: String, kind: String, forms: String, state: String, isDone: Bool }
    struct LinkRow: Sendable { var title: String, href: String }
    struct PracticeRow: Sendable { var year: String, date: String, kind: String, title: String, authors: String, reference: String, hasReference: Bool }

    /// One page: the shared parts and the page's own.
    struct Page: Sendable {
        var pageTitle: String
        var school: String, hasSchool: Bool
        var year: String, today: String
        var nav: [NavItem]
        var mentors: Int, mentees: Int, pairs: Int, groups: Int, products: Int
        var pairRows: [PairRow], hasPairs: Bool
        var events: [EventRow], hasEvents: Bool
        var links: [LinkRow], hasLinks: Bool
        var practices: [PracticeRow], hasPractices: Bool
    }

    private var base: Page

    init(_ site: SchoolSite) {
        let year = SchoolYear(containing: site.today)
        let people = Directory(site.catalog.persons)
        let names = PublicNames(site.catalog.persons)
        let report = AnnualReport(catalog: site.catalog, year: year.year, today: site.today)
        let worked = site.catalog.programs.filter { $0.worked(in: year) }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }

        let pairRows = worked.map { program in
            PairRow(
                kind: program.isGroup ? "группа" : "пара",
                forms: program.forms.map(\.words.russian).joined(separator: ", "),
                mentors: program.mentors.map(names.name).joined(separator: ", "),
                mentees: program.mentees.map(names.name).joined(separator: ", "),
                period: ReportFormat.period(program.start, program.lastDay),
                status: program.status.words.russian)
        }
        let events = worked.flatMap { program in
            program.activities.map { activity in
                (
                    day: activity.start ?? activity.due,
                    row: EventRow(
                        date: activity.start.map { ReportFormat.period($0, activity.due) } ?? ReportFormat.date(activity.due),
                        title: activity.title, kind: activity.kind.words.russian,
                        forms: program.forms.map(\.words.russian).joined(separator: ", "),
                        state: Self.state(of: activity, on: site.today), isDone: activity.isDone)
                )
            }
        }.sorted { $0.day < $1.day }.map(\.row)
        let practices = Self.practices(site.catalog, names: names, until: site.today)
        base = Page(
            pageTitle: "", school: people.school ?? "", hasSchool: people.school != nil,
            year: year.title, today: ReportFormat.date(site.today), nav: [],
            mentors: report.overview.mentorBank.members, mentees: report.overview.menteeBank.members,
            pairs: report.overview.pairs, groups: report.overview.groups, products: practices.count,
            pairRows: pairRows, hasPairs: !pairRows.isEmpty,
            events: events, hasEvents: !events.isEmpty,
            links: site.documents.map { LinkRow(title: $0.title, href: Self.safeHref($0.href) ?? "#") }, hasLinks: !site.documents.isEmpty,
            practices: practices, hasPractices: !practices.isEmpty)
    }

    func page(_ page: SitePage) -> Page {
        var view = base
        view.pageTitle = page.title
        view.nav = SitePage.allCases.map { NavItem(path: $0.path, title: $0.title, isCurrent: $0 == page) }
        return view
    }

    /// «проведено» with a product, «запланировано» before it starts, else «проводится».
    private static func state(of activity: Activity, on today: Day) -> String {
        if activity.isDone { return "проведено" }
        return (activity.start ?? activity.due) > today ? "запланировано" : "проводится"
    }

    /// Every product up to today, newest first.
    private static func practices(_ catalog: Catalog, names: PublicNames, until today: Day) -> [PracticeRow] {
        var found: [(Product, [String])] = []
        for route in catalog.routes {
            found += route.activities.compactMap(\.product).map { ($0, [route.teacher]) }
        }
        for program in catalog.programs {
            found += program.activities.compactMap(\.product).map { ($0, program.mentees + program.mentors) }
        }
        return
            found
            .filter { $0.0.date <= today }
            .sorted { ($1.0.date, $0.0.title) < ($0.0.date, $1.0.title) }
            .map { product, authors in
                PracticeRow(
                    year: SchoolYear(containing: product.date).title, date: ReportFormat.date(product.date),
                    kind: ReportText.productKind(product.kind), title: product.title,
                    authors: authors.map(names.name).joined(separator: ", "),
                    reference: product.reference.flatMap(safeHref) ?? "",
                    hasReference: product.reference.flatMap(safeHref) != nil)
            }
    }
}

extension SiteView {
    /// The link if it is a relative path or an http, https or mailto address; a `javascript:`
    /// or `data:` link from the data never reaches the page.
    static func safeHref(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        guard let colon = trimmed.firstIndex(of: ":") else { return trimmed }
        if let slash = trimmed.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }), slash < colon { return trimmed }
        let scheme = trimmed[..<colon].lowercased()
        return ["http", "https", "mailto"].contains(scheme) ? trimmed : nil
    }
}

/// Names fit for publishing: surname and initials with a consent to publication (152-ФЗ
/// art. 10.1: the banks' personal-data consent does not cover making a name public), else
/// «Педагог N».
struct PublicNames: Sendable {
    private var shown: [String: String] = [:]

    init(_ persons: [Person]) {
        var number = 0
        for person in persons.sorted(by: { $0.id < $1.id }) where shown[person.id] == nil {
            if person.hasConsent(.publication) && !person.isErased {
                shown[person.id] = Self.short(person.name)
            } else {
                number += 1
                shown[person.id] = "Педагог \(number)"
            }
        }
    }

    /// «Гришина В. П.» for «Гришина Валентина Петровна».
    static func short(_ name: String) -> String {
        let parts = name.split(separator: " ")
        guard let surname = parts.first, parts.count > 1 else { return name }
        return ([String(surname)] + parts.dropFirst().compactMap { $0.first.map { "\($0)." } }).joined(separator: " ")
    }

    /// A person not in the catalog is anonymous too: nothing says they consented.
    func name(_ id: String) -> String { shown[id] ?? "Педагог" }
}
