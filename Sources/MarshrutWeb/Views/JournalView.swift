import MarshrutCore
import MarshrutService
import MarshrutText

/// The journal: every reflection the reader may read, newest first, filtered by route and days.
struct JournalView: Sendable {
    var page: Frame
    var routes: [Option]
    var from: String, to: String
    var entries: [EntryItem]
    var hasEntries: Bool
    var hasError: Bool
    var error: String

    /// How many entries one page lists.
    static let limit = 200

    init(page: Frame, journal: Journal?, routes: [Route], chosen: String?, from: String, to: String, error: String?) {
        self.page = page
        self.routes = routes.map { Option(value: $0.id, label: $0.id, selected: $0.id == chosen) }
        self.from = from
        self.to = to
        entries = (journal?.entries ?? []).reversed().prefix(Self.limit).map { entry in
            EntryItem(route: entry.route, number: entry.number, reflection: entry.reflection)
        }
        hasEntries = !entries.isEmpty
        hasError = error != nil
        self.error = error ?? ""
    }
}

/// One journal entry with its earlier wordings and, for its writer, the form that revises it.
struct EntryView: Sendable {
    struct Revision: Sendable { var replaced: String, score: Int, text: String }

    var page: Frame
    var route: String
    var number: Int
    var date: String, target: String, text: String
    var score: Int
    var isFinal: Bool
    var history: [Revision]
    var hasHistory: Bool
    var canEdit: Bool
    var saved: Bool
    var scores: [ScoreOption]
    var draft: String
    var hasError: Bool
    var error: String

    init(page: Frame, entry: JournalEntry, canEdit: Bool, saved: Bool, draft: (score: Int?, text: String)? = nil, error: String? = nil) {
        self.page = page
        let reflection = entry.reflection
        route = entry.route.id
        number = entry.number
        date = reflection.date.display
        target = EntryItem.target(reflection.target, in: entry.route)
        text = reflection.text
        score = reflection.score
        isFinal = reflection.isFinal
        history = reflection.history.reversed().map { Revision(replaced: $0.replaced.display, score: $0.score, text: $0.text) }
        hasHistory = !history.isEmpty
        self.canEdit = canEdit
        self.saved = saved
        scores = ScoreOption.all(selected: draft?.score ?? reflection.score)
        self.draft = draft?.text ?? reflection.text
        hasError = error != nil
        self.error = error ?? ""
    }
}
