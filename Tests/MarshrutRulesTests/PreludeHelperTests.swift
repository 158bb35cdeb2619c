import Foundation
import MarshrutCore
import MarshrutRules
import MarshrutTestSupport
import MarshrutText
import Testing

/// The helpers every script shares, so that scripts stop copying them: the model's names, Russian
/// plural forms, dates as the interface writes them, whole years between two dates.
struct PreludeHelperTests {
    let person = SubjectReference(.person, "kuznetsov")

    @Test func datesFollowTheInterfaceAndYearsAreWhole() throws {
        #expect(try probe(person, #"return date.display("2026-11-28")"#) == ["2026-11-28"])
        let russian = try Language.$current.withValue(.russian) { try probe(person, #"return date.display("2026-03-08")"#) }
        #expect(russian == ["08.03.2026"])
        #expect(
            try probe(person, #"return date.years("1990-11-29", "2026-11-28") .. " " .. date.years("1990-11-28", "2026-11-28")"#) == ["35 36"])
        #expect(try probe(person, #"return tostring(date.years("2026-11-28", "2020-01-01"))"#) == ["-7"])
    }

    @Test(arguments: [
        (1, "наставник"), (3, "наставника"), (5, "наставников"), (11, "наставников"), (14, "наставников"), (21, "наставник"), (112, "наставников"),
        (0, "наставников"),
    ])
    func pluralFormsAreRussian(_ n: Int, _ form: String) throws {
        #expect(try probe(person, #"return plural(\#(n), "наставник", "наставника", "наставников")"#) == [form])
    }

    @Test func namesAreTheModelsTitlesAndReadOnly() throws {
        #expect(try probe(person, #"return names.area.ict .. "|" .. names.stage.roadmap .. "|" .. names.status.active"#) == ["ICT|roadmap|active"])
        let russian = try Language.$current.withValue(.russian) {
            try probe(person, #"return names.area.ict .. "|" .. names.stage.roadmap .. "|" .. names.form.virtual"#)
        }
        #expect(russian == ["\(CompetencyArea.ict.words.russian)|\(Stage.roadmap.words.russian)|\(MentoringForm.virtual.words.russian)"])
        #expect(russian.first?.contains("ИКТ") == true)
        let folder = try ScriptFolder()
        try folder.write("w.lua", monitorScript(id: "w", subject: "person", body: #"names.area.ict = "x""#))
        let report = try folder.engine().check(try Sample.catalog(), today: day(Sample.today), only: person)
        #expect(report.errors.first?.error.contains("read-only") == true, "\(report.errors)")
    }
}
