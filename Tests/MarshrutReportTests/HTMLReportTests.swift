import MarshrutCore
import MarshrutDocuments
import MarshrutReport
import MarshrutTestSupport
import Testing

struct HTMLReportTests {
    @Test func escapesHostileTextEverywhereIncludingTheCharts() throws {
        let html = try Hostile.report.html()
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Иванова &quot;Мария&quot; &amp; Co"))
        #expect(!html.contains(Hostile.name))
        // The indicator's name is the line chart's title; its id keeps plain characters only.
        #expect(html.contains("-title\">&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>"))
        #expect(html.contains("id=\"chart-indicator-prog-2025-01----script-alert-2---script-\""))
        #expect(html.contains("&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;</h4>"))
    }

    @Test func drawsTheThreeChartsOverTheSampleSchool() throws {
        let catalog = try DocumentFiles.load([Sample.routes]).catalog
        let report = AnnualReport(catalog: catalog, year: 2025, today: day("2026-11-28"))
        let html = try report.html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"ru\">"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-deficits\""))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-forms\""))
        let indicatorCharts = html.components(separatedBy: "class=\"chart chart-line chart-indicator\"").count - 1
        // prog-2025-01 records five indicators.
        #expect(indicatorCharts == 5)
        #expect(html.contains("id=\"chart-indicator-prog-2025-01-exam-pass-rate\""))
        #expect(html.contains("Профессиональные дефициты по областям компетенций"))
        #expect(html.contains("@page { size: A4; margin: 15mm; }"))
        #expect(html.contains("break-inside: avoid"))
        #expect(html.unicodeScalars.contains { (0x0410...0x044F).contains($0.value) })
        for outside in ["<link", "<script", "<img", "url(", "@import", "src="] {
            #expect(!html.contains(outside), "the page must not fetch anything: found \(outside)")
        }
    }

    @Test func reportsTheSampleSchoolsYear() throws {
        let catalog = try DocumentFiles.load([Sample.routes]).catalog
        let report = AnnualReport(catalog: catalog, year: 2025, today: day("2026-11-28"))
        #expect(report.overview.mentorBank.members == 5)
        #expect(report.overview.menteeBank.members == 5)
        #expect(report.overview.pairs == 1)
        #expect(report.overview.groups == 0)
        #expect(report.deficits.total.atStart == 11)
        #expect(report.deficits.total.overcome == 2)
        #expect(report.products.total == 7)
        #expect(report.school == "МКОУ «Малиновская ООШ»")
    }
}
