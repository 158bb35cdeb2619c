import Foundation
import GRDB
import MarshrutCLI
import MarshrutTestSupport
import Testing

/// Nothing a user types or sets in the environment can trap the program or store a date the
/// store cannot read back.
struct DataSafetyTests {
    @Test(arguments: [
        ["route", "new", "far-2199", "--teacher", "fomina", "--tutor", "kovaleva", "--start", "2199-09-01"],
        ["route", "new", "far-9999", "--teacher", "fomina", "--tutor", "kovaleva", "--start", "9999-01-01"],
        ["route", "new", "far-0001", "--teacher", "fomina", "--tutor", "kovaleva", "--start", "0001-01-01"],
        ["route", "activity", "antonova-2026", "--kind", "trial", "--title", "x", "--due", "9999-12-31", "--addresses", "d1"],
        ["program", "new", "--mentor", "zaitsev", "--mentee", "fomina", "--form", "traditional", "--start", "9999-01-01", "--end", "9999-06-01"],
        ["person", "consent", "fomina", "--kind", "duties", "--date", "1000-01-01"],
        ["reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "3", "--date", "-9223372036854775807d", "Текст"],
        ["reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "3", "--date", "-1317624576693539401w", "Текст"],
        ["reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "3", "--date", "-36526d", "Текст"],
        ["journal", "--from", "-99999999999999w"],
        ["report", "--year=-9223372036854775808", "--format", "json"], ["report", "--year", "9223372036854775807", "--format", "json"],
    ])
    func aDateOutOfRangeIsRefusedAndTheStoreStaysReadable(_ arguments: [String]) throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let outcome = box.run(arguments)
        #expect(outcome.status != 0, "\(arguments) was accepted: \(outcome.output)")
        #expect(
            outcome.errors.contains("out of range") || outcome.errors.contains("too far")
                || outcome.errors.contains("not a date") || outcome.errors.contains("before route"), "\(outcome.errors)")
        #expect(box.dump() == before)
        for listing in [["route", "list"], ["export"], ["journal"], ["person", "list"]] {
            #expect(box.run(listing).status == 0, "\(listing) after \(arguments)")
        }
    }

    @Test func aHundredYearsBackIsTheLongestOffset() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["journal", "--from", "-36525d"]).status == 0)
        #expect(box.run(["journal", "--from", "-5217w"]).status == 0)
        let far = box.run(["journal", "--from", "-5218w"])
        #expect(far.status != 0)
        #expect(far.errors.contains("at most 36525 days"), "\(far.errors)")
    }

    @Test(arguments: ["3000000", "inf", "-inf", "nan", "abc", "-1", "", "1e309", "30s"])
    func aBadBusyTimeoutNamesTheVariable(_ value: String) throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = Marshrut.run(
            ["--db", box.db, "route", "list"],
            environment: ["MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_BUSY_TIMEOUT": value])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("MARSHRUT_BUSY_TIMEOUT="), "\(outcome.errors)")
        #expect(outcome.errors.contains("from 0 to 3600"))
    }

    @Test func aGoodBusyTimeoutIsTaken() throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = Marshrut.run(
            ["--db", box.db, "route", "list"],
            environment: ["MARSHRUT_TODAY": "2026-11-28", "MARSHRUT_BUSY_TIMEOUT": " 2.5 "])
        #expect(outcome.status == 0, "\(outcome.errors)")
    }

    @Test(arguments: [
        ("MARSHRUT_TODAY", "9999-01-01", "out of range"), ("MARSHRUT_TODAY", "tomorrow", "MARSHRUT_TODAY"),
        ("MARSHRUT_LANG", "klingon", "MARSHRUT_LANG=klingon"),
    ])
    func otherBadValuesNameTheirVariable(_ name: String, _ value: String, _ fragment: String) throws {
        let box = try Sandbox()
        try box.importSample()
        var environment = ["MARSHRUT_TODAY": "2026-11-28"]
        environment[name] = value
        let outcome = Marshrut.run(["--db", box.db, "route", "list"], environment: environment)
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains(fragment), "\(outcome.errors)")
    }
}

