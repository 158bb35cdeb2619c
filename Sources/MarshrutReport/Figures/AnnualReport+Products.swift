import MarshrutCore

extension AnnualReport {
    /// The pedagogical products dated in the year: the school's «методическая копилка».
    ///
    /// Products of routes' roadmaps and of programs' activities both count; a route's product
    /// is its teacher's, a program's product belongs to its mentees and mentors.
    public struct Products: Sendable, Hashable, Encodable {
        public var total: Int
        /// The regulation's kinds (in `Product.commonKinds` order), then others by code; only
        /// kinds with products.
        public var byKind: [Tally]
        /// By date, then title.
        public var list: [ProductLine]

        init(catalog: Catalog, in year: SchoolYear, people: Directory) {
            var list: [ProductLine] = []
            for route in catalog.routes {
                for activity in route.activities {
                    guard let product = activity.product, year.contains(product.date) else { continue }
                    list.append(
                        ProductLine(
                            product, source: "route", sourceID: route.id, activity: activity.id,
                            authors: [people.member(route.teacher)]))
                }
            }
            for program in catalog.programs {
                for activity in program.activities {
                    guard let product = activity.product, year.contains(product.date) else { continue }
                    list.append(
                        ProductLine(
                            product, source: "program", sourceID: program.id, activity: activity.id,
                            authors: (program.mentees + program.mentors).map(people.member)))
                }
            }
            self.list = list.sorted { ($0.date, $0.title, $0.sourceID) < ($1.date, $1.title, $1.sourceID) }
            total = list.count
            let kinds = Set(list.map(\.kind)).sorted { a, b in
                let i = Product.commonKinds.firstIndex(of: a) ?? Int.max
                let j = Product.commonKinds.firstIndex(of: b) ?? Int.max
                return (i, a) < (j, b)
            }
            byKind = kinds.map { kind in
                Tally(code: kind, title: ReportText.productKind(kind), count: list.filter { $0.kind == kind }.count)
            }
        }
    }

    /// One product of the year.
    public struct ProductLine: Sendable, Hashable, Encodable {
        public var date: Day
        /// The kind's code, e.g. `lesson-plans`.
        public var kind: String
        public var title: String
        public var authors: [Member]
        /// `route` or `program`.
        public var source: String
        public var sourceID: String
        public var activity: String
        /// Where the product can be found, when recorded.
        public var reference: String?

        init(_ product: Product, source: String, sourceID: String, activity: String, authors: [Member]) {
            date = product.date
            kind = product.kind
            title = product.title
            self.authors = authors
            self.source = source
            self.sourceID = sourceID
            self.activity = activity
            reference = product.reference
        }
    }
}
