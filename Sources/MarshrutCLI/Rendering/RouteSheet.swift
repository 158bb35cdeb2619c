import MarshrutCore
import MarshrutText

/// The terminal view of one route: the seven steps with the current one marked, deficits
/// with the activities aimed at them, overdue work highlighted, progress per deficit.
struct RouteSheet {
    var route: Route
    var teacher: Person?
    var tutor: Person?
    var today: Day
    var style: Style

    func render() -> String {
        var lines: [String] = []
        let name = teacher?.name ?? route.teacher
        lines.append(style.bold(CLIText.routeTitle(route.id)) + " — \(name)" + (tutor.map { CLIText.tutor($0.name) } ?? ""))
        let total = max(1, route.start.days(to: route.end))
        let elapsed = min(max(0, route.start.days(to: today)), total)
        let year = min(today.schoolYear - route.start.schoolYear + 1, route.end.schoolYear - route.start.schoolYear + 1)
        var period = "\(route.start.display) → \(route.end.display)"
        if today < route.start {
            period += String(CLIText.notStarted)
        } else if today > route.end {
            period += style.red(CLIText.ended(route.end.days(to: today)))
        } else {
            period += CLIText.year(max(1, year), elapsed: elapsed * 100 / total)
        }
        lines.append(period)
        lines.append("")
        lines.append(style.bold(String(CLIText.steps)))
        for stage in Stage.allCases {
            let label = "\(stage.steps.padding(3)) \(Language.current == .russian ? stage.title : stage.rawValue)"
            if stage < route.stage {
                lines.append("  " + style.green("✓") + " " + label)
            } else if stage == route.stage {
                lines.append("  " + style.cyan("▶") + " " + style.bold(label) + "   " + String(CLIText.current))
            } else {
                lines.append("    " + style.dim(label))
            }
        }
        if let image = route.selfImage {
            lines.append("")
            lines.append(style.bold(String(CLIText.selfImage)) + ": " + image)
            let reflections = route.imageReflections
            if let last = reflections.last {
                let scores = reflections.count > 1 ? Sparkline.render(reflections.map(\.score)) : ""
                lines.append("     " + style.dim(CLIText.imageReflection(score: last.score, scores: scores, on: last.date)))
                lines.append("     «\(Self.excerpt(last.text))»")
            } else if route.stage >= .implementation {
                lines.append("     " + style.dim(CLIText.noImageReflection))
            }
        }
        if !route.strengths.isEmpty {
            lines.append("")
            lines.append(style.bold(String(CLIText.strengths)))
            for s in route.strengths { lines.append("  • \(Self.area(s.area)): \(s.text)") }
        }
        lines += deficitLines()
        let stray = route.activities.filter { $0.addresses.isEmpty }
        if !stray.isEmpty {
            lines.append("")
            lines.append(style.bold(String(CLIText.otherActivities)))
            for a in stray { lines.append(activityLine(a)) }
        }
        lines.append("")
        let done = route.activities.filter(\.isDone).count
        let overdue = route.activities.filter { $0.isOverdue(on: today) }.count
        var summary = CLIText.roadmap(done: done, of: route.activities.count)
        if overdue > 0 { summary += ", " + style.red(CLIText.overdueCount(overdue)) }
        summary += CLIText.history(corrections: route.corrections.count, reflections: route.reflections.count)
        lines.append(summary)
        if !route.corrections.isEmpty { lines.append(style.dim(CLIText.historyHint(route.id))) }
        return lines.joined(separator: "\n")
    }

    private func deficitLines() -> [String] {
        guard !route.deficits.isEmpty else { return [] }
        var lines = ["", style.bold(String(CLIText.deficits))]
        for d in route.deficits {
            let aimed = route.activities(addressing: d.id)
            let done = aimed.filter(\.isDone).count
            let scores = route.reflections(onDeficit: d.id).map(\.score)
            var progress = CLIText.level(d.level, done: done, of: aimed.count)
            if let last = scores.last { progress += CLIText.scores(Sparkline.render(scores), last: last) }
            if let final = route.finalReflection(onDeficit: d.id) {
                progress += " · " + style.green(CLIText.finalScore(final.score))
            } else if route.stage >= .implementation {
                progress += String(CLIText.noFinal)
            }
            lines.append("  \(style.bold(d.id)) [\(Self.area(d.area))] \(d.text)")
            lines.append("     " + style.dim(progress))
            if aimed.isEmpty {
                lines.append("     " + style.yellow(String(CLIText.unaddressed)))
            }
            for a in aimed { lines.append(activityLine(a)) }
        }
        return lines
    }

    private func activityLine(_ a: Activity) -> String {
        var text = "\(a.id) \(Language.current == .russian ? a.kind.title : a.kind.rawValue) «\(a.title)»"
        if let hours = a.hours { text += CLIText.hours(hours) }
        if let product = a.product {
            return "     " + style.green("✓") + " " + text + style.dim(" → \(ProductKind.shown(product.kind)) «\(product.title)» \(product.date.display)")
        }
        if a.isOverdue(on: today) {
            return "     " + style.red("! \(text) " + CLIText.overdue(a.due, by: a.due.days(to: today)))
        }
        return "     · \(text) " + CLIText.due(a.due)
    }
}

extension RouteSheet {
    /// An area as its code in English (what documents use), its title in Russian.
    /// A text's first line, cut at 160 characters.
    static func excerpt(_ text: String) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        return line.count > 160 ? String(line.prefix(160)) + "…" : line + (text.contains("\n") ? " …" : "")
    }

    static func area(_ area: CompetencyArea) -> String {
        Language.current == .russian ? area.title : area.rawValue
    }
}

/// A row of block characters showing a series of 1–5 scores.
enum Sparkline {
    static let bars: [Character] = ["▁", "▃", "▄", "▆", "█"]

    static func render(_ scores: [Int]) -> String {
        String(scores.suffix(12).map { bars[min(max($0, 1), 5) - 1] })
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
