import Foundation
import MarshrutTestSupport
import Testing
import ZIPFoundation

@testable import MarshrutSheets

struct XLSXReaderTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder("marshrut-sheets") }

    func workbook(_ sheetData: String, strings: String = "", properties: String = "") throws -> URL {
        let url = folder.url.appendingPathComponent("staff.xlsx")
        try Workbook.write(to: url, sheetData: sheetData, sharedStrings: strings, workbookProperties: properties)
        return url
    }

    @Test func readsSharedInlineAndNumberCellsInTheirColumns() throws {
        let url = try workbook(
            """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>Иванова Мария</t></is></c><c r="C3" s="1"><v>36204</v></c></row>
            """,
            strings: "<si><t>ФИО</t></si><si><r><t>Долж</t></r><r><rPr><b/></rPr><t>ность</t></r><rPh><t>ふりがな</t></rPh></si><si><t>Дата рождения</t></si>")
        let sheet = try Sheet.read(url)
        #expect(sheet.format == .xlsx)
        #expect(sheet.rows.map(\.number) == [1, 3])
        #expect(sheet.rows[0].cells.mapValues(\.text) == [0: "ФИО", 1: "Должность", 2: "Дата рождения"])
        // B3 is left out of the file: the date stays in column C.
        #expect(sheet.rows[1][1] == nil)
        #expect(sheet.rows[1][2] == Sheet.Cell("36204", isNumber: true))
    }

    @Test func tellsNumbersShownAsDatesByTheirStyle() throws {
        let url = folder.url.appendingPathComponent("styled.xlsx")
        try Workbook.write(
            to: url,
            sheetData: """
                <row r="1"><c r="A1"><v>1990</v></c><c r="B1" s="1"><v>45292</v></c><c r="C1" s="2"><v>45292</v></c><c r="D1" s="3"><v>0.5</v></c></row>
                """,
            styles: """
                <numFmts count="2"><numFmt numFmtId="164" formatCode="DD\\.MM\\.YYYY"/><numFmt numFmtId="165" formatCode="[$₽-419]#,##0.00"/></numFmts>\
                <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
                <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>
                """)
        let row = try #require(try Sheet.read(url).rows.first)
        #expect([0, 1, 2, 3].map { row[$0]?.isDateStyled } == [false, true, true, false])
        // Without a styles part nothing tells: a number may be a date.
        #expect(try Sheet.read(try workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")).rows.first?[0]?.isDateStyled == nil)
    }

    @Test(arguments: [
        ("DD.MM.YYYY", true), ("yyyy\\-mm\\-dd", true), ("[$-419]D MMMM YYYY", true), ("General", false), ("0.00", false),
        ("\"dd\"0", false), ("#,##0\\ \"руб.\"", false),
    ])
    func readsDateFormatCodes(code: String, isDate: Bool) {
        #expect(StylesHandler.isDate(code) == isDate)
    }

    @Test func readsAFormulaAsItsCachedValueNeverEvaluated() throws {
        let url = try workbook(
            """
            <row r="1"><c r="A1" t="str"><f>UPPER("a")</f><v>A</v></c><c r="B1"><f>1+1</f></c><c r="C1" t="b"><v>1</v></c></row>
            """)
        let row = try #require(try Sheet.read(url).rows.first)
        #expect(row[0]?.text == "A")
        #expect(row[1]?.text == "=1+1")
        #expect(row[2]?.text == "TRUE")
    }

    @Test func knowsThe1904DateSystem() throws {
        let url = try workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", properties: "date1904=\"1\"")
        #expect(try Sheet.read(url).uses1904Dates)
    }

    @Test func refusesAReferencePastTheLastColumn() throws {
        let url = try workbook("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
        #expect(throws: SheetError.badCellReference("XFE1")) { try Sheet.read(url) }
    }

    @Test func refusesAPartThatUnpacksPastTheBudget() throws {
        // A worksheet of 2 MB of spaces compresses to a few kilobytes: a small zip bomb.
        let url = try workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>" + String(repeating: " ", count: 2_000_000))
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0 < 100_000)
        #expect(throws: SheetError.unpackedTooLarge(limit: 1_000_000)) { try Sheet.read(url, limits: Sheet.Limits(unpackedBytes: 1_000_000)) }
    }

    @Test func refusesAFileThatIsNotAWorkbook() throws {
        let url = folder.url.appendingPathComponent("fake.xlsx")
        try Data("ФИО;Должность\n".utf8).write(to: url)
        #expect(throws: SheetError.notAWorkbook(missing: "zip")) { try Sheet.read(url) }
    }

    @Test func refusesAFileOverTheSizeLimitWithoutReadingIt() throws {
        let url = folder.url.appendingPathComponent("big.csv")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        // A sparse file: its size is set, its bytes never written nor read.
        try handle.truncate(atOffset: 20_000_001)
        try handle.close()
        #expect(throws: SheetError.fileTooLarge(bytes: 20_000_001, limit: 20_000_000)) { try Sheet.read(url) }
    }

    @Test func refusesOtherFormats() throws {
        #expect(throws: SheetError.unsupportedFormat("xls")) { try Sheet.read(folder.url.appendingPathComponent("staff.xls")) }
    }
}
