import Foundation
import Testing

/// End-to-end runs of the built `marshrut` binary, as a user's shell runs it.
@Suite struct BinaryTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(Repository.binary, "the marshrut binary is not built")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }

    @Test func helpListsTheCommands() throws {
        let help = try run(["--help"])
        #expect(help.status == 0)
        for command in ["init", "import", "export", "validate", "person", "route"] {
            #expect(help.output.contains(command))
        }
    }

    @Test func importAndShowThroughTheBinary() throws {
        let box = try Sandbox()
        let imported = try run(["import", Repository.routes], environment: ["MARSHRUT_DB": box.db])
        #expect(imported.status == 0, "\(imported.errors)")
        let shown = try run(["route", "show", "belousova-2022", "--db", box.db], environment: ["MARSHRUT_TODAY": "2026-11-28"])
        #expect(shown.status == 0)
        #expect(shown.output.contains("Белоусова"))
        #expect(!shown.output.contains("\u{1B}["), "colour codes were printed into a pipe")
    }

    @Test func errorsGoToStandardErrorWithANonZeroStatus() throws {
        let box = try Sandbox()
        let bad = try box.write("bad.yaml", "kind: route\nid: x\n  teacher: y\n")
        let outcome = try run(["validate", bad])
        #expect(outcome.status != 0)
        #expect(outcome.output.isEmpty)
        #expect(outcome.errors.contains("bad.yaml:3:"))
    }

    @Test func concurrentWritersBothSucceed() throws {
        let box = try Sandbox()
        try box.importSample()
        let binary = try #require(Repository.binary)
        let writers = (0..<2).map { n -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = [
                "-c",
                "for i in 1 2 3 4 5 6 7 8 9 10; do \"\(binary)\" --db \"\(box.db)\" reflect belousova-2022 --deficit d1 --score 4 \"writer \(n) entry $i\" || exit 1; done",
            ]
            p.environment = ["MARSHRUT_TODAY": "2026-11-28"]
            p.standardOutput = FileHandle.nullDevice
            return p
        }
        for w in writers { try w.run() }
        for w in writers { w.waitUntilExit() }
        #expect(writers.allSatisfy { $0.terminationStatus == 0 })
        let journal = box.run(["journal", "belousova-2022", "--from", "2026-11-28", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(journal.output.utf8)) as? [[String: Any]])
        let texts = Set(entries.compactMap { $0["text"] as? String })
        for n in 0..<2 {
            for i in 1...10 { #expect(texts.contains("writer \(n) entry \(i)")) }
        }
    }
}
