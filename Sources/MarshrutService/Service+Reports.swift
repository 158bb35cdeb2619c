import MarshrutCore
import MarshrutReport
import MarshrutRules

/// The curator's annual report with the script errors met while making it.
public struct ReportOutcome: Sendable {
    public var report: AnnualReport
    public var schoolYear: Int
    /// The day rules, incentives and overdue work were judged on.
    public var day: Day
    /// Scripts that failed; the report leaves out what they would have found.
    public var errors: [RuleError]
}

extension Service {
    /// The years a report can be asked for.
    public static let reportYears = 1900...2199

    /// The annual report for the school year that begins in `year` (default: the current one).
    ///
    /// A past school year is judged as of its last day, 31 August, so that nothing from the next
    /// year mixes in; `day` overrides that. With `organization`, the report covers that
    /// organization's scope with its scripts (see `runScripts`).
    public func annualReport(year: Int?, on day: Day? = nil, organization: String? = nil) throws -> ReportOutcome {
        try authorize(.readReports)
        try authorize(.runRules)
        let schoolYear = year ?? (day ?? today).schoolYear
        guard Self.reportYears.contains(schoolYear) else {
            throw ServiceError.yearOutOfRange(schoolYear, Self.reportYears)
        }
        let day = day ?? min(today, Day.schoolYearEnd(schoolYear))
        let catalog = try scopedCatalog(within: organization)
        let engine = try RuleEngine(scripts: try runScripts(organization: organization).scripts)
        let checked = engine.check(catalog, today: day)
        let awarded = engine.awards(catalog, today: day)
        let titles = Dictionary(engine.monitors.map { ($0.id, $0.description) }, uniquingKeysWith: { first, _ in first })
        let report = AnnualReport(
            catalog: catalog, year: schoolYear,
            findings: checked.findings.map {
                ReportFinding(
                    rule: $0.rule, severity: $0.severity.rawValue, subject: $0.subject.rawValue, id: $0.id, message: $0.message,
                    ruleTitle: titles[$0.rule].flatMap { $0.isEmpty ? nil : $0 })
            },
            awards: awarded.awards.map {
                ReportAward(incentive: $0.incentive, title: $0.title, kind: $0.kind.rawValue, subject: $0.subject.rawValue, id: $0.id, reason: $0.reason)
            },
            today: day)
        let errors = checked.errors + awarded.errors.filter { e in !checked.errors.contains(e) }
        return ReportOutcome(report: report, schoolYear: schoolYear, day: day, errors: errors)
    }

    /// The pages of the school website's «Наставничество» section.
    public func schoolSite() throws -> [SchoolSite.File] {
        try authorize(.readReports)
        return try SchoolSite(catalog: try scopedCatalog(), today: today).files()
    }
}
