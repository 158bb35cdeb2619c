import Foundation
import GRDB
import MarshrutCLI
import MarshrutCore
import MarshrutSynthetic
import MarshrutStore
import Testing

@Suite struct GenerateTests {
    static let today = "2026-11-29"

    @Test func generateWritesTheRegionSoThatItReadsBackUnchanged() throws {
        let box = try Sandbox()
        let outcome = box.run(["demo", "generate", "--teachers", "40", "--seed", "9"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("40"))
        let stored = try Store(path: box.db, create: false).catalog()
        let expected = SyntheticRegion(teachers: 40, seed: 9).catalog()
        #expect(stored == expected)
        #expect(stored.problems().isEmpty)
        #expect(try Store(path: box.db, create: false).integrityCheck() == ["ok"])
    }

    /// Batches of 1,000 spread over several Lua states, put back in order: the same bytes as one
    /// state, and the same findings as the whole catalog evaluated in memory.
    @Test func anyNumberOfWorkersFindsTheSame() throws {
        let box = try Sandbox()
        #expect(box.run(["demo", "generate", "--teachers", "2500", "--seed", "4"]).status == 0)
        var outputs: [String] = []
        for workers in ["1", "2", "3"] {
            let check = box.run(["rules", "check", "--json", "--today", Self.today, "--workers", workers], today: Self.today)
            #expect(check.status == 0, "\(check.errors)")
            let awards = box.run(["incentives", "--json", "--today", Self.today, "--workers", workers], today: Self.today)
            #expect(awards.status == 0, "\(awards.errors)")
            outputs.append(check.output + awards.output)
        }
        #expect(outputs[0].contains("\"findings\""))
        #expect(outputs.count == 3 && outputs.allSatisfy { $0 == outputs[0] })
        let refused = box.run(["rules", "check", "--workers", "0"], today: Self.today)
        #expect(refused.status != 0)
        #expect(refused.errors.contains("--workers"))
    }

    @Test func bulkRowsAreTheRowsAnImportWrites() throws {
        let bulk = try Sandbox(), imported = try Sandbox()
        #expect(bulk.run(["demo", "generate", "--teachers", "30", "--seed", "2"]).status == 0)
        try Store(path: imported.db).importCatalog(SyntheticRegion(teachers: 30, seed: 2).catalog())
        let tables = [
            "person", "consent", "route", "correction", "reflection", "reflection_revision", "program",
            "program_member", "indicator", "program_change", "sqlite_sequence",
        ]
        func dump(_ path: String) throws -> [String: [[String]]] {
            try DatabaseQueue(path: path).read { db in
                var all: [String: [[String]]] = [:]
                for table in tables {
                    all[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { row in
                        row.databaseValues.map(\.description)
                    }
                }
                return all
            }
        }
        let a = try dump(bulk.db), b = try dump(imported.db)
        for table in tables {
            #expect(a[table] == b[table], "table \(table) differs")
            #expect(a[table]?.isEmpty == false, "table \(table) is empty")
        }
    }

    @Test func theSameSeedGivesTheSameDatabase() throws {
        let a = try Sandbox(), b = try Sandbox(), c = try Sandbox()
        #expect(a.run(["demo", "generate", "--teachers", "25", "--seed", "4"]).status == 0)
        #expect(b.run(["demo", "generate", "--teachers", "25", "--seed", "4"]).status == 0)
        #expect(c.run(["demo", "generate", "--teachers", "25", "--seed", "5"]).status == 0)
        let exported = a.dump()
        #expect(!exported.isEmpty)
        #expect(exported == b.dump())
        #expect(exported != c.dump())
    }

    @Test func generateRefusesADatabaseWithData() throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = box.run(["demo", "generate", "--teachers", "5"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains(box.db))
        #expect(box.run(["demo", "generate", "--teachers", "0"]).status != 0)
    }

    @Test func theSampleSchoolIsStillTheDefaultOfDemo() throws {
        let box = try Sandbox()
        let outcome = Marshrut.run(["demo", "setup", "--db", box.db, "--samples", Repository.routes], environment: ["LANG": "C"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(box.run(["route", "list"]).output.contains("kuznetsov-2024"))
    }

    @Test func exportLuaWritesAFileTheInterpreterCanLoad() throws {
        let box = try Sandbox()
        #expect(box.run(["demo", "generate", "--teachers", "12"]).status == 0)
        let file = box.folder.appendingPathComponent("region.lua").path
        let outcome = box.run(["demo", "export-lua", "--out", file])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("teacher = P["))
        #expect(text.hasSuffix("return { persons = P, routes = R, programs = G }\n"))
    }

    @Test(.enabled(if: Lua.interpreter != nil, "lua5.4 is not installed (make deps installs it; .ci/run does): the baseline comparison is skipped"))
    func theLuaBaselineFindsWhatRulesCheckFinds() throws {
        let box = try Sandbox()
        #expect(box.run(["demo", "generate", "--teachers", "50", "--seed", "1"]).status == 0)
        let file = box.folder.appendingPathComponent("region.lua").path
        let prelude = box.folder.appendingPathComponent("prelude.lua").path
        #expect(box.run(["demo", "export-lua", "--out", file, "--prelude", prelude]).status == 0)

        let check = box.run(["rules", "check", "--json", "--today", Self.today], today: Self.today)
        #expect(check.status == 0, "\(check.errors)")
        let findings = try Self.counts(check.output, list: "findings", key: "rule")
        let awardsRun = box.run(["incentives", "--json", "--today", Self.today], today: Self.today)
        #expect(awardsRun.status == 0, "\(awardsRun.errors)")
        let awards = try Self.counts(awardsRun.output, list: "awards", key: "incentive")

        let baseline = try Lua.run([Repository.root + "/Bench/baseline.lua", file, prelude, Repository.scripts, "--today", Self.today])
        var luaFindings: [String: Int] = [:], luaAwards: [String: Int] = [:]
        for line in baseline.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            #expect(fields.first != "error", "the baseline failed: \(line)")
            guard fields.count == 3, let n = Int(fields[2]), n > 0 else { continue }
            if fields[0] == "finding" { luaFindings[fields[1]] = n }
            if fields[0] == "award" { luaAwards[fields[1]] = n }
        }
        #expect(!findings.isEmpty)
        #expect(luaFindings == findings)
        #expect(luaAwards == awards)
    }

    /// How many items of `list` each value of `key` has, in a command's JSON output.
    static func counts(_ json: String, list: String, key: String) throws -> [String: Int] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(object[list] as? [[String: Any]])
        #expect((object["errors"] as? [Any])?.isEmpty == true, "\(object["errors"] ?? "")")
        var counts: [String: Int] = [:]
        for item in items { counts[item[key] as? String ?? "?", default: 0] += 1 }
        return counts
    }
}

/// The stock `lua5.4` interpreter, when installed.
enum Lua {
    static let interpreter: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map { "\($0)/lua5.4" } + ["/usr/bin/lua5.4"])
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs the interpreter and returns its standard output.
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(interpreter))
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problems = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: problems, as: UTF8.self))")
        return String(decoding: data, as: UTF8.self)
    }
}
