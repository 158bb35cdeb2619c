import ArgumentParser
import MarshrutCore
import MarshrutPrint
import MarshrutText

extension RouteCommand {
    struct Print: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "print",
                abstract: tr(
                    "Print a route as a document: the seven steps, the roadmap as a table (docx, html or pdf).",
                    "Маршрут документом: семь шагов, дорожная карта таблицей (docx, html или pdf)."),
                discussion: tr(
                    "Example: marshrut route print kuznetsov-2024 --out kuznetsov-2024.docx",
                    "Пример: marshrut route print kuznetsov-2024 --out kuznetsov-2024.docx"))
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @OptionGroup var output: PrintOptions
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let document: PrintDocument
            let day: Day
            if let client = try context.remote() {
                let fetched = try client.route(id)
                let route = fetched.route
                let mentioned = [route.teacher] + (route.tutor.map { [$0] } ?? []) + route.corrections.map(\.author)
                let names = try client.names(of: Array(Set(mentioned)))
                day = try fetched.answer.today ?? context.today
                document = .route(
                    route, teacher: try? client.person(route.teacher), tutor: route.tutor.flatMap { try? client.person($0) }, names: names, on: day)
            } else {
                let papers = try context.service().routePapers(id)
                day = papers.detail.day
                document = .route(papers.detail.route, teacher: papers.detail.teacher, tutor: papers.detail.tutor, names: papers.names, on: day)
            }
            try output.deliver(try document.rendered(as: output.chosenFormat(), on: day) { () throws(PrintError) in try context.printer() }, context)
        }
    }
}
