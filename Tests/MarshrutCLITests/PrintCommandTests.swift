import Foundation
import MarshrutCLI
import MarshrutTestSupport
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `route print` and `program print` over the sample school, in every format.
struct PrintCommandTests {
    /// The environment a print runs in: the sample's day, and PATH so that Chromium is found.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ["MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_SCRIPTS": Repository.scripts, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"]
            .merging(extra) { $1 }
    }

    func run(_ box: Sandbox, _ arguments: [String], _ extra: [String: String] = [:]) -> Marshrut.Outcome {
        Marshrut.run(["--db", box.db] + arguments, environment: Self.environment(extra))
    }

    /// The text of a .docx's document part, which must unzip and parse.
    func documentText(_ path: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        try #require(parser.parse(), "word/document.xml is not well-formed: \(String(describing: parser.parserError))")
        return collector.text
    }

    @Test func aRoutePrintsAsHTMLToStandardOutputInRussian() throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = run(box, ["route", "print", "kuznetsov-2024", "--lang", "ru"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix("<!DOCTYPE html>"))
        #expect(outcome.output.contains("<h1>Индивидуальный образовательный маршрут педагога</h1>"))
        #expect(outcome.output.contains("4. Дорожная карта"))
        #expect(outcome.output.contains("Кузнецов"))
        let english = run(box, ["route", "print", "kuznetsov-2024"])
        #expect(english.output.contains("Individual educational route of a teacher"))
    }

    @Test(arguments: ["docx", "html", "pdf"])
    func everyDocumentPrintsInEveryFormat(_ format: String) throws {
        if format == "pdf", ProcessInfo.processInfo.environment["MARSHRUT_REQUIRE_BROWSER"] == nil,
            !["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains(where: FileManager.default.isExecutableFile(atPath:))
        {
            return  // no Chromium here, and none required
        }
        let box = try Sandbox()
        try box.importSample()
        let documents: [(arguments: [String], text: String)] = [
            (["route", "print", "kuznetsov-2024"], "Индивидуальный образовательный маршрут"),
            (["program", "print", "prog-2022-01"], "Персонализированная программа наставничества"),
            (["program", "print", "prog-2022-01", "--order"], "О закреплении наставнических пар"),
        ]
        for (index, document) in documents.enumerated() where format != "pdf" || index == 0 {
            let file = box.folder.appendingPathComponent("document-\(index).\(format)").path
            let outcome = run(box, document.arguments + ["--out", file, "--lang", "ru"])
            try #require(outcome.status == 0, "\(document.arguments) \(format): \(outcome.errors)")
            #expect(outcome.output.contains("Записано в \(file)"))
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            switch format {
            case "docx": #expect(try documentText(file).contains(document.text))
            case "html": #expect(String(decoding: data, as: UTF8.self).contains(document.text))
            default: #expect(data.starts(with: Data("%PDF".utf8)))
            }
        }
    }

    @Test func theOrderNamesThePairTheFormAndTheConsents() throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = run(box, ["program", "print", "prog-2022-01", "--order", "--format", "html", "--lang", "ru"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let html = outcome.output
        #expect(html.contains("<h1>ПРИКАЗ</h1>"))
        #expect(html.contains("ПРИКАЗЫВАЮ:"))
        #expect(html.contains("на период с 01.09.2022 по 31.05.2023"))
        #expect(html.contains("традиционная") || html.contains("Традиционная"), "the form in words")
        #expect(html.contains("Согласие на доп. обязанности"))
        #expect(html.contains("С приказом ознакомлены:"))
    }

    @Test func aHostileTitleStaysTextInEveryFormat() throws {
        let box = try Sandbox()
        let hostile = "</w:t></w:r></w:p><w:p><script>alert(1)</script> & «ok»"
        let route = """
            kind: route
            id: ivanova-2026
            teacher: ivanova
            tutor: petrova
            start: 2026-09-01
            end: 2031-05-31
            stage: implementation
            self_image: 'Образ \(hostile)'
            deficits:
              - id: d1
                area: ict
                level: 2
                text: Дефицит
            activities:
              - id: a1
                kind: measure
                title: '\(hostile)'
                due: 2027-05-01
                addresses: [d1]
            """
        let file = try box.write("hostile.yaml", samplePersons + "\n---\n" + route)
        try #require(run(box, ["import", file]).status == 0)
        let html = run(box, ["route", "print", "ivanova-2026"]).output
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;/w:t&gt;&lt;/w:r&gt;&lt;/w:p&gt;&lt;w:p&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; «ok»"))
        let docx = box.folder.appendingPathComponent("hostile.docx").path
        #expect(run(box, ["route", "print", "ivanova-2026", "--out", docx]).status == 0)
        #expect(try documentText(docx).contains(hostile), "the title is text in document.xml, which still parses")
    }

    @Test func refusalsSayWhatToDo() throws {
        let box = try Sandbox()
        try box.importSample()
        let unknown = run(box, ["route", "print", "nobody-2020", "--format", "html"])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("nobody-2020"), "\(unknown.errors)")
        let noOut = run(box, ["route", "print", "kuznetsov-2024", "--format", "docx"])
        #expect(noOut.status != 0)
        #expect(noOut.errors.contains("--out"), "\(noOut.errors)")
        let badFormat = run(box, ["program", "print", "prog-2022-01", "--format", "odt"])
        #expect(badFormat.status != 0)
        #expect(badFormat.errors.contains("odt"), "\(badFormat.errors)")
        let badExtension = run(box, ["route", "print", "kuznetsov-2024", "--out", box.folder.appendingPathComponent("x.txt").path])
        #expect(badExtension.status != 0)
        #expect(badExtension.errors.contains("--format"), "\(badExtension.errors)")
        let noProgram = run(box, ["program", "print", "prog-1999-01", "--order"])
        #expect(noProgram.status != 0)
        #expect(noProgram.errors.contains("prog-1999-01"), "\(noProgram.errors)")
    }

    @Test func anExistingFileIsKeptUnlessForced() throws {
        let box = try Sandbox()
        try box.importSample()
        let file = box.folder.appendingPathComponent("signed.docx").path
        try Data("signed by the head".utf8).write(to: URL(fileURLWithPath: file))
        let refused = run(box, ["route", "print", "kuznetsov-2024", "--out", file])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("--force"), "\(refused.errors)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "signed by the head")
        let forced = run(box, ["route", "print", "kuznetsov-2024", "--out", file, "--force"])
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(try documentText(file).contains("Individual educational route"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: box.folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "no temporary file is left: \(leftovers)")
    }

    @Test func aPDFWithoutChromiumSaysHowToGetOne() throws {
        let box = try Sandbox()
        try box.importSample()
        let file = box.folder.appendingPathComponent("route.pdf").path
        let outcome = run(box, ["route", "print", "kuznetsov-2024", "--out", file], ["PATH": "/nonexistent", "MARSHRUT_CHROMIUM": ""])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("install chromium"), "\(outcome.errors)")
        #expect(outcome.errors.contains("--format docx"))
        #expect(!FileManager.default.fileExists(atPath: file))
    }
}

private final class Collector: NSObject, XMLParserDelegate {
    var text = ""
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
