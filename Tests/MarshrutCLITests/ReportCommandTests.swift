import Foundation
import MarshrutCLI
import Testing

@Suite struct ReportCommandTests {
    @Test func theReportIsWrittenInEveryFormat() throws {
        let box = try Sandbox()
        try box.importSample()
        let html = box.folder.appendingPathComponent("report.html").path
        let written = box.run(["report", "--year", "2025", "--out", html])
        #expect(written.status == 0, "\(written.errors)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("2025/26"))
        #expect(page.contains("id=\"chart-deficits\""))
        let json = box.run(["report", "--year", "2025", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["school_year"] != nil)
        let csv = box.folder.appendingPathComponent("csv").path
        #expect(box.run(["report", "--year", "2025", "--format", "csv", "--out", csv]).status == 0)
        let overview = try Data(contentsOf: URL(fileURLWithPath: csv + "/overview.csv"))
        #expect(Array(overview.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(box.run(["report", "--year", "2025", "--format", "md"]).output.contains("2025/26"))
        let site = box.folder.appendingPathComponent("site").path
        #expect(box.run(["site", "--out", site]).status == 0)
        #expect(FileManager.default.fileExists(atPath: site + "/index.html"))
    }

    /// Renders the HTML report in headless Chromium (installed by `make test`) and checks the
    /// page is not blank and the charts were laid out.
    @Test func theReportRendersInAHeadlessBrowser() throws {
        let chromium = try #require(
            ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "Chromium is not installed: `make test` installs it")
        let box = try Sandbox()
        try box.importSample()
        let html = box.folder.appendingPathComponent("report.html").path
        #expect(box.run(["report", "--year", "2025", "--out", html]).status == 0)
        let png = box.folder.appendingPathComponent("report.png").path
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1240,1754"]
        _ = try runTool(chromium, flags + ["--screenshot=\(png)", "file://\(html)"])
        let image = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(Array(image.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG")
        // A blank white page of this size compresses to a few KB; the report's text and charts do not.
        #expect(image.count > 40_000, "the screenshot looks blank (\(image.count) bytes)")
        let dom = try runTool(chromium, flags + ["--dump-dom", "file://\(html)"])
        #expect(dom.contains("chart-deficits"))
        #expect(dom.contains("chart-forms"))
        #expect(dom.contains("chart-indicator"))
        #expect(dom.contains("Дефициты"))
    }

    func runTool(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
