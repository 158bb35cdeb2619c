import Foundation
import MarshrutCore
import MarshrutDocuments
import MarshrutText
import Testing

/// A document with one thing wrong, and the diagnostic it must give.
struct BrokenDocument: Sendable, CustomTestStringConvertible {
    var name: String
    var yaml: String
    var line: Int
    var path: String
    var words: [String]
    var testDescription: String { name }

    init(_ name: String, _ yaml: String, line: Int, path: String, _ words: [String]) {
        self.name = name
        self.yaml = yaml
        self.line = line
        self.path = path
        self.words = words
    }
}

extension String {
    func replacing(_ old: String, _ new: String) -> String {
        precondition(contains(old), "the fixture has no \(old)")
        return replacingOccurrences(of: old, with: new)
    }
}

struct DocumentReaderTests {
    static let allAreas = CompetencyArea.allCases.map(\.rawValue).joined(separator: ", ")

    static let broken: [BrokenDocument] = [
        BrokenDocument(
            "unknown area", Documents.route.replacing("area: ict", "area: ikt"), line: 9, path: "deficits[0].area",
            ["unknown area \"ikt\"", "expected one of: \(allAreas)"]),
        BrokenDocument(
            "unknown stage", Documents.route.replacing("stage: implementation", "stage: done"), line: 6, path: "stage",
            ["unknown stage \"done\"", "self-determination, strengths, deficits, roadmap"]),
        BrokenDocument(
            "unknown activity kind", Documents.route.replacing("kind: course", "kind: seminar"), line: 14,
            path: "activities[0].kind", ["unknown activity kind \"seminar\"", "course, trial, project, research, measure"]),
        BrokenDocument(
            "unknown key", Documents.person + "\nemail: ivanova@school.ru", line: 8, path: "email",
            ["unknown field \"email\"", "expected one of: kind, id, name"]),
        BrokenDocument(
            "unknown nested key", Documents.route.replacing("    level: 2\n", "    level: 2\n    severity: high\n"),
            line: 11, path: "deficits[0].severity", ["unknown field \"severity\"", "id, area, level, text"]),
        BrokenDocument(
            "missing field", Documents.route.replacing("teacher: ivanova\n", ""), line: 1, path: "teacher",
            ["missing field `teacher`", "person id"]),
        BrokenDocument(
            "missing nested field", Documents.route.replacing("    level: 2\n", ""), line: 8, path: "deficits[0].level",
            ["missing field `level`", "1 (severe) to 5 (overcome)"]),
        BrokenDocument(
            "missing kind", Documents.person.replacing("kind: person\n", ""), line: 1, path: "kind",
            ["missing field `kind`", "person, route, program, plan or organization"]),
        BrokenDocument(
            "text for a number", Documents.route.replacing("level: 2", "level: high"), line: 10, path: "deficits[0].level",
            ["expected a whole number", "\"high\""]),
        BrokenDocument(
            "a word for a list", Documents.person.replacing("roles: [mentee]", "roles: mentee"), line: 4, path: "roles",
            ["expected a list"]),
        BrokenDocument(
            "a list for text", Documents.person.replacing("name: Иванова Мария Петровна", "name: [Иванова, Мария]"),
            line: 3, path: "name", ["expected text, found a list"]),
        BrokenDocument(
            "a word for true or false", Documents.route + "\n    final: maybe", line: 25, path: "reflections[0].final",
            ["expected true or false", "\"maybe\""]),
        BrokenDocument(
            "a day that does not exist", Documents.route.replacing("start: 2022-09-01", "start: 2022-09-31"), line: 4,
            path: "start", ["\"2022-09-31\" is not a date", "YYYY-MM-DD"]),
        BrokenDocument(
            "a date written the Russian way", Documents.person.replacing("date: 2022-08-25", "date: 25.08.2022"), line: 7,
            path: "consents[0].date", ["\"25.08.2022\" is not a date", "YYYY-MM-DD"]),
        BrokenDocument(
            "unknown kind", Documents.person.replacing("kind: person", "kind: teacher"), line: 1, path: "kind",
            ["unknown kind \"teacher\"", "person, route, program"]),
        BrokenDocument(
            "reflection on an activity and a deficit",
            Documents.route.replacing("    activity: a1\n", "    activity: a1\n    deficit: d1\n"), line: 21,
            path: "reflections[0]", ["keep one of `activity:`, `deficit:` and `image: true`"]),
        BrokenDocument(
            "reflection on nothing", Documents.route.replacing("    activity: a1\n", ""), line: 21, path: "reflections[0]",
            ["`activity: a1`, `deficit: d1` or `image: true`"]),
        BrokenDocument(
            "a key twice", Documents.person + "\nname: Петрова", line: 8, path: "name",
            ["'name' appears twice", "keep one"]),
        BrokenDocument("a list for a document", "- kind: person\n- id: ivanova\n", line: 1, path: "", ["expected a mapping"]),
        BrokenDocument(
            "broken indentation", "kind: person\nid: ivanova\n  name: Иванова\n", line: 3, path: "",
            ["broken YAML", "mapping values are not allowed", "check indentation"]),
        BrokenDocument(
            "an unclosed list", "kind: person\nroles: [mentee\nid: ivanova\nname: Иванова\n", line: 3, path: "",
            ["broken YAML", "flow sequence"]),  // the parser notices on the next line
    ]

