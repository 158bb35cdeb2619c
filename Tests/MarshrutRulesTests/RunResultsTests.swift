import Foundation
import MarshrutCore
import MarshrutSynthetic
@testable import MarshrutRules
@testable import MarshrutStore
import MarshrutTestSupport
import Testing

/// A run's results wait on disk: what is read back is what was found, in the order of one state.
struct RunResultsTests {
    @Test func pairsComeBackAsTheyWent() {
        let pairs = [
            ("route-1", "Нет ни одной рефлексии за учебный год"), ("", ""), ("p\n2", "tab\tand \"quotes\" 🎓"),
            (String(repeating: "я", count: 70_000), "long"),
        ]
        var buffer = OutcomeBuffer()
        for (id, text) in pairs { buffer.append(id: id, text: text) }
        #expect(buffer.count == pairs.count)
        let decoded = OutcomeBuffer.decode(buffer.bytes)
        #expect(decoded.map(\.id) == pairs.map(\.0))
        #expect(decoded.map(\.text) == pairs.map(\.1))
    }

    @Test func chunksAreReadRuleByRuleInBatchOrderWhateverOrderTheyCameIn() throws {
        let spool = try OutcomeSpool()
        func buffer(_ texts: String...) -> OutcomeBuffer {
            var b = OutcomeBuffer()
            for t in texts { b.append(id: "id-\(t)", text: t) }
            return b
        }
        // batches finish out of order on two workers; empty results take no room
        try spool.append(buffer("r1-b2"), rule: 1, sequence: 2)
        try spool.append(buffer("r0-b2a", "r0-b2b"), rule: 0, sequence: 2)
        try spool.append(buffer(), rule: 0, sequence: 3)
        try spool.append(buffer("r1-b1"), rule: 1, sequence: 1)
        try spool.append(buffer("r0-b1"), rule: 0, sequence: 1)
        #expect(spool.count == 5)
        #expect(spool.chunks.count == 4)
        let read = spool.ordered().flatMap { spool.read($0).map(\.text) }
        #expect(read == ["r0-b1", "r0-b2a", "r0-b2b", "r1-b1", "r1-b2"])
    }

    @Test func aRuleGivesAtMostTenThousandResultsAndSaysHowManyMore() throws {
        let scripts = try ScriptFolder()
        try scripts.write(
            "flood.lua",
            """
            monitor { id = "flood", subject = "route", severity = "info",
                      check = function(route, ctx) for i = 1, 10050 do ctx.flag("line " .. i) end end }
            monitor { id = "quiet", subject = "route", severity = "info",
                      check = function(route, ctx) ctx.flag("one") end }
            """)
        let engine = try scripts.engine()
        #expect(engine.loadErrors.isEmpty, "\(engine.loadErrors)")
        let routes = try Sample.catalog().routes.count
        let report = engine.check(try Sample.catalog(), today: day("2026-11-29"))
        #expect(report.findings.filter { $0.rule == "flood" }.count == 10_000)
        #expect(report.findings.filter { $0.rule == "quiet" }.count == routes)
        let leftOut = report.errors.filter { $0.rule == "flood" }
        #expect(leftOut.count == 1, "\(report.errors)")
        #expect(leftOut.first?.error.contains("\(routes * 10_050 - 10_000) more result(s) left out") == true, "\(leftOut)")
    }

    @Test func aFloodingRuleWritesLittleMoreThanItsCapAndLongMessagesAreCut() throws {
        let folder = try TemporaryFolder("mr-flood")
        let store = try Store(path: folder.path("region.db"))
        _ = try SyntheticRegion(teachers: 200, seed: 3).write(into: store)
        let scripts = try ScriptFolder()
        try scripts.write(
            "flood.lua",
            """
            monitor { id = "flood", subject = "route", severity = "info",
                      check = function(route, ctx) for i = 1, 2000 do ctx.flag("line " .. i) end end }
            monitor { id = "long", subject = "route", severity = "info",
                      check = function(route, ctx) return string.rep("я", 500000) end }
            """)
        let run = try scripts.engine().streamCheck(store, today: day("2026-11-29"), batchSize: 10, workers: 2)
        #expect(run.results.filter { $0.rule == "flood" }.count == 10_000)
        #expect(run.errors.contains { $0.rule == "flood" && $0.error.contains("\(200 * 2_000 - 10_000) more result(s) left out") }, "\(run.errors)")
        // 400,000 results of ~35 bytes would be 14 MB on disk; a chunk certainly past the cap is
        // only counted. Each message of a million bytes is cut to 4 KiB.
        let long = run.results.filter { $0.rule == "long" }
        #expect(long.count == 200)
        #expect(long.allSatisfy { $0.message.utf8.count < 4_200 && $0.message.hasSuffix("bytes cut)") })
        #expect(run.results.spool.bytes < 3_000_000, "\(run.results.spool.bytes) bytes written")
    }

    @Test func aStreamedRunGivesWhatTheCatalogRunGives() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mr-results-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("region.db").path)
        try store.importCatalog(SyntheticRegion(teachers: 300, seed: 3).catalog())
        let engine = try RuleEngine(scriptsFolder: Sample.scripts)
        let today = day("2026-11-29")
        let inMemory = engine.check(try store.catalog(), today: today)
        let streamed = try engine.streamCheck(store, today: today, batchSize: 70, workers: 2)
        #expect(streamed.results.count == inMemory.findings.count)
        #expect(inMemory.findings.count > 50)
        #expect(Array(streamed.results) == inMemory.findings)
        #expect(Array(streamed.results) == Array(streamed.results), "a second reading gives the same")
        #expect(streamed.errors == inMemory.errors)
        let awards = try engine.streamAwards(store, today: today, batchSize: 70, workers: 2)
        #expect(Array(awards.results) == engine.awards(try store.catalog(), today: today).awards)
    }

    /// The reader reads ahead of the workers in its own thread: when it meets a damaged row
    /// halfway through, the workers stop, the run ends (nothing waits for ever) and says why.
    @Test func aRunWhoseReaderMeetsDamageHalfwayEndsWithTheError() throws {
        let folder = try TemporaryFolder("mr-damaged")
        let store = try Store(path: folder.path("region.db"))
        _ = try SyntheticRegion(teachers: 200, seed: 3).write(into: store)
        let damaged = try #require(try store.routes().map(\.id).sorted().dropFirst(120).first)
        try store.write { try $0.execute(sql: "UPDATE route SET body = 'not json' WHERE id = ?", arguments: [damaged]) }
        let engine = try RuleEngine(scriptsFolder: Sample.scripts)
        for workers in [1, 2, 3] {
            #expect(throws: (any Error).self, "\(workers) workers") {
                try engine.streamCheck(store, today: day("2026-11-29"), batchSize: 10, workers: workers)
            }
        }
    }
}
