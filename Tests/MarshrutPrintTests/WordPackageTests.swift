import Foundation
import MarshrutCore
import MarshrutText
import Testing

@testable import MarshrutPrint

struct WordPackageTests {
    static let parts = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "docProps/core.xml",
    ]

    @Test func theDocxUnzipsIntoWellFormedParts() throws {
        let route = Sample.route()
        let data = try Language.$current.withValue(.russian) {
            try PrintDocument.route(route, teacher: Sample.teacher, tutor: Sample.tutor, on: Sample.today).docx(on: Sample.today)
        }
        #expect(Array(data.prefix(2)) == [0x50, 0x4B], "a zip")
        let parts = try unzip(data)
        #expect(Set(parts.keys) == Set(Self.parts))
        for (name, part) in parts {
            #expect(throws: Never.self, "\(name) parses as XML") { try xmlText(part) }
        }
        let text = try xmlText(try #require(parts["word/document.xml"]))
        for expected in [
            "Индивидуальный образовательный маршрут педагога", "Иванова Мария Петровна", "Учитель, который ведёт каждого ученика к успеху",
            "Не владею цифровыми лабораториями", "Пять разработок уроков", "Лаборатория пришла позже", "Курс дал уверенность",
            "01.10.2022 – 15.12.2022",
        ] {
            #expect(text.contains(expected), "document.xml holds «\(expected)»")
        }
        let xml = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
        #expect(xml.contains("<w:insideV w:val=\"single\""), "tables have borders")
        #expect(xml.contains("<w:cantSplit/>"), "rows do not break across pages")
        let styles = String(decoding: try #require(parts["word/styles.xml"]), as: UTF8.self)
        #expect(styles.contains("w:ascii=\"Times New Roman\""))
        #expect(styles.contains("ru-RU"))
    }

    @Test func hostileTextStaysTextInWordML() throws {
        let route = Sample.route(selfImage: Hostile.wordML + Hostile.controls, reason: Hostile.script)
        var document = PrintDocument.route(route, teacher: Sample.teacher, tutor: Sample.tutor, on: Sample.today)
        document.title = Hostile.script + Hostile.controls
        let parts = try unzip(try document.docx(on: Sample.today))
        let documentXML = try #require(parts["word/document.xml"])
        let text = try xmlText(documentXML)
        #expect(text.contains(Hostile.wordML), "the forged closing tags are characters, not elements")
        #expect(text.contains(Hostile.script))
        #expect(text.contains("bellescape[31mvtffnoncharend"), "controls are stripped, the rest is kept")
        let raw = String(decoding: documentXML, as: UTF8.self)
        #expect(!raw.contains("<w:t>forged"))
        let core = try xmlText(try #require(parts["docProps/core.xml"]))
        #expect(core.contains(Hostile.script))
    }

    @Test func theSameDocumentZipsToTheSameBytes() throws {
        let document = PrintDocument.route(Sample.route(), teacher: Sample.teacher, tutor: nil, on: Sample.today)
        #expect(try document.docx(on: Sample.today) == document.docx(on: Sample.today))
    }
}
