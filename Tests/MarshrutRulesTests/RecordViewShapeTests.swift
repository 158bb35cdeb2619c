import Foundation
import LuaBridge
import MarshrutCore
import MarshrutSynthetic
@testable import MarshrutRules
import MarshrutStore
import Testing

/// The views the engine builds in C from stored records have exactly the shape of the views built
/// the plain way from catalog values (`ExpectedViews`): every field, type and relation, followed
/// three levels deep (which also loads related subjects lazily, outside the batch).
struct RecordViewShapeTests {
    /// A canonical text of a value, run inside the sandbox like a script: keys sorted, integers
    /// and floats told apart, relations followed `depth` levels and then shown by id.
    static let dumper = """
        local function dump(v, depth)
          local t = type(v)
          if t == "number" then return math.type(v) .. ":" .. tostring(v) end
          if t ~= "table" then return t .. ":" .. tostring(v) end
          if depth == 0 then return "@" .. tostring(v.id) end
          local keys = {}
          for k in pairs(v) do keys[#keys + 1] = k end
          table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
          local parts = {}
          for _, k in ipairs(keys) do parts[#parts + 1] = tostring(k) .. "=" .. dump(v[k], depth - 1) end
          return "{" .. table.concat(parts, ",") .. "}"
        end
        return function(v) return dump(v, 3) end
        """

    /// Every subject of `catalog`, dumped from views built the plain way.
    static func expected(_ catalog: Catalog) throws -> [String] {
        let lua = try LuaState()
        let dump = try dumper(in: lua)
        let views = ExpectedViews(catalog, in: lua)
        defer { views.release(in: lua) }
        return try subjects(of: catalog).map { kind, id in
            let view = try #require(views.view(of: kind, id))
            return "\(kind) \(id) " + (try lua.call(dump, arguments: [.reference(view)]).first?.stringValue ?? "?")
        }
    }

    /// Every subject of `catalog`, dumped from the engine's views, batch by batch, from `source`.
    static func shown(_ catalog: Catalog, from source: some RecordSource, batchSize: Int) throws -> [String] {
        let folder = try ScriptFolder()
        let engine = try folder.engine()
        let dump = try dumper(in: engine.lua)
        let loader = { (kind: Int, ids: [String]) throws -> ViewOps in try RecordViews.load(source, kind: kind, ids: ids, today: ExpectedViews.today) }
        var lines: [String] = []
        for kind in [SubjectReference.Kind.person, .route, .program] {
            var after: String?
            while let batch = try Batch.read(kind, from: source, after: after, only: nil, size: batchSize, today: ExpectedViews.today) {
                after = batch.ids.last
                let views = try engine.show(batch, loader: loader)
                for (id, view) in zip(batch.ids, views) {
                    lines.append("\(kind) \(id) " + (try engine.lua.call(dump, arguments: [.reference(view)]).first?.stringValue ?? "?"))
                    engine.lua.release(view)
                }
            }
        }
        try engine.lua.endBatch()
        return lines
    }

    static func dumper(in lua: LuaState) throws -> LuaReference {
        let chunk = try lua.load(dumper, chunkName: "@dump.lua", environment: lua.makeEnvironment())
        return try #require(try lua.call(chunk, arguments: []).first.flatMap { if case .function(let f) = $0 { f } else { nil } })
    }

    static func subjects(of catalog: Catalog) -> [(SubjectReference.Kind, String)] {
        catalog.persons.map { (.person, $0.id) } + catalog.routes.map { (.route, $0.id) } + catalog.programs.map { (.program, $0.id) }
    }

    @Test func theSampleSchoolLooksTheSame() throws {
        let catalog = try Sample.catalog()
        let expected = try Self.expected(catalog)
        let shown = try Self.shown(catalog, from: CatalogRecords(catalog), batchSize: 3)
        #expect(shown.count == expected.count)
        #expect(shown.allSatisfy { $0.contains("id=string:") && $0.contains("={") })
        for (a, b) in zip(shown, expected) { #expect(a == b) }
    }

    @Test func aGeneratedRegionReadFromTheStoreLooksTheSame() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mr-shape-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("region.db").path)
        try store.importCatalog(SyntheticRegion(teachers: 60, seed: 5).catalog())
        let catalog = try store.catalog()  // as stored: id order, revisions applied
        let expected = try Self.expected(catalog)
        let shown = try store.readRegion { reader in try Self.shown(catalog, from: reader, batchSize: 17) }
        #expect(shown.count == expected.count)
        #expect(shown.count > 100)
        for (a, b) in zip(shown, expected) { #expect(a == b) }
    }
}
