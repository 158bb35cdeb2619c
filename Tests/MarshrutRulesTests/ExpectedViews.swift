import LuaBridge
import MarshrutCore

/// What a script must see of the model, built the plain way, from catalog values as `LuaValue`
/// trees: each subject with exactly its document's fields (snake_case), ids of other subjects
/// replaced by their views, and a person's relations (`routes`, `mentor_programs`,
/// `mentee_programs`, `completed_programs`). The engine builds its views from stored records in
/// C; `RecordViewShapeTests` holds the two to the same shape.
struct ExpectedViews {
    var persons: [String: LuaReference] = [:]
    var routes: [String: LuaReference] = [:]
    var programs: [String: LuaReference] = [:]

    /// The day the views' ages and years of experience are counted on.
    static let today = Day(year: 2026, month: 6, day: 15) ?? .earliest

    init(_ catalog: Catalog, in lua: LuaState) {
        for person in catalog.persons {
            persons[person.id] = lua.makeReadOnly(.table(Self.table(person, today: Self.today)))
        }
        func person(_ id: String) -> LuaValue { persons[id].map { .reference($0) } ?? .nil }
        var routesOf: [String: [LuaValue]] = [:]
        for route in catalog.routes {
            var t = Self.table(route)
            t["teacher"] = person(route.teacher)
            t["tutor"] = route.tutor.map(person) ?? .nil
            let view = lua.makeReadOnly(.table(t))
            routes[route.id] = view
            routesOf[route.teacher, default: []].append(.reference(view))
        }
        var mentorOf: [String: [LuaValue]] = [:], menteeOf: [String: [LuaValue]] = [:], completedOf: [String: [LuaValue]] = [:]
        for program in catalog.programs {
            var t = Self.table(program)
            t["mentors"] = .table(LuaTable(array: program.mentors.map(person)))
            t["mentees"] = .table(LuaTable(array: program.mentees.map(person)))
            let view = lua.makeReadOnly(.table(t))
            programs[program.id] = view
            for id in program.mentors {
                mentorOf[id, default: []].append(.reference(view))
                if program.status == .completed { completedOf[id, default: []].append(.reference(view)) }
            }
            for id in program.mentees { menteeOf[id, default: []].append(.reference(view)) }
        }
        for (id, view) in persons {
            lua.setField("routes", of: view, to: .table(LuaTable(array: routesOf[id] ?? [])))
            lua.setField("mentor_programs", of: view, to: .table(LuaTable(array: mentorOf[id] ?? [])))
            lua.setField("mentee_programs", of: view, to: .table(LuaTable(array: menteeOf[id] ?? [])))
            lua.setField("completed_programs", of: view, to: .table(LuaTable(array: completedOf[id] ?? [])))
        }
    }

    func release(in lua: LuaState) {
        for view in Array(persons.values) + Array(routes.values) + Array(programs.values) { lua.release(view) }
    }

    func view(of kind: SubjectReference.Kind, _ id: String) -> LuaReference? {
        switch kind {
        case .person: persons[id]
        case .route: routes[id]
        case .program: programs[id]
        case .plan, .organization: nil
        }
    }

    // MARK: - Tables with the documents' fields

    static func table(_ p: Person, today: Day) -> LuaTable {
        var t = LuaTable(fields: [:])
        t["id"] = .string(p.id)
        t["name"] = .string(p.name)
        t["school"] = string(p.school)
        t["organization"] = string(p.organization)
        t["birth_date"] = string(p.staff.birthDate?.description)
        t["hire_date"] = string(p.staff.hireDate?.description)
        t["experience_since"] = string(p.staff.experienceSince?.description)
        t["category"] = string(p.staff.category?.rawValue)
        t["category_date"] = string(p.staff.categoryDate?.description)
        t["age"] = p.staff.age(on: today).map { .integer(Int64($0)) } ?? .nil
        t["experience_years"] = p.staff.experienceYears(on: today).map { .integer(Int64($0)) } ?? .nil
        t["position"] = string(p.position)
        t["subject"] = string(p.subject)
        t["roles"] = list(p.roles.map { .string($0.rawValue) })
        t["requests"] = p.requests.map(preferences) ?? .nil
        t["capacity"] = p.capacity.map { .integer(Int64($0)) } ?? .nil
        t["offers"] = p.offers.map(preferences) ?? .nil
        t["consents"] = list(p.consents.map { .table(LuaTable(fields: ["kind": .string($0.kind.rawValue), "date": .string($0.date.description)])) })
        return t
    }

