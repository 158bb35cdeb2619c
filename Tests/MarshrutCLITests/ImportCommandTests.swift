import Foundation
import MarshrutCLI
import Testing

@Suite struct ImportCommandTests {
    @Test func importsTheSampleSchoolAndListsIt() throws {
        let box = try Sandbox()
        #expect(box.run(["init"]).status == 0)
        let imported = box.run(["import", Repository.routes])
        #expect(imported.status == 0)
        #expect(imported.output.contains("Imported 14 persons, 4 routes, 6 programs"))
        let list = box.run(["route", "list"])
        #expect(list.output.contains("kuznetsov-2024"))
        #expect(list.output.contains("Кузнецов Павел Олегович"))
    }

    @Test func initIsSafeToRepeat() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        #expect(box.run(["init"]).status == 0)
        #expect(box.run(["init"]).status == 0)
        #expect(box.dump() == before)
    }

    /// Bad documents a new user might write: each is refused with a message naming the file,
    /// the line and the field, and the database is left exactly as it was.
    static let badDocuments: [(name: String, yaml: String, expected: [String])] = [
        (
            "wrong date",
            """
            kind: route
            id: ivanova-2022
            teacher: ivanova
            start: 2022-13-01
            end: 2027-05-31
            stage: self-determination
            """, ["bad.yaml:4:", "start", "YYYY-MM-DD"]
        ),
        (
            "unknown area",
            """
            kind: route
            id: ivanova-2022
            teacher: ivanova
            start: 2022-09-01
            end: 2027-05-31
            stage: deficits
            deficits:
              - id: d1
                area: ikt
                level: 2
                text: Не владеет ЦОР
            """, ["bad.yaml:9:", "deficits[0].area", "unknown area \"ikt\"", "ict"]
        ),
        (
            "three-year route",
            """
            kind: route
            id: ivanova-2022
            teacher: ivanova
            start: 2022-09-01
            end: 2025-09-01
            stage: self-determination
            """, ["bad.yaml:5:", "end", "4 to 5 years", "2026-09-01"]
        ),
        (
            "mentee without consent",
            """
            kind: person
            id: sidorov
            name: Сидоров Пётр
            roles: [mentee]
            """, ["bad.yaml:", "consents", "personal-data"]
        ),
        (
            "duplicate id",
            """
            kind: person
            id: ivanova
            name: Иванова Мария Петровна
            roles: [tutor]
            """, ["bad.yaml:2:", "id", "already has the id \"ivanova\""]
        ),
        (
            "broken YAML",
            """
            kind: route
            id: ivanova-2022
              teacher: ivanova
            """, ["bad.yaml:3:", "broken YAML"]
        ),
        (
            "teacher who does not exist",
            """
            kind: route
            id: nobody-2022
            teacher: nobody
            start: 2022-09-01
            end: 2027-05-31
            stage: self-determination
            """, ["bad.yaml:3:", "teacher", "no person \"nobody\""]
        ),
    ]

    @Test(arguments: badDocuments)
    func refusesBadDocumentsWithoutChangingTheDatabase(_ bad: (name: String, yaml: String, expected: [String])) throws {
        let box = try Sandbox()
        let persons = try box.write("persons.yaml", samplePersons)
        try #require(box.run(["import", persons]).status == 0)
        let before = box.dump()
        let file = try box.write("bad.yaml", bad.yaml)

        let outcome = box.run(["import", persons, file])
        #expect(outcome.status != 0, "\(bad.name) was accepted")
        for fragment in bad.expected {
            #expect(outcome.errors.contains(fragment), "\(bad.name): «\(fragment)» missing from: \(outcome.errors)")
        }
        #expect(box.dump() == before, "\(bad.name) changed the database")
        #expect(box.run(["validate", persons, file]).status != 0)
    }

    @Test func dryRunChecksButStoresNothing() throws {
        let box = try Sandbox()
        #expect(box.run(["init"]).status == 0)
        let outcome = box.run(["import", "--dry-run", Repository.routes])
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("nothing stored"))
        #expect(box.run(["route", "list"]).output.contains("(none)"))
    }

    @Test func exportImportExportIsByteIdentical() throws {
        let box = try Sandbox()
        try box.importSample()
        let first = box.folder.appendingPathComponent("first").path
        let second = box.folder.appendingPathComponent("second").path
        #expect(box.run(["export", "--out", first]).status == 0)
        let other = Marshrut.run(["--db", box.folder.appendingPathComponent("other.db").path, "import", first])
        #expect(other.status == 0, "\(other.errors)")
        #expect(Marshrut.run(["--db", box.folder.appendingPathComponent("other.db").path, "export", "--out", second]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: first).sorted()
        #expect(names.count == 25)
        #expect(try FileManager.default.contentsOfDirectory(atPath: second).sorted() == names)
        for name in names {
            let a = try Data(contentsOf: URL(fileURLWithPath: first + "/" + name))
            let b = try Data(contentsOf: URL(fileURLWithPath: second + "/" + name))
            #expect(a == b, "\(name) differs after a round trip")
        }
        let route = try String(contentsOfFile: first + "/route-kuznetsov-2024.yaml", encoding: .utf8)
        #expect(route.contains("Кузнецов") || route.contains("ОБЗР"))
    }

    @Test func missingDatabaseSaysHowToStart() throws {
        let box = try Sandbox()
        let outcome = box.run(["route", "list"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("marshrut init"))
    }
}
