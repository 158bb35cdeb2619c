import Foundation
import MarshrutCore
import MarshrutDocuments
import Testing

struct DocumentWriterTests {
    /// Reads one document back and expects no problem.
    func readBack(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Catalog {
        let result = DocumentReader.read(yaml, file: "written.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)\n\(yaml)", sourceLocation: sourceLocation)
        return result.catalog
    }

    @Test func everySampleSubjectSurvivesWriteAndRead() throws {
        let catalog = try Sample.load().catalog
        for person in catalog.persons {
            #expect(readBack(try DocumentWriter.yaml(for: person)).persons == [person])
        }
        for route in catalog.routes {
            #expect(readBack(try DocumentWriter.yaml(for: route)).routes == [route])
        }
        for program in catalog.programs {
            #expect(readBack(try DocumentWriter.yaml(for: program)).programs == [program])
        }
    }

    @Test func theWholeSampleSurvivesAsOneFile() throws {
        let catalog = try Sample.load().catalog
        let yaml = try DocumentWriter.yaml(for: catalog)
        #expect(readBack(yaml) == catalog)
        #expect(yaml.contains("name: Журавлева Наталья Викторовна\n"), "Cyrillic is written as is, not escaped")
    }

    @Test func writingWhatWasReadGivesTheSameBytes() throws {
        let catalog = try Sample.load().catalog
        var texts = try catalog.persons.map { try DocumentWriter.yaml(for: $0) }
        texts += try catalog.routes.map { try DocumentWriter.yaml(for: $0) }
        texts += try catalog.programs.map { try DocumentWriter.yaml(for: $0) }
        texts.append(try DocumentWriter.yaml(for: catalog))
        for first in texts {
            let again = try DocumentWriter.yaml(for: readBack(first))
            #expect(Array(again.utf8) == Array(first.utf8))
        }
    }

    @Test func writesTheDocumentedFormat() throws {
        let person = Person(
            id: "ivanova", name: "Иванова Мария Петровна", roles: [.mentee],
            requests: Preferences(areas: [.ict], forms: [.traditional, .virtual]),
            consents: [Consent(kind: .personalData, date: try Day(parsing: "2022-08-25"))])
        #expect(
            try DocumentWriter.yaml(for: person) == """
                kind: person
                id: ivanova
                name: Иванова Мария Петровна
                roles: [mentee]
                requests:
                  areas: [ict]
                  forms: [traditional, virtual]
                consents:
                - kind: personal-data
                  date: 2022-08-25

                """)
    }

    @Test func absentOptionalFieldsStayAbsent() throws {
        let route = Route(
            id: "ivanova-2022", teacher: "ivanova", start: try Day(parsing: "2022-09-01"),
            end: try Day(parsing: "2027-05-31"))
        let yaml = try DocumentWriter.yaml(for: route)
        #expect(!yaml.contains("tutor"))
        #expect(!yaml.contains("self_image"))
        #expect(readBack(yaml).routes == [route])
    }

    /// Texts a YAML reader would take for something else, or that need quoting or a block.
    static let trickyTexts = [
        "yes", "no", "Yes", "NO", "on", "Off", "y", "n", "true", "False", "null", "Null", "NULL", "~", "",
        "123", "-7", "0x1F", "0o17", "1e3", "3.14", ".inf", "-.inf", ".nan", "1_000",
        "2023-01-01", "2023-01-01 10:00:00", "12:30",
        "ключ: значение", "a: b", "text # not a comment", "#hashtag", "ends with colon:",
        "- item", "[список]", "{a: b}", "&anchor", "*alias", "!tag", "%directive", "@user", "`code`", "|", ">", "?", "<<", "=",
        "'single'", "\"double\"", "it's", "back\\slash",
        "  leading spaces", "trailing spaces  ", " ", "\ttab",
        "line one\nline two", "two\n\nparagraphs", "ends with a newline\n", "\nstarts with a newline",
        "  indented\nblock", "last line\n\n", "trailing space \nin a block", "windows\r\nline ends", "x\n ",
        "Учитель, который «знает, зачем» — и точка.", "emoji 🎓",
    ]

    @Test(arguments: trickyTexts)
    func textSurvivesAsTheSameString(text: String) throws {
        let person = Person(
            id: "p1", name: text, school: text, position: text, subject: text, roles: [.mentor],
            capacity: 1, offers: Preferences(subjects: [text, "физика"]),
            consents: [Consent(kind: .personalData, date: try Day(parsing: "2022-08-25"))])
        let yaml = try DocumentWriter.yaml(for: person)
        let back = try #require(readBack(yaml).persons.first, "\(yaml)")
        #expect(back.name == text, "\(yaml)")
        #expect(back.school == text)
        #expect(back.position == text)
        #expect(back.subject == text)
        #expect(back.offers?.subjects == [text, "физика"], "\(yaml)")
        #expect(try DocumentWriter.yaml(for: back) == yaml)
    }

    @Test(arguments: trickyTexts)
    func textSurvivesInARoute(text: String) throws {
        let day = { (s: String) in try Day(parsing: s) }
        let route = Route(
            id: "ivanova-2022", teacher: "ivanova", tutor: "petrova", start: try day("2022-09-01"), end: try day("2027-05-31"),
            stage: .implementation, selfImage: text, strengths: [Strength(area: .subject, text: text)],
            deficits: [Deficit(id: "d1", area: .ict, level: 2, text: text)],
            activities: [
                Activity(
                    id: "a1", kind: .course, title: text, hours: 72, start: try day("2022-10-01"), due: try day("2022-12-15"),
                    addresses: ["d1"],
                    product: Product(
                        kind: "lesson-plans", title: text, attitude: text, date: try day("2022-12-10"),
                        reference: text))
            ],
            corrections: [Correction(date: try day("2023-01-10"), author: "petrova", activity: "a1", change: text, reason: text)],
            reflections: [
                Reflection(
                    date: try day("2022-12-20"), target: .activity("a1"), score: 4, text: text,
                    tags: [text, "урок"],
                    history: [Reflection.Revision(replaced: try day("2022-12-22"), score: 3, text: text)])
            ])
        let yaml = try DocumentWriter.yaml(for: route)
        #expect(readBack(yaml).routes == [route], "\(yaml)")
    }

    @Test(arguments: ["2022", "123", "1e3", "yes", "null"])
    func idsThatLookLikeOtherValuesStayText(id: String) throws {
        let day = { (s: String) in try Day(parsing: s) }
        let program = Program(
            id: id, forms: [.traditional], mentors: [id], mentees: ["true"], start: try day("2022-09-01"),
            end: try day("2023-05-31"), status: .active,
            activities: [Activity(id: id, kind: .measure, title: "Встреча", due: try day("2022-10-01"))],
            indicators: [Indicator(name: id, date: try day("2022-10-01"), value: 0.5)])
        let yaml = try DocumentWriter.yaml(for: program)
        #expect(readBack(yaml).programs == [program], "\(yaml)")
    }

    @Test(arguments: [0.86, 15, 0, -2.5, 1e-7, 123_456.789, 1e20, 0.1 + 0.2])
    func indicatorValuesSurvive(value: Double) throws {
        let day = { (s: String) in try Day(parsing: s) }
        let program = Program(
            id: "prog-1", forms: [.group], mentors: ["a"], mentees: ["b"], start: try day("2022-09-01"),
            end: try day("2023-05-31"), indicators: [Indicator(name: "achievement", date: try day("2022-10-01"), value: value)])
        let yaml = try DocumentWriter.yaml(for: program)
        #expect(readBack(yaml).programs.first?.indicators.first?.value == value, "\(yaml)")
    }
}
