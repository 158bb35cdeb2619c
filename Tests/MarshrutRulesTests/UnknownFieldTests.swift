import Foundation
import MarshrutCore
import MarshrutRules
import MarshrutText
import MarshrutTestSupport
import Testing

/// A field a record of its kind does not have is the rule's error, with its place; a field the
/// kind has but this record lacks reads as `nil`.
struct UnknownFieldTests {
    @Test func aFieldTheKindHasButTheRecordLacksReadsAsNil() throws {
        // kuznetsov is a mentee: no capacity, no offers, no organization.
        #expect(
            try probe(
                SubjectReference(.person, "kuznetsov"),
                "return tostring(subject.capacity) .. tostring(subject.offers) .. tostring(subject.organization)") == ["nilnilnil"])
    }

    @Test func aTypoOnARelatedRecordIsNamedAtTheScriptsLine() throws {
        let folder = try ScriptFolder()
        let path = try folder.write(
            "rules.lua",
            monitorScript(
                id: "typo",
                body: """
                    local teacher = subject.teacher
                    return teacher.mentee_program and "never" or nil
                    """))
        let report = try folder.engine().check(try Sample.catalog(), today: day(Sample.today))
        let error = try #require(report.errors.only)
        #expect(error.source == path + ":7")
        #expect(error.error.hasPrefix("unknown field 'mentee_program' of a person (its fields: id, name,"), "\(error.error)")
        #expect(error.error.contains("mentee_programs"))
        let russian = try Language.$current.withValue(.russian) {
            try folder.engine().check(try Sample.catalog(), today: day(Sample.today))
        }
        #expect(russian.errors.only?.error.hasPrefix("у участника нет поля 'mentee_program' (есть поля: id, name,") == true, "\(russian.errors)")
    }

    /// Every key a view is built with is one of its kind's fields, so the list never falls behind
    /// the builder: each view's keys are read back through the view.
    @Test(arguments: ["route", "program", "person"])
    func everyBuiltFieldIsAKnownField(_ kind: String) throws {
        let folder = try ScriptFolder()
        try folder.write(
            "rules.lua",
            monitorScript(
                id: "keys", subject: kind,
                body: """
                    local names = {}
                    for key in pairs(subject) do
                      local _ = subject[key]
                      names[#names + 1] = key
                    end
                    table.sort(names)
                    return table.concat(names, " ")
                    """))
        let report = try folder.engine().check(try Sample.catalog(), today: day(Sample.today))
        #expect(report.errors.isEmpty, "\(report.errors)")
        let seen = Set(report.findings.flatMap { $0.message.split(separator: " ").map(String.init) })
        #expect(seen.count >= 8, "\(seen)")
        let documented = try #require(Self.documentedFields[kind])
        #expect(seen.isSubset(of: documented), "not in docs/curators.md: \(seen.subtracting(documented))")
        #expect(Self.documentedFields.values.allSatisfy { $0.count >= 10 }, "the tables were read")
    }

    /// The fields `docs/curators.md` lists for each kind, read from its tables.
    static let documentedFields: [String: Set<String>] = {
        let text = (try? String(contentsOfFile: Repository.root + "/docs/curators.md", encoding: .utf8)) ?? ""
        var fields: [String: Set<String>] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### ") {
                current = ["route", "program", "person"].first { line.hasPrefix("### \($0) (") || line == "### \($0)" }
            } else if let current, line.hasPrefix("| `") {
                let name = line.dropFirst(3).prefix { $0 != "`" }
                fields[current, default: []].insert(String(name.split(separator: ".").first ?? ""))
            }
        }
        return fields
    }()
}
