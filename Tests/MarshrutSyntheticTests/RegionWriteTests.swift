import Foundation
import MarshrutCore
import MarshrutStore
import MarshrutSynthetic
import MarshrutTestSupport
import Testing

struct RegionWriteTests {
    func temporaryStore() throws -> (Store, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marshrut-synthetic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (try Store(path: folder.appendingPathComponent("region.db").path), folder)
    }

    @Test func aRegionIsWrittenWholeAndReportsItsProgress() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let region = SyntheticRegion(teachers: 60, seed: 7)
        var reported = 0
        let written = try region.write(into: store) { reported += $0 }
        #expect(reported == region.units)
        let catalog = region.catalog()
        #expect(written.persons == catalog.persons.count)
        #expect(written.routes == catalog.routes.count)
        #expect(written.programs == catalog.programs.count)
        let counts = try store.counts()
        #expect(counts.persons == catalog.persons.count && counts.routes == 60 && counts.programs == catalog.programs.count)
        #expect(try store.route(catalog.routes[0].id) == catalog.routes[0])
    }

    @Test func aRegionWithOrganizationsIsStoredAsItIsMade() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let region = SyntheticRegion(teachers: 80, seed: 4, withOrganizations: true)
        _ = try region.write(into: store)
        // The bulk writer keeps every field, the organization included.
        #expect(try store.catalog() == region.catalog().sorted)
        #expect(try store.scope(ofOrganizations: [region.schoolID(0)]).persons.contains(region.teacherID(0)))
    }

    @Test func aRegionGoesOnlyIntoAnEmptyDatabase() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try SyntheticRegion(teachers: 3).write(into: store)
        let before = try store.counts()
        #expect(throws: SyntheticError.notEmpty(store.path)) { try SyntheticRegion(teachers: 5, seed: 2).write(into: store) }
        #expect(try store.counts() == before)
    }
}
