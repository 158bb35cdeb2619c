import ArgumentParser
import MarshrutCore
import MarshrutService
import MarshrutText

struct Journal: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "journal",
            abstract: tr(
                "Read the reflections in order; edit one (kept as a new version) or show its history.",
                "Читать записи рефлексии по порядку; исправить запись (сохраняется как новая версия) или показать её историю."),
            discussion: tr(
                """
                Every entry has a stable id ROUTE/N (N counts the route's reflections in the order they were \\
                logged). `--edit ID` opens the entry in $VISUAL or $EDITOR (or reads the new text from standard \\
                input when piped); the old wording is kept and `--history ID` shows it.
                """,
                """
                У каждой записи постоянный id МАРШРУТ/N (N — номер рефлексии маршрута по порядку записи). \
                `--edit ID` открывает запись в $VISUAL или $EDITOR (или читает новый текст из стандартного ввода); \
                прежний текст сохраняется, его показывает `--history ID`.
                """)
        )
    }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, json }

    @Argument(
        help: tr("A route's id (default: your default route, else all routes).", "Id маршрута (по умолчанию ваш маршрут, иначе все)."),
        completion: IDCompletion.routes) var route: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(tr("From this day (\(DayInput.help)).", "С этого дня (\(DayInput.help))."), valueName: "date"))
    var from: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(tr("Up to this day.", "По этот день."), valueName: "date")) var to: String?
    @Option(help: tr("Only entries with this tag.", "Только записи с этой меткой.")) var tag: String?
    @Option(help: tr("Only entries on this activity.", "Только записи по этому мероприятию.")) var activity: String?
    @Option(
        help: tr(
            "Only entries on this deficit (and on the activities aimed at it).", "Только записи по этому дефициту (и по мероприятиям, направленным на него)."))
    var deficit: String?
    @Option(help: tr("Output format.", "Формат вывода.")) var format: Format = .text
    @Flag(help: tr("Same as --format json.", "То же, что --format json.")) var json = false
    @Option(help: ArgumentHelp(tr("Edit entry ROUTE/N (or N of the route given).", "Исправить запись МАРШРУТ/N (или N выбранного маршрута)."), valueName: "id"))
    var edit: String?
    @Option(help: tr("With --edit: a new score.", "С --edit: новая оценка.")) var score: Int?
    @Option(help: ArgumentHelp(tr("Show every version of entry ROUTE/N.", "Показать все версии записи МАРШРУТ/N."), valueName: "id")) var history: String?
    @OptionGroup var global: GlobalOptions

    struct Entry: Encodable {
        var id: String
        var route: String
        var date: Day
        var activity: String?
        var deficit: String?
        var about: String
        /// `about` in the language of the command, for text and Markdown; JSON keeps `about` in English.
        var label: String
        var score: Int
        var final: Bool
        var tags: [String]
        var text: String
        var versions: Int

        enum CodingKeys: String, CodingKey {
            case id, route, date, activity, deficit, about, score, final, tags, text, versions
        }
    }

    func validate() throws {
        if edit != nil && history != nil { throw ValidationError(CLIText.editOrHistory) }
        if let score, !Reflection.scores.contains(score) { throw ValidationError(CLIText.scoreOutOfRange(score)) }
        if score != nil && edit == nil { throw ValidationError(CLIText.scoreNeedsEdit) }
    }

    func run(_ context: Context) throws {
        if let edit { return try editEntry(edit, context) }
        if let history { return try showHistory(history, context) }
        let client = try context.remote()
        let service = client == nil ? try context.service() : nil
        let today = try client?.today() ?? service?.today ?? context.today
        let query = JournalQuery(
            route: route ?? context.defaultRoute,
            from: try from.map { try DayInput.parse($0, today: today) },
            to: try to.map { try DayInput.parse($0, today: today) },
            tag: tag, activity: activity, deficit: deficit)
        let journal: MarshrutService.Journal
        if let client {
            // The routes as the server lets the account read them; the journal made of them as locally.
            let routes = try query.route.map { [try client.route($0).route] } ?? client.routes(stage: nil, tutor: nil, overdue: false).routes
            journal = MarshrutService.Journal(routes: routes, query: query)
        } else {
            journal = try service!.journal(query)
        }
        let routes = journal.routes
        let entries = journal.entries.map { e in
            let (r, x) = (e.route, e.reflection)
            return Entry(
                id: e.id, route: r.id, date: x.date, activity: x.activity, deficit: x.deficit,
                about: Language.$current.withValue(.english) { Self.about(x, in: r) }, label: Self.about(x, in: r), score: x.score,
                final: x.isFinal, tags: x.tags, text: x.text, versions: x.history.count + 1)
        }
        switch json ? .json : format {
        case .json: context.print(try JSONOutput.string(entries))
        case .md: context.print(markdown(entries, routes: routes))
        case .text: context.print(text(entries, style: Style(enabled: context.colour)))
        }
    }

    static func about(_ x: Reflection, in route: Route) -> String {
        switch x.target {
        case .activity(let id): CLIText.activity(id) + (route.activity(id).map { " «\($0.title)»" } ?? "")
        case .deficit(let id): CLIText.deficit(id) + (route.deficit(id).map { " [\(CLIText.code($0.area))]" } ?? "")
        case .image: CLIText.onSelfImage
        }
    }

    func text(_ entries: [Entry], style: Style) -> String {
        guard !entries.isEmpty else { return CLIText.noReflectionsMatch }
        return entries.map { e in
            var head = "\(style.bold(e.date.display))  \(style.dim(e.id))  \(e.label)  \(Sparkline.render([e.score])) \(e.score)/5"
            if e.final { head += "  " + style.green(CLIText.finalMark) }
            if !e.tags.isEmpty { head += "  " + style.cyan(e.tags.map { "#\($0)" }.joined(separator: " ")) }
            if e.versions > 1 { head += style.dim(CLIText.edited(e.versions)) }
            let body = e.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
            return head + "\n" + body
        }.joined(separator: "\n")
    }

    func markdown(_ entries: [Entry], routes: [Route]) -> String {
        var lines = [CLIText.journalTitle(routes.count == 1 ? routes[0].id : nil), ""]
        if entries.isEmpty { lines.append(CLIText.noReflectionsMatchMarkdown) }
        for e in entries {
            lines.append("## \(e.date.display) — \(e.label)")
            lines.append("")
            var meta = CLIText.scoreMarkdown(e.score)
            if e.final { meta += CLIText.finalMarkdown }
            if !e.tags.isEmpty { meta += " · " + e.tags.map { "`\($0)`" }.joined(separator: " ") }
            meta += " · `\(e.id)`"
            lines.append(meta)
            lines.append("")
            lines.append(e.text)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// `ROUTE/N`, or `N` of the route named or defaulted.
    func locate(_ id: String, _ context: Context) throws -> (route: String, number: Int) {
        let parts = id.split(separator: "/")
        if parts.count == 2, let n = Int(parts[1]) { return (String(parts[0]), n) }
        if parts.count == 1, let n = Int(parts[0]) { return (try context.route(named: route), n) }
        throw CLIError(CLIText.notAnEntryID(id))
    }

    func editEntry(_ id: String, _ context: Context) throws {
        let (routeID, number) = try locate(id, context)
        if let client = try context.remote() {
            let current = try client.route(routeID).route
            guard current.reflections.indices.contains(number - 1) else {
                throw ServiceError.noReflection(route: routeID, number: number, count: current.reflections.count)
            }
            let entry = current.reflections[number - 1]
            let template =
                entry.text + "\n\n"
                + CLIText.editingHead("\(routeID)/\(number)", day: entry.date, about: Self.about(entry, in: current), score: entry.score)
            let edited = context.inputIsTerminal ? try context.edit(template) : context.input()?.trimmingWhitespace
            guard let text = edited, !text.isEmpty else { throw CLIError(CLIText.emptyEdit) }
            let versions = try client.revise(route: routeID, number: number, text: text, score: score)
            return context.print(CLIText.versionSaved(versions, of: "\(routeID)/\(number)"))
        }
        let service = try context.service()
        let found = try service.journalEntry(route: routeID, number: number)
        let (current, entry) = (found.route, found.reflection)
        let template =
            entry.text + "\n\n"
            + CLIText.editingHead("\(routeID)/\(number)", day: entry.date, about: Self.about(entry, in: current), score: entry.score)
        let edited = context.inputIsTerminal ? try context.edit(template) : context.input()?.trimmingWhitespace
        guard let text = edited, !text.isEmpty else { throw CLIError(CLIText.emptyEdit) }
        let saved = try service.reviseReflection(route: routeID, number: number, text: text, score: score)
        context.print(CLIText.versionSaved(saved.reflections[number - 1].history.count + 1, of: "\(routeID)/\(number)"))
    }

    func showHistory(_ id: String, _ context: Context) throws {
        let (routeID, number) = try locate(id, context)
        let found: JournalEntry
        if let client = try context.remote() {
            let route = try client.route(routeID).route
            guard route.reflections.indices.contains(number - 1) else {
                throw ServiceError.noReflection(route: routeID, number: number, count: route.reflections.count)
            }
            found = JournalEntry(route: route, number: number, reflection: route.reflections[number - 1])
        } else {
            found = try context.service().journalEntry(route: routeID, number: number)
        }
        let (route, x) = (found.route, found.reflection)
        struct Version: Encodable { var version: Int; var written: Day; var score: Int; var text: String }
        var versions: [Version] = []
        var written = x.date
        for (i, h) in x.history.enumerated() {
            versions.append(Version(version: i + 1, written: written, score: h.score, text: h.text))
            written = h.replaced
        }
        versions.append(Version(version: x.history.count + 1, written: written, score: x.score, text: x.text))
        if json || format == .json { return context.print(try JSONOutput.string(versions)) }
        context.print(CLIText.versions("\(routeID)/\(number)", about: Self.about(x, in: route), count: versions.count))
        for v in versions {
            context.print("v\(v.version)  \(v.written.display)  \(v.score)/5\(v.version == versions.count ? CLIText.currentVersion : "")")
            context.print(v.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        }
    }
}