    @Test(arguments: broken)
    func namesTheFileLineAndPathOfAProblem(_ example: BrokenDocument) throws {
        let diagnostic = try onlyDiagnostic(example.yaml)
        #expect(diagnostic.file == "test.yaml")
        #expect(diagnostic.line == example.line)
        #expect(diagnostic.path == example.path)
        for words in example.words {
            #expect(diagnostic.message.contains(words), "\(diagnostic.message)")
        }
    }

    @Test(arguments: broken)
    func aDocumentWithAProblemIsLeftOut(_ example: BrokenDocument) {
        #expect(DocumentReader.read(example.yaml, file: "test.yaml").catalog.isEmpty)
    }

    @Test func theValidFixturesReadCleanly() {
        let result = DocumentReader.read(Documents.person + "\n---\n" + Documents.route, file: "test.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.persons.map(\.id) == ["ivanova"])
        #expect(result.catalog.routes.map(\.id) == ["ivanova-2022"])
    }

    /// Yams refuses a repeated key before the reader sees the mapping, so the reader finds the
    /// line itself; the path it gives is the bare key, not the field path of the other diagnostics.
    @Test func aRepeatedNestedKeyIsReportedAtTheSecondOccurrence() throws {
        let diagnostic = try onlyDiagnostic(Documents.route.replacing("    level: 2\n", "    level: 2\n    level: 3\n"))
        #expect(diagnostic.line == 11)
        #expect(diagnostic.message.contains("'level' appears twice"))
        #expect(diagnostic.path == "deficits[0].level")
    }

    @Test func readsLikeACompilerMessage() throws {
        let diagnostic = try onlyDiagnostic(Documents.route.replacing("area: ict", "area: ikt"))
        #expect(diagnostic.description.hasPrefix("test.yaml:9: deficits[0].area: unknown area \"ikt\""))
    }

    @Test func reportsEveryProblemOfADocumentTogether() {
        let yaml = Documents.route
            .replacing("start: 2022-09-01", "start: 2022-13-01")
            .replacing("area: ict", "area: ikt")
            .replacing("    hours: 72\n", "    hours: 72\n    cost: 1500\n")
        let result = DocumentReader.read(yaml, file: "test.yaml")
        let found = Set(result.diagnostics.map { "\($0.line ?? 0) \($0.path)" })
        #expect(found == ["4 start", "9 deficits[0].area", "17 activities[0].cost"])
        #expect(result.catalog.isEmpty)
    }

    @Test func reportsProblemsOfEveryDocumentAndKeepsTheGoodOnes() {
        let yaml = [
            Documents.person.replacing("kind: person", "kind: teacher"),
            Documents.person.replacing("id: ivanova", "id: petrova"),
            Documents.route.replacing("level: 2", "level: two"),
        ].joined(separator: "\n---\n")
        let result = DocumentReader.read(yaml, file: "test.yaml")
        #expect(result.diagnostics.map(\.line) == [1, 26])
        #expect(result.catalog.persons.map(\.id) == ["petrova"])
        #expect(result.catalog.routes.isEmpty)
    }

    @Test func brokenYAMLAfterAGoodDocumentNamesItsLine() {
        let yaml = Documents.person + "\n---\nkind: person\nid: petrova\n name: Петрова\n"
        let result = DocumentReader.read(yaml, file: "test.yaml")
        #expect(result.diagnostics.map(\.line) == [11])
        #expect(result.diagnostics.first?.message.contains("broken YAML") == true)
    }

    @Test func anEmptyFileHoldsNothing() {
        let result = DocumentReader.read("", file: "empty.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.isEmpty)
    }

    @Test func quotedNullIsTextButPlainNullIsAbsent() {
        let result = DocumentReader.read(Documents.person + "\nschool: 'null'\nsubject: null", file: "test.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.persons.first?.school == "null")
        #expect(result.catalog.persons.first?.subject == nil)
    }
}
