/// A small chart of self-assessment scores (1–5) in date order, as inline SVG.
///
/// It holds numbers only, never stored text, so the page may insert it raw.
struct Sparkline: Sendable {
    var scores: [Int]
    var label: String

    /// The SVG, or nil when there are fewer than two scores to draw a trend between.
    var svg: String? {
        guard scores.count >= 2 else { return nil }
        let (width, height, pad) = (160.0, 40.0, 4.0)
        let step = (width - 2 * pad) / Double(scores.count - 1)
        let points = scores.enumerated().map { index, score in
            let x = pad + Double(index) * step
            let y = pad + (5 - Double(min(max(score, 1), 5))) / 4 * (height - 2 * pad)
            return (x, y)
        }
        let line = points.map { "\(Self.format($0.0)),\(Self.format($0.1))" }.joined(separator: " ")
        let dots = points.map { "<circle cx=\"\(Self.format($0.0))\" cy=\"\(Self.format($0.1))\" r=\"2.5\"/>" }.joined()
        let escaped = label.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
        return """
            <svg class="spark" viewBox="0 0 160 40" width="160" height="40" role="img" aria-label="\(escaped)">\
            <line class="base" x1="4" y1="36" x2="156" y2="36"/><polyline points="\(line)"/>\(dots)</svg>
            """
    }

    private static func format(_ value: Double) -> String {
        String(Double((value * 10).rounded()) / 10)
    }
}
