import Foundation
import MarshrutCore
import MarshrutDocuments
import MarshrutTestSupport
import Testing

struct SourceMapTests {
    @Test func aMissingTeacherIsReportedAtTheTeacherLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("persons.yaml", Documents.person.replacing("id: ivanova", "id: petrova"))
        let routeFile = try folder.write("route.yaml", Documents.route)
        do {
            _ = try DocumentFiles.load([folder.url.path])
            Issue.record("expected a DocumentError")
        } catch {
            #expect(error.diagnostics.count == 1)
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.file == routeFile)
            #expect(diagnostic.line == 3)
            #expect(diagnostic.path == "teacher")
            #expect(diagnostic.message.contains("no person \"ivanova\""))
            #expect(error.description.contains("route.yaml:3: teacher: no person \"ivanova\""))
        }
    }

    @Test func knownPersonsSatisfyTheTeacher() throws {
        let folder = try TemporaryFolder()
        try folder.write("route.yaml", Documents.route)
        let stored = Person(
            id: "ivanova", name: "Иванова", roles: [.mentee],
            consents: [Consent(kind: .personalData, date: try Day(parsing: "2022-08-25"))])
        let result = try DocumentFiles.load([folder.url.path], knownPersons: ["ivanova": stored])
        #expect(result.catalog.routes.count == 1)
    }

    /// Model problems, found after reading, in the second document of a file.
    @Test(arguments: [
        ("stage: implementation", "stage: closed", 14, "stage"),
        ("level: 2", "level: 9", 18, "deficits[0].level"),
        ("addresses: [d1]", "addresses: [d9]", 27, "activities[0].addresses[0]"),
        ("    score: 4", "    score: 0", 31, "reflections[0].score"),
        ("end: 2027-05-31", "end: 2025-05-31", 13, "end"),
    ])
    func aModelProblemIsReportedAtItsLine(old: String, new: String, line: Int, path: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("school.yaml", Documents.person + "\n---\n" + Documents.route.replacing(old, new))
        do {
            _ = try DocumentFiles.load([file])
            Issue.record("expected a DocumentError")
        } catch {
            #expect(error.diagnostics.map(\.path) == [path])
            #expect(error.diagnostics.first?.file == file)
            #expect(error.diagnostics.first?.line == line)
        }
    }

    @Test func aPathWithoutALineFallsBackToItsNearestParent() {
        let result = DocumentReader.read(Documents.route, file: "route.yaml")
        let route = SubjectReference(.route, "ivanova-2022")
        func line(_ path: String) -> Int? {
            result.sources.diagnostic(for: Problem(subject: route, path: path, reason: .nothingChanged)).line
        }
        #expect(line("deficits[0].text") == 11)
        #expect(line("activities[0].product.date") == 13)
        #expect(line("reflections[3]") == 20)
        #expect(line("") == 1)
        let diagnostic = result.sources.diagnostic(for: Problem(subject: route, path: "activities[0].product.date", reason: .nothingChanged))
        #expect(diagnostic.file == "route.yaml")
        #expect(diagnostic.path == "activities[0].product.date")
    }

    @Test func aSubjectNotReadGoesToTheDefaultFile() {
        let sources = DocumentReader.read(Documents.route, file: "route.yaml").sources
        let diagnostic = sources.diagnostic(
            for: Problem(subject: SubjectReference(.route, "other"), path: "end", reason: .nameRequired),
            defaultFile: "<store>")
        #expect(diagnostic.file == "<store>")
        #expect(diagnostic.line == nil)
        #expect(diagnostic.message == "route other: a name is required")
    }

    @Test func aDuplicateIDInOneFileIsReportedAtTheSecondDocument() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("persons.yaml", Documents.person + "\n---\n" + Documents.person)
        do {
            _ = try DocumentFiles.load([file])
            Issue.record("expected a DocumentError")
        } catch {
            #expect(error.diagnostics.map(\.path) == ["id"])
            #expect(error.diagnostics.first?.line == 10)
            #expect(error.diagnostics.first?.message.contains("ids are unique per kind") == true)
        }
    }

    @Test func aDuplicateIDAcrossFilesIsReportedInTheFileThatRepeatsIt() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.yaml", Documents.person)
        let second = try folder.write("b.yaml", "# the same person again\n" + Documents.person)
        do {
            _ = try DocumentFiles.load([folder.url.path])
            Issue.record("expected a DocumentError")
        } catch {
            #expect(error.diagnostics.map(\.path) == ["id"])
            #expect(error.diagnostics.first?.file == second)
            #expect(error.diagnostics.first?.line == 3)
        }
    }

    /// The repeated document's own problems belong to it too, not to the first document with that id.
    @Test func aProblemOfARepeatedDocumentIsReportedInItsOwnFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.yaml", Documents.person)
        let second = try folder.write("b.yaml", Documents.person.replacing("roles: [mentee]", "roles: [mentor]\ncapacity: 0"))
        do {
            _ = try DocumentFiles.load([folder.url.path])
            Issue.record("expected a DocumentError")
        } catch {
            #expect(Set(error.diagnostics.map(\.path)) == ["id", "capacity"])
            let capacity = try #require(error.diagnostics.first { $0.path == "capacity" })
            #expect(capacity.file == second)
            #expect(capacity.line == 5)
        }
    }
}
