@testable import MarshrutReport
import Testing

struct CSVReportTests {
    @Test func startsEveryTableWithAByteOrderMark() {
        let tables = Fixture.report().csvTables()
        #expect(
            tables.map(\.name) == [
                "overview", "programs", "programs-by-form", "programs-by-status", "routes-by-stage",
                "deficits-by-area", "deficits", "self-image", "indicators", "indicator-dynamics", "findings-by-rule",
                "findings", "awards", "products", "plan-stages",
            ])
        for table in tables {
            #expect(Array(table.text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(table.name)")
            #expect(table.text.hasSuffix("\r\n"))
        }
    }

    @Test func separatesBySemicolonsAndQuotesQuotesAndLineBreaks() throws {
        let tables = Hostile.report.csvTables()
        let products = try #require(tables.first { $0.name == "products" }).text
        #expect(products.contains(";\"Уроки, \"\"живые\"\" и\nновые\";"))
        #expect(products.contains(";<script>alert(1)</script>;"))
        #expect(products.contains(";\"Иванова \"\"Мария\"\" & Co\";"))
        let header = products.dropFirst().prefix { $0 != "\r\n" }
        #expect(header == "date;kind;kind_title;title;authors;source;source_id;activity;reference")
    }

    @Test func writesIndicatorDynamicsWithADecimalCommaAsRussianExcelReadsThem() throws {
        let dynamics = try #require(Fixture.report().csvTables().first { $0.name == "indicator-dynamics" }).text
        #expect(dynamics.contains("prog-2025-01;exam-pass-rate;доля обучающихся, успешно прошедших ВПР/ОГЭ/ЕГЭ;3;0,58;0,83;0,25\r\n"))
        #expect(dynamics.contains("prog-2025-01;adaptation;качество и темпы адаптации;1;0,6;0,6;\r\n"))
    }
}

/// Cells a spreadsheet would run as formulas are neutralised (OWASP, CSV injection).
struct CSVInjectionTests {
    @Test(arguments: [
        "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)", "\tx", "\rx",
        "\u{FF1D}1+1", "\u{FF0B}1", "\u{FF0D}1", "\u{FF20}x",
    ])
    func aFormulaLeaderGetsAQuote(_ value: String) {
        let field = CSVTable.field(value)
        let unquoted = field.hasPrefix("\"") ? String(field.dropFirst()) : field
        #expect(unquoted.hasPrefix("'"), "\(field)")
        #expect(field.hasPrefix("\""), "a neutralised cell is quoted: \(field)")
    }

    @Test(arguments: ["-0,05", "-0.05", "-12", "+3", "0,86", "Иванова", "a=b", "2026-11-28"])
    func numbersAndPlainTextStayAsTheyAre(_ value: String) {
        #expect(CSVTable.field(value) == value)
    }
}
