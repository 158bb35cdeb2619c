import Foundation
import MarshrutCLI
import Testing

@Suite struct ProgramCommandTests {
    @Test func aProgramGoesFromDraftToCompletedKeepingEachChange() throws {
        let box = try Sandbox()
        try box.importSample()
        let created = box.run([
            "program", "new", "--mentor", "grishina", "--mentee", "belousova", "--form", "traditional",
            "--direction", "teaching-methods", "--start", "2026-12-01", "--end", "2027-05-31",
        ])
        #expect(created.status == 0, "\(created.errors)")
        #expect(created.output.contains("prog-2026-03"))
        #expect(box.run(["program", "status", "prog-2026-03", "completed", "--reason", "x"]).errors.contains("can become active or cancelled"))
        #expect(box.run(["program", "status", "prog-2026-03", "active", "--reason", "Приказ № 15", "--date", "2026-12-01"]).status == 0)
        #expect(box.run(["program", "activity", "prog-2026-03", "--kind", "measure", "--title", "Взаимопосещение уроков", "--due", "2027-02-01"]).status == 0)
        for (date, value) in [("2026-12-20", "0.6"), ("2027-03-20", "0.72")] {
            #expect(
                box.run(
                    ["program", "indicator", "prog-2026-03", "--name", "exam-pass-rate", "--value", value, "--date", date],
                    today: "2027-05-31"
                ).status == 0)
        }
        #expect(box.run(["program", "status", "prog-2026-03", "completed", "--reason", "Программа выполнена", "--date", "2027-05-31"]).status == 0)
        let shown = box.run(["program", "show", "prog-2026-03"])
        #expect(shown.output.contains("exam-pass-rate: 2026-12-20 0.6 → 2027-03-20 0.72  ↑"))
        #expect(shown.output.contains("2026-12-01 → active: Приказ № 15"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(box.run(["program", "show", "prog-2026-03", "--json"]).output.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "completed")
        #expect((json["changes"] as? [Any])?.count == 2)
        #expect((json["indicators"] as? [Any])?.count == 2)
        // The changes survive export and import.
        #expect(box.dump().contains("reason: Программа выполнена"))
    }

    @Test func membersNeedTheirConsents() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["person", "add", "orlov", "--name", "Орлов Игорь", "--role", "mentee", "--consent", "2026-10-01"]).status == 0)
        let draft = box.run([
            "program", "new", "p-orlov", "--mentor", "tarasova", "--mentee", "orlov", "--form", "traditional",
            "--start", "2026-12-01", "--end", "2027-03-01",
        ])
        #expect(draft.status == 0, "\(draft.errors)")
        let active = box.run(["program", "status", "p-orlov", "active", "--reason", "приказ"])
        #expect(active.status != 0)
        #expect(active.errors.contains("orlov has no consent to the added duties"))
        #expect(box.run(["person", "add", "nobody2", "--name", "Без Согласия", "--role", "tutor"]).status == 0)
        let unconsented = box.run([
            "program", "new", "p-x", "--mentor", "tarasova", "--mentee", "nobody2", "--form", "traditional",
            "--start", "2026-12-01", "--end", "2027-03-01",
        ])
        #expect(unconsented.status != 0)
        #expect(unconsented.errors.contains("personal-data consent"))
        let short = box.run([
            "program", "new", "p-y", "--mentor", "tarasova", "--mentee", "orlov", "--form", "traditional",
            "--start", "2026-12-01", "--end", "2027-02-01",
        ])
        #expect(short.errors.contains("3 to 12 months"))
        let wrongDeficit = box.run([
            "program", "new", "p-z", "--mentor", "tarasova", "--mentee", "orlov", "--form", "traditional",
            "--start", "2027-04-01", "--end", "2027-07-01", "--address", "kuznetsov-2024/d3",
        ])
        #expect(wrongDeficit.errors.contains("not a mentee of this program"))
    }

    @Test func matchProposesAnOptimalAssignmentAsDocumented() throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = box.run(["match", "--json"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["proposals", "unmatched", "total"])
        let proposals = try #require(object["proposals"] as? [[String: Any]])
        for p in proposals { #expect(Set(p.keys) == ["mentor", "mentees", "score", "reasons"]) }
        let paired = proposals.flatMap { $0["mentees"] as? [String] ?? [] }
        #expect(Set(paired) == ["belousova", "fomina"])
        let total = try #require(object["total"] as? Double)
        #expect(total == proposals.reduce(0) { $0 + ($1["score"] as? Double ?? 0) })
    }

    @Test func aCuratorsScoreFunctionDecidesAndConsentIsRequired() throws {
        let box = try Sandbox()
        try box.importSample()
        // A mentee without consent is never proposed, whatever the score.
        #expect(box.run(["person", "add", "silent", "--name", "Без Согласия", "--role", "tutor"]).status == 0)
        try box.write(
            "Scripts/matching.lua",
            """
            matching { score = function(mentor, mentee, ctx)
              if mentor.id == "tarasova" then return 1, "любой" end
              return false
            end }
            """)
        let scripts = box.folder.appendingPathComponent("Scripts").path
        let outcome = Marshrut.run(["--db", box.db, "--scripts", scripts, "match", "--json"], environment: ["MARSHRUT_TODAY": "2026-11-28"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let proposals = try #require(object["proposals"] as? [[String: Any]])
        // Tarasova's capacity (2 in the sample) bounds the pairs; the rest stay unmatched.
        #expect(proposals.count == 1)
        #expect(proposals.first?["mentor"] as? String == "tarasova")
        #expect((proposals.first?["mentees"] as? [String])?.count == 2)
        let everyone = proposals.flatMap { $0["mentees"] as? [String] ?? [] } + (object["unmatched"] as? [String] ?? [])
        #expect(!everyone.contains("silent"))
        #expect(Set(everyone) == ["belousova", "fomina"])
        let applied = Marshrut.run(["--db", box.db, "--scripts", scripts, "match", "--apply"], environment: ["MARSHRUT_TODAY": "2026-11-28"])
        #expect(applied.output.contains("Created draft program"))
        #expect(box.run(["program", "list", "--status", "draft"]).output.contains("tarasova"))
        let again = Marshrut.run(["--db", box.db, "--scripts", scripts, "match"], environment: ["MARSHRUT_TODAY": "2026-11-28"])
        #expect(again.output.contains("No mentee waits"))
    }
}

@Suite struct PlanCommandTests {
    @Test func theRoadMapIsJudgedFromTheData() throws {
        let box = try Sandbox()
        let persons = try box.write("persons.yaml", samplePersons)
        let plan = try box.write(
            "plan.yaml",
            """
            kind: plan
            id: roadmap
            title: Дорожная карта
            stages:
            - number: 1
              title: Банк наставляемых
              due: 2022-08-31
              check: mentee-bank
            - number: 2
              title: Пары сформированы
              due: 2022-09-30
              check: pairs
            - number: 3
              title: Семинар
              due: 2027-05-31
            """)
        #expect(box.run(["import", persons, plan]).status == 0)
        let json = box.run(["plan", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["state"] as? String } == ["done", "overdue", "due"])
        let text = box.run(["plan"])
        #expect(text.output.contains("1 of 3 stages done, 1 overdue as of 2026-11-28."))
        #expect(box.run(["export"]).output.contains("check: mentee-bank"))
    }
}

@Suite struct BankCommandTests {
    @Test func unpairedMenteesAndErasedPersonsInMatching() throws {
        let box = try Sandbox()
        try box.importSample()
        let waiting = box.run(["person", "list", "--role", "mentee", "--unpaired", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(waiting.output.utf8)) as? [[String: Any]])
        #expect(Set(list.compactMap { $0["id"] as? String }) == ["belousova", "fomina"])
        #expect(box.run(["person", "list", "--role", "mentor", "--unpaired"]).status != 0)
        #expect(box.run(["person", "forget", "fomina", "--yes"]).status == 0)
        let match = box.run(["match", "--json"])
        #expect(match.status == 0, "\(match.errors)")
        #expect(!match.output.contains("fomina"))
        #expect(box.run(["person", "list", "--unpaired"]).output.contains("belousova"))
        #expect(!box.run(["person", "list", "--unpaired"]).output.contains("fomina"))
    }

    @Test func aScoreOutOfRangeIsRefusedNamingTheScript() throws {
        let box = try Sandbox()
        try box.importSample()
        // finite, but two of them sum to infinity
        try box.write(
            "Scripts/matching.lua",
            """
            matching { score = function(mentor, mentee, ctx) return 1e308 end }
            """)
        let scripts = box.folder.appendingPathComponent("Scripts").path
        let outcome = Marshrut.run(["--db", box.db, "--scripts", scripts, "match", "--json"], environment: ["MARSHRUT_TODAY": "2026-11-28"])
        #expect(!outcome.output.isEmpty, "\(outcome.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
        #expect((object?["proposals"] as? [[String: Any]])?.isEmpty == true, "\(outcome.output)")
        let text = outcome.output + outcome.errors
        #expect(text.contains("matching.lua:1"), "\(text)")
        #expect(text.contains("out of range"), "\(text)")
    }
}