/// Control characters never reach the terminal: refused where texts are typed or imported, and
/// shown visibly where an older database still holds them.
struct ControlCharacterTests {
    static let controls: [String] = ["\u{1B}[2J", "\u{07}", "\r", "\u{0}", "\u{1B}]0;owned\u{07}", "\u{202E}", "\u{85}", "\u{7F}"]

    @Test(arguments: controls)
    func aShortTextWithAControlIsRefused(_ control: String) throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        for arguments in [
            ["person", "add", "x1", "--name", "Иванова\(control)Мария"],
            ["person", "edit", "fomina", "--school", "Шко\(control)ла"],
            [
                "route", "activity", "kuznetsov-2024", "--kind", "trial", "--title", "Ур\(control)ок", "--due", "2027-03-01",
                "--addresses", "d1", "--reason", "план",
            ],
            ["route", "deficit", "kuznetsov-2024", "--id", "d1", "--level", "3", "--reason", "при\(control)чина"],
        ] {
            let outcome = box.run(arguments)
            #expect(outcome.status != 0, "\(arguments.prefix(2)) took \(control.debugDescription)")
            #expect(outcome.errors.contains("control character"), "\(outcome.errors)")
            #expect(!outcome.errors.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{7}" })
        }
        #expect(box.dump() == before)
    }

    @Test func aLongTextKeepsLineBreaksAndTabsButNoOtherControl() throws {
        let box = try Sandbox()
        try box.importSample()
        let ok = box.run(["reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "4", "Первая строка\n\tвторая"])
        #expect(ok.status == 0, "\(ok.errors)")
        let escape = box.run(["reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "4", "Текст\u{1B}[31m"])
        #expect(escape.status != 0)
        #expect(escape.errors.contains("U+001B"), "\(escape.errors)")
    }

    @Test func anImportedDocumentWithAControlIsRefusedAtItsLine() throws {
        let box = try Sandbox()
        try box.importSample()
        let file = try box.write(
            "person.yaml",
            """
            kind: person
            id: hostile
            name: "Иванова\\e[2J"
            roles: [mentee]
            consents:
              - kind: personal-data
                date: 2026-01-10
            """)
        let outcome = box.run(["import", file])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("person.yaml:3: name:"), "\(outcome.errors)")
        #expect(outcome.errors.contains("U+001B"))
    }

    @Test func whatAnOlderDatabaseHoldsIsShownVisibly() throws {
        let box = try Sandbox()
        try box.importSample()
        // A database written before texts were checked: put the controls in behind the model's back.
        let queue = try DatabaseQueue(path: box.db)
        try queue.write { db in
            try db.execute(
                sql: "UPDATE person SET body = json_set(body, '$.name', ?) WHERE id = 'kuznetsov'",
                arguments: ["Кузнецов\u{1B}[2J\u{1B}]0;x\u{07}\r\nforged  row"])
        }
        for arguments in [
            ["person", "list"], ["person", "show", "kuznetsov"], ["route", "list"], ["route", "show", "kuznetsov-2024"],
            ["journal", "kuznetsov-2024"], ["program", "show", "prog-2023-01"],
        ] {
            let outcome = box.run(arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.errors)")
            let raw = outcome.output.unicodeScalars.filter { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\r" }
            #expect(raw.isEmpty, "\(arguments) printed a raw control")
        }
        let list = box.run(["person", "list"]).output
        #expect(list.contains("Кузнецов␛[2J"), "\(list)")
        #expect(!list.split(separator: "\n").contains { $0.hasPrefix("forged") }, "a stored line break cannot forge a row")
    }
}

/// The smaller holes: each refused or closed with a clear message.
struct SmallerSafetyTests {
    @Test func aRouteWhoseTutorIsItsOwnTeacherIsRefusedAlsoByImport() throws {
        let box = try Sandbox()
        try box.importSample()
        let file = try box.write(
            "route.yaml",
            """
            kind: route
            id: melnikov-2026
            teacher: melnikov
            tutor: melnikov
            start: 2026-09-01
            end: 2031-05-31
            stage: self-determination
            """)
        let outcome = box.run(["import", file])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("route.yaml:4: tutor: melnikov cannot be the tutor of their own route"), "\(outcome.errors)")
    }

    @Test func aHugeUnknownValueIsNotEchoedWhole() throws {
        let box = try Sandbox()
        try box.importSample()
        let huge = String(repeating: "x", count: 2_000_000)
        for arguments in [
            ["route", "deficit", "kuznetsov-2024", "--area", huge, "--level", "2", "Текст"],
            ["route", "show", huge],
        ] {
            let outcome = box.run(arguments)
            #expect(outcome.status != 0)
            #expect(outcome.errors.count < 5_000, "\(outcome.errors.count) characters of error")
            #expect(outcome.errors.contains("characters in all"), "\(outcome.errors.prefix(300))")
        }
    }

    @Test func theEditorsDraftIsPrivateAndRemoved() throws {
        let box = try Sandbox()
        try box.importSample()
        let seen = box.folder.appendingPathComponent("seen.txt").path
        let editor = try box.write(
            "editor.sh",
            """
            #!/bin/sh
            stat -c '%a' "$1" "$(dirname "$1")" | tr '\\n' ' ' > "\(seen)"
            echo "$1" >> "\(seen)"
            printf 'Текст\\n' >> "$1"
            """)
        chmod(editor, 0o755)
        let outcome = Marshrut.run(
            ["--db", box.db, "reflect", "kuznetsov-2024", "--deficit", "d1", "--score", "3"],
            environment: ["MARSHRUT_TODAY": "2026-11-28", "EDITOR": editor])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let report = try String(contentsOfFile: seen, encoding: .utf8).split(separator: " ").map(String.init)
        #expect(report.prefix(2) == ["600", "700"], "file and folder modes: \(report)")
        let draft = report.last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        #expect(!draft.isEmpty && !FileManager.default.fileExists(atPath: draft), "the draft is removed")
    }

    @Test func theSameFileTwiceIsReadOnce() throws {
        let box = try Sandbox()
        let outcome = box.run(["import", Repository.routes, Repository.routes + "/persons.yaml", Repository.routes + "/../Routes/persons.yaml"])
        #expect(outcome.status == 0, "\(outcome.errors)")
    }

    @Test func anImportedReflectionDatedAfterTodayIsRefused() throws {
        let box = try Sandbox()
        try box.importSample()
        let exported = box.run(["export", "kuznetsov-2024"]).output
        let future = exported.replacingOccurrences(
            of: "reflections:\n",
            with: """
                reflections:
                - date: 2027-01-15
                  deficit: d1
                  score: 4
                  text: Ещё не наступило

                """)
        try #require(future != exported)
        let file = try box.write("route.yaml", future)
        let outcome = box.run(["import", file])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("route.yaml:"), "\(outcome.errors)")
        #expect(outcome.errors.contains("is after today (2026-11-28)"), "\(outcome.errors)")
    }
}

struct ExportSafetyTests {
    @Test func anExportLeavesOnlyWholeDocumentsAndClearsWhatAKilledOneLeft() throws {
        let box = try Sandbox()
        try box.importSample()
        let out = box.folder.appendingPathComponent("export").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let leftover = out + "/route-kuznetsov-2024.yaml.marshrut-partial"
        try Data("kind: rou".utf8).write(to: URL(fileURLWithPath: leftover))
        let outcome = box.run(["export", "--out", out])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!names.contains { $0.hasPrefix(".") || $0.hasSuffix(".marshrut-partial") }, "\(names)")
        #expect(names.allSatisfy { $0.hasSuffix(".yaml") })
        #expect(names.count == 25)
    }
}
