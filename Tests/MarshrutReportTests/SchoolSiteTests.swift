import MarshrutCore
import MarshrutDocuments
import MarshrutReport
import MarshrutTestSupport
import Testing

struct SchoolSiteTests {
    /// Zaitsev, a mentee of the group, has no consent on record; the others consented to
    /// publication.
    static var files: [String: String] {
        var persons = Fixture.persons.map(Self.publishable)
        persons[2].consents = []
        persons[0].name = "<b>Гришина</b> Валентина Петровна"
        var route = Fixture.ivanovaRoute()
        route.activities[0].product?.reference = "javascript:alert(1)"
        let catalog = Fixture.catalog(persons: persons, route: route)
        let site = SchoolSite(
            catalog: catalog, today: day("2026-03-01"),
            documents: [
                .init(title: "Положение", href: "docs/polozhenie.pdf"),
                .init(title: "Опасная ссылка", href: "JavaScript:alert(2)"),
            ])
        let files = (try? site.files()) ?? []
        return Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func writesThePagesAndTheirStyleSheet() throws {
        let site = SchoolSite(catalog: Fixture.catalog(), today: day("2026-03-01"))
        #expect(try site.files().map(\.path) == ["index.html", "pairs.html", "events.html", "documents.html", "practices.html", "style.css"])
    }

    static func publishable(_ person: Person) -> Person {
        var person = person
        person.record(Consent(kind: .publication, date: day("2025-09-01")))
        return person
    }

    /// The banks' personal-data consent is not a consent to publish a name: Ivanova has only it.
    @Test func aPersonalDataConsentAloneDoesNotPublishTheName() throws {
        var persons = Fixture.persons.map(Self.publishable)
        persons[1].consents.removeAll { $0.kind == .publication }
        let site = SchoolSite(catalog: Fixture.catalog(persons: persons, route: Fixture.ivanovaRoute()), today: day("2026-03-01"))
        let files = try site.files()
        #expect(files.contains { $0.text.contains("Гришина В. П.") })
        for file in files { #expect(!file.text.contains("Иванова"), "\(file.path)") }
        #expect(files.contains { $0.text.contains("Педагог 1") })
    }

    @Test func anonymisesPersonsWithoutAPublicationConsent() throws {
        let files = Self.files
        let pairs = try #require(files["pairs.html"])
        #expect(pairs.contains("<td>Иванова М. П.</td>"))
        #expect(pairs.contains("Иванова М. П., Педагог 1"))
        for (path, text) in files {
            #expect(!text.contains("Зайцев"), "\(path)")
            #expect(!text.contains("Мария Петровна"), "\(path)")
        }
    }

    @Test func escapesDataAndDropsUnsafeLinks() throws {
        let files = Self.files
        let pairs = try #require(files["pairs.html"])
        #expect(pairs.contains("&lt;b&gt;Гришина&lt;/b&gt; В. П."))
        #expect(!pairs.contains("<b>"))
        let documents = try #require(files["documents.html"])
        #expect(documents.contains("<a href=\"docs/polozhenie.pdf\">Положение</a>"))
        #expect(documents.contains("<a href=\"#\">Опасная ссылка</a>"))
        for (path, text) in files {
            #expect(!text.lowercased().contains("javascript:"), "\(path)")
        }
    }

    @Test func listsTheProgramsEventsAndTheProducts() throws {
        let files = Self.files
        let events = try #require(files["events.html"])
        #expect(events.contains("<strong>Неделя математики</strong>"))
        #expect(events.contains("проведено"))
        let practices = try #require(files["practices.html"])
        #expect(practices.contains("Сценарий недели математики"))
        #expect(practices.contains("Методика прошлого года"))
        let index = try #require(files["index.html"])
        #expect(index.contains("<a href=\"index.html\" class=\"current\" aria-current=\"page\">Наставничество</a>"))
    }

    @Test func showsTheSampleSchoolsCurrentYear() throws {
        let catalog = try DocumentFiles.load([Sample.routes]).catalog
        let files = try SchoolSite(catalog: catalog, today: day("2026-11-28")).files()
        let pairs = try #require(files.first { $0.path == "pairs.html" }?.text)
        #expect(pairs.contains("Лебедева О. С."))
        #expect(pairs.contains("Антонова Д. С., Зайцев К. А."))
        #expect(pairs.contains("<td>группа</td>"))
    }
}
