import Foundation
import ArgumentParser
import MarshrutCore
import MarshrutText
import MarshrutService

struct Reflect: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "reflect",
            abstract: tr(
                "Log a reflective self-assessment on an activity, a deficit or the self-image of your route.",
                "Записать рефлексивную самооценку по мероприятию, дефициту или образу себя своего маршрута."),
            discussion: tr(
                """
                Examples:
                  marshrut reflect ivanova-2022 --activity a1 --score 4 "Курс дал готовые приёмы…"
                  marshrut reflect --deficit d1 --score 3 --date вчера       (default route; text in $EDITOR)
                  echo "Итог: дефицит преодолён" | marshrut reflect --deficit d1 --score 5 --final
                  marshrut reflect --image --score 4 "Стала ближе к образу наставника…"
                The route may be left out once a default is set (`marshrut route use ROUTE` or $MARSHRUT_ROUTE). \\
                Without TEXT, the text is read from standard input when it is piped, else written in \\
                $VISUAL or $EDITOR; an empty text cancels. --final on a deficit is step 7's analysis: \\
                overcome or not, and how. --image is step 7's reflection on the self-image: how close you \\
                came to it (in steps 5–7).
                """,
                """
                Примеры:
                  marshrut reflect ivanova-2022 --activity a1 --score 4 "Курс дал готовые приёмы…"
                  marshrut reflect --deficit d1 --score 3 --date вчера       (маршрут по умолчанию; текст в $EDITOR)
                  echo "Итог: дефицит преодолён" | marshrut reflect --deficit d1 --score 5 --final
                  marshrut reflect --image --score 4 "Стала ближе к образу наставника…"
                Маршрут можно не указывать, если он выбран по умолчанию (`marshrut route use МАРШРУТ` или $MARSHRUT_ROUTE). \
                Без ТЕКСТА он читается из стандартного ввода, если туда что-то передано, иначе открывается \
                $VISUAL или $EDITOR; пустой текст отменяет запись. --final по дефициту — итоговый анализ (шаг 7): \
                преодолён ли дефицит и как. --image — рефлексия об образе себя (шаг 7): насколько вы к нему \
                приблизились (на шагах 5–7).
                """)
        )
    }
    @Argument(
        help: ArgumentHelp(
            tr(
                "[ROUTE] [TEXT]: the route's id (default: your default route) and the reflection's text.",
                "[МАРШРУТ] [ТЕКСТ]: id маршрута (по умолчанию ваш) и текст рефлексии."), valueName: "route-and-text"))
    var words: [String] = []
    @Option(help: tr("The activity reflected on.", "Мероприятие, о котором рефлексия.")) var activity: String?
    @Option(help: tr("The deficit reflected on.", "Дефицит, о котором рефлексия.")) var deficit: String?
    @Flag(help: tr("Reflect on the self-image: how close you came to it (step 7).", "Рефлексия об образе себя: насколько вы к нему приблизились (шаг 7)."))
    var image = false
    @Option(help: tr("Self-assessment, 1 to 5.", "Самооценка от 1 до 5.")) var score: Int
    @Flag(help: tr("Step 7's final analysis of a deficit.", "Итоговый анализ дефицита (шаг 7).")) var final = false
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(tr("When (default: today): \(DayInput.help).", "Когда (по умолчанию сегодня): \(DayInput.help)."), valueName: "date")) var date:
        String?
    @Option(name: .customLong("tag"), help: tr("A label for the entry (repeat for several).", "Метка записи (можно несколько).")) var tags: [String] = []
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        switch [activity != nil, deficit != nil, image].filter({ $0 }).count {
        case 0: throw ValidationError(CLIText.nameTheTarget)
        case 1: break
        default: throw ValidationError(CLIText.oneTargetAtATime)
        }
        if !Reflection.scores.contains(score) { throw ValidationError(CLIText.scoreOutOfRange(score)) }
        if final && deficit == nil { throw ValidationError(CLIText.finalNeedsDeficit) }
    }

    func run(_ context: Context) throws {
        if let client = try context.remote() { return try run(context, against: client) }
        let service = try context.service()
        let today = service.today
        let (routeID, given) = try resolve(context, known: service.routeExists)
        let day = try date.map { try DayInput.parse($0, today: today) } ?? today
        // Check the target before asking for text, so nobody writes a reflection in vain.
        let writing = given == nil && context.inputIsTerminal
        let route = try service.checkReflection(
            on: routeID, Reflection(date: day, target: target, score: score, text: "—", isFinal: final, tags: tags), withReflections: writing)
        var body = given
        if body == nil {
            body = context.inputIsTerminal ? try context.edit(template(route, day: day)) : context.input()
        }
        guard let text = body?.trimmingWhitespace, !text.isEmpty else {
            throw CLIError(CLIText.emptyReflection)
        }
        let number = try service.reflect(on: routeID, Reflection(date: day, target: target, score: score, text: text, isFinal: final, tags: tags))
        context.print(CLIText.reflectionSaved("\(routeID)/\(number)", about: about, day: day, score: score, final: final))
    }

    /// What the reflection is about, as the options name it (`validate` makes it exactly one).
    var target: Reflection.Target {
        if let activity { return .activity(activity) }
        if let deficit { return .deficit(deficit) }
        return .image
    }

    var about: String {
        switch target {
        case .activity(let id): CLIText.activity(id)
        case .deficit(let id): CLIText.deficit(id)
        case .image: CLIText.onSelfImage
        }
    }

    /// The same reflection, written through a server as the signed-in teacher.
    func run(_ context: Context, against client: ServerClient) throws {
        let today = try client.today()
        let (routeID, given) = try resolve(context, known: { (try? client.route($0)) != nil })
        let day = try date.map { try DayInput.parse($0, today: today) } ?? today
        var body = given
        let writing = body == nil && context.inputIsTerminal
        if body == nil {
            if writing {
                // What the route itself refuses is said before anyone writes, as locally.
                let route = try client.route(routeID).route
                try Self.check(Reflection(date: day, target: target, score: score, text: "—", isFinal: final, tags: tags), on: route, today: today)
                body = try context.edit(template(route, day: day))
            } else {
                body = context.input()
            }
        }
        guard let text = body?.trimmingWhitespace, !text.isEmpty else {
            throw CLIError(CLIText.emptyReflection)
        }
        let id: String
        do {
            id = try client.reflect(on: routeID, Reflection(date: day, target: target, score: score, text: text, isFinal: final, tags: tags))
        } catch {
            // A text written in the editor is never lost to a refusal or a broken connection.
            if writing { context.warn(Self.keep(text, route: routeID, day: day, environment: context.environment)) }
            throw error
        }
        context.print(CLIText.reflectionSaved(id, about: about, day: day, score: score, final: final))
    }

    /// The refusals a route gives a new reflection without asking a server: its dates, its
    /// target, a closed route, a final analysis out of place.
    static func check(_ draft: Reflection, on route: Route, today: Day) throws {
        if draft.date > today { throw ServiceError.reflectionInFuture(draft.date) }
        if draft.date < route.start { throw ServiceError.reflectionBeforeStart(draft.date, route: route.id, start: route.start) }
        try route.checkNewReflection(draft, number: route.reflections.count + 1)
    }

    /// Keeps a refused reflection's text where only its writer reads it, and says where; with no
    /// folder to keep it in, says the text itself.
    static func keep(_ text: String, route: String, day: Day, environment: [String: String]) -> String {
        guard let folder = SavedLogin.file(in: environment)?.deletingLastPathComponent().appendingPathComponent("unsent") else {
            return CLIText.reflectionNotSent(text)
        }
        let file = folder.appendingPathComponent("\(route)-\(day).md")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try? FileManager.default.removeItem(at: file)
            guard FileManager.default.createFile(atPath: file.path, contents: Data((text + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
                return CLIText.reflectionNotSent(text)
            }
        } catch {
            return CLIText.reflectionNotSent(text)
        }
        return CLIText.reflectionKept(file.path)
    }

    /// Splits the positional words into the route and the text.
    func resolve(_ context: Context, known: (String) -> Bool) throws -> (route: String, text: String?) {
        switch words.count {
        case 0:
            return (try context.route(named: nil), nil)
        case 1:
            if known(words[0]) { return (words[0], nil) }
            if let fallback = context.defaultRoute { return (fallback, words[0]) }
            throw CLIError(CLIText.noRouteForText(words[0]))
        default:
            return (words[0], words.dropFirst().joined(separator: " "))
        }
    }

    func template(_ route: Route, day: Day) -> String {
        var lines = ["", CLIText.templateHead(route: route.id, day: day, score: score, final: final)]
        switch target {
        case .activity(let id):
            if let a = route.activity(id) {
                lines.append(CLIText.templateActivity(a))
                for d in route.deficits where a.addresses.contains(d.id) { lines.append(CLIText.templateAddresses(d)) }
            }
        case .deficit(let id):
            if let d = route.deficit(id) {
                lines.append(CLIText.templateDeficit(d))
                let scores = route.reflections(onDeficit: id).map(\.score)
                if !scores.isEmpty { lines.append(CLIText.templateScores(scores.map(String.init).joined(separator: " "))) }
                if final { lines.append(CLIText.templateFinal) }
            }
        case .image:
            if let image = route.selfImage { lines.append(CLIText.templateImage(image)) }
            let scores = route.imageReflections.map(\.score)
            if !scores.isEmpty { lines.append(CLIText.templateScores(scores.map(String.init).joined(separator: " "))) }
            lines.append(CLIText.templateImageQuestion)
        }
        lines.append(CLIText.templateFoot)
        return lines.joined(separator: "\n") + "\n"
    }
}
