import GRDB
import MarshrutCore

/// How a subject is named to people in a list of findings or awards.
public enum SubjectLabel: Sendable, Hashable {
    /// A person by name, a route by its teacher's name.
    case name(String)
    /// A program by its status and dates.
    case program(status: ProgramStatus, start: Day, end: Day)
}

extension Store {
    /// Labels of the given subjects, read with one query per kind (and per 500 ids); subjects
    /// not stored are left out.
    public func labels(of subjects: some Sequence<SubjectReference>) throws -> [SubjectReference: SubjectLabel] {
        var ids: [SubjectReference.Kind: [String]] = [:]
        for subject in Set(subjects) { ids[subject.kind, default: []].append(subject.id) }
        return try read { db in
            var labels: [SubjectReference: SubjectLabel] = [:]
            try Self.eachChunk(ids[.person] ?? []) { marks, chunk in
                for row in try Row.fetchAll(db, sql: "SELECT id, json_extract(body, '$.name') FROM person WHERE id IN (\(marks))",
                                               arguments: StatementArguments(chunk)) {
                    labels[SubjectReference(.person, row[0])] = .name(row[1] ?? "")
                }
            }
            try Self.eachChunk(ids[.route] ?? []) { marks, chunk in
                for row in try Row.fetchAll(db, sql: """
                    SELECT r.id, json_extract(p.body, '$.name') FROM route r JOIN person p ON p.id = r.teacher_id
                    WHERE r.id IN (\(marks))
                    """, arguments: StatementArguments(chunk)) {
                    labels[SubjectReference(.route, row[0])] = .name(row[1] ?? "")
                }
            }
            try Self.eachChunk(ids[.program] ?? []) { marks, chunk in
                for row in try Row.fetchAll(db, sql: "SELECT id, status, start, \"end\" FROM program WHERE id IN (\(marks))",
                                               arguments: StatementArguments(chunk)) {
                    labels[SubjectReference(.program, row[0])] = .program(status: try row.code("status", ProgramStatus.self),
                                                                          start: try row.day("start"), end: try row.day("end"))
                }
            }
            return labels
        }
    }

    /// Calls `body` with `?, ?, …` and the ids, 500 at a time.
    private static func eachChunk(_ ids: [String], _ body: (String, ArraySlice<String>) throws -> Void) throws {
        var start = 0
        while start < ids.count {
            let chunk = ids[start..<min(start + 500, ids.count)]
            try body(Array(repeating: "?", count: chunk.count).joined(separator: ", "), chunk)
            start += chunk.count
        }
    }
}
