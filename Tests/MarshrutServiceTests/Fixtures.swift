import MarshrutTestSupport
import Foundation
import MarshrutCore
import MarshrutDocuments
import MarshrutService
import MarshrutStore

/// A service over a temporary database holding the sample school, removed when the test ends.
final class SampleSchool {
    static let root = Repository.root

    private let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    let store: Store

    init(withRoadMap: Bool = true) throws {
        temporary = try TemporaryFolder("marshrut-service")
        store = try Store(path: temporary.path("school.db"))
        let files = try DocumentFiles.files(in: [Self.root + "/Routes"]).filter { withRoadMap || !$0.hasSuffix("plan.yaml") }
        try store.importCatalog(try DocumentFiles.load(files).catalog)
    }

    /// Imports documents given as text, beside what the store holds.
    func importText(_ yaml: String) throws {
        let file = folder.appendingPathComponent("extra.yaml")
        try Data(yaml.utf8).write(to: file)
        let known = Dictionary(uniqueKeysWithValues: try store.persons().map { ($0.id, $0) })
        try store.importCatalog(try DocumentFiles.load([file.path], knownPersons: known).catalog)
    }

    func service(as actor: Actor = .localOwner, today: Day = Day(year: 2026, month: 11, day: 28)!) -> Service {
        Service(store: store, today: today, actor: actor, scriptsFolder: Self.root + "/Scripts")
    }
}
