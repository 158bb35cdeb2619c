import Foundation
import GRDB
import MarshrutCLI
import MarshrutStore
import Testing

@Suite struct TeacherTests {
    func entries(_ box: Sandbox, _ route: String = "kuznetsov-2024") throws -> [[String: Any]] {
        let outcome = box.run(["journal", route, "--json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String: Any]])
    }

    @Test func textFromTheArgumentStandardInputOrTheEditor() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = try entries(box).count
        #expect(box.run(["reflect", "kuznetsov-2024", "--activity", "a7", "--score", "5", "Из аргумента"]).status == 0)
        #expect(box.run(["reflect", "kuznetsov-2024", "--deficit", "d4", "--score", "4"], input: "Из stdin\n").status == 0)
        let editor = try box.write("editor.sh", "#!/bin/sh\nprintf 'Из редактора\\n' >> \"$1\"\n")
        chmod(editor, 0o755)
        let edited = Marshrut.run(
            ["--db", box.db, "reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "3"],
            environment: ["MARSHRUT_TODAY": "2026-11-28", "EDITOR": editor])
        #expect(edited.status == 0, "\(edited.errors)")
        let texts = try entries(box).compactMap { $0["text"] as? String }
        #expect(texts.count == before + 3)
        #expect(texts.contains("Из аргумента") && texts.contains("Из stdin") && texts.contains("Из редактора"))
    }

    @Test func theEditorTemplateShowsWhatIsReflectedOnAndAnEmptyTextCancels() throws {
        let box = try Sandbox()
        try box.importSample()
        let copy = box.folder.appendingPathComponent("template.txt").path
        let editor = try box.write("editor.sh", "#!/bin/sh\ncp \"$1\" \"\(copy)\"\n")  // saves the template unchanged
        chmod(editor, 0o755)
        let before = box.dump()
        let outcome = Marshrut.run(
            ["--db", box.db, "reflect", "kuznetsov-2024", "--deficit", "d4", "--score", "3"],
            environment: ["MARSHRUT_TODAY": "2026-11-28", "VISUAL": editor])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("empty"))
        #expect(box.dump() == before)
        let template = try String(contentsOfFile: copy, encoding: .utf8)
        #expect(template.contains("Deficit d4"))
        #expect(template.contains("Не владеет методикой преподавания ОБЗР"))
    }

    @Test(arguments: [
        ("today", "2026-11-28"), ("сегодня", "2026-11-28"), ("yesterday", "2026-11-27"), ("вчера", "2026-11-27"),
        ("-3d", "2026-11-25"), ("-2w", "2026-11-14"), ("2025-03-01", "2025-03-01"),
    ])
    func dateWords(_ word: String, _ expected: String) throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = box.run(["reflect", "kuznetsov-2024", "--deficit", "d4", "--score", "4", "--date", word, "Запись"])
        #expect(outcome.status == 0, "\(word): \(outcome.errors)")
        #expect(try entries(box).last { $0["text"] as? String == "Запись" }?["date"] as? String == expected)
    }

    @Test(arguments: [("2026-12-01", "future"), ("2024-08-31", "before route"), ("tomorrow", "not a date"), ("-3x", "not a date")])
    func refusedDates(_ word: String, _ fragment: String) throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let outcome = box.run(["reflect", "kuznetsov-2024", "--deficit", "d4", "--score", "4", "--date", word, "Запись"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains(fragment), "\(word): \(outcome.errors)")
        #expect(box.dump() == before)
    }

    @Test func theFinalReflectionNeedsImplementationOrReflection() throws {
        let box = try Sandbox()
        try box.importSample()
        let early = box.run(["reflect", "antonova-2026", "--deficit", "d1", "--score", "4", "--final", "Итог"])
        #expect(early.status != 0)
        #expect(early.errors.contains("implementation or reflection"))
        let onActivity = box.run(["reflect", "kuznetsov-2024", "--activity", "a1", "--score", "4", "--final", "Итог"])
        #expect(onActivity.status != 0)
        let ok = box.run(["reflect", "romanova-2021", "--deficit", "d3", "--score", "4", "--final", "--date", "2026-05-30", "Дефицит преодолён"])
        #expect(ok.status == 0, "\(ok.errors)")
        #expect(box.run(["route", "advance", "romanova-2021"]).output.contains("closed"))
    }

    @Test func aDefaultRouteLetsATeacherTypeOneLine() throws {
        let box = try Sandbox()
        try box.importSample()
        let env = ["MARSHRUT_TODAY": "2026-11-28", "XDG_CONFIG_HOME": box.folder.path]
        #expect(Marshrut.run(["--db", box.db, "route", "use", "belousova-2022"], environment: env).status == 0)
        let saved = Marshrut.run(["--db", box.db, "reflect", "--deficit", "d2", "--score", "5", "Сделала онлайн-тест"], environment: env)
        #expect(saved.status == 0, "\(saved.errors)")
        #expect(saved.output.contains("belousova-2022/"))
        let variable = Marshrut.run(["--db", box.db, "journal", "--tag", "none"], environment: ["MARSHRUT_ROUTE": "kuznetsov-2024"])
        #expect(variable.output.contains("No reflections match"))
        let nowhere = Marshrut.run(
            ["--db", box.db, "reflect", "--deficit", "d2", "--score", "5", "x"],
            environment: ["XDG_CONFIG_HOME": box.folder.appendingPathComponent("empty").path])
        #expect(nowhere.status != 0)
        #expect(nowhere.errors.contains("route use"))
    }

    @Test func editsAreNewVersionsAndTheOldTextIsKept() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["reflect", "kuznetsov-2024", "--deficit", "d4", "--score", "3", "--tag", "урок", "Первая редакция"]).status == 0)
        let id = try #require(try entries(box).last?["id"] as? String)
        let edited = box.run(["journal", "--edit", id, "--score", "4"], input: "Вторая редакция")
        #expect(edited.status == 0, "\(edited.errors)")
        #expect(try entries(box).last?["text"] as? String == "Вторая редакция")
        let history = box.run(["journal", "--history", id, "--json"])
        let versions = try #require(try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [[String: Any]])
        #expect(versions.map { $0["text"] as? String } == ["Первая редакция", "Вторая редакция"])
        #expect(versions.map { $0["score"] as? Int } == [3, 4])
        // The versions survive an export and a fresh import.
        let out = box.folder.appendingPathComponent("out").path
        #expect(box.run(["export", "--out", out]).status == 0)
        let other = box.folder.appendingPathComponent("other.db").path
        #expect(Marshrut.run(["--db", other, "import", out]).status == 0)
        #expect(Marshrut.run(["--db", other, "journal", "--history", id]).output.contains("Первая редакция"))
        let md = box.run(["journal", "kuznetsov-2024", "--tag", "урок", "--format", "md"])
        #expect(md.output.contains("## 2026-11-28"))
        #expect(md.output.contains("`урок`"))
    }

    @Test func aLockedDatabaseIsReportedAndNothingIsSaved() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true  // the test holds a lock across two accesses on purpose
        let holder = try DatabaseQueue(path: box.db, configuration: configuration)
        try holder.inDatabase { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        let outcome = Marshrut.run(
            ["--db", box.db, "reflect", "kuznetsov-2024", "--deficit", "d4", "--score", "4", "x"],
            environment: ["MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_BUSY_TIMEOUT": "0.2"])
        try holder.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("locked"))
        #expect(outcome.errors.contains("nothing was saved"))
        #expect(box.dump() == before)
    }
}
