import Foundation
import MarshrutCLI
import MarshrutSheets
import MarshrutTestSupport
import Testing

/// `person import`: a school's staff list, all or nothing.
struct PersonImportTests {
    static let header = "ФИО;Должность;Предмет;Дата рождения;Дата приёма;Педагогический стаж с;Категория;Дата присвоения категории"
    static let staff = """
        \(header)
        Иванова Мария Петровна;учитель;математика;12.04.1999;25.08.2022;01.09.2021;без категории;
        "Сидоров; Олег Ильич";учитель;"физика, астрономия";3.2.1975;1998-08-20;1997-09-01;высшая;15.03.2020

        """

    func run(_ box: Sandbox, _ arguments: [String], language: String = "C") -> Marshrut.Outcome {
        Marshrut.run(["--db", box.db] + arguments, environment: ["MARSHRUT_TODAY": "2026-11-28", "LANG": language])
    }

    @Test func addsEveryRowWithGeneratedIDs() throws {
        let box = try Sandbox()
        let file = try box.write("staff.csv", Self.staff)
        let outcome = run(box, ["person", "import", file])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("Added 2, updated 0."))
        let dump = box.dump()
        #expect(dump.contains("id: staff-1\nname: Иванова Мария Петровна"))
        #expect(dump.contains("name: Сидоров; Олег Ильич"))
        #expect(dump.contains("birth_date: 1975-02-03"))
        #expect(dump.contains("category: highest"))
        #expect(dump.contains("category_date: 2020-03-15"))
    }

    @Test func generatedIDsCarryNoPartOfTheName() throws {
        let box = try Sandbox()
        let file = try box.write("staff.csv", Self.staff)
        #expect(run(box, ["person", "import", file]).status == 0)
        let ids = box.dump().split(separator: "\n").filter { $0.hasPrefix("id: ") }.map { $0.dropFirst(4) }
        #expect(ids == ["staff-1", "staff-2"])
        for id in ids {
            for word in ["ivanov", "sidorov", "mari", "oleg", "petrov", "iliich", "ilich", "иванов", "сидоров"] {
                #expect(!id.lowercased().contains(word))
            }
        }
    }

    @Test func skipsIDsAlreadyTaken() throws {
        let box = try Sandbox()
        try box.write("p.yaml", "kind: person\nid: staff-1\nname: Петрова Анна Сергеевна\n")
        #expect(box.run(["import", box.folder.appendingPathComponent("p.yaml").path]).status == 0)
        let file = try box.write("staff.csv", "ФИО\nКозлов Пётр\n")
        #expect(run(box, ["person", "import", file]).output.contains("+ staff-2  Козлов Пётр"))
    }

    @Test func readsWindows1251WithCommas() throws {
        let box = try Sandbox()
        let bytes = try #require(Windows1251.encode("фио,должность,дата приема\r\nЁлкина Алёна Юрьевна,учитель,01.09.2020\r\n"))
        let file = box.folder.appendingPathComponent("staff.csv")
        try Data(bytes).write(to: file)
        let outcome = run(box, ["person", "import", file.path])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(box.dump().contains("name: Ёлкина Алёна Юрьевна"))
    }

    @Test func refusesTheWholeFileListingEveryBadRow() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let file = try box.write(
            "staff.csv",
            """
            \(Self.header)
            Иванова Мария Петровна;учитель;;12.04.1999;;;;
            Петров Павел;учитель;;31.02.1990;;;;
            Ким Ли;учитель;;;;;вторая;
            """)
        let english = run(box, ["person", "import", file])
        #expect(english.status != 0)
        #expect(english.errors.contains("\(file):3: birth date: \"31.02.1990\" is not a date (DD.MM.YYYY or YYYY-MM-DD)"))
        #expect(english.errors.contains("\(file):4: category: \"вторая\" is not a category"))
        #expect(english.errors.contains("Nothing was imported."))
        let russian = run(box, ["person", "import", file], language: "ru_RU.UTF-8")
        #expect(russian.errors.contains("\(file):3: Дата рождения: «31.02.1990» — не дата (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)"))
        #expect(russian.errors.contains("Ничего не загружено."))
        #expect(box.dump() == before)
    }

    @Test func refusesAnUnknownHeaderNamingIt() throws {
        let box = try Sandbox()
        let file = try box.write("staff.csv", "ФИО;Стаж;Отдел\nИванова;3;А\n")
        let outcome = run(box, ["person", "import", file])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("unknown column «Стаж», «Отдел»; accepted: id, ФИО, name, Должность"))
    }

    @Test func refusesAnIDGivenTwice() throws {
        let box = try Sandbox()
        let file = try box.write("staff.csv", "id;ФИО\nkim;Ким Ли\npark;Пак Ен\nkim;Ким Ольга\n")
        let outcome = run(box, ["person", "import", file])
        #expect(outcome.errors.contains("\(file):4: id: \"kim\" is given on row 2 too"))
        #expect(!box.dump().contains("Ким"))
    }

    @Test func reimportWithIDsUpdatesOnlyTheGivenColumns() throws {
        let box = try Sandbox()
        try box.importSample()
        let file = try box.write(
            "staff.csv", "id;ФИО;Категория;Дата присвоения категории;Должность\nantonova;Антонова Д. С.;первая;20.05.2026;\nnovak;Новак Ян;;;учитель\n")
        let outcome = run(box, ["person", "import", file])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("~ antonova  Антонова Дарья Сергеевна  (учитель · математика · first)"))
        #expect(outcome.output.contains("Added 1, updated 1."))
        let shown = box.run(["person", "show", "antonova", "--json"]).output
        // The name, roles, consents and the cells left empty stay; the category comes from the list.
        #expect(shown.contains("Антонова Дарья Сергеевна"))
        #expect(shown.contains("учитель"))
        #expect(shown.contains("2002-02-21"))
        #expect(shown.contains("\"category\" : \"first\"") || shown.contains("\"category\":\"first\""))
        #expect(shown.contains("personal-data"))
        #expect(shown.contains("mentee"))
    }

    @Test func dryRunStoresNothing() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let file = try box.write("staff.csv", Self.staff)
        let outcome = run(box, ["person", "import", file, "--dry-run"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("+ staff-1  Иванова Мария Петровна"))
        #expect(outcome.output.contains("Would add 2, update 0; nothing stored (--dry-run)."))
        #expect(box.dump() == before)
    }

    @Test func warnsOfAPossibleDuplicateName() throws {
        let box = try Sandbox()
        try box.importSample()
        let file = try box.write("staff.csv", "ФИО\nантонова  Дарья Сергеевна\n")
        let outcome = run(box, ["person", "import", file], language: "ru_RU.UTF-8")
        #expect(outcome.status == 0)
        #expect(outcome.errors.contains("внимание: \(file):2: антонова  Дарья Сергеевна — то же ФИО, что у сохранённого antonova"))
        #expect(outcome.output.contains("Добавлено: 1, обновлено: 0."))
    }

    @Test func setsTheOrganization() throws {
        let box = try Sandbox()
        try box.write(
            "o.yaml",
            "kind: organization\nid: altai\nname: Алтайский край\ntype: region\n---\nkind: organization\nid: krasnogorsky\nname: Красногорский район\ntype: municipality\nparent: altai\n---\nkind: organization\nid: malinovka\nname: МКОУ «Малиновская ООШ»\ntype: school\nparent: krasnogorsky\n"
        )
        #expect(box.run(["import", box.folder.appendingPathComponent("o.yaml").path]).status == 0)
        let file = try box.write("staff.csv", "ФИО\nКозлов Пётр\n")
        #expect(run(box, ["person", "import", file, "--org", "malinovka"]).status == 0)
        #expect(box.dump().contains("organization: malinovka"))
        #expect(run(box, ["person", "import", file, "--org", "nowhere"]).errors.contains("nowhere"))
    }

    @Test func refusesControlCharactersInNames() throws {
        let box = try Sandbox()
        let file = try box.write("staff.csv", "ФИО\n\"Иванова\u{7}Мария\"\n")
        let outcome = run(box, ["person", "import", file])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("\(file):2: full name"))
    }

    @Test func importsAWorkbookWithDateSerials() throws {
        let box = try Sandbox()
        let url = box.folder.appendingPathComponent("staff.xlsx")
        try Workbook.write(
            to: url,
            sheetData: """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>Козлов Пётр</t></is></c><c r="C2" s="1"><v>45292</v></c></row>
                <row r="5"><c r="A5" t="inlineStr"><is><t>Ким Ли</t></is></c><c r="C5" t="s"><v>3</v></c></row>
                """,
            sharedStrings: "<si><t>ФИО</t></si><si><t>Должность</t></si><si><t>Дата приёма</t></si><si><t>31.02.2024</t></si>")
        let bad = run(box, ["person", "import", url.path])
        // Excel's own row number: row 5, after two empty rows.
        #expect(bad.errors.contains("\(url.path):5: hire date: \"31.02.2024\" is not a date"))
        try Workbook.write(
            to: url,
            sheetData: """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>2</v></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>Козлов Пётр</t></is></c><c r="C2" s="1"><v>45292</v></c></row>
                """,
            sharedStrings: "<si><t>ФИО</t></si><si><t>Должность</t></si><si><t>Дата приёма</t></si>")
        let good = run(box, ["person", "import", url.path])
        #expect(good.status == 0, "\(good.errors)")
        #expect(box.dump().contains("hire_date: 2024-01-01"))
    }

    @Test(.enabled(if: Office.isAvailable))
    func importsAWorkbookLibreOfficeWrote() throws {
        let box = try Sandbox()
        let csv = try box.write("staff.csv", "ФИО,Должность,Дата рождения\nКозлов Пётр,учитель,1990-05-17\n")
        let xlsx = try Office.convert(URL(fileURLWithPath: csv), to: "xlsx", in: box.folder.appendingPathComponent("out"))
        let outcome = run(box, ["person", "import", xlsx.path])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(box.dump().contains("birth_date: 1990-05-17"))
    }

    @Test func refusesAnErasedPersonsRow() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["person", "forget", "antonova", "--yes"]).status == 0)
        let before = box.dump()
        let file = try box.write("staff.csv", "id;ФИО;Должность\nantonova;Антонова Дарья Сергеевна;учитель\n")
        let outcome = run(box, ["person", "import", file])
        #expect(outcome.errors.contains("\(file):2: id: the personal data of antonova was erased"))
        #expect(box.dump() == before)
    }

    @Test func refusesAFileOverTheCap() throws {
        let box = try Sandbox()
        let url = box.folder.appendingPathComponent("huge.csv")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        let outcome = run(box, ["person", "import", url.path])
        #expect(outcome.errors.contains("50 MB is more than a staff list may be (20 MB)"))
    }
}
