import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prints an HTML page to PDF with headless Chromium.
///
/// Each print runs one Chromium in a new temporary folder (the page, a throwaway profile, the
/// PDF and Chromium's log), with a time limit; the folder is removed whatever happens. The page
/// loads nothing from the network (its content security policy says so), so printing needs none.
public struct ChromiumPrinter: Sendable {
    /// The executable run.
    public var executable: String
    /// Seconds Chromium is given before it is stopped.
    public var timeout: Double
    /// Where each print's temporary folder is made (the system's temporary folder by default).
    public var workspace: URL

    public init(executable: String, timeout: Double = 60, workspace: URL = FileManager.default.temporaryDirectory) {
        self.executable = executable
        self.timeout = timeout
        self.workspace = workspace
    }

    /// The names looked for on `PATH`, in order.
    public static let names = ["chromium", "chromium-browser"]

    /// The Chromium to use: `$MARSHRUT_CHROMIUM` when set, else the first of `names` on `PATH`.
    ///
    /// - Throws: `PrintError.noChromium` when there is none, saying where it looked.
    public static func find(in environment: [String: String], timeout: Double = 60) throws(PrintError) -> ChromiumPrinter {
        if let chosen = environment["MARSHRUT_CHROMIUM"], !chosen.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: chosen) else { throw PrintError.noChromium(searched: [chosen]) }
            return ChromiumPrinter(executable: chosen, timeout: timeout)
        }
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return ChromiumPrinter(executable: folder + "/" + name, timeout: timeout)
            }
        }
        throw PrintError.noChromium(searched: names)
    }

    /// The PDF of an HTML page.
    ///
    /// - Throws: `PrintError.chromiumFailed` when Chromium exits without a PDF,
    ///   `.chromiumTimedOut` when it runs past `timeout`, `.file` when the temporary folder fails.
    public func pdf(ofHTML html: String) throws(PrintError) -> Data {
        let folder = workspace.appendingPathComponent("marshrut-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        let output = folder.appendingPathComponent("page.pdf")
        let log = folder.appendingPathComponent("chromium.log")
        let process = Process()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let logHandle = try FileHandle(forWritingTo: log)
            defer { try? logHandle.close() }
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--disable-breakpad", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                "--no-pdf-header-footer", "--print-to-pdf-no-header", "--print-to-pdf=\(output.path)", page.absoluteString,
            ]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = logHandle
            process.standardError = logHandle
            let finished = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in finished.signal() }
            try process.run()
            if finished.wait(timeout: .now() + timeout) == .timedOut {
                stop(process, finished)
                throw PrintError.chromiumTimedOut(seconds: timeout)
            }
        } catch let error as PrintError {
            throw error
        } catch {
            throw PrintError.file(folder.path, "\(error)")
        }
        let pdf = (try? Data(contentsOf: output)) ?? Data()
        guard process.terminationStatus == 0, pdf.starts(with: Data("%PDF".utf8)) else {
            throw PrintError.chromiumFailed(status: process.terminationStatus, log: Self.lastLines(of: log))
        }
        return pdf
    }

    /// Asks Chromium to end, and kills it if it has not within two seconds.
    private func stop(_ process: Process, _ finished: DispatchSemaphore) {
        process.terminate()
        if finished.wait(timeout: .now() + 2) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            _ = finished.wait(timeout: .now() + 2)
        }
    }

    /// The end of Chromium's log without its routine complaints, to say why it failed.
    private static func lastLines(of log: URL) -> String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.contains("dbus") && !$0.contains("Fontconfig") }.suffix(3).joined(separator: " / ")
    }
}
