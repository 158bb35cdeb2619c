import MarshrutCore
import MarshrutText

extension AnnualReport {
    /// The lowest score of a final reflection that counts its deficit as overcome (of 1 to 5).
    public static let overcomeScore = 4

    /// Deficits by competency area: how many the year began with, how many it added, how many
    /// it overcame.
    ///
    /// Only routes whose period shares a day with the year count.
    ///
    /// - **At the start** of the year: deficits of routes that began on or before 1 September,
    ///   except those already closed by a final (step 7) reflection dated before that day.
    /// - **Added**: deficits of routes that began later in the year.
    /// - **Overcome** in the year, among both: the deficit's first final reflection is dated in
    ///   the year and scores it at least ``AnnualReport/overcomeScore``, or, with no final
    ///   reflection at all, its level is 5 (overcome). A final reflection that scores lower is
    ///   the regulation's closing analysis of a deficit that was not overcome: it remains.
    /// - **Remaining**: at the start plus added, less overcome.
    public struct Deficits: Sendable, Hashable, Encodable {
        /// Every competency area, in the vocabulary's order, with zeros.
        public var byArea: [AreaDeficits]
        public var total: DeficitCounts
        /// Each deficit counted, by route and deficit id.
        public var list: [DeficitLine]

        init(routes: [Route], in year: SchoolYear, people: Directory) {
            var list: [DeficitLine] = []
            for route in routes.sorted(by: { $0.id < $1.id }) where year.overlaps(from: route.start, to: route.end) {
                let fromBefore = route.start <= year.start
                for deficit in route.deficits {
                    let final = route.reflections.filter { $0.isFinal && $0.deficit == deficit.id }.min { $0.date < $1.date }
                    let closed = final?.date
                    if let closed, closed < year.start { continue }
                    let overcome =
                        final.map { year.contains($0.date) && $0.score >= AnnualReport.overcomeScore } ?? (deficit.level == Deficit.levels.upperBound)
                    list.append(
                        DeficitLine(
                            route: route.id, teacher: people.member(route.teacher), deficit: deficit.id,
                            area: deficit.area.rawValue, level: deficit.level, atStart: fromBefore,
                            overcome: overcome, closedOn: closed))
                }
            }
            self.list = list
            byArea = CompetencyArea.allCases.map { area in
                AreaDeficits(area: area, list.filter { $0.area == area.rawValue })
            }
            total = DeficitCounts(list)
        }
    }

    /// The counts of one area, or of all.
    public struct DeficitCounts: Sendable, Hashable, Encodable {
        public var atStart: Int
        public var added: Int
        public var overcome: Int
        public var remaining: Int

        init(_ lines: [DeficitLine]) {
            atStart = lines.filter(\.atStart).count
            added = lines.count - atStart
            overcome = lines.filter(\.overcome).count
            remaining = lines.count - overcome
        }
    }

    /// The counts of one competency area.
    public struct AreaDeficits: Sendable, Hashable, Encodable {
        /// The area's code, e.g. `ict`.
        public var area: String
        /// The Russian title, e.g. «ИКТ».
        public var title: String
        public var atStart: Int
        public var added: Int
        public var overcome: Int
        public var remaining: Int

        init(area: CompetencyArea, _ lines: [DeficitLine]) {
            let counts = DeficitCounts(lines)
            self.area = area.rawValue
            title = area.words.russian
            atStart = counts.atStart
            added = counts.added
            overcome = counts.overcome
            remaining = counts.remaining
        }
    }

    /// One deficit the year counts.
    public struct DeficitLine: Sendable, Hashable, Encodable {
        public var route: String
        public var teacher: Member
        public var deficit: String
        public var area: String
        /// 1 (severe) to 5 (overcome), as recorded today.
        public var level: Int
        /// Open at the start of the year; otherwise added during it.
        public var atStart: Bool
        public var overcome: Bool
        /// The date of the first final reflection, when there is one.
        public var closedOn: Day?
    }
}
