import MarshrutCore

extension AnnualReport {
    /// Step 7's reflections on the self-image: how close each teacher came to the image of
    /// themselves they set out in step 1 (regulation: «рефлексивный анализ … насколько удалось
    /// приблизиться к желаемому образу себя»).
    ///
    /// A route counts when a reflection on its self-image is dated in the year; its score is
    /// the last such reflection's (1 to 5). Texts are the teachers' own and stay out of the
    /// report: it gives only the scores.
    public struct SelfImage: Sendable, Hashable, Encodable {
        /// One line per route that reflected on its self-image in the year, by route id.
        public var list: [SelfImageLine]
        /// The mean of the routes' scores, or nil when none reflected.
        public var averageScore: Double?

        init(routes: [Route], in year: SchoolYear, people: Directory) {
            list = routes.sorted { $0.id < $1.id }.compactMap { route in
                guard let last = route.imageReflections.last(where: { year.contains($0.date) }) else { return nil }
                return SelfImageLine(route: route.id, teacher: people.member(route.teacher), date: last.date, score: last.score)
            }
            averageScore = list.isEmpty ? nil : Double(list.map(\.score).reduce(0, +)) / Double(list.count)
        }
    }

    /// A route's last reflection on the self-image in the year.
    public struct SelfImageLine: Sendable, Hashable, Encodable {
        public var route: String
        public var teacher: Member
        public var date: Day
        /// 1 (far from the image) to 5 (reached it).
        public var score: Int
    }
}
