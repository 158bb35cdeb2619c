import Foundation
import MarshrutCore
import MarshrutRules
import MarshrutTestSupport
import Testing

/// Loading scripts is bounded as a whole, not declaration by declaration: what all scripts'
/// declarations copy into the host, and how many rules they declare.
struct LoadBudgetTests {
    @Test func twentyThousandDeclarationsSharingAHugeIdStopAtTheCapCheaply() throws {
        let folder = try ScriptFolder()
        try folder.write(
            "flood.lua",
            """
            local id = string.rep("a", 1 << 20)
            for _ = 1, 20000 do monitor { id = id, subject = "route", severity = "info", check = function() end } end
            """)
        try folder.write("good.lua", monitorScript(id: "good", body: "return nil"))
        let clock = ContinuousClock()
        let started = clock.now
        let engine = try folder.engine()
        #expect(clock.now - started < .seconds(10))
        #expect(engine.monitors.map(\.id) == ["good"], "the other script still loads: \(engine.loadErrors)")
        let error = try #require(engine.loadErrors.first { $0.source.contains("flood.lua") })
        #expect(error.error.contains("more than 1000 rules and criteria are declared"), "\(error)")
    }

    @Test func declarationsOfAllScriptsTogetherCrossWithinOneAllowance() throws {
        let folder = try ScriptFolder()
        // Each file's declaration carries 6 MiB of text: one fits a call's bound, three do not fit
        // the load's.
        for n in 1...4 {
            try folder.write(
                "big\(n).lua",
                monitorScript(id: "big-\(n)", body: "return nil")
                    .replacingOccurrences(of: "severity = \"info\",", with: "severity = \"info\", description = string.rep(\"d\", 6 << 20),"))
        }
        let engine = try folder.engine(limits: .init(memoryBytes: 256 << 20, instructionsPerCall: 2_000_000, secondsPerCall: 2))
        #expect(engine.monitors.map(\.id) == ["big-1", "big-2"], "\(engine.loadErrors)")
        #expect(engine.loadErrors.count == 2)
        #expect(engine.loadErrors.allSatisfy { $0.error.contains("MiB") }, "\(engine.loadErrors)")
    }
}
