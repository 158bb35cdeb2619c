import MarshrutCore
import MarshrutText

extension PrintDocument {
    /// A route as the document a school files and signs: the seven steps of regulation §4.3.2,
    /// with the roadmap as a table of activity, deficits addressed, dates and product.
    ///
    /// - Parameters:
    ///   - teacher: the teacher's record, for the name, position and school; the id stands in when nil.
    ///   - tutor: the tutor's record, when the route has one the reader may see.
    ///   - names: names of other persons the route mentions (authors of corrections), by id.
    ///   - day: the day the document is made on.
    public static func route(_ route: Route, teacher: Person?, tutor: Person?, names: [String: String] = [:], on day: Day) -> PrintDocument {
        var names = names
        if let teacher { names[teacher.id] = teacher.name }
        if let tutor { names[tutor.id] = tutor.name }
        let teacherName = names[route.teacher] ?? route.teacher
        var document = PrintDocument(title: "\(PrintText.routeTitle) — \(teacherName)", language: PrintText.language)
        if let school = teacher?.school { document.paragraph(school, alignment: .center) }
        document.heading(PrintText.routeTitle)
        document.field(PrintText.teacher, [teacherName, teacher?.position, teacher?.subject].compactMap { $0 }.joined(separator: ", "))
        if let id = route.tutor { document.field(PrintText.tutor, names[id] ?? id) }
        document.field(PrintText.term, PrintText.period(route.start, route.end))
        document.field(PrintText.currentStep, route.stage.title)
        document.field(PrintText.routeID, route.id)

        document.heading(PrintText.selfImageSection, level: 2)
        document.paragraph(route.selfImage.flatMap { $0.isEmpty ? nil : $0 } ?? PrintText.notFilled, alignment: .justify)

        document.heading(PrintText.strengthsSection, level: 2)
        document.listOrNothing(
            PrintTable(
                columns: [.init(PrintText.number, weight: 1), .init(PrintText.area, weight: 4), .init(PrintText.contents, weight: 11)],
                rows: route.strengths.enumerated().map { ["\($0.offset + 1)", $0.element.area.title, $0.element.text] }))

        document.heading(PrintText.deficitsSection, level: 2)
        document.listOrNothing(
            PrintTable(
                columns: [
                    .init(PrintText.number, weight: 1), .init(PrintText.area, weight: 4), .init(PrintText.deficit, weight: 9),
                    .init(PrintText.level, weight: 2),
                ],
                rows: route.deficits.map { [$0.id, $0.area.title, $0.text, "\($0.level)"] }))

        document.heading(PrintText.roadmapSection, level: 2)
        document.listOrNothing(
            PrintTable(
                columns: [
                    .init(PrintText.number, weight: 1), .init(PrintText.activity, weight: 7), .init(PrintText.deficitsAddressed, weight: 3),
                    .init(PrintText.dates, weight: 3), .init(PrintText.product, weight: 6),
                ],
                rows: route.activities.map { activity in
                    [
                        activity.id, activityLabel(activity),
                        activity.addresses.joined(separator: ", "),
                        PrintText.period(activity.start, activity.due),
                        activity.product.map { "\($0.title) (\(ProductKind.shown($0.kind)))" } ?? PrintText.planned,
                    ]
                }))

        document.heading(PrintText.productsSection, level: 2)
        document.products(of: route.activities)

        document.heading(PrintText.correctionsSection, level: 2)
        document.listOrNothing(
            PrintTable(
                columns: [
                    .init(PrintText.date, weight: 2), .init(PrintText.author, weight: 3), .init(PrintText.activity, weight: 2),
                    .init(PrintText.change, weight: 4), .init(PrintText.reason, weight: 5),
                ],
                rows: route.corrections.map { c in
                    [c.date.display, names[c.author] ?? c.author, c.activity ?? PrintText.dash, ChangeRecord.shown(c.change), c.reason]
                }))

        document.heading(PrintText.reflectionsSection, level: 2)
        document.listOrNothing(
            PrintTable(
                columns: [
                    .init(PrintText.date, weight: 2), .init(PrintText.subject, weight: 4), .init(PrintText.score, weight: 2),
                    .init(PrintText.finalAnalysis, weight: 2), .init(PrintText.reflection, weight: 8),
                ],
                rows: route.reflections.sorted { $0.date < $1.date }.map { r in
                    [r.date.display, reflectionSubject(r, in: route), "\(r.score)", r.isFinal ? PrintText.yes : PrintText.no, r.text]
                }))

        document.signatures([(PrintText.teacher, teacherName)] + (route.tutor.map { [(PrintText.tutor, names[$0] ?? $0)] } ?? []), on: day)
        return document
    }

    /// «Курс: Цифровые инструменты… (72 ч)».
    static func activityLabel(_ activity: Activity) -> String {
        let hours = activity.hours.map { " (\(PrintText.hours($0)))" } ?? ""
        return "\(activity.kind.title.capitalizedFirst): \(activity.title)\(hours)"
    }

    static func reflectionSubject(_ reflection: Reflection, in route: Route) -> String {
        switch reflection.target {
        case .activity(let id): PrintText.onActivity(id, route.activity(id)?.title ?? "")
        case .deficit(let id): PrintText.onDeficit(id) + (route.deficit(id).map { ": \($0.text)" } ?? "")
        case .image: PrintText.selfImage
        }
    }

    /// The table of finished activities' products (step 5), or a line saying there are none yet.
    mutating func products(of activities: [Activity]) {
        listOrNothing(
            PrintTable(
                columns: [
                    .init(PrintText.activity, weight: 5), .init(PrintText.product, weight: 5), .init(PrintText.productKind, weight: 3),
                    .init(PrintText.date, weight: 2), .init(PrintText.attitude, weight: 5),
                ],
                rows: activities.compactMap { activity in
                    activity.product.map { p in
                        ["\(activity.id). \(activity.title)", p.title, ProductKind.shown(p.kind), p.date.display, p.attitude ?? PrintText.dash]
                    }
                }))
    }

    /// The table, or «Пока нет.» when it has no rows.
    mutating func listOrNothing(_ table: PrintTable) {
        if table.rows.isEmpty { paragraph(PrintText.nothingYet) } else { self.table(table) }
    }

    /// Lines to sign: the role, a line, the name; then the day the document was made.
    mutating func signatures(_ signers: [(role: String, name: String)], on day: Day) {
        paragraph("")
        for signer in signers {
            paragraph(PrintParagraph([PrintRun(signer.role + " ", bold: true), PrintRun("\(PrintText.signatureLine) / \(signer.name) /")]))
        }
        paragraph(PrintText.made(on: day), alignment: .right)
    }
}

extension String {
    /// The text with its first letter capitalised: «курс» → «Курс».
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