    static func preferences(_ p: Preferences) -> LuaValue {
        .table(
            LuaTable(fields: [
                "areas": list(p.areas.map { .string($0.rawValue) }),
                "subjects": list(p.subjects.map { .string($0) }),
                "forms": list(p.forms.map { .string($0.rawValue) }),
            ]))
    }

    static func table(_ r: Route) -> LuaTable {
        var t = LuaTable(fields: [:])
        t["id"] = .string(r.id)
        t["start"] = .string(r.start.description)
        t["end"] = .string(r.end.description)
        t["stage"] = .string(r.stage.rawValue)
        t["self_image"] = string(r.selfImage)
        t["strengths"] = list(r.strengths.map { .table(LuaTable(fields: ["area": .string($0.area.rawValue), "text": .string($0.text)])) })
        t["deficits"] = list(
            r.deficits.map {
                .table(
                    LuaTable(fields: ["id": .string($0.id), "area": .string($0.area.rawValue), "level": .integer(Int64($0.level)), "text": .string($0.text)]))
            })
        t["activities"] = list(r.activities.map(activity))
        t["corrections"] = list(
            r.corrections.map { c in
                var x = LuaTable(fields: [:])
                x["date"] = .string(c.date.description)
                x["author"] = .string(c.author)
                x["activity"] = string(c.activity)
                x["change"] = .string(c.change)
                x["reason"] = .string(c.reason)
                return .table(x)
            })
        t["reflections"] = list(
            r.reflections.map { f in
                var x = LuaTable(fields: [:])
                x["date"] = .string(f.date.description)
                x["activity"] = string(f.activity)
                x["deficit"] = string(f.deficit)
                x["image"] = .boolean(f.isOnImage)
                x["score"] = .integer(Int64(f.score))
                x["text"] = .string(f.text)
                x["final"] = .boolean(f.isFinal)
                x["tags"] = list(f.tags.map { .string($0) })
                x["history"] = list(
                    f.history.map { h in
                        .table(LuaTable(fields: ["replaced": .string(h.replaced.description), "score": .integer(Int64(h.score)), "text": .string(h.text)]))
                    })
                return .table(x)
            })
        return t
    }

    static func activity(_ a: Activity) -> LuaValue {
        var t = LuaTable(fields: [:])
        t["id"] = .string(a.id)
        t["kind"] = .string(a.kind.rawValue)
        t["title"] = .string(a.title)
        t["hours"] = a.hours.map { .integer(Int64($0)) } ?? .nil
        t["start"] = string(a.start?.description)
        t["due"] = .string(a.due.description)
        t["addresses"] = list(a.addresses.map { .string($0) })
        if let p = a.product {
            var x = LuaTable(fields: [:])
            x["kind"] = .string(p.kind)
            x["title"] = .string(p.title)
            x["attitude"] = string(p.attitude)
            x["date"] = .string(p.date.description)
            x["reference"] = string(p.reference)
            t["product"] = .table(x)
        }
        return .table(t)
    }

    static func table(_ p: Program) -> LuaTable {
        var t = LuaTable(fields: [:])
        t["id"] = .string(p.id)
        t["forms"] = list(p.forms.map { .string($0.rawValue) })
        t["directions"] = list(p.directions.map { .string($0.rawValue) })
        t["start"] = .string(p.start.description)
        t["end"] = .string(p.end.description)
        t["status"] = .string(p.status.rawValue)
        t["addresses"] = list(p.addresses.map { .string($0) })
        t["activities"] = list(p.activities.map(activity))
        t["changes"] = list(
            p.changes.map { c in
                .table(LuaTable(fields: ["date": .string(c.date.description), "status": .string(c.status.rawValue), "reason": .string(c.reason)]))
            })
        t["indicators"] = list(
            p.indicators.map { i in
                .table(LuaTable(fields: ["name": .string(i.name), "date": .string(i.date.description), "value": number(i.value)]))
            })
        return t
    }

    static func string(_ s: String?) -> LuaValue { s.map { .string($0) } ?? .nil }
    static func list(_ items: [LuaValue]) -> LuaValue { .table(LuaTable(array: items)) }

    /// Whole values as Lua integers (so `tostring` prints 7, not 7.0), others as floats.
    static func number(_ value: Double) -> LuaValue {
        if value == value.rounded(), abs(value) < 1e15 { return .integer(Int64(value)) }
        return .number(value)
    }
}
