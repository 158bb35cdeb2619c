import MarshrutCore

/// How a subject is named to people in a list of findings or awards.
public enum SubjectLabel: Sendable, Hashable {
    /// A person by name, a route by its teacher's name.
    case name(String)
    /// A program by its status and dates.
    case program(status: ProgramStatus, start: Day, end: Day)
}

extension Store {
    /// Labels of the given subjects, read with one query per kind (and per `IN` list of the region
    /// reader's length); subjects not stored are left out.
    public func labels(of subjects: some Sequence<SubjectReference>) throws -> [SubjectReference: SubjectLabel] {
        var ids: [SubjectReference.Kind: [String]] = [:]
        for subject in Set(subjects) { ids[subject.kind, default: []].append(subject.id) }
        return try read { db in
            var labels: [SubjectReference: SubjectLabel] = [:]
            try Self.eachList(ids[.person] ?? []) { keys in
                for row in try SQLRow.fetchAll(
                    db, sql: "SELECT id, \(db.dialect.jsonText("body", "name")) FROM person WHERE id \(keys.condition)",
                    arguments: keys.arguments)
                {
                    labels[SubjectReference(.person, row[0])] = .name(row[1] ?? "")
                }
            }
            try Self.eachList(ids[.route] ?? []) { keys in
                for row in try SQLRow.fetchAll(
                    db,
                    sql: """
                        SELECT r.id, \(db.dialect.jsonText("p.body", "name")) FROM route r JOIN person p ON p.id = r.teacher_id
                        WHERE r.id \(keys.condition)
                        """, arguments: keys.arguments)
                {
                    labels[SubjectReference(.route, row[0])] = .name(row[1] ?? "")
                }
            }
            try Self.eachList(ids[.program] ?? []) { keys in
                for row in try SQLRow.fetchAll(
                    db, sql: "SELECT id, status, start, \"end\" FROM program WHERE id \(keys.condition)",
                    arguments: keys.arguments)
                {
                    labels[SubjectReference(.program, row[0])] = .program(
                        status: try row.code("status", ProgramStatus.self),
                        start: try row.day("start"), end: try row.day("end"))
                }
            }
            return labels
        }
    }

    /// Calls `body` with the ids as `IN (…)` lists of at most the region reader's length.
    private static func eachList(_ ids: [String], _ body: (_ keys: (condition: String, arguments: SQLArguments)) throws -> Void) throws {
        for start in stride(from: 0, to: ids.count, by: RegionReader.listLength) {
            let list = ids[start..<min(start + RegionReader.listLength, ids.count)]
            let marks = Array(repeating: "?", count: list.count).joined(separator: ", ")
            try body((condition: "IN (\(marks))", arguments: SQLArguments(list.map { .text($0) })))
        }
    }
}
