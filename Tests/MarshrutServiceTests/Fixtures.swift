import Foundation
import MarshrutCore
import MarshrutDocuments
import MarshrutService
import MarshrutStore

/// A service over a temporary database holding the sample school, removed when the test ends.
final class SampleSchool {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    let folder: URL
    let store: Store

    init(withRoadMap: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("marshrut-service-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try Store(path: folder.appendingPathComponent("school.db").path)
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

    deinit { try? FileManager.default.removeItem(at: folder) }

    func service(as actor: Actor = .localOwner, today: Day = Day(year: 2026, month: 11, day: 28)!) -> Service {
        Service(store: store, today: today, actor: actor, scriptsFolder: Self.root + "/Scripts")
    }
}
