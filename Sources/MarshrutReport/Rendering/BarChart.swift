/// A horizontal bar chart as SVG geometry: one row per category, one bar per series.
///
/// The chart is laid out here and drawn by the `barChart` template, which escapes every
/// label, so a category or series named by data never becomes markup.
struct BarChart: Sendable {
    /// A series of bars, drawn with the CSS class `bar-<style>`.
    struct Series: Sendable {
        var name: String
        var style: String
    }

    struct LegendItem: Sendable {
        var x: Int, y: Int, textX: Int, textY: Int
        var label: String
        var style: String
    }

    struct Bar: Sendable {
        var x: Int, y: Int, width: Int, height: Int
        var style: String
        var value: Int
        var valueX: Int, valueY: Int
        var tooltip: String
    }

    struct Row: Sendable {
        var label: String
        var labelX: Int, labelY: Int
        var bars: [Bar]
    }

    struct Tick: Sendable {
        var x: Int, y1: Int, y2: Int, labelY: Int
        var label: String
    }

    var id: String
    var style: String
    var title: String
    var width: Int
    var height: Int
    var legend: [LegendItem]
    var hasLegend: Bool
    var rows: [Row]
    var ticks: [Tick]
    var isEmpty: Bool
    var emptyX: Int, emptyY: Int

    static let fullWidth = 680
    static let labelWidth = 230
    static let barHeight = 12
    static let barStep = 15

    /// Lays out `rows` (a label and one value per series).
    init(id: String, style: String, title: String, series: [Series], rows data: [(label: String, values: [Int])]) {
        self.id = id
        self.style = style
        self.title = title
        width = Self.fullWidth
        hasLegend = series.count > 1
        let top = hasLegend ? 30 : 8
        var x = Self.labelWidth
        legend = series.map { item in
            defer { x += 24 + item.name.count * 7 + 16 }
            return LegendItem(x: x, y: 8, textX: x + 18, textY: 18, label: item.name, style: item.style)
        }
        let plotLeft = Self.labelWidth
        let plotWidth = Self.fullWidth - plotLeft - 40
        let maximum = data.flatMap(\.values).max() ?? 0
        let step = max(1, Int((Double(maximum) / 5).rounded(.up)))
        let scaleMax = max(step, ((maximum + step - 1) / step) * step)
        let rowHeight = series.count * Self.barStep + 10
        rows = data.enumerated().map { index, row in
            let rowTop = top + index * rowHeight
            let bars = zip(series, row.values).enumerated().map { j, pair in
                let (item, value) = pair
                let barWidth = Int((Double(value) / Double(scaleMax) * Double(plotWidth)).rounded())
                let y = rowTop + 5 + j * Self.barStep
                return Bar(
                    x: plotLeft, y: y, width: barWidth, height: Self.barHeight, style: item.style, value: value,
                    valueX: plotLeft + barWidth + 4, valueY: y + Self.barHeight - 2,
                    tooltip: "\(row.label) — \(item.name): \(value)")
            }
            return Row(label: row.label, labelX: plotLeft - 8, labelY: rowTop + rowHeight / 2 + 4, bars: bars)
        }
        let plotBottom = top + data.count * rowHeight
        ticks = stride(from: 0, through: scaleMax, by: step).map { value in
            let x = plotLeft + Int((Double(value) / Double(scaleMax) * Double(plotWidth)).rounded())
            return Tick(x: x, y1: top, y2: plotBottom, labelY: plotBottom + 14, label: String(value))
        }
        height = plotBottom + 22
        isEmpty = maximum == 0
        emptyX = plotLeft + plotWidth / 2
        emptyY = top + max(1, data.count) * rowHeight / 2
    }
}
