import MarshrutCore

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
        lines.append(style.bold("Route \(route.id)") + " — \(name)" + (tutor.map { " · tutor \($0.name)" } ?? ""))
        let total = max(1, route.start.days(to: route.end))
        let elapsed = min(max(0, route.start.days(to: today)), total)
        let year = min(today.schoolYear - route.start.schoolYear + 1, route.end.schoolYear - route.start.schoolYear + 1)
        var period = "\(route.start) → \(route.end)"
        if today < route.start {
            period += " · not started yet"
        } else if today > route.end {
            period += style.red(" · ended \(route.end.days(to: today)) days ago")
        } else {
            period += " · year \(max(1, year)) · \(elapsed * 100 / total)% of the time elapsed"
        }
        lines.append(period)
        lines.append("")
        lines.append(style.bold("Steps"))
        for stage in Stage.allCases {
            let label = "\(stage.steps.padding(3)) \(stage.rawValue)"
            if stage < route.stage {
                lines.append("  " + style.green("✓") + " " + label)
            } else if stage == route.stage {
                lines.append("  " + style.cyan("▶") + " " + style.bold(label) + "   ← current")
            } else {
                lines.append("    " + style.dim(label))
            }
        }
        if let image = route.selfImage {
            lines.append("")
            lines.append(style.bold("Self-image") + ": " + image)
        }
        if !route.strengths.isEmpty {
            lines.append("")
            lines.append(style.bold("Strengths"))
            for s in route.strengths { lines.append("  • \(s.area.rawValue): \(s.text)") }
        }
        lines += deficitLines()
        let stray = route.activities.filter { $0.addresses.isEmpty }
        if !stray.isEmpty {
            lines.append("")
            lines.append(style.bold("Other activities"))
            for a in stray { lines.append(activityLine(a)) }
        }
        lines.append("")
        let done = route.activities.filter(\.isDone).count
        let overdue = route.activities.filter { $0.isOverdue(on: today) }.count
        var summary = "Roadmap: \(done)/\(route.activities.count) activities done"
        if overdue > 0 { summary += ", " + style.red("\(overdue) overdue") }
        summary += " · \(route.corrections.count) correction(s) · \(route.reflections.count) reflection(s)"
        lines.append(summary)
        if !route.corrections.isEmpty { lines.append(style.dim("History of changes: marshrut route history \(route.id)")) }
        return lines.joined(separator: "\n")
    }

    private func deficitLines() -> [String] {
        guard !route.deficits.isEmpty else { return [] }
        var lines = ["", style.bold("Deficits")]
        for d in route.deficits {
            let aimed = route.activities(addressing: d.id)
            let done = aimed.filter(\.isDone).count
            let scores = route.reflections(onDeficit: d.id).map(\.score)
            var progress = "level \(d.level)/5 · \(done)/\(aimed.count) activities done"
            if let last = scores.last { progress += " · scores \(Sparkline.render(scores)) last \(last)" }
            if let final = route.finalReflection(onDeficit: d.id) {
                progress += " · " + style.green("final \(final.score)/5")
            } else if route.stage >= .implementation {
                progress += " · no final reflection yet"
            }
            lines.append("  \(style.bold(d.id)) [\(d.area.rawValue)] \(d.text)")
            lines.append("     " + style.dim(progress))
            if aimed.isEmpty {
                lines.append("     " + style.yellow("no activity addresses this deficit yet"))
            }
            for a in aimed { lines.append(activityLine(a)) }
        }
        return lines
    }

    private func activityLine(_ a: Activity) -> String {
        var text = "\(a.id) \(a.kind.rawValue) «\(a.title)»"
        if let hours = a.hours { text += " \(hours) h" }
        if let product = a.product {
            return "     " + style.green("✓") + " " + text + style.dim(" → \(product.kind) «\(product.title)» \(product.date)")
        }
        if a.isOverdue(on: today) {
            return "     " + style.red("! \(text) due \(a.due) — OVERDUE by \(a.due.days(to: today)) days")
        }
        return "     · \(text) due \(a.due)"
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
