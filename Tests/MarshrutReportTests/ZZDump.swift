import Foundation
import MarshrutCore
import MarshrutDocuments
import MarshrutReport
import Testing

struct ZZDump {
    @Test func dump() throws {
        let catalog = try DocumentFiles.load([Sample.routes]).catalog
        for y in [2025, 2026] {
        let report = AnnualReport(catalog: catalog, year: y, findings: Fixture.findings, awards: Fixture.awards, today: day("2026-11-28"))
        try report.html().write(toFile: "/tmp/report-\(y).html", atomically: true, encoding: .utf8)
        try report.markdown().write(toFile: "/tmp/report-\(y).md", atomically: true, encoding: .utf8)
        try report.json().write(toFile: "/tmp/report-\(y).json", atomically: true, encoding: .utf8)
        for t in report.csvTables() { try t.text.write(toFile: "/tmp/report-\(y)-\(t.name).csv", atomically: true, encoding: .utf8) }
        }
        try Hostile.report.html().write(toFile: "/tmp/report-hostile.html", atomically: true, encoding: .utf8)
        try Hostile.report.markdown().write(toFile: "/tmp/report-hostile.md", atomically: true, encoding: .utf8)
    }
}
struct ZZDumpSite {
    @Test func dumpSite() throws {
        let catalog = try DocumentFiles.load([Sample.routes]).catalog
        for f in try SchoolSite(catalog: catalog, today: day("2026-11-28")).files() {
            try f.text.write(toFile: "/tmp/site-\(f.path)", atomically: true, encoding: .utf8)
        }
    }
}
