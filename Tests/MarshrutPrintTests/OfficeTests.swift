import Foundation
import MarshrutCore
import MarshrutTestSupport
import MarshrutText
import Testing

@testable import MarshrutPrint

/// The .docx as a school opens it: LibreOffice converts it to PDF, and the route's words are in it.
///
/// `make test` installs LibreOffice and poppler-utils and sets `MARSHRUT_REQUIRE_OFFICE`, so there a
/// missing `soffice` fails the run; a plain `swift test` on a machine without it leaves this out.
@Suite(.enabled(if: Tool.find("soffice", "libreoffice") != nil || ProcessInfo.processInfo.environment["MARSHRUT_REQUIRE_OFFICE"] != nil))
struct OfficeTests {
    @Test func libreOfficeOpensTheDocxAndPrintsItsText() throws {
        let soffice = try #require(Tool.find("soffice", "libreoffice"), "soffice is missing: `make office` installs libreoffice-writer-nogui")
        let pdftotext = try #require(Tool.find("pdftotext"), "pdftotext is missing: `make office` installs poppler-utils")
        let folder = try TemporaryFolder("marshrut-office")
        let document = Language.$current.withValue(.russian) {
            PrintDocument.route(Sample.route(reason: Hostile.script), teacher: Sample.teacher, tutor: Sample.tutor, on: Sample.today)
        }
        let docx = folder.path("route.docx")
        try document.docx(on: Sample.today).write(to: URL(fileURLWithPath: docx))
        // A private profile: no clash with another LibreOffice, nothing left in the home folder.
        try Tool.run(
            soffice,
            [
                "-env:UserInstallation=file://\(folder.path("profile"))", "--headless", "--norestore", "--convert-to", "pdf", "--outdir",
                folder.path, docx,
            ])
        let pdf = try Data(contentsOf: URL(fileURLWithPath: folder.path("route.pdf")))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        let text = try Tool.run(pdftotext, ["-layout", folder.path("route.pdf"), "-"])
        for expected in ["Индивидуальный образовательный маршрут педагога", "Иванова Мария Петровна", "Не владею цифровыми", "<script>alert"] {
            #expect(text.contains(expected), "the PDF LibreOffice printed holds «\(expected)»:\n\(text.prefix(600))")
        }
        let pages = try Tool.run(Tool.find("pdfinfo") ?? "/usr/bin/pdfinfo", [folder.path("route.pdf")])
        #expect(pages.contains("(A4)"), "A4 pages: \(pages)")
    }
}

/// The HTML as Chromium prints it: a PDF that holds the program's words.
@Suite(.enabled(if: Tool.find("chromium", "chromium-browser") != nil || ProcessInfo.processInfo.environment["MARSHRUT_REQUIRE_BROWSER"] != nil))
struct ChromiumPrinterTests {
    @Test func chromiumPrintsTheHTMLToAPDF() throws {
        let printer = try ChromiumPrinter.find(in: ["PATH": (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/bin"])
        let document = Language.$current.withValue(.russian) {
            PrintDocument.route(Sample.route(), teacher: Sample.teacher, tutor: Sample.tutor, on: Sample.today)
        }
        let pdf = try printer.pdf(ofHTML: document.html())
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        #expect(pdf.count > 10_000, "a PDF with text and fonts, not an empty page (\(pdf.count) bytes)")
        if let pdftotext = Tool.find("pdftotext") {
            let folder = try TemporaryFolder("marshrut-pdf")
            try pdf.write(to: URL(fileURLWithPath: folder.path("route.pdf")))
            let text = try Tool.run(pdftotext, [folder.path("route.pdf"), "-"])
            #expect(text.contains("Иванова Мария Петровна"), "\(text.prefix(400))")
        }
    }
}

struct ChromiumLookupTests {
    @Test func aMissingChromiumIsSaidPlainly() {
        #expect(throws: PrintError.noChromium(searched: ChromiumPrinter.names)) {
            try ChromiumPrinter.find(in: ["PATH": "/nonexistent"])
        }
        #expect(throws: PrintError.noChromium(searched: ["/nonexistent/chromium"])) {
            try ChromiumPrinter.find(in: ["MARSHRUT_CHROMIUM": "/nonexistent/chromium"])
        }
    }
}

/// A Chromium that hangs or prints nothing is stopped or reported, and leaves no folder behind.
struct ChromiumFailureTests {
    /// A stand-in for Chromium: a shell script with the given body.
    func fake(_ body: String, in folder: TemporaryFolder) throws -> String {
        let path = try folder.write("fake-chromium", "#!/bin/sh\n\(body)\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test func aHangingChromiumIsStoppedAndItsFolderRemoved() throws {
        let folder = try TemporaryFolder("marshrut-fake")
        let workspace = try TemporaryFolder("marshrut-workspace")
        let printer = ChromiumPrinter(executable: try fake("exec sleep 30", in: folder), timeout: 1, workspace: workspace.url)
        let started = Date()
        #expect(throws: PrintError.chromiumTimedOut(seconds: 1)) { try printer.pdf(ofHTML: "<p>x</p>") }
        #expect(Date().timeIntervalSince(started) < 10, "stopped soon after the limit")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path).isEmpty, "the temporary folder is removed")
    }

    @Test func aChromiumThatMakesNoPDFIsReported() throws {
        let folder = try TemporaryFolder("marshrut-fake")
        let workspace = try TemporaryFolder("marshrut-workspace")
        let printer = ChromiumPrinter(executable: try fake("echo 'no display' >&2; exit 3", in: folder), workspace: workspace.url)
        #expect(throws: PrintError.chromiumFailed(status: 3, log: "no display")) { try printer.pdf(ofHTML: "<p>x</p>") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path).isEmpty)
    }
}
