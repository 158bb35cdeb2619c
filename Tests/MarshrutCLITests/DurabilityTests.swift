import Foundation
import MarshrutStore
import MarshrutTestSupport
import Testing

/// Several teachers logging at once, and writers killed mid-write: every entry a process
/// acknowledged is stored, and the file stays sound.
@Suite(.serialized) struct DurabilityTests {
    /// Runs a shell script and returns what it printed.
    func shell(_ script: String, environment: [String: String]) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        return p
    }

    func storedTexts(_ box: Sandbox) throws -> Set<String> {
        let store = try Store(path: box.db, create: false)
        return Set(try store.routes().flatMap { $0.reflections.map(\.text) })
    }

    @Test func severalWriterProcessesAllSucceed() throws {
        let box = try Sandbox()
        try box.importSample()
        let binary = try #require(Repository.binary)
        let routes = ["belousova-2022 --deficit d1", "kuznetsov-2024 --deficit d4", "belousova-2022 --deficit d2", "kuznetsov-2024 --deficit d1"]
        let acks = box.folder.appendingPathComponent("acks").path
        let writers = try routes.enumerated().map { n, target in
            // A refused write says why in the errors file, so a failure names its cause.
            try shell(
                "for i in $(seq 1 15); do \"\(binary)\" --db \"\(box.db)\" reflect \(target) --score 4 \"w\(n) e$i\" >/dev/null 2>>\"\(acks)-errors\" && echo \"w\(n) e$i\" >> \"\(acks)-\(n)\"; done",
                environment: ["MARSHRUT_TODAY": "2026-11-28"])
        }
        for w in writers { try w.run() }
        for w in writers { w.waitUntilExit() }
        let stored = try storedTexts(box)
        var acknowledged = 0
        for n in routes.indices {
            let lines = (try? String(contentsOfFile: "\(acks)-\(n)", encoding: .utf8))?.split(separator: "\n") ?? []
            acknowledged += lines.count
            for line in lines { #expect(stored.contains(String(line)), "acknowledged \(line) is missing") }
        }
        let refusals = (try? String(contentsOfFile: "\(acks)-errors", encoding: .utf8)) ?? ""
        #expect(acknowledged == 60, "writes refused: \(refusals)")
        #expect(try Store(path: box.db).integrityCheck() == ["ok"])
    }

    @Test func writersKilledMidWriteLeaveNoPartialEntry() throws {
        let box = try Sandbox()
        try box.importSample()
        let binary = try #require(Repository.binary)
        let acks = box.folder.appendingPathComponent("acks").path
        let writer = try shell(
            """
            i=0; while [ $i -lt 400 ]; do i=$((i+1));
              "\(binary)" --db "\(box.db)" reflect kuznetsov-2024 --deficit d4 --score 4 "kill-test $i" >/dev/null && echo "kill-test $i" >> "\(acks)";
            done
            """, environment: ["MARSHRUT_TODAY": "2026-11-28"])
        try writer.run()
        var kills = 0
        let deadline = Date().addingTimeInterval(20)
        while writer.isRunning && kills < 25 && Date() < deadline {
            usleep(UInt32.random(in: 20_000...120_000))
            // `[m]` keeps the pattern from matching this shell's own command line.
            let killer = try shell("pkill -KILL -f '[m]arshrut --db \(box.db) reflect' && echo killed", environment: [:])
            let out = Pipe()
            killer.standardOutput = out
            try killer.run()
            killer.waitUntilExit()
            if !out.fileHandleForReading.readDataToEndOfFile().isEmpty { kills += 1 }
        }
        // On a loaded machine every writer may have been killed before it finished: let the loop
        // run unharmed until some write is acknowledged, so the check below has something to check.
        let settle = Date().addingTimeInterval(60)
        while writer.isRunning, Date() < settle,
            ((try? String(contentsOfFile: acks, encoding: .utf8)) ?? "").isEmpty
        {
            usleep(50_000)
        }
        writer.terminate()
        writer.waitUntilExit()
        #expect(kills > 0, "no writer was killed")
        #expect(try Store(path: box.db).integrityCheck() == ["ok"])
        let stored = try storedTexts(box)
        let acknowledged = (try? String(contentsOfFile: acks, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        #expect(!acknowledged.isEmpty)
        for line in acknowledged { #expect(stored.contains(line), "acknowledged «\(line)» is missing") }
        // No half-written entry: every stored test entry has its whole text.
        for text in stored where text.hasPrefix("kill-test") {
            #expect(text.split(separator: " ").count == 2)
        }
    }
}
