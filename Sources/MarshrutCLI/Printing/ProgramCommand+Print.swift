import ArgumentParser
import MarshrutCore
import MarshrutPrint
import MarshrutService
import MarshrutText

extension ProgramCommand {
    struct Print: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "print",
                abstract: tr(
                    "Print a program as a document, or with --order the order on assigning its pair (docx, html or pdf).",
                    "Программа документом или, с --order, приказ о закреплении её наставнической пары (docx, html или pdf)."),
                discussion: tr(
                    "Example: marshrut program print prog-2026-01 --order --out order-prog-2026-01.docx",
                    "Пример: marshrut program print prog-2026-01 --order --out prikaz-prog-2026-01.docx"))
        }
        @Argument(help: tr("The program's id.", "Id программы."), completion: IDCompletion.programs) var id: String
        @Flag(
            help: tr(
                "Print the head's order on assigning the program's mentoring pair or group instead.",
                "Напечатать вместо программы приказ о закреплении её наставнической пары (группы).")) var order = false
        @OptionGroup var output: PrintOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let papers = try context.remote().map { try remotePapers($0, context) } ?? context.service().programPapers(id)
            let document: PrintDocument =
                order
                ? .pairingOrder(papers.program, members: papers.members, names: papers.names, head: papers.head, on: papers.day)
                : .program(papers.program, members: papers.members, names: papers.names, goals: papers.goals, on: papers.day)
            try output.deliver(
                try document.rendered(as: output.chosenFormat(), on: papers.day) { () throws(PrintError) in try context.printer() }, context)
        }

        /// The program and what its document shows, through the server's existing calls; what the
        /// account may not read (a member's record, a mentee's route) is left out.
        func remotePapers(_ client: ServerClient, _ context: Context) throws -> ProgramPapers {
            let answer = try client.send("GET", "api/v1/programs/\(ServerClient.segment(id))")
            let program = try client.decode(Program.self, answer)
            let ids = program.mentors + program.mentees
            var members: [String: Person] = [:]
            for member in ids { members[member] = try? client.person(member) }
            var goals: [String: Deficit] = [:]
            for address in program.addresses {
                let parts = address.split(separator: "/").map(String.init)
                if parts.count == 2, let deficit = (try? client.route(parts[0]))?.route.deficit(parts[1]) { goals[address] = deficit }
            }
            return ProgramPapers(
                program: program, members: members, names: try client.names(of: ids), goals: goals, head: nil,
                day: try answer.today ?? context.today)
        }
    }
}
