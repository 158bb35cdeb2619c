import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
///
/// Commands run in-process (tests, embedding) pass their own environment, without `TERM`, so
/// they never draw; neither does a pipe or a file.
///
/// ```swift
/// var bar = ProgressBar(total: 1_000, label: "teachers", environment: context.environment)
/// bar.advance(by: 10)
/// bar.finish()
/// ```
struct ProgressBar {
    let total: Int
    let label: String
    let enabled: Bool
    private(set) var done = 0
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var drawn: ContinuousClock.Instant

    init(total: Int, label: String, environment: [String: String]) {
        self.total = max(1, total)
        self.label = label
        let term = environment["TERM"]
        enabled = isatty(STDERR_FILENO) == 1 && term != nil && term != "dumb"
        started = clock.now
        drawn = started
    }

    /// Counts `count` more units done, redrawing at most ten times a second.
    mutating func advance(by count: Int) {
        done = min(total, done + count)
        guard enabled else { return }
        let now = clock.now
        if now - drawn >= .milliseconds(100) || done == total {
            drawn = now
            draw()
        }
    }

    /// Draws the full bar and ends its line.
    mutating func finish() {
        guard enabled else { return }
        done = total
        draw()
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw() {
        let width = 30
        let filled = width * done / total
        let seconds =
            Double((clock.now - started).components.seconds)
            + Double((clock.now - started).components.attoseconds) / 1e18
        let line =
            "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] "
            + "\(100 * done / total)% \(done)/\(total) \(label)  " + String(format: "%.1f s", seconds)
        FileHandle.standardError.write(Data(line.utf8))
    }
}
