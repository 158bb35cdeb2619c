import MarshrutCore

/// A small line chart of one indicator's values over time, as SVG geometry.
///
/// Drawn by the `lineChart` template, which escapes every label and tooltip.
struct LineChart: Sendable {
    struct Dot: Sendable {
        var cx: Int, cy: Int
        var valueText: String
        var labelY: Int
        var tooltip: String
    }

    struct AxisLabel: Sendable {
        var x: Int, y: Int
        var text: String
        /// `start`, `middle` or `end`.
        var anchor: String
    }

    var id: String
    var title: String
    var width: Int
    var height: Int
    var plotLeft: Int, plotRight: Int, plotTop: Int, plotBottom: Int
    /// The time axis, a little below the lowest value.
    var axisY: Int
    /// The polyline's points, `x,y x,y …`.
    var points: String
    var hasLine: Bool
    var dots: [Dot]
    var dateLabels: [AxisLabel]

    /// - Parameter id: the element id; characters other than Latin letters, digits, `-`, `_`
    ///   and `.` become `-`, so ids stay plain even for a name a store did not check.
    init(id: String, title: String, values: [AnnualReport.Point]) {
        self.id = String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
        self.title = title
        width = 320
        height = 130
        plotLeft = 26
        plotRight = width - 26
        plotTop = 22
        plotBottom = height - 34
        axisY = plotBottom + 8
        let low = values.map(\.value).min() ?? 0
        let high = values.map(\.value).max() ?? 0
        let first = values.first?.date.ordinal ?? 0
        let last = values.last?.date.ordinal ?? 0
        let (left, right, top, bottom) = (plotLeft, plotRight, plotTop, plotBottom)
        func x(_ day: Day) -> Int {
            guard last > first else { return (left + right) / 2 }
            return left + Int((Double(day.ordinal - first) / Double(last - first) * Double(right - left)).rounded())
        }
        func y(_ value: Double) -> Int {
            guard high > low else { return (top + bottom) / 2 }
            return bottom - Int(((value - low) / (high - low) * Double(bottom - top)).rounded())
        }
        dots = values.map { point in
            let cy = y(point.value)
            let text = ReportFormat.number(point.value)
            return Dot(
                cx: x(point.date), cy: cy, valueText: text, labelY: cy - 7,
                tooltip: "\(ReportFormat.date(point.date)): \(text)")
        }
        points = dots.map { "\($0.cx),\($0.cy)" }.joined(separator: " ")
        hasLine = dots.count > 1
        var labels: [AxisLabel] = []
        if let firstPoint = values.first {
            labels.append(
                AxisLabel(
                    x: x(firstPoint.date), y: height - 10, text: ReportFormat.date(firstPoint.date),
                    anchor: values.count > 1 ? "start" : "middle"))
        }
        if values.count > 1, let lastPoint = values.last {
            labels.append(AxisLabel(x: x(lastPoint.date), y: height - 10, text: ReportFormat.date(lastPoint.date), anchor: "end"))
        }
        dateLabels = labels
    }
}
