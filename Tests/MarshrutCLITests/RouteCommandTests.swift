import Foundation
import MarshrutCLI
import Testing

@Suite struct RouteCommandTests {
    /// A tutor plans a new route step by step, through every guard.
    @Test func tutorPlansARouteStepByStep() throws {
        let box = try Sandbox()
        try #require(box.run(["import", try box.write("persons.yaml", samplePersons)]).status == 0)

        #expect(box.run(["route", "new", "ivanova-2026", "--teacher", "ivanova", "--tutor", "petrova", "--start", "2026-09-01"]).status == 0)
        #expect(box.run(["route", "image", "ivanova-2026", "Учитель, который учит думать"]).status == 0)
        #expect(box.run(["route", "advance", "ivanova-2026"]).output.contains("self-determination → strengths"))
        #expect(box.run(["route", "strength", "ivanova-2026", "--area", "subject", "Глубоко знает предмет"]).status == 0)
        #expect(box.run(["route", "advance", "ivanova-2026"]).status == 0)

        // No roadmap without a deficit.
        let blocked = box.run(["route", "advance", "ivanova-2026", "--to", "roadmap"])
        #expect(blocked.status != 0)
        #expect(blocked.errors.contains("at least one deficit"))

        #expect(box.run(["route", "deficit", "ivanova-2026", "--area", "ict", "--level", "2", "Не использует ЦОР"]).output.contains("d1"))
        #expect(box.run(["route", "advance", "ivanova-2026"]).status == 0)
        // No implementation without a roadmap activity.
        #expect(box.run(["route", "advance", "ivanova-2026"]).errors.contains("at least one roadmap activity"))
        let added = box.run([
            "route", "activity", "ivanova-2026", "--kind", "course", "--title", "ЦОР на уроке",
            "--hours", "72", "--due", "2026-12-15", "--addresses", "d1",
        ])
        #expect(added.status == 0, "\(added.errors)")
        #expect(box.run(["route", "advance", "ivanova-2026"]).output.contains("implementation"))

        // After step 4 a change needs a reason and is kept as a correction.
        let refused = box.run(["route", "correct", "ivanova-2026", "a1", "--due", "2027-02-01"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("--reason"))
        let unreasoned = box.run(["route", "activity", "ivanova-2026", "--id", "a1", "--due", "2027-02-01"])
        #expect(unreasoned.status != 0)
        #expect(unreasoned.errors.contains("--reason"))
        let corrected = box.run(["route", "correct", "ivanova-2026", "a1", "--due", "2027-02-01", "--reason", "Курс перенесён"])
        #expect(corrected.status == 0, "\(corrected.errors)")
        let history = box.run(["route", "history", "ivanova-2026"])
        #expect(history.output.contains("due: 2026-12-15 -> 2027-02-01"))
        #expect(history.output.contains("Курс перенесён"))
        #expect(history.output.contains("petrova"))

        let json = box.run(["route", "show", "ivanova-2026", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["stage"] as? String == "implementation")
        #expect((object["corrections"] as? [Any])?.count == 1)
        #expect(object["self_image"] as? String == "Учитель, который учит думать")
    }

    @Test func showMarksTheCurrentStepAndOverdueWork() throws {
        let box = try Sandbox()
        try box.importSample()
        let shown = box.run(["route", "show", "kuznetsov-2024"])
        #expect(shown.status == 0)
        #expect(shown.output.contains("▶ 5–6 implementation"))
        #expect(shown.output.contains("OVERDUE"))
        #expect(shown.output.contains("no activity addresses this deficit yet"))
    }

    @Test func closingNamesTheDeficitsWithoutFinalReflection() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let outcome = box.run(["route", "advance", "romanova-2021"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("final reflection"))
        #expect(outcome.errors.contains("d3"))
        #expect(box.dump() == before)
    }

    @Test func globalOptionsWorkBeforeOrAfterTheCommand() throws {
        let box = try Sandbox()
        try box.importSample()
        let env = ["MARSHRUT_TODAY": "2026-11-28"]
        let before = Marshrut.run(["--db", box.db, "route", "list"], environment: env)
        let after = Marshrut.run(["route", "list", "--db", box.db], environment: env)
        let equals = Marshrut.run(["route", "--db=\(box.db)", "list"], environment: env)
        let variable = Marshrut.run(["route", "list"], environment: env.merging(["MARSHRUT_DB": box.db]) { a, _ in a })
        #expect(before.status == 0)
        #expect(before.output.contains("romanova-2021"))
        #expect(after.output == before.output)
        #expect(equals.output == before.output)
        #expect(variable.output == before.output)
    }

    @Test func reflectionsAreLoggedAndRead() throws {
        let box = try Sandbox()
        try box.importSample()
        let saved = box.run(["reflect", "kuznetsov-2024", "--activity", "a7", "--score", "5", "Практикум удался"])
        #expect(saved.status == 0, "\(saved.errors)")
        let piped = box.run(["reflect", "kuznetsov-2024", "--deficit", "d4", "--score", "4"], input: "Текст из stdin\n")
        #expect(piped.status == 0, "\(piped.errors)")
        let journal = box.run(["journal", "kuznetsov-2024", "--from", "2026-11-28"])
        #expect(journal.output.contains("Практикум удался"))
        #expect(journal.output.contains("Текст из stdin"))
        let empty = box.run(["reflect", "kuznetsov-2024", "--deficit", "d4", "--score", "4"], input: "  \n")
        #expect(empty.status != 0)
        #expect(empty.errors.contains("empty"))
        let badScore = box.run(["reflect", "kuznetsov-2024", "--deficit", "d4", "--score", "7", "x"])
        #expect(badScore.status != 0)
        #expect(badScore.errors.contains("1 to 5"))
    }

    @Test func listingsPrintJSON() throws {
        let box = try Sandbox()
        try box.importSample()
        for command in [["route", "list", "--json"], ["person", "list", "--json"], ["person", "show", "grishina", "--json"]] {
            let outcome = box.run(command)
            #expect(outcome.status == 0, "\(command): \(outcome.errors)")
            #expect((try? JSONSerialization.jsonObject(with: Data(outcome.output.utf8))) != nil, "\(command) printed no JSON")
        }
    }
}
