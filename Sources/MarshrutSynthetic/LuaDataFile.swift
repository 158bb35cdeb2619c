import Foundation
import MarshrutCore

/// Writes a catalog as a Lua data file for `Bench/baseline.lua`: persons, routes and programs
/// as plain tables with the same shapes as the rule views (`RecordViews.swift` in MarshrutRules).
///
/// Relations are resolved the same way: a route's `teacher` and `tutor`, a program's `mentors`
/// and `mentees` are the person tables themselves, and each person gets `routes`,
/// `mentor_programs`, `mentee_programs` and `completed_programs`, in catalog order. The file
/// returns `{ persons = {…}, routes = {…}, programs = {…} }`, each a sequence in catalog order.
/// Records are wrapped in functions of a few hundred each, so no function of the chunk nears
/// Lua's limit on constants however large the region.
public struct LuaDataFile {
    private var bytes: [UInt8] = []
    private let handle: FileHandle
    private var personIndex: [String: Int] = [:]

    /// Writes `catalog` to `path`, replacing the file.
    public static func write(_ catalog: Catalog, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw SyntheticError.cannotWrite(path)
        }
        defer { try? handle.close() }
        var file = LuaDataFile(handle: handle)
        try file.write(catalog)
    }

    private init(handle: FileHandle) {
        self.handle = handle
        bytes.reserveCapacity(Self.flushAt + 65_536)
    }

    private static let flushAt = 4 << 20
    private static let perFunction = 256

    private mutating func write(_ catalog: Catalog) throws {
        raw(
            """
            -- Written by `marshrut demo export-lua`: a Marshrut database as the rule views show it,
            -- for Bench/baseline.lua. Persons, routes and programs are plain tables.
            local P, R, G = {}, {}, {}

            """)
        for (i, person) in catalog.persons.enumerated() { personIndex[person.id] = i + 1 }
        try records(catalog.persons) { file, i, p in file.person(i, p) }
        try records(catalog.routes) { file, i, r in file.route(i, r) }
        try records(catalog.programs) { file, i, p in file.program(i, p) }
        raw(
            """
            for i = 1, #P do
              local p = P[i]
              p.routes, p.mentor_programs, p.mentee_programs, p.completed_programs = {}, {}, {}, {}
            end
            for i = 1, #R do
              local t = R[i].teacher
              if t then t.routes[#t.routes + 1] = R[i] end
            end
            for i = 1, #G do
              local g = G[i]
              for _, m in ipairs(g.mentors) do
                m.mentor_programs[#m.mentor_programs + 1] = g
                if g.status == "completed" then m.completed_programs[#m.completed_programs + 1] = g end
              end
              for _, m in ipairs(g.mentees) do m.mentee_programs[#m.mentee_programs + 1] = g end
            end
            return { persons = P, routes = R, programs = G }

            """)
        try flush()
    }

    /// Writes `items` a function's worth at a time: `do local f = function() … end f() end`.
    private mutating func records<T>(_ items: [T], _ record: (inout LuaDataFile, Int, T) -> Void) throws {
        for start in stride(from: 0, to: items.count, by: Self.perFunction) {
            raw("do local f = function()\n")
            for i in start..<min(items.count, start + Self.perFunction) {
                record(&self, i + 1, items[i])
                raw("\n")
            }
            raw("end f() end\n")
            if bytes.count >= Self.flushAt { try flush() }
        }
    }

    private mutating func flush() throws {
        try handle.write(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: - Records

    private mutating func person(_ i: Int, _ p: Person) {
        raw("P[\(i)] = {id = "); string(p.id)
        raw(", name = "); string(p.name)
        optional("school", p.school)
        optional("position", p.position)
        optional("subject", p.subject)
        raw(", roles = "); list(p.roles.map(\.rawValue))
        optional("birth_date", p.staff.birthDate?.description)
        optional("hire_date", p.staff.hireDate?.description)
        optional("experience_since", p.staff.experienceSince?.description)
        optional("category", p.staff.category?.rawValue)
        optional("category_date", p.staff.categoryDate?.description)
        if let requests = p.requests { raw(", requests = "); preferences(requests) }
        if let capacity = p.capacity { raw(", capacity = \(capacity)") }
        if let offers = p.offers { raw(", offers = "); preferences(offers) }
        raw(", consents = {")
        for c in p.consents {
            raw("{kind = "); string(c.kind.rawValue); raw(", date = "); day(c.date); raw("}, ")
        }
        raw("}}")
    }

    private mutating func preferences(_ p: Preferences) {
        raw("{areas = "); list(p.areas.map(\.rawValue))
        raw(", subjects = "); list(p.subjects)
        raw(", forms = "); list(p.forms.map(\.rawValue))
        raw("}")
    }

    private mutating func route(_ i: Int, _ r: Route) {
        raw("R[\(i)] = {id = "); string(r.id)
        raw(", start = "); day(r.start)
        raw(", [\"end\"] = "); day(r.end)
        raw(", stage = "); string(r.stage.rawValue)
        optional("self_image", r.selfImage)
        raw(", teacher = "); personReference(r.teacher)
        if let tutor = r.tutor { raw(", tutor = "); personReference(tutor) }
        raw(",\n strengths = {")
        for s in r.strengths { raw("{area = "); string(s.area.rawValue); raw(", text = "); string(s.text); raw("}, ") }
        raw("},\n deficits = {")
        for d in r.deficits {
            raw("{id = "); string(d.id); raw(", area = "); string(d.area.rawValue)
            raw(", level = \(d.level), text = "); string(d.text); raw("}, ")
        }
        raw("},\n activities = {")
        for a in r.activities { activity(a) }
        raw("},\n corrections = {")
        for c in r.corrections {
            raw("{date = "); day(c.date); raw(", author = "); string(c.author)
            optional("activity", c.activity)
            raw(", change = "); string(c.change); raw(", reason = "); string(c.reason); raw("}, ")
        }
        raw("},\n reflections = {")
        for f in r.reflections {
            raw("{date = "); day(f.date)
            optional("activity", f.activity)
            optional("deficit", f.deficit)
            raw(", score = \(f.score), text = "); string(f.text)
            raw(f.isFinal ? ", final = true, tags = " : ", final = false, tags = "); list(f.tags)
            raw(", history = {")
            for h in f.history {
                raw("{replaced = "); day(h.replaced); raw(", score = \(h.score), text = "); string(h.text); raw("}, ")
            }
            raw("}},\n")
        }
        raw("}}")
    }

    private mutating func activity(_ a: Activity) {
        raw("{id = "); string(a.id)
        raw(", kind = "); string(a.kind.rawValue)
        raw(", title = "); string(a.title)
        if let hours = a.hours { raw(", hours = \(hours)") }
        if let start = a.start { raw(", start = "); day(start) }
        raw(", due = "); day(a.due)
        raw(", addresses = "); list(a.addresses)
        if let p = a.product {
            raw(", product = {kind = "); string(p.kind)
            raw(", title = "); string(p.title)
            optional("attitude", p.attitude)
            raw(", date = "); day(p.date)
            optional("reference", p.reference)
            raw("}")
        }
        raw("},\n")
    }

    private mutating func program(_ i: Int, _ p: Program) {
        raw("G[\(i)] = {id = "); string(p.id)
        raw(", forms = "); list(p.forms.map(\.rawValue))
        raw(", directions = "); list(p.directions.map(\.rawValue))
        raw(", start = "); day(p.start)
        raw(", [\"end\"] = "); day(p.end)
        raw(", status = "); string(p.status.rawValue)
        raw(", addresses = "); list(p.addresses)
        raw(", mentors = {")
        for id in p.mentors { personReference(id); raw(", ") }
        raw("}, mentees = {")
        for id in p.mentees { personReference(id); raw(", ") }
        raw("},\n activities = {")
        for a in p.activities { activity(a) }
        raw("}, changes = {")
        for c in p.changes {
            raw("{date = "); day(c.date); raw(", status = "); string(c.status.rawValue); raw(", reason = "); string(c.reason); raw("}, ")
        }
        raw("}, indicators = {")
        for ind in p.indicators {
            raw("{name = "); string(ind.name); raw(", date = "); day(ind.date); raw(", value = "); number(ind.value); raw("}, ")
        }
        raw("}}")
    }

    // MARK: - Values

    private mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// `P[n]` for a known person, `nil` for an unknown id (as the views give `nil`).
    private mutating func personReference(_ id: String) {
        if let n = personIndex[id] { raw("P[\(n)]") } else { raw("nil") }
    }

    private mutating func optional(_ key: String, _ value: String?) {
        guard let value else { return }
        raw(", \(key) = ")
        string(value)
    }

    private mutating func day(_ d: Day) { string(d.description) }

    private mutating func list(_ items: [String]) {
        raw("{")
        for (i, item) in items.enumerated() {
            if i > 0 { raw(", ") }
            string(item)
        }
        raw("}")
    }

    /// Whole values as integers (as the views give them), others as the shortest exact decimal.
    private mutating func number(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 {
            raw(String(Int64(value)))
        } else if value.isFinite {
            raw("\(value)")
        } else {
            raw(value.isNaN ? "(0/0)" : value > 0 ? "math.huge" : "-math.huge")
        }
    }

    /// A double-quoted Lua string: UTF-8 as is, quotes, backslashes and control bytes escaped.
    private mutating func string(_ text: String) {
        bytes.append(34)
        for byte in text.utf8 {
            switch byte {
            case 34: bytes.append(contentsOf: [92, 34])
            case 92: bytes.append(contentsOf: [92, 92])
            case 10: bytes.append(contentsOf: [92, 110])
            case 13: bytes.append(contentsOf: [92, 114])
            case 0..<32, 127:
                let digits = String(byte)
                bytes.append(92)
                bytes.append(contentsOf: (String(repeating: "0", count: 3 - digits.count) + digits).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(34)
    }
}
