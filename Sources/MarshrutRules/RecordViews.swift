import LuaBridge
import MarshrutCore
import MarshrutStore

/// What a script sees of the model: each route, program and person as a read-only Lua table
/// with exactly its document's fields (snake_case), ids of other subjects replaced by their
/// views, and a person's relations (`routes`, `mentor_programs`, `mentee_programs`,
/// `completed_programs`).
///
/// Views are built in C from stored records (``ViewOps``), a batch at a time; stored JSON goes in
/// as it is. Within a batch every subject has one view, shared by all rules. A subject another
/// one refers to but that is not in the batch is loaded from the same source when a script first
/// reads more than its `id`, together with every other such subject of its kind.
enum RecordViews {
    /// Reads the records of `kind` with these ids from `source`, as ops; the batch's loader.
    static func load(_ source: some RecordSource, kind: Int, ids: [String], today: Day) throws -> ViewOps {
        var ops = ViewOps()
        switch RecordKind(rawValue: kind) {
        case .person: for p in try source.persons(ids: ids) { ops.add(p, today: today) }
        case .route: for r in try source.routes(ids: ids) { ops.add(r) }
        case .program: for p in try source.programs(ids: ids) { ops.add(p) }
        case nil: break
        }
        return ops
    }
}

extension ViewOps {
    /// A person's view; `age` and `experience_years` are full years on `today`, the run's day.
    mutating func add(_ p: StoredPerson, today: Day) {
        record(kind: .person, id: p.id)
        field("id", p.id)
        mergeJSON(p.body)
        if let birth = p.birthDate {
            key("age")
            integer(Int64(StaffData.fullYears(from: birth, to: today)))
        }
        if let since = p.experienceSince {
            key("experience_years")
            integer(Int64(max(0, StaffData.fullYears(from: since, to: today))))
        }
        key("consents")
        table(arrayCount: p.consents.count)
        for c in p.consents {
            table(fieldCount: 2)
            field("kind", c.kind)
            field("date", c.date)
            end()
        }
        end()
        references("routes", kind: .route, p.routes)
        references("mentor_programs", kind: .program, p.mentorPrograms)
        references("mentee_programs", kind: .program, p.menteePrograms)
        references("completed_programs", kind: .program, p.completedPrograms)
        end()
    }

    mutating func add(_ r: StoredRoute) {
        record(kind: .route, id: r.id)
        field("id", r.id)
        field("start", r.start)
        field("end", r.end)
        field("stage", r.stage)
        field("self_image", r.selfImage)
        key("strengths"); json(r.strengths)
        key("deficits"); json(r.deficits)
        key("activities"); json(r.activities)
        key("corrections")
        table(arrayCount: r.corrections.count)
        for c in r.corrections {
            table(fieldCount: 5)
            field("date", c.date)
            field("author", c.author)
            field("activity", c.activity)
            field("change", c.change)
            field("reason", c.reason)
            end()
        }
        end()
        key("reflections")
        table(arrayCount: r.reflections.count)
        for f in r.reflections { add(f) }
        end()
        key("teacher"); reference(kind: .person, id: r.teacher)
        if let tutor = r.tutor { key("tutor"); reference(kind: .person, id: tutor) }
        end()
    }

    mutating func add(_ f: StoredReflection) {
        table(fieldCount: 9)
        field("date", f.date)
        field("activity", f.activity)
        field("deficit", f.deficit)
        key("image"); boolean(f.isOnImage)
        key("score"); integer(Int64(f.score))
        field("text", f.text)
        key("final"); boolean(f.isFinal)
        key("tags"); json(f.tags)
        key("history")
        table(arrayCount: f.history.count)
        for h in f.history {
            table(fieldCount: 3)
            field("replaced", h.replaced)
            key("score"); integer(Int64(h.score))
            field("text", h.text)
            end()
        }
        end()
        end()
    }

    mutating func add(_ p: StoredProgram) {
        record(kind: .program, id: p.id)
        field("id", p.id)
        key("forms"); json(p.forms)
        key("directions"); json(p.directions)
        field("start", p.start)
        field("end", p.end)
        field("status", p.status)
        key("addresses"); json(p.addresses)
        key("activities"); json(p.activities)
        key("changes")
        table(arrayCount: p.changes.count)
        for c in p.changes {
            table(fieldCount: 3)
            field("date", c.date)
            field("status", c.status)
            field("reason", c.reason)
            end()
        }
        end()
        key("indicators")
        table(arrayCount: p.indicators.count)
        for i in p.indicators {
            table(fieldCount: 3)
            field("name", i.name)
            field("date", i.date)
            key("value"); wholeOrFraction(i.value)
            end()
        }
        end()
        references("mentors", kind: .person, p.mentors)
        references("mentees", kind: .person, p.mentees)
        end()
    }

    mutating func record(kind: RecordKind, id: String) {
        record(kind: kind.rawValue, id: id)
    }

    mutating func reference(kind: RecordKind, id: String) {
        reference(kind: kind.rawValue, id: id)
    }

    mutating func references(_ name: String, kind: RecordKind, _ ids: [String]) {
        key(name)
        table(arrayCount: ids.count)
        for id in ids { reference(kind: kind, id: id) }
        end()
    }

    /// A string field read from storage as bytes; `nil` leaves it out.
    mutating func field(_ name: String, _ value: StoredText?) {
        guard let value else { return }
        key(name)
        string(utf8: value.utf8)
    }

    mutating func json(_ text: StoredText) { json(utf8: text.utf8) }

    mutating func mergeJSON(_ text: StoredText) { mergeJSON(utf8: text.utf8) }

    /// Whole values as Lua integers (so `tostring` prints 7, not 7.0), others as floats.
    mutating func wholeOrFraction(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 { integer(Int64(value)) } else { number(value) }
    }
}
