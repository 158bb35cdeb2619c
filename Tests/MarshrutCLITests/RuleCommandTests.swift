import Foundation
import MarshrutCLI
import MarshrutTestSupport
import Testing

@Suite struct RuleCommandTests {
    @Test func checkPrintsTheDocumentedJSON() throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = box.run(["rules", "check", "--json"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["findings", "errors"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            #expect(Set(finding.keys) == ["rule", "severity", "subject", "id", "message", "source"])
        }
        #expect(
            findings.contains {
                $0["rule"] as? String == "route-not-closed" && $0["id"] as? String == "romanova-2021"
                    && $0["severity"] as? String == "critical" && ($0["source"] as? String)?.hasSuffix(".lua:303") == true
            })
    }

    @Test func incentivesPrintTheDocumentedJSON() throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = box.run(["incentives", "--json"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["awards", "errors"])
        let awards = try #require(object["awards"] as? [[String: Any]])
        for award in awards {
            #expect(Set(award.keys) == ["incentive", "title", "kind", "subject", "id", "reason", "source"])
        }
        #expect(awards.contains { $0["incentive"] as? String == "honorary-mentor" && $0["id"] as? String == "grishina" })
    }

    @Test func editingAScriptChangesTheNextRunWithoutRebuilding() throws {
        let box = try Sandbox()
        try box.importSample()
        let scripts = box.folder.appendingPathComponent("Scripts").path
        func write(_ threshold: Int) throws {
            try box.write(
                "Scripts/hours.lua",
                """
                local MIN_HOURS = \(threshold)
                monitor {
                  id = "few-hours", subject = "route", severity = "info",
                  check = function(route, ctx)
                    local total = 0
                    for _, a in ipairs(route.activities) do total = total + (a.hours or 0) end
                    if total < MIN_HOURS then ctx.flag(("%d h < %d h"):format(total, MIN_HOURS)) end
                  end,
                }
                """)
        }
        try write(0)
        let before = Marshrut.run(
            ["--db", box.db, "--scripts", scripts, "rules", "check", "--route", "kuznetsov-2024"],
            environment: ["MARSHRUT_TODAY": "2026-11-28"])
        #expect(before.status == 0)
        #expect(before.output.contains("0 finding(s)"))
        try write(1000)
        let after = Marshrut.run(
            ["--db", box.db, "--scripts", scripts, "rules", "check", "--route", "kuznetsov-2024"],
            environment: ["MARSHRUT_TODAY": "2026-11-28"])
        #expect(after.output.contains("< 1000 h"))
        #expect(after.output.contains("1 finding(s)"))
    }

    @Test func aBrokenScriptIsReportedAndTheOthersStillRun() throws {
        let box = try Sandbox()
        try box.importSample()
        try box.write(
            "Scripts/good.lua",
            """
            monitor { id = "every-route", subject = "route", severity = "info", check = function(r) return "seen " .. r.id end }
            """)
        try box.write(
            "Scripts/bad.lua",
            """
            monitor { id = "endless", subject = "route", severity = "warning",
              check = function(r) while true do end end }
            """)
        let outcome = Marshrut.run(
            [
                "--db", box.db, "--scripts", box.folder.appendingPathComponent("Scripts").path,
                "rules", "check", "--json",
            ], environment: ["MARSHRUT_TODAY": "2026-11-28"])
        #expect(outcome.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.filter { $0["rule"] as? String == "every-route" }.count == 4)
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(errors.first?["rule"] as? String == "endless")
        #expect((errors.first?["source"] as? String)?.contains("bad.lua:2") == true)
        #expect((errors.first?["error"] as? String)?.contains("instruction limit") == true)
    }

    @Test func failOnSetsTheExitStatus() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["rules", "check", "--fail-on", "critical"]).status == 2)
        #expect(box.run(["rules", "check", "--route", "antonova-2026", "--fail-on", "critical"]).status == 0)
    }

    @Test func rulesTestRunsTheScriptsOwnCases() throws {
        let box = try Sandbox()
        let outcome = box.run(["rules", "test"])
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(outcome.output.contains(" passed, 0 failed"))
        try box.write(
            "Scripts/broken.lua",
            """
            monitor { id = "always", subject = "route", severity = "info",
              check = function(r) return "x" end,
              examples = { { name = "expects nothing", today = "2024-01-01", subject = { id = "r" }, expect = {} } } }
            """)
        let failing = Marshrut.run(["--scripts", box.folder.appendingPathComponent("Scripts").path, "rules", "test"])
        #expect(failing.status == 1)
        #expect(failing.output.contains("FAIL"))
        #expect(failing.output.contains("expects nothing"))
        #expect(failing.output.contains("0 passed, 1 failed"))
    }

    @Test func aScriptsTextReachesTheTerminalWithItsControlCharactersEscaped() throws {
        let box = try Sandbox()
        try box.importSample()
        // a window title (OSC), a colour (CSI), a carriage return, a bell and a C1 CSI
        let hostile = #""\27]0;owned\7\27[31mred\rover\194\155""#
        try box.write(
            "Scripts/escapes.lua",
            """
            monitor { id = "escapes", subject = "route", severity = "info", check = function(r) return \(hostile) end }
            incentive { id = "escapes-too", title = "T", kind = "material", subject = "person",
              eligible = function(p) return true, \(hostile) end }
            monitor { id = "fails", subject = "route", severity = "info", check = function(r) error(\(hostile), 0) end }
            monitor { id = "tested", subject = "route", severity = "info", check = function(r) return \(hostile) end,
              examples = { { name = \(hostile), today = "2024-01-01", subject = { id = "r" }, expect = {} } } }
            """)
        let scripts = box.folder.appendingPathComponent("Scripts").path
        let runs = [
            Marshrut.run(["--db", box.db, "--scripts", scripts, "rules", "check"], environment: ["MARSHRUT_TODAY": "2026-11-28"]),
            Marshrut.run(["--db", box.db, "--scripts", scripts, "incentives"], environment: ["MARSHRUT_TODAY": "2026-11-28"]),
            Marshrut.run(["--scripts", scripts, "rules", "test"]),
        ]
        for outcome in runs {
            let text = outcome.output + outcome.errors
            #expect(text.contains("owned"), "\(text)")
            let controls = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
            #expect(controls.isEmpty, "\(controls.map { String($0.value, radix: 16) })")
            #expect(text.contains("\\u{1B}]0;owned"), "\(text)")
        }
    }

    @Test func textShowsAtMostAHundredThousandResultsAndSaysHowManyMore() throws {
        let box = try Sandbox()
        try box.importSample()
        let scripts = try TemporaryFolder("marshrut-flood")
        for n in 1...11 {
            try scripts.write(
                "flood\(n).lua",
                """
                monitor { id = "flood-\(n)", subject = "route", severity = "info",
                          check = function(route, ctx) for i = 1, 2600 do ctx.flag("x" .. i) end end }
                """)
        }
        let text = box.run(["--scripts", scripts.path, "rules", "check"])
        #expect(text.output.split(separator: "\n").filter { $0.hasPrefix("  info") }.count == 100_000)
        #expect(text.errors.contains("10000 more result(s) are not shown: text shows at most 100000; --json gives every one"), "\(text.errors.suffix(300))")
        let json = box.run(["--scripts", scripts.path, "rules", "check", "--json"])
        #expect(json.output.components(separatedBy: "\"severity\" : \"info\"").count - 1 == 110_000, "JSON streams them all")
    }
}
