import Foundation
import HTTPTypes
import Hummingbird
import MarshrutCore
import MarshrutReport
import MarshrutRules
import MarshrutServer
import MarshrutService

extension PageRequest {
    /// Whether the reader holds a role that runs the rules and reads reports somewhere.
    var readsReports: Bool { holdsScopedRole(for: .readReports) }

    /// Whether the reader holds, on some organization, a scoped role the permission names.
    func holdsScopedRole(for permission: Permission) -> Bool {
        let roles = Set(permission.holders.compactMap(\.scopedRole))
        return holder?.actor.grants.contains { roles.contains($0.role) } ?? false
    }

    /// The rules and incentives run over the reader's scope, grouped and filtered.
    func findings() async throws -> Response {
        let severity = query("severity").flatMap(Severity.init(rawValue:))
        let rule = query("rule").flatMap { $0.isEmpty ? nil : $0 }
        let organization = query("organization").flatMap { $0.isEmpty ? nil : $0 }
        let run = try await read { service in
            var timing = RuleTiming()
            let (checked, awarded) = (try service.check(workers: 1, timing: &timing), try service.awards(workers: 1))
            var findings = Array(checked.report.results)
            var awards = Array(awarded.report.results)
            let organizations = try service.organizations()
            if let organization {
                let homes = try service.organizations(
                    of: findings.map { SubjectReference($0.subject, $0.id) } + awards.map { SubjectReference($0.subject, $0.id) })
                findings = findings.filter { homes[SubjectReference($0.subject, $0.id)] == organization }
                awards = awards.filter { homes[SubjectReference($0.subject, $0.id)] == organization }
            }
            let subjects = findings.map { SubjectReference($0.subject, $0.id) } + awards.map { SubjectReference($0.subject, $0.id) }
            let errors = checked.report.errors + awarded.report.errors.filter { e in !checked.report.errors.contains(e) }
            return (
                findings: findings, awards: awards, errors: errors, labels: try service.labels(of: subjects), day: checked.day,
                organizations: organizations
            )
        }
        let view = FindingsView(
            page: Frame(title: PageWords().findings, request: self, userName: readerName, current: "/findings"), findings: run.findings,
            awards: run.awards, errors: run.errors, labels: run.labels, day: run.day, severity: severity, rule: rule,
            organizations: run.organizations.map { Option(value: $0.id, label: $0.name, selected: $0.id == organization) })
        return PageRenderer.shared.response("findings", view)
    }

    /// The schools of the reader's scope in one table.
    func rollUp() async throws -> Response {
        let readsRoutes = holdsScopedRole(for: .readRoute(""))
        let rollUp = try await read { try $0.rollUp() }
        let view = RollUpView(
            page: Frame(title: PageWords().rollUp, request: self, userName: readerName, current: "/rollup"), rollUp: rollUp, readsRoutes: readsRoutes)
        return PageRenderer.shared.response("rollup", view)
    }

    /// The scripts with their declarations and their own test cases, read-only.
    func scriptsPage() async throws -> Response {
        let frame = Frame(title: PageWords().scripts, request: self, userName: readerName, current: "/scripts")
        let view = try await read { service in
            let (files, run) = try service.scriptsInUse()
            return ScriptsView(page: frame, files: files, engine: run.engine, results: run.results)
        }
        return PageRenderer.shared.response("scripts", view)
    }

    /// The annual report's page: a school year to choose, the report in a frame.
    func reportPage() async throws -> Response {
        let today = try server.settings.today()
        _ = try await read { try $0.authorize(.readReports) }
        let current = today.schoolYear
        let year = query("year").flatMap { Int($0) }.map { min(max($0, current - 10), current) } ?? current
        let years = (current - 4...current).reversed().map { Option(value: String($0), label: SchoolYear($0).title, selected: $0 == year) }
        let view = ReportPageView(
            page: Frame(title: PageWords().report, request: self, userName: readerName, current: "/report"), years: years, year: year)
        return PageRenderer.shared.response("report", view)
    }

    /// The report itself, as `marshrut report` writes it, over the reader's scope.
    func reportDocument() async throws -> Response {
        let year = query("year").flatMap { Int($0) }
        let html = try await read { service in try service.annualReport(year: year).report.html() }
        var headers = PageRenderer.securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        // The report carries its own style sheet and charts inline, and nothing else.
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
