/// Where the time of a rule run went: loading the scripts, reading the data, building the
/// views and evaluating the rules.
///
/// The engine fills `buildingViews` and `evaluating` (see `CheckReport.timing`); the caller
/// measures what it does around the engine with `measure(_:_:)`.
///
/// ```swift
/// var timing = RuleTiming()
/// let catalog = try timing.measure(\.readingData) { try store.catalog() }
/// print(timing.summary)   // timing: load-scripts=0.000s read-data=1.234s …
/// ```
public struct RuleTiming: Sendable, Hashable {
    public var loadingScripts: Duration = .zero
    public var readingData: Duration = .zero
    public var buildingViews: Duration = .zero
    /// Loading and building subjects the rules reached through relations (a route's teacher, a
    /// person's programs) while they ran; not part of `evaluating`.
    public var loadingRelated: Duration = .zero
    public var evaluating: Duration = .zero
    /// With several workers the batches are read ahead by a reader of their own (its time is
    /// `readingData`, spent beside the workers'): how long the workers waited for a batch to be
    /// ready. Not part of `total`.
    public var waitingForData: Duration = .zero
    /// How many Lua states evaluated at once; the phases above are their times added up.
    public var workers = 1

    public init() {}

    /// Adds another worker's phase times to these.
    public mutating func add(_ other: RuleTiming) {
        loadingScripts += other.loadingScripts
        readingData += other.readingData
        buildingViews += other.buildingViews
        loadingRelated += other.loadingRelated
        evaluating += other.evaluating
        waitingForData += other.waitingForData
    }

    public var total: Duration { loadingScripts + readingData + buildingViews + loadingRelated + evaluating }

    /// Runs `body`, adding its wall-clock time to `phase`.
    public mutating func measure<T, E: Error>(
        _ phase: WritableKeyPath<RuleTiming, Duration>,
        _ body: () throws(E) -> T
    ) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { self[keyPath: phase] += clock.now - start }
        return try body()
    }

    /// One line of `name=seconds` pairs, for people and scripts alike.
    public var summary: String {
        let phases: [(String, Duration)] = [
            ("load-scripts", loadingScripts), ("read-data", readingData), ("build-views", buildingViews), ("load-related", loadingRelated),
            ("evaluate", evaluating), ("total", total),
        ]
        return "timing: " + phases.map { "\($0.0)=\(Self.seconds($0.1))s" }.joined(separator: " ")
            + (workers > 1
                ? " workers=\(workers) (phases added up over the workers; read-data by a reader beside them, who waited for it "
                    + "\(Self.seconds(waitingForData))s)" : "")
    }

    /// Seconds with millisecond precision, without Foundation's formatting.
    static func seconds(_ duration: Duration) -> String {
        let millis = Int((Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15).rounded())
        let fraction = String(millis % 1_000)
        return "\(millis / 1_000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
