import ArgumentParser
import MarshrutCore

struct Journal: ParsableCommand, Marshrut.Runnable {
    static let configuration = CommandConfiguration(abstract: "Read the reflections of one route or of all routes, in date order.")
    @Argument(help: "A route's id (default: all routes).") var route: String?
    @Option(help: ArgumentHelp("From this day.", valueName: "date")) var from: Day?
    @Option(help: ArgumentHelp("Up to this day.", valueName: "date")) var to: Day?
    @OptionGroup var format: JSONFlag
    @OptionGroup var global: GlobalOptions

    struct Entry: Encodable {
        var route: String
        var date: Day
        var activity: String?
        var deficit: String?
        var score: Int
        var final: Bool
        var text: String
    }

    func run(_ context: Context) throws {
        let store = try context.store()
        let routes = try route.map { [try store.route($0)] } ?? store.routes()
        let entries = routes.flatMap { r in
            r.reflections.map { x in
                Entry(route: r.id, date: x.date, activity: x.activity, deficit: x.deficit, score: x.score, final: x.isFinal, text: x.text)
            }
        }
        .filter { (from == nil || $0.date >= from!) && (to == nil || $0.date <= to!) }
        .sorted { ($0.date, $0.route) < ($1.date, $1.route) }
        if format.json { return context.print(try JSONOutput.string(entries)) }
        guard !entries.isEmpty else { return context.print("No reflections in that period.") }
        let titles = Dictionary(routes.map { r in
            (r.id, Dictionary(r.activities.map { ($0.id, $0.title) } + r.deficits.map { ($0.id, $0.text) }) { a, _ in a })
        }) { a, _ in a }
        for e in entries {
            let about = e.activity ?? e.deficit ?? ""
            let title = titles[e.route]?[about].map { " «\($0)»" } ?? ""
            context.print("\(e.date)  \(e.route)  \(e.activity != nil ? "activity" : "deficit") \(about)\(title)  \(e.score)/5\(e.final ? "  FINAL" : "")")
            context.print("    \(e.text)")
        }
    }
}
