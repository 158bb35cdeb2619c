import MarshrutCore
import MarshrutText

extension PrintDocument {
    /// The head's order on assigning a program's mentoring pair or group (приказ о закреплении
    /// наставнических пар), as the regulation's road map asks for it (Appendix 2, stage 1): who
    /// mentors whom, in which form, for which period, with each participant's written consent to
    /// the added duties; then the lines to sign and to acknowledge.
    ///
    /// - Parameters:
    ///   - members: the records of the program's mentors and mentees the reader may see, by id.
    ///   - names: names by id, for members whose records are not at hand.
    ///   - head: the school's head, who signs the order, when known.
    ///   - day: the order's date.
    public static func pairingOrder(
        _ program: Program, members: [String: Person], names: [String: String] = [:], head: Person?, on day: Day
    ) -> PrintDocument {
        let name = { (id: String) in members[id]?.name ?? names[id] ?? id }
        let school = program.school(members) ?? head?.school
        var document = PrintDocument(title: "\(PrintText.orderSubject) — \(program.id)", language: PrintText.language)
        if let school { document.paragraph(school, alignment: .center) }
        document.heading(PrintText.order)
        document.paragraph(PrintText.orderDate(day), alignment: .center)
        document.paragraph(PrintParagraph([PrintRun(PrintText.orderSubject, bold: true)], alignment: .center))
        document.paragraph(PrintText.preamble(school), alignment: .justify)
        document.paragraph(PrintParagraph([PrintRun(PrintText.iOrder, bold: true)]))
        document.paragraph(PrintText.assign(program.id, program.start, program.end, group: program.isGroup), alignment: .justify)

        let described = { (id: String) in [name(id), members[id]?.position].compactMap { $0 }.joined(separator: ", ") }
        let consent = { (id: String) in
            let given = members[id]?.consents.last { $0.kind == .duties }
            return "\(name(id)): " + (given.map { PrintText.consentGiven($0.date) } ?? PrintText.noConsent)
        }
        let forms = program.forms.map(\.title).joined(separator: ", ")
        document.table(
            PrintTable(
                columns: [
                    .init(PrintText.number, weight: 2), .init(PrintText.mentorsSign, weight: 9), .init(PrintText.menteesSign, weight: 9),
                    .init(PrintText.form, weight: 9), .init(PrintText.period, weight: 6), .init(PrintText.dutiesConsent, weight: 10),
                ],
                rows: program.mentees.enumerated().map { index, mentee in
                    [
                        "\(index + 1)", program.mentors.map(described).joined(separator: "\n"), described(mentee), forms,
                        PrintText.period(program.start, program.end), (program.mentors + [mentee]).map(consent).joined(separator: "\n"),
                    ]
                }))
        document.paragraph(PrintText.mentorDuty, alignment: .justify)
        document.paragraph(PrintText.curatorDuty, alignment: .justify)
        document.paragraph(PrintText.control, alignment: .justify)
        document.paragraph("")
        document.paragraph(
            PrintParagraph([PrintRun(PrintText.head + " ", bold: true), PrintRun("\(PrintText.signatureLine) / \(head?.name ?? "") /")]))
        document.paragraph("")
        document.paragraph(PrintText.acquainted)
        document.table(
            PrintTable(
                columns: [.init(PrintText.fullName, weight: 6), .init(PrintText.signature, weight: 3), .init(PrintText.date, weight: 3)],
                rows: (program.mentors + program.mentees).map { [name($0), "", ""] }))
        return document
    }
}
