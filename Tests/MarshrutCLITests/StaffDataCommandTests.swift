import Foundation
import MarshrutCLI
import MarshrutTestSupport
import Testing

/// Staff data through the command line: `person add/edit` take them, `person show` gives the
/// age and the experience on today, export writes them back, a refusal names the option.
struct StaffDataCommandTests {
    static let russian = ["LANG": "ru_RU.UTF-8", "MARSHRUT_TODAY": "2026-12-04"]

    @Test func addShowEditAndExportKeepTheStaffData() throws {
        let box = try Sandbox()
        try box.importSample()
        let added = box.run([
            "person", "add", "orlova", "--name", "Орлова Вера Игоревна", "--role", "mentee", "--consent", "2026-08-30",
            "--birth-date", "12.04.2001", "--hire-date", "2026-08-28", "--experience-since", "01.09.2025", "--category", "нет",
        ])
        #expect(added.status == 0, "\(added.errors)")
        let shown = Marshrut.run(
            ["--db", box.db, "person", "show", "orlova"], environment: Self.russian.merging(["MARSHRUT_SCRIPTS": Repository.scripts]) { $1 })
        #expect(shown.output.contains("  дата рождения: 12.04.2001 (25 лет)"), "\(shown.output)")
        #expect(shown.output.contains("  педагогический стаж с 01.09.2025 (1 год)"), "\(shown.output)")
        #expect(shown.output.contains("  категория: без категории"), "\(shown.output)")
        #expect(shown.output.contains("  молодой специалист"), "\(shown.output)")

        let edited = box.run(["person", "edit", "orlova", "--category", "first", "--category-date", "2026-11-20"])
        #expect(edited.status == 0, "\(edited.errors)")
        let exported = box.run(["export", "orlova"]).output
        for line in ["birth_date: 2001-04-12", "hire_date: 2026-08-28", "experience_since: 2025-09-01", "category: first", "category_date: 2026-11-20"] {
            #expect(exported.contains(line), "\(line) in \(exported)")
        }
        let json = box.run(["person", "show", "orlova", "--json"]).output
        #expect(json.contains("\"birth_date\" : \"2001-04-12\""), "flat, as in the document: \(json)")
    }

    @Test func aRefusedStaffDateNamesTheOptionAndChangesNothing() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let refused = box.run(["person", "edit", "fomina", "--hire-date", "2010-01-01"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("--hire-date 2010-01-01 is before the person turned 14 (--birth-date 2003-05-16)"), "\(refused.errors)")
        let orphan = box.run(["person", "edit", "kuznetsov", "--category-date", "2026-01-10"])
        #expect(orphan.errors.contains("--category-date needs a category"), "\(orphan.errors)")
        let unknown = box.run(["person", "edit", "fomina", "--category", "вторая"])
        #expect(unknown.status != 0 && unknown.errors.contains("--category"), "\(unknown.errors)")
        #expect(box.dump() == before)
    }

    @Test func aDocumentWithABadStaffFieldIsRefusedAtItsLine() throws {
        let box = try Sandbox()
        let file = try box.write(
            "staff.yaml",
            """
            kind: person
            id: orlova
            name: Орлова Вера Игоревна
            birth_date: 2001-04-12
            category: second
            """)
        let outcome = box.run(["import", file])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("staff.yaml:5: category"), "\(outcome.errors)")
    }
}
