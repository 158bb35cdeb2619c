import Foundation
import GRDB
import Testing

/// Erased means erased (152-ФЗ): every text about the person goes, and nothing new about them
/// is accepted until a new consent under a new id.
struct ErasureGapTests {
    @Test func tagsAndProgramTextsGoWithThePerson() throws {
        let box = try Sandbox()
        try box.importSample()
        let tagged = box.run(["reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "4", "--tag", "секция-самбо", "Текст"])
        try #require(tagged.status == 0, "\(tagged.errors)")
        let cancel = box.run(["program", "status", "prog-2026-02", "cancelled", "--reason", "Кузнецов П. О. переходит в другую школу"])
        try #require(cancel.status == 0, "\(cancel.errors)")
        let attitude = "Без этих встреч в первый год в школе я бы утонул в бумагах"
        let before = box.dump()
        for text in ["секция-самбо", "Кузнецов П. О. переходит", attitude] { try #require(before.contains(text), "\(text)") }

        #expect(box.run(["person", "forget", "kuznetsov", "--yes"]).status == 0)

        let after = box.dump()
        for text in ["секция-самбо", "Кузнецов П. О. переходит", attitude] {
            #expect(!after.contains(text), "«\(text)» survived the erasure")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: box.db))
            #expect(bytes.range(of: Data(text.utf8)) == nil, "«\(text)» is still in the file")
        }
    }

    @Test(arguments: [
        ["route", "new", "kuz-2030", "--teacher", "kuznetsov", "--tutor", "melnikov", "--start", "2030-09-01"],
        ["program", "new", "--mentor", "zaitsev", "--mentee", "kuznetsov", "--form", "traditional", "--start", "2027-06-01", "--end", "2027-09-30"],
        ["program", "edit", "p-new", "--mentee", "fomina", "--mentee", "kuznetsov"],
        ["person", "consent", "kuznetsov", "--kind", "personal-data", "--date", "2026-11-28"],
        ["person", "edit", "kuznetsov", "--name", "Кузнецов Павел Олегович"],
    ])
    func anErasedPersonTakesPartInNothingNewByCommand(_ arguments: [String]) throws {
        let box = try Sandbox()
        try box.importSample()
        try #require(
            box.run([
                "program", "new", "p-new", "--mentor", "zaitsev", "--mentee", "fomina", "--form", "traditional",
                "--start", "2027-06-01", "--end", "2027-09-30",
            ]).status == 0)
        #expect(box.run(["person", "forget", "kuznetsov", "--yes"]).status == 0)
        let before = box.dump()
        let outcome = box.run(arguments)
        #expect(outcome.status != 0, "\(arguments) was accepted")
        #expect(outcome.errors.contains("kuznetsov") && outcome.errors.contains("erased"), "\(outcome.errors)")
        #expect(box.dump() == before)
    }

    @Test func anErasedPersonTakesPartInNothingNewByImport() throws {
        let box = try Sandbox()
        try box.importSample()
        let oldPerson = box.run(["export", "kuznetsov"]).output
        #expect(box.run(["person", "forget", "kuznetsov", "--yes"]).status == 0)
        let before = box.dump()

        let person = try box.write("person-kuznetsov.yaml", oldPerson)
        let refill = box.run(["import", person])
        #expect(refill.status != 0)
        #expect(refill.errors.contains("person-kuznetsov.yaml:"), "the refusal names the file: \(refill.errors)")
        #expect(refill.errors.contains("personal data of kuznetsov, erased on 2026-11-28"), "\(refill.errors)")

        let route = try box.write(
            "route.yaml",
            """
            kind: route
            id: kuznetsov-2030
            teacher: kuznetsov
            tutor: melnikov
            start: 2030-09-01
            end: 2035-05-31
            stage: self-determination
            """)
        let newRoute = box.run(["import", route])
        #expect(newRoute.status != 0)
        #expect(newRoute.errors.contains("route.yaml:"), "\(newRoute.errors)")
        #expect(newRoute.errors.contains("take part in nothing new") || newRoute.errors.contains("takes part in nothing new"), "\(newRoute.errors)")
        #expect(box.dump() == before)
    }

    @Test func anErasedTutorTutorsNoNewRoute() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["person", "forget", "melnikov", "--yes"]).status == 0)
        let outcome = box.run(["route", "new", "fomina-2026", "--teacher", "fomina", "--tutor", "melnikov", "--start", "2026-09-01"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("tutor: the personal data of melnikov was erased"), "\(outcome.errors)")
    }

    @Test func aDraftWithAnErasedMemberCanStillBeCancelled() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["person", "forget", "kuznetsov", "--yes"]).status == 0)
        let cancel = box.run(["program", "status", "prog-2026-02", "cancelled", "--reason", "группа не собралась"])
        #expect(cancel.status == 0, "\(cancel.errors)")
    }
}
