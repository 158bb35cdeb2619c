import Foundation
import MarshrutTestSupport
import Testing

@testable import MarshrutSheets

struct CSVReaderTests {
    func read(_ data: Data, limits: Sheet.Limits = Sheet.Limits()) throws -> Sheet {
        try CSVReader(limits: limits).read(data)
    }

    func texts(_ sheet: Sheet) -> [[String]] {
        sheet.rows.map { row in (0...(row.cells.keys.max() ?? 0)).map { row[$0]?.text ?? "" } }
    }

    @Test(arguments: [";", ","])
    func readsEitherSeparatorFromTheHeader(separator: String) throws {
        let text =
            ["ФИО", "Должность", "Дата рождения"].joined(separator: separator) + "\n"
            + ["Иванова Мария", "учитель", "12.04.1999"].joined(separator: separator) + "\n"
        let sheet = try read(Data(text.utf8))
        #expect(texts(sheet) == [["ФИО", "Должность", "Дата рождения"], ["Иванова Мария", "учитель", "12.04.1999"]])
        #expect(sheet.rows.map(\.number) == [1, 2])
    }

    @Test func keepsQuotedSeparatorsDoubledQuotesAndLineBreaks() throws {
        let text =
            "ФИО;Предмет;Должность\r\n\"Петрова; Анна\";\"физика, \"\"углублённо\"\"\";\"учитель\r\nи классный руководитель\"\r\nСидоров;химия;учитель\r\n"
        let sheet = try read(Data(text.utf8))
        #expect(texts(sheet)[1] == ["Петрова; Анна", "физика, \"углублённо\"", "учитель\nи классный руководитель"])
        // A row's number is the line where it begins, as an editor shows it.
        #expect(sheet.rows.map(\.number) == [1, 2, 4])
    }

    @Test func detectsTheSeparatorOutsideQuotesOnly() throws {
        let text = "\"ФИО; полностью\",Должность\nА,Б\n"
        #expect(CSVReader.separator(of: Array(text.unicodeScalars)) == ",")
    }

    @Test func dropsTheByteOrderMark() throws {
        let sheet = try read(Data([0xEF, 0xBB, 0xBF] + Array("ФИО;id\nА;a\n".utf8)))
        #expect(sheet.rows.first?[0]?.text == "ФИО")
    }

    @Test func readsWindows1251WhenTheBytesAreNotUTF8() throws {
        let bytes = try #require(Windows1251.encode("ФИО;Должность\nЁлкина Алёна;учитель\n"))
        #expect(String(bytes: bytes, encoding: .utf8) == nil)
        let sheet = try read(Data(bytes))
        #expect(texts(sheet) == [["ФИО", "Должность"], ["Ёлкина Алёна", "учитель"]])
    }

    @Test func skipsEmptyRowsAndKeepsTheirLineNumbers() throws {
        let sheet = try read(Data("ФИО\n\n;;\nА\n".utf8))
        #expect(sheet.rows.map(\.number) == [1, 4])
    }

    @Test func refusesAnUnclosedQuoteNamingItsLine() throws {
        #expect(throws: SheetError.unclosedQuote(line: 2)) { try read(Data("ФИО\n\"Иванова\nМария\n".utf8)) }
    }

    @Test func refusesMoreRowsThanTheLimit() throws {
        let text = "ФИО\n" + String(repeating: "А\n", count: 11)
        #expect(throws: SheetError.tooManyRows(limit: 10)) { try read(Data(text.utf8), limits: Sheet.Limits(rows: 10)) }
    }
}
