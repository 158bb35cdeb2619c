import Foundation
import MarshrutReport
import Testing

struct JSONReportTests {
    @Test func hasTheDocumentedTopLevelKeys() throws {
        let json = try Fixture.report().json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "awards", "deficits", "findings", "indicators", "overview", "plans", "products",
                "school", "school_year", "self_image", "today",
            ])
        let year = try #require(object["school_year"] as? [String: Any])
        #expect(year["start"] as? String == "2025-09-01")
        #expect(year["title"] as? String == "2025/26")
        let overview = try #require(object["overview"] as? [String: Any])
        #expect(overview["pairs"] as? Int == 1)
        let byArea = try #require((object["deficits"] as? [String: Any])?["by_area"] as? [[String: Any]])
        #expect(byArea.first?["at_start"] as? Int == 0)
    }

    @Test func carriesHostileTextAsData() throws {
        let json = try Hostile.report.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let list = try #require((object["products"] as? [String: Any])?["list"] as? [[String: Any]])
        #expect(list.contains { $0["title"] as? String == Hostile.script })
        #expect(list.contains { $0["title"] as? String == Hostile.csvTitle })
    }

    @Test func isTheSameOnEveryRun() throws {
        #expect(try Fixture.report().json() == Fixture.report().json())
    }
}
