import Foundation
import MarshrutCore
import MarshrutDocuments
import MarshrutTestSupport
import Testing

/// The sample school in `Routes/`, found from this file's place in the repository.
enum Sample {
    static let root = URL(fileURLWithPath: Repository.root)
    static let routes = Repository.routes

    static func load() throws -> DocumentReader.Result {
        try DocumentFiles.load([routes])
    }
}

/// Reads one file's text and expects it to hold exactly one problem.
func onlyDiagnostic(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Diagnostic {
    let result = DocumentReader.read(yaml, file: "test.yaml")
    #expect(result.diagnostics.count == 1, "\(result.diagnostics)", sourceLocation: sourceLocation)
    return try #require(result.diagnostics.first, sourceLocation: sourceLocation)
}

/// Valid documents to start from; tests break one line at a time.
enum Documents {
    static let person = """
        kind: person
        id: ivanova
        name: Иванова Мария Петровна
        roles: [mentee]
        consents:
          - kind: personal-data
            date: 2022-08-25
        """

    static let route = """
        kind: route
        id: ivanova-2022
        teacher: ivanova
        start: 2022-09-01
        end: 2027-05-31
        stage: implementation
        deficits:
          - id: d1
            area: ict
            level: 2
            text: Не работает с цифровым оборудованием
        activities:
          - id: a1
            kind: course
            title: Цифровая лаборатория
            hours: 72
            start: 2022-10-01
            due: 2022-12-15
            addresses: [d1]
        reflections:
          - date: 2022-12-20
            activity: a1
            score: 4
            text: Полезно
        """
}
