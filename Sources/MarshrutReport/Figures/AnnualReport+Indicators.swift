import MarshrutCore

extension AnnualReport {
    /// The monitoring indicators of one program that worked in the year (regulation §5).
    ///
    /// Values dated up to the end of the year count, also those of earlier years of a program
    /// that began in one school year and ended in the next, so a series keeps its baseline.
    public struct ProgramIndicators: Sendable, Hashable, Encodable {
        public var program: String
        public var mentors: [Member]
        public var mentees: [Member]
        /// The regulation's indicators first (in `Indicator.commonNames` order), then others by name.
        public var series: [IndicatorSeries]
    }

    /// The values of one indicator of one program, in date order, with their change.
    public struct IndicatorSeries: Sendable, Hashable, Encodable {
        /// The indicator's name, e.g. `exam-pass-rate`.
        public var name: String
        /// The Russian title, e.g. «доля обучающихся, успешно прошедших ВПР/ОГЭ/ЕГЭ».
        public var title: String
        public var values: [Point]
        public var first: Double
        public var last: Double
        /// `last - first`, rounded to six decimals; `nil` with a single value.
        public var change: Double?

        init?(name: String, values: [Point]) {
            guard let first = values.first, let last = values.last else { return nil }
            self.name = name
            title = ReportText.indicator(name)
            self.values = values
            self.first = first.value
            self.last = last.value
            change = values.count > 1 ? ((last.value - first.value) * 1_000_000).rounded() / 1_000_000 : nil
        }
    }

    /// One dated value.
    public struct Point: Sendable, Hashable, Encodable {
        public var date: Day
        public var value: Double
    }

    static func indicators(of lines: [ProgramLine], catalog: Catalog, in year: SchoolYear) -> [ProgramIndicators] {
        let programs = Dictionary(catalog.programs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return lines.map { line in
            let recorded = (programs[line.id]?.indicators ?? []).enumerated()
                .filter { $0.element.date <= year.end }
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
                .map(\.element)
            let names = Set(recorded.map(\.name)).sorted { a, b in
                let i = Indicator.commonNames.firstIndex(of: a) ?? Int.max
                let j = Indicator.commonNames.firstIndex(of: b) ?? Int.max
                return (i, a) < (j, b)
            }
            let series = names.compactMap { name in
                // A later value for the same day corrects the earlier one: the last counts.
                let values = recorded.filter { $0.name == name }.reduce(into: [Point]()) { points, indicator in
                    if points.last?.date == indicator.date { points.removeLast() }
                    points.append(Point(date: indicator.date, value: indicator.value))
                }
                return IndicatorSeries(name: name, values: values)
            }
            return ProgramIndicators(program: line.id, mentors: line.mentors, mentees: line.mentees, series: series)
        }
    }
}
