import MarshrutCore

/// The curator's annual analytical report on the mentoring system (regulation §4.1.4: «формирует
/// итоговый аналитический отчет»; §5: monitoring): the figures of one school year, as values.
///
/// Building the report does no I/O and changes nothing; rendering it is separate (`html()`,
/// `markdown()`, `csvTables()`, `json()`). Every section documents what it counts, since the
/// curator signs the figures:
///
/// - `overview`: the banks, the pairs and groups that worked in the year, programs by form and
///   status, routes by step;
/// - `deficits`: deficits by competency area at the start of the year and how many were
///   overcome in it;
/// - `selfImage`: the scores of step 7's reflections on the self-image dated in the year;
/// - `indicators`: the monitoring indicators of each program with their dynamics;
/// - `findings` and `awards`: what the curator's monitoring rules found and who meets which
///   incentive criterion, as the rule engine reported them;
/// - `products`: the year's pedagogical products (the «методическая копилка»);
/// - `plans`: the stages of the school's road map and where each stands today.
///
/// ```swift
/// let report = AnnualReport(catalog: catalog, year: 2025, findings: findings, awards: awards, today: today)
/// let page = try report.html()
/// ```
public struct AnnualReport: Sendable, Hashable, Encodable {
    public var schoolYear: SchoolYear
    /// The day the report was made; road-map stages and banks are as of this day.
    public var today: Day
    /// The school, as the head's or curator's record names it (else the most common school).
    public var school: String?
    public var overview: Overview
    public var deficits: Deficits
    public var selfImage: SelfImage
    /// One entry per program that worked in the year, in the order of `overview.programs`.
    public var indicators: [ProgramIndicators]
    public var findings: Findings
    public var awards: [Awardee]
    public var products: Products
    public var plans: [PlanProgress]

    /// Computes the figures of the school year that begins on 1 September of `year`.
    ///
    /// - Parameters:
    ///   - catalog: everything the school keeps.
    ///   - year: the year in which the school year began (2025 → 2025/26).
    ///   - findings: what the monitoring rules found (from the rule engine).
    ///   - awards: who meets which incentive criterion (from the rule engine).
    ///   - today: the report's date.
    public init(catalog: Catalog, year: Int, findings: [ReportFinding] = [], awards: [ReportAward] = [], today: Day) {
        let schoolYear = SchoolYear(year)
        let people = Directory(catalog.persons)
        self.schoolYear = schoolYear
        self.today = today
        school = people.school
        overview = Overview(catalog: catalog, in: schoolYear, today: today, people: people)
        deficits = Deficits(routes: catalog.routes, in: schoolYear, people: people)
        selfImage = SelfImage(routes: catalog.routes, in: schoolYear, people: people)
        indicators = Self.indicators(of: overview.programs, catalog: catalog, in: schoolYear)
        self.findings = Findings(findings)
        self.awards = Self.awardees(awards, catalog: catalog, people: people)
        products = Products(catalog: catalog, in: schoolYear, people: people)
        plans = catalog.plans.map { PlanProgress($0, on: today, in: catalog, people: people) }
    }

    /// A count of one code: a form, a status, a step, a kind of product.
    public struct Tally: Sendable, Hashable, Encodable {
        /// The code as documents spell it, e.g. `traditional`.
        public var code: String
        /// The Russian title, e.g. «традиционная».
        public var title: String
        public var count: Int
    }

    /// A person named in the report: id and name.
    public struct Member: Sendable, Hashable, Encodable {
        public var id: String
        public var name: String
    }
}
