import ArgumentParser
import MarshrutCore

struct Reflect: ParsableCommand, Marshrut.Runnable {
    static let configuration = CommandConfiguration(
        abstract: "Log a reflective self-assessment on an activity or a deficit of a route.",
        discussion: """
            Example: marshrut reflect ivanova-2022 --activity a1 --score 4 "Курс дал готовые приёмы…"
            Without TEXT, the text is read from standard input. --final on a deficit is step 7's
            analysis: overcome or not, and how.
            """
    )
    @Argument(help: "The route's id.") var route: String
    @Option(help: "The activity reflected on.") var activity: String?
    @Option(help: "The deficit reflected on.") var deficit: String?
    @Option(help: "Self-assessment, 1 to 5.") var score: Int
    @Flag(help: "Step 7's final analysis of a deficit.") var final = false
    @Option(help: ArgumentHelp("The day of the reflection (default: today).", valueName: "date")) var date: Day?
    @Argument(help: "The reflection's text (default: standard input).") var text: String?
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        switch (activity, deficit) {
        case (nil, nil): throw ValidationError("Please name what you reflect on: --activity A or --deficit D.")
        case (_?, _?): throw ValidationError("Please reflect on one thing at a time: --activity or --deficit, not both.")
        default: break
        }
        if !Reflection.scores.contains(score) { throw ValidationError("Please give --score from 1 to 5 (got \(score)).") }
    }

    func run(_ context: Context) throws {
        let body = (text ?? context.input() ?? "").trimmingWhitespace
        guard !body.isEmpty else {
            throw CLIError("the reflection is empty: nothing was saved. Give the text as an argument or on standard input.")
        }
        let today = try context.today
        let target: Reflection.Target = activity.map { .activity($0) } ?? .deficit(deficit ?? "")
        let day = date ?? today
        if day > today { throw CLIError("\(day) is in the future: a reflection is dated today or earlier") }
        let saved = try context.store().updateRoute(route) { route in
            try route.reflect(Reflection(date: day, target: target, score: score, text: body, isFinal: final))
        }
        context.print("Saved reflection \(saved.reflections.count) of route \(route) (\(activity.map { "activity \($0)" } ?? "deficit \(deficit ?? "")"), score \(score)\(final ? ", final" : "")).")
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
