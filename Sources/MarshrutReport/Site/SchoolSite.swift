import MarshrutCore
import Mustache

/// The «Наставничество» section of the school's website (regulation §4.1.4: the curator fills
/// it with event, methodological and legal information), as static HTML and CSS files.
///
/// Pages: `index.html` (the system in brief), `pairs.html` (the pairs and groups of the
/// current school year), `events.html` (the programs' activities), `documents.html` (the
/// regulation's documents, a link list) and `practices.html` (best practices: the pedagogical
/// products), with `style.css`. Nothing is fetched from the network.
///
/// Personal data appears only with consent: a person without a recorded consent to publication
/// (152-ФЗ art. 10.1; the personal-data consent of the banks is not one), or whose data was
/// erased, is shown as «Педагог N» (numbered by id, the same on every page);
/// others as surname and initials. Reflections, deficits and attitudes never appear.
///
/// ```swift
/// for file in try SchoolSite(catalog: catalog, today: today).files() {
///     try file.text.write(toFile: "site/" + file.path, atomically: true, encoding: .utf8)
/// }
/// ```
public struct SchoolSite: Sendable {
    /// A link on the documents page.
    public struct Link: Sendable, Hashable {
        public var title: String
        public var href: String

        public init(title: String, href: String) {
            self.title = title
            self.href = href
        }
    }

    /// The documents the regulation's order adopts, at paths the school puts them under.
    public static let standardDocuments = [
        Link(
            title: "Приказ об утверждении Положения о системе наставничества педагогических работников",
            href: "documents/prikaz-o-nastavnichestve.pdf"),
        Link(
            title: "Положение о системе наставничества педагогических работников (Приложение 1)",
            href: "documents/polozhenie-o-nastavnichestve.pdf"),
        Link(
            title: "Дорожная карта (план мероприятий) по реализации Положения (Приложение 2)",
            href: "documents/dorozhnaya-karta.pdf"),
    ]

    public var catalog: Catalog
    public var today: Day
    public var documents: [Link]

    /// - Parameters:
    ///   - catalog: everything the school keeps.
    ///   - today: the day the pages are made; they show the school year it falls in.
    ///   - documents: the documents page's links.
    public init(catalog: Catalog, today: Day, documents: [Link] = SchoolSite.standardDocuments) {
        self.catalog = catalog
        self.today = today
        self.documents = documents
    }

    /// One page or asset of the section.
    public struct File: Sendable, Hashable {
        /// Relative to the section's folder, e.g. `pairs.html`.
        public var path: String
        public var text: String
    }

    /// The section's files, each with a path relative to the section's folder.
    ///
    /// - Throws: `ReportError` if a template does not parse (a bug in this module).
    public func files() throws(ReportError) -> [File] {
        var library = MustacheLibrary()
        do {
            try library.register(SiteTemplates.header, named: "header")
            try library.register(SiteTemplates.footer, named: "footer")
            for page in SitePage.allCases { try library.register(page.template, named: page.rawValue) }
        } catch {
            throw ReportError("the school site's templates do not parse (a bug in MarshrutReport): \(error)")
        }
        let view = SiteView(self)
        var files: [File] = []
        for page in SitePage.allCases {
            guard let text = library.render(view.page(page), withTemplate: page.rawValue) else {
                throw ReportError("the school site's template \(page.rawValue) is missing (a bug in MarshrutReport)")
            }
            files.append(File(path: page.path, text: text))
        }
        files.append(File(path: "style.css", text: SiteTemplates.css))
        return files
    }
}

/// The pages of the school site.
enum SitePage: String, CaseIterable, Sendable {
    case index, pairs, events, documents, practices

    var path: String { "\(rawValue).html" }

    var title: String {
        switch self {
        case .index: "Наставничество"
        case .pairs: "Наставнические пары и группы"
        case .events: "События"
        case .documents: "Документы"
        case .practices: "Лучшие практики"
        }
    }

    var template: String {
        switch self {
        case .index: SiteTemplates.index
        case .pairs: SiteTemplates.pairs
        case .events: SiteTemplates.events
        case .documents: SiteTemplates.documents
        case .practices: SiteTemplates.practices
        }
    }
}
