import Foundation
import GRDB
@testable import MarshrutCLI
import MarshrutCore
import MarshrutStore
import MarshrutText
import Testing

@Suite struct ConsentCommandTests {
    @Test func consentIsAppended() throws {
        let box = try Sandbox()
        try box.importSample()
        let recorded = box.run(["person", "consent", "fomina", "--kind", "duties", "--date", "2026-11-02"])
        #expect(recorded.status == 0, "\(recorded.errors)")
        #expect(recorded.output.contains("Recorded the duties consent of fomina (Фомина Кристина Александровна) signed on 2026-11-02"))
        let again = box.run(["person", "consent", "fomina", "--kind", "duties", "--date", "вчера"])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.contains("signed on 2026-11-27; 2 duties consents on record"))
        let shown = box.run(["person", "show", "fomina"])
        #expect(shown.output.contains("consents: personal-data 2026-10-05, duties 2026-11-02, duties 2026-11-27"))
        #expect(box.dump().contains("- kind: duties\n  date: 2026-11-02\n- kind: duties\n  date: 2026-11-27\n"))
    }

    @Test(arguments: [
        (["person", "consent", "kuznecov", "--kind", "duties", "--date", "2026-11-02"], "no person \"kuznecov\""),
        (["person", "consent", "fomina", "--kind", "duties", "--date", "2026-11-29"], "after today (2026-11-28)"),
        (["person", "consent", "fomina", "--kind", "personal-data", "--date", "2026-10-05"], "already has a personal-data consent of 2026-10-05"),
        (["person", "consent", "fomina", "--kind", "duties", "--date", "29.11.2026"], "after today (2026-11-28)"),
        (["person", "consent", "fomina", "--kind", "duties", "--date", "29/11/2026"], "is not a date"),
        (["person", "consent", "fomina", "--kind", "signature", "--date", "2026-11-02"], "personal-data"),
    ])
    func consentIsRefused(arguments: [String], message: String) throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let refused = box.run(arguments)
        #expect(refused.status != 0)
        #expect(refused.errors.contains(message), "\(refused.errors)")
        #expect(box.dump() == before)
    }

    /// The bytes of the database's files: the file, and its write-ahead log when there is one.
    func files(_ box: Sandbox) -> [(name: String, data: Data)] {
        ["", "-wal"].compactMap { suffix in FileManager.default.contents(atPath: box.db + suffix).map { (suffix, $0) } }
    }

    func counts(_ box: Sandbox) throws -> [Int] {
        let catalog = try Store(path: box.db).catalog()
        let routes = catalog.routes
        return [
            catalog.persons.count, routes.count, routes.map(\.deficits.count).reduce(0, +),
            routes.map(\.activities.count).reduce(0, +), routes.map(\.reflections.count).reduce(0, +),
            routes.map(\.corrections.count).reduce(0, +), catalog.programs.count,
            catalog.persons.map(\.consents.count).reduce(0, +),
        ]
    }

    @Test func forgetErasesThePersonFromTheFileAndTheExport() throws {
        let box = try Sandbox()
        try box.importSample()
        let erased = [
            "Кузнецов Павел Олегович", "Круговая тренировка прижилась, особенно в 5–6 классах",
            "Знания есть, навыка пока нет", "будущие спортсмены", "освобождал таких детей",
            "Спортивный зал закрыт на капитальный ремонт", "физическая культура и ОБЗР",
            "1998-06-11",  // the day of birth, from the staff data
        ]
        let before = box.dump()
        let countsBefore = try counts(box)
        for text in erased { #expect(before.contains(text)) }

        let forgotten = box.run(["person", "forget", "kuznetsov", "--yes"])

        #expect(forgotten.status == 0, "\(forgotten.errors)")
        #expect(forgotten.output.contains("Erased the personal data of kuznetsov"))
        #expect(forgotten.output.contains("kuznetsov-2024"))
        #expect(forgotten.output.contains("erasure no. 1 of 2026-11-28"))
        let after = box.dump()
        for text in erased {
            #expect(!after.contains(text), "«\(text)» is still exported")
            for (suffix, data) in files(box) {
                #expect(data.range(of: Data(text.utf8)) == nil, "«\(text)» is still in test.db\(suffix)")
            }
        }
        #expect(after.contains("name: \(Person.erasedName)"))
        #expect(try counts(box) == countsBefore)
        #expect(try Store(path: box.db).integrityCheck() == ["ok"])

        // Only kuznetsov's person and route documents changed, and the programs he took part in
        // (the attitudes to their products).
        let changed = Set(after.components(separatedBy: "---\n")).symmetricDifference(before.components(separatedBy: "---\n"))
        let programs = ["prog-2023-01", "prog-2024-01", "prog-2026-02"]
        #expect(changed.count == 4 + 2 * programs.count - 2, "prog-2026-02 is a draft with no products: unchanged")
        #expect(
            changed.allSatisfy { doc in
                doc.contains("id: kuznetsov\n") || doc.contains("id: kuznetsov-2024\n") || programs.contains { doc.contains("id: \($0)\n") }
            })

        // A second run says what it found and finishes the clean-up of the file.
        let twice = box.run(["person", "forget", "kuznetsov", "--yes"])
        #expect(twice.status == 0, "\(twice.errors)")
        #expect(twice.output.contains("already erased on 2026-11-28 (erasure no. 1)"), "\(twice.output)")
        #expect(twice.output.contains("clean-up of the database file is now complete"))
        #expect(box.dump() == after)

        let log = try DatabaseQueue(path: box.db).read { db in try Row.fetchAll(db, sql: "SELECT * FROM erasure") }
        #expect(log.count == 1)
        #expect(log.first?["person_id"] == "kuznetsov")
        #expect(!log.description.contains("Кузнецов"))
    }

    @Test func forgetWithoutYesAndNoTerminalIsRefused() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let refused = box.run(["person", "forget", "kuznetsov"], input: "kuznetsov\n")
        #expect(refused.status != 0)
        #expect(refused.errors.contains("add --yes"), "\(refused.errors)")
        #expect(box.dump() == before)
    }

    @Test func forgetRefusesAnUnknownPerson() throws {
        let box = try Sandbox()
        try box.importSample()
        let refused = box.run(["person", "forget", "kuznecov", "--yes"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("no person \"kuznecov\""), "\(refused.errors)")
        #expect(try Store(path: box.db).erasures().isEmpty)
    }

    @Test func aForgottenPersonTakesNoNewConsent() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["person", "forget", "fomina", "--yes"]).status == 0)
        let refused = box.run(["person", "consent", "fomina", "--kind", "personal-data", "--date", "2026-11-28"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("was erased on 2026-11-28"), "\(refused.errors)")
        #expect(try Store(path: box.db).person("fomina").consents.count == 1)
    }

    @Test func unpairedMenteesLeaveOutTheForgotten() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(try unpaired(box) == ["belousova", "fomina"])
        #expect(box.run(["person", "forget", "fomina", "--yes"]).status == 0)
        #expect(try unpaired(box) == ["belousova"])
    }

    private func unpaired(_ box: Sandbox) throws -> [String] {
        let outcome = box.run(["person", "list", "--unpaired", "--json"])
        try #require(outcome.status == 0, "\(outcome.errors)")
        let persons = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String: Any]])
        return persons.compactMap { $0["id"] as? String }
    }

    /// The command line's refusals name its options; a document's refusal names its keys.
    @Test func aRefusalOfPersonAddNamesTheOptionToGive() throws {
        let box = try Sandbox()
        try box.importSample()
        let mentor = box.run(["person", "add", "zaitseva", "--name", "Зайцева Анна", "--role", "mentor"])
        #expect(mentor.status == 1)
        #expect(mentor.errors.contains("person zaitseva: a mentor enters the bank only with a personal-data consent: give --consent DATE"), "\(mentor.errors)")
        #expect(!mentor.errors.contains("- kind:"))
        let capacity = box.run(["person", "add", "zaitseva", "--name", "Зайцева Анна", "--capacity", "2"])
        #expect(capacity.errors.contains("--capacity and --area/--form offered are for mentors: add --role mentor"), "\(capacity.errors)")
        let edit = box.run(["person", "edit", "kuznetsov", "--capacity", "0"])
        #expect(edit.errors.contains("--capacity"), "\(edit.errors)")
        let file = try box.write("zaitseva.yaml", "kind: person\nid: zaitseva\nname: Зайцева Анна\nroles: [mentor]\n")
        let imported = box.run(["import", file])
        #expect(imported.errors.contains("add `- kind: personal-data`"), "a document's refusal keeps its keys: \(imported.errors)")
        #expect(box.run(["person", "show", "zaitseva"]).status != 0, "nothing was added")
    }
}
