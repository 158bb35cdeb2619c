import MarshrutCore
import MarshrutService
import MarshrutText

/// The council's page: the banks with their consents, the programs, and the proposed pairs
/// with the button that drafts their programs.
struct MentoringView: Sendable {
    struct BankRow: Sendable {
        var name: String, id: String, school: String, consent: String, duties: String, free: String, programs: String
        var waiting: Bool
    }

    struct Bank: Sendable {
        var key: String, title: String
        var rows: [BankRow]
        var hasRows: Bool
    }

    struct ProgramRow: Sendable {
        var id: String, status: String, forms: String, mentors: String, mentees: String, period: String
    }

    struct Pair: Sendable {
        var mentor: String, mentees: String, score: String, reasons: String
    }

    var page: Frame
    var banks: [Bank]
    var programs: [ProgramRow]
    var hasPrograms: Bool
    var canMatch: Bool
    var pairs: [Pair]
    var hasPairs: Bool
    var unmatched: String
    var hasUnmatched: Bool
    var signature: String
    var start: String
    var months: Int
    var created: String
    var hasCreated: Bool
    var hasError: Bool
    var error: String

    init(
        page: Frame, banks: MentoringBanks, programs: [Program], names: [String: String], schools: [String: String], proposal: MatchProposal?,
        created: String?, error: String?
    ) {
        self.page = page
        let words = page.words
        func row(_ entry: MentoringBanks.Entry) -> BankRow {
            BankRow(
                name: entry.person.name, id: entry.person.id, school: entry.person.organization.flatMap { schools[$0] } ?? "—",
                consent: entry.consents ? words.yes : (entry.person.hasConsent(.personalData) ? words.erased : words.none),
                duties: entry.duties ? words.yes : words.none, free: entry.freeCapacity.map(String.init) ?? "",
                programs: entry.programs.isEmpty ? words.waiting : entry.programs.joined(separator: ", "), waiting: entry.programs.isEmpty)
        }
        self.banks = [
            Bank(key: "mentors", title: words.mentors, rows: banks.mentors.map(row), hasRows: !banks.mentors.isEmpty),
            Bank(key: "mentees", title: words.mentees, rows: banks.mentees.map(row), hasRows: !banks.mentees.isEmpty),
        ]
        let name = { (id: String) in names[id] ?? id }
        self.programs = programs.sorted { ($0.start, $0.id) > ($1.start, $1.id) }.map { p in
            ProgramRow(
                id: p.id, status: p.status.title, forms: p.forms.map(\.title).joined(separator: ", "),
                mentors: p.mentors.map(name).joined(separator: ", "), mentees: p.mentees.map(name).joined(separator: ", "),
                period: "\(p.start.display) – \(p.end.display)")
        }
        hasPrograms = !self.programs.isEmpty
        canMatch = proposal != nil
        let proposalNames = proposal?.names ?? [:]
        pairs = (proposal?.proposals ?? []).map { p in
            Pair(
                mentor: proposalNames[p.mentor] ?? p.mentor, mentees: p.mentees.map { proposalNames[$0] ?? $0 }.joined(separator: ", "),
                score: String(format: "%.2f", p.score), reasons: p.reasons.joined(separator: "; "))
        }
        hasPairs = !pairs.isEmpty
        unmatched = (proposal?.unmatched ?? []).map { proposalNames[$0] ?? $0 }.joined(separator: ", ")
        hasUnmatched = !unmatched.isEmpty
        signature = proposal?.signature ?? ""
        start = tr("today", "сегодня")
        months = 9
        self.created = created ?? ""
        hasCreated = created != nil
        hasError = error != nil
        self.error = error ?? ""
    }
}

/// The road map of the reader's scope, each stage done, due or overdue.
struct RoadMapView: Sendable {
    struct Row: Sendable {
        var plan: String, number: Int, title: String, due: String, responsible: String, state: String, stateLabel: String
    }

    var page: Frame
    var rows: [Row]
    var hasRows: Bool
}
