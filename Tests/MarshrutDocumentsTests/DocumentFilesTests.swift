import Foundation
import MarshrutCore
import MarshrutDocuments
import MarshrutTestSupport
import Testing

struct DocumentFilesTests {
    @Test func readsTheSampleSchoolWithoutProblems() throws {
        let result = try Sample.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.catalog.persons.count == 14)
        #expect(result.catalog.routes.count == 4)
        #expect(result.catalog.programs.count == 6)
        #expect(Set(result.catalog.routes.map(\.id)) == ["antonova-2026", "belousova-2022", "kuznetsov-2024", "romanova-2021"])
        #expect(result.catalog.problems().isEmpty)
    }

    @Test func readsEveryPartOfARoute() throws {
        let catalog = try Sample.load().catalog
        let route = try #require(catalog.routes.first { $0.id == "kuznetsov-2024" })
        #expect(route.teacher == "kuznetsov")
        #expect(route.tutor == "melnikov")
        #expect(route.start == (try Day(parsing: "2024-09-01")))
        #expect(route.stage == .implementation)
        #expect(route.strengths.map(\.area) == [.healthSaving, .upbringing])
        #expect(route.deficits.map(\.id) == ["d1", "d2", "d3", "d4"])
        #expect(route.activities.count == 7)
        #expect(route.activities.filter(\.isDone).count == 5)
        #expect(route.activity("a2")?.addresses == ["d2", "d4"])
        #expect(route.activity("a7")?.hours == 16)
        #expect(route.corrections.count == 5)
        #expect(route.corrections[0].change == "start: 2025-03-03 -> 2025-09-01")
        #expect(route.reflections.count == 8)
        #expect(route.reflections[1].target == .deficit("d1"))
        #expect(route.reflections.allSatisfy { !$0.isFinal })

        let closing = try #require(catalog.routes.first { $0.id == "romanova-2021" })
        #expect(closing.reflections.filter(\.isFinal).count == 2)
    }

    @Test func readsProgramsAndPersons() throws {
        let catalog = try Sample.load().catalog
        let program = try #require(catalog.programs.first { $0.id == "prog-2025-01" })
        #expect(program.forms == [.traditional, .teacherTeacher])
        #expect(program.mentors == ["grishina"])
        #expect(program.mentees == ["antonova"])
        #expect(program.status == .completed)
        #expect(program.indicators.count == 10)
        #expect(program.indicators[0].value == 0.58)
        let draft = try #require(catalog.programs.first { $0.id == "prog-2026-02" })
        #expect(draft.indicators.isEmpty)
        #expect(draft.status == .draft)

        let mentor = try #require(catalog.persons.first { $0.id == "zaitsev" })
        #expect(mentor.roles == [.mentor, .mentee])
        #expect(mentor.capacity == 2)
        #expect(mentor.offers?.forms == [.reverse, .virtual, .shortTerm])
        #expect(mentor.requests?.areas == [.psychologicalPedagogical, .methodological])
        #expect(mentor.consents.map(\.kind) == [.personalData, .duties, .duties, .publication])
        #expect(
            mentor.staff
                == StaffData(
                    birthDate: day("1997-07-08"), hireDate: day("2020-08-26"), experienceSince: day("2019-09-01"), category: .first,
                    categoryDate: day("2024-04-12")))
    }

    @Test func cyrillicTextSurvives() throws {
        let catalog = try Sample.load().catalog
        let head = try #require(catalog.persons.first { $0.id == "zhuravleva" })
        #expect(head.name == "Журавлева Наталья Викторовна")
        #expect(head.school == "МКОУ «Малиновская ООШ»")
        let grishina = try #require(catalog.persons.first { $0.id == "grishina" })
        #expect(grishina.offers?.subjects == ["математика", "физика"])
        let route = try #require(catalog.routes.first { $0.id == "kuznetsov-2024" })
        #expect(
            route.corrections[3].change
                == "title: Методика обучения основам безопасности и защиты Родины -> Оказание первой помощи — обучение педагогических работников")
        #expect(route.selfImage?.hasPrefix("Учитель физической культуры и ОБЗР,") == true)
    }

    @Test func remembersWhichFileEachSubjectCameFrom() throws {
        let sources = try Sample.load().sources
        #expect(sources.file(of: SubjectReference(.route, "kuznetsov-2024"))?.hasSuffix("Routes/route-kuznetsov.yaml") == true)
        #expect(sources.file(of: SubjectReference(.program, "prog-2022-01"))?.hasSuffix("Routes/programs.yaml") == true)
        #expect(sources.file(of: SubjectReference(.person, "nobody")) == nil)
    }

    @Test func listsYAMLFilesInAStableOrder() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.yaml", Documents.person)
        try folder.write("a.yml", Documents.person)
        try folder.write("notes.txt", "не документ")
        let files = try DocumentFiles.files(in: [folder.url.path])
        #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.yml", "b.yaml"])
    }

    @Test func namesAMissingPathAndAnEmptyFolder() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("nothing-here").path
        do {
            _ = try DocumentFiles.files(in: [missing, folder.url.path])
            Issue.record("expected a DocumentError")
        } catch {
            #expect(error.diagnostics.map(\.file) == [missing, folder.url.path])
            #expect(error.diagnostics[0].message == "no such file or folder")
            #expect(error.diagnostics[1].message.contains("no .yaml or .yml files"))
        }
    }

    @Test func refusesAFileThatIsNotUTF8() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("latin1.yaml")
        try Data([0x6B, 0x69, 0x6E, 0x64, 0x3A, 0x20, 0xE9, 0xFF, 0x0A]).write(to: file)
        do {
            _ = try DocumentFiles.load([file.path])
            Issue.record("expected a DocumentError")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.file == file.path)
            #expect(error.diagnostics.first?.message.contains("UTF-8") == true)
        }
    }
}
