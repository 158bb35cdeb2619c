import Foundation
import MarshrutCore
import MarshrutText

extension PrintDocument {
    /// A personalized mentoring program as the document a school approves: its forms, mentors
    /// and mentees, period, directions and goals, activities, indicators and products
    /// (regulation §1.2, §4.1.6, §5).
    ///
    /// - Parameters:
    ///   - members: the records of the program's mentors and mentees the reader may see, by id.
    ///   - names: names by id, for members whose records are not at hand.
    ///   - goals: the mentees' route deficits the program addresses, by `ROUTE/DEFICIT`.
    ///   - day: the day the document is made on.
    public static func program(
        _ program: Program, members: [String: Person], names: [String: String] = [:], goals: [String: Deficit] = [:], on day: Day
    ) -> PrintDocument {
        let name = { (id: String) in members[id]?.name ?? names[id] ?? id }
        let row = { (role: String, id: String) in [role, name(id), members[id]?.position ?? "", members[id]?.subject ?? ""] }
        var document = PrintDocument(title: "\(PrintText.programTitle) \(program.id)", language: PrintText.language)
        if let school = program.school(members) { document.paragraph(school, alignment: .center) }
        document.heading(PrintText.programTitle)
        document.paragraph(program.id, alignment: .center)
        document.field(PrintText.status, program.status.title)

        document.heading(PrintText.formsSection, level: 2)
        document.paragraph(program.forms.map(\.title).joined(separator: ", ").capitalizedFirst + ".")
        document.paragraph(program.isGroup ? PrintText.group : PrintText.pair)

        document.heading(PrintText.participantsSection, level: 2)
        document.table(
            PrintTable(
                columns: [
                    .init(PrintText.role, weight: 3), .init(PrintText.fullName, weight: 6), .init(PrintText.position, weight: 4),
                    .init(PrintText.schoolSubject, weight: 4),
                ],
                rows: program.mentors.map { row(PrintText.mentor, $0) } + program.mentees.map { row(PrintText.mentee, $0) }))

        document.heading(PrintText.periodSection, level: 2)
        document.paragraph(PrintText.period(program.start, program.end) + " (\(PrintText.months(program.months)))")

        document.heading(PrintText.goalsSection, level: 2)
        if !program.directions.isEmpty {
            document.field(PrintText.directions, program.directions.map(\.title).joined(separator: ", "))
        }
        if !program.addresses.isEmpty {
            document.paragraph(PrintParagraph([PrintRun(PrintText.goals + ":", bold: true)]))
            for address in program.addresses {
                let deficit = goals[address]
                document.paragraph("– " + (deficit.map { "\($0.text) (\($0.area.title); \(address))" } ?? address))
            }
        }
        if program.directions.isEmpty && program.addresses.isEmpty { document.paragraph(PrintText.notFilled) }

        document.heading(PrintText.activitiesSection, level: 2)
        document.listOrNothing(
            PrintTable(
                columns: [
                    .init(PrintText.number, weight: 1), .init(PrintText.activity, weight: 8), .init(PrintText.dates, weight: 3),
                    .init(PrintText.product, weight: 6),
                ],
                rows: program.activities.map { a in
                    [
                        a.id, activityLabel(a), PrintText.period(a.start, a.due),
                        a.product.map { "\($0.title) (\(ProductKind.shown($0.kind)))" } ?? PrintText.planned,
                    ]
                }))

        document.heading(PrintText.indicatorsSection, level: 2)
        let readings = program.readings
        document.listOrNothing(
            PrintTable(
                columns: [.init(PrintText.indicator, weight: 6), .init(PrintText.date, weight: 2), .init(PrintText.value, weight: 2)],
                rows: readings.keys.sorted().flatMap { indicator in
                    (readings[indicator] ?? []).map { [Indicator.shown(indicator), $0.date.display, number($0.value)] }
                }))

        document.heading(PrintText.productsOfProgram, level: 2)
        document.products(of: program.activities)

        document.signatures(
            program.mentors.map { (PrintText.mentorsSign, name($0)) } + program.mentees.map { (PrintText.menteesSign, name($0)) }
                + [(PrintText.curatorSign, "")], on: day)
        return document
    }

    /// A value as schools write it: a decimal comma in Russian, no trailing zeros.
    static func number(_ value: Double) -> String {
        var text = value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
        if text.contains(".") { while text.hasSuffix("0") { text.removeLast() } }
        return Language.current == .russian ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

extension Program {
    /// The school named on the first mentor's or mentee's record.
    func school(_ members: [String: Person]) -> String? {
        (mentors + mentees).lazy.compactMap { members[$0]?.school }.first
    }

    /// Whole months from start to end, at least one.
    var months: Int {
        var count = 0
        while start.adding(months: count + 1) <= end.adding(days: 1) { count += 1 }
        return max(count, 1)
    }
}
