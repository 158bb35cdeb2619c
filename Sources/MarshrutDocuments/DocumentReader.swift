import MarshrutCore
import Yams

/// Reads YAML documents (`kind: person | route | program | plan | organization`) into the model.
///
/// Reading never stops at the first problem: every problem in every document is reported,
/// each with its file, line and field path.
public enum DocumentReader {
    /// What a set of files holds: the subjects and where each came from.
    public struct Result: Sendable {
        public var catalog: Catalog
        public var sources: SourceMap
        public var diagnostics: [Diagnostic]
    }

    /// Reads every document of one file's text.
    public static func read(_ text: String, file: String) -> Result {
        let session = ReadSession(file: file)
        var catalog = Catalog()
        var sources = SourceMap()
        do {
            // Fields read every scalar as text and convert it themselves, so the parser need not
            // resolve implicit tags (a regular expression per scalar, most of the reading time).
            let parser = try Parser(yaml: text, resolver: .basic)
            var index = 0
            while let root = try parser.nextRoot() {
                defer { index += 1 }
                session.lines = [:]
                let before = session.diagnostics.count
                guard let fields = session.fields(root, at: "") else { continue }
                switch fields.string("kind", required: DocumentText.Hint.kind) {
                case "person":
                    if let person = person(fields), session.diagnostics.count == before {
                        catalog.persons.append(person)
                        sources.record(person.reference, file: file, lines: session.lines)
                    }
                case "route":
                    if let route = route(fields), session.diagnostics.count == before {
                        catalog.routes.append(route)
                        sources.record(route.reference, file: file, lines: session.lines)
                    }
                case "program":
                    if let program = program(fields), session.diagnostics.count == before {
                        catalog.programs.append(program)
                        sources.record(program.reference, file: file, lines: session.lines)
                    }
                case "plan":
                    if let plan = plan(fields), session.diagnostics.count == before {
                        catalog.plans.append(plan)
                        sources.record(SubjectReference(.plan, plan.id), file: file, lines: session.lines)
                    }
                case "organization":
                    if let organization = organization(fields), session.diagnostics.count == before {
                        catalog.organizations.append(organization)
                        sources.record(organization.reference, file: file, lines: session.lines)
                    }
                case let other?:
                    session.report("kind", fields.pairs["kind"], DocumentText.unknownKind(other))
                case nil:
                    break
                }
            }
        } catch let error as YamlError {
            session.diagnostics.append(diagnostic(for: error, file: file, text: text))
        } catch {
            session.diagnostics.append(Diagnostic(file: file, line: nil, path: "", message: DocumentText.unreadableYAML("\(error)")))
        }
        return Result(catalog: catalog, sources: sources, diagnostics: session.diagnostics)
    }

    static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.sorted().first ?? ""
            let line = secondLine(of: key, in: text, from: context.mark.line) ?? context.mark.line
            return Diagnostic(
                file: file, line: line, path: YAMLOutline.path(ofLine: line, in: text) ?? key,
                message: DocumentText.duplicateKey(key))
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let where_ = context.map { " \($0.text)" } ?? ""
            return Diagnostic(
                file: file, line: mark.line, path: "",
                message: DocumentText.brokenYAML(problem, near: where_))
        case .reader(let problem, _, _, _):
            return Diagnostic(file: file, line: nil, path: "", message: DocumentText.notUTF8Text("\(problem)"))
        default:
            return Diagnostic(file: file, line: nil, path: "", message: DocumentText.brokenYAML("\(error)"))
        }
    }

    /// The line where `key:` is written a second time at the same indentation, from `line` on.
    static func secondLine(of key: String, in text: String, from line: Int) -> Int? {
        var seen: [Int: Int] = [:]  // indentation → count
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i + 1 >= line {
            var body = Substring(raw)
            var indent = 0
            while body.first == " " { body = body.dropFirst(); indent += 1 }
            if body.hasPrefix("- ") { body = body.dropFirst(2); indent += 2 }
            guard body.hasPrefix(key + ":") else { continue }
            seen[indent, default: 0] += 1
            if seen[indent] == 2 { return i + 1 }
        }
        return nil
    }

    // MARK: - Kinds

    static func person(_ f: Fields) -> Person? {
        f.rejectUnknown([
            "kind", "id", "name", "school", "organization", "position", "subject", "roles", "birth_date", "hire_date",
            "experience_since", "category", "category_date", "requests", "capacity", "offers", "consents",
        ])
        let id = f.string("id", required: DocumentText.Hint.slug("ivanova"))
        let name = f.string("name", required: DocumentText.Hint.fullName)
        let roles = f.codes("roles", Role.self)
        let consents = f.items("consents").compactMap { item -> Consent? in
            guard let c = f.session.fields(item.node, at: item.path) else { return nil }
            c.rejectUnknown(["kind", "date"])
            guard let kind = c.code("kind", ConsentKind.self, required: DocumentText.Hint.consentKind),
                let date = c.day("date", required: DocumentText.Hint.signedOn)
            else { return nil }
            return Consent(kind: kind, date: date)
        }
        guard let id, let name else { return nil }
        return Person(
            id: id, name: name, school: f.string("school"), position: f.string("position"),
            subject: f.string("subject"), roles: roles, requests: preferences(f.nested("requests")),
            capacity: f.int("capacity"), offers: preferences(f.nested("offers")), consents: consents,
            organization: f.string("organization"), staff: staff(f))
    }

    static func staff(_ f: Fields) -> StaffData {
        StaffData(
            birthDate: f.day("birth_date"), hireDate: f.day("hire_date"), experienceSince: f.day("experience_since"),
            category: f.code("category", QualificationCategory.self), categoryDate: f.day("category_date"))
    }

    static func organization(_ f: Fields) -> Organization? {
        f.rejectUnknown(["kind", "id", "name", "type", "parent"])
        let id = f.string("id", required: DocumentText.Hint.slug("malinovka"))
        let name = f.string("name", required: DocumentText.Hint.organizationName)
        let type = f.code("type", Organization.Kind.self, required: DocumentText.Hint.organizationKind)
        guard let id, let name, let type else { return nil }
        return Organization(id: id, name: name, type: type, parent: f.string("parent"))
    }

    static func preferences(_ f: Fields?) -> Preferences? {
        guard let f else { return nil }
        f.rejectUnknown(["areas", "subjects", "forms"])
        return Preferences(
            areas: f.codes("areas", CompetencyArea.self), subjects: f.strings("subjects"),
            forms: f.codes("forms", MentoringForm.self))
    }

    static func route(_ f: Fields) -> Route? {
        f.rejectUnknown([
            "kind", "id", "teacher", "tutor", "start", "end", "stage", "self_image", "strengths",
            "deficits", "activities", "corrections", "reflections",
        ])
        let id = f.string("id", required: DocumentText.Hint.slug("ivanova-2022"))
        let teacher = f.string("teacher", required: DocumentText.Hint.teacher)
        let start = f.day("start", required: DocumentText.Hint.firstDay)
        let end = f.day("end", required: DocumentText.Hint.routeEnd)
        let stage = f.code("stage", Stage.self, required: Stage.allCases.map(\.rawValue).joined(separator: " | "))
        let strengths = f.items("strengths").compactMap { item -> Strength? in
            guard let s = f.session.fields(item.node, at: item.path) else { return nil }
            s.rejectUnknown(["area", "text"])
            guard let area = s.code("area", CompetencyArea.self, required: DocumentText.Hint.area),
                let text = s.string("text", required: DocumentText.Hint.strength)
            else { return nil }
            return Strength(area: area, text: text)
        }
        let deficits = f.items("deficits").compactMap { item -> Deficit? in
            guard let d = f.session.fields(item.node, at: item.path) else { return nil }
            d.rejectUnknown(["id", "area", "level", "text"])
            guard let id = d.string("id", required: DocumentText.Hint.shortID("d1")),
                let area = d.code("area", CompetencyArea.self, required: DocumentText.Hint.area),
                let level = d.int("level", required: DocumentText.Hint.level),
                let text = d.string("text", required: DocumentText.Hint.difficulty)
            else { return nil }
            return Deficit(id: id, area: area, level: level, text: text)
        }
        let activities = self.activities(f)
        let corrections = f.items("corrections").compactMap { item -> Correction? in
            guard let c = f.session.fields(item.node, at: item.path) else { return nil }
            c.rejectUnknown(["date", "author", "activity", "change", "reason"])
            guard let date = c.day("date", required: DocumentText.Hint.isoDate),
                let author = c.string("author", required: DocumentText.Hint.author),
                let change = c.string("change", required: DocumentText.Hint.change),
                let reason = c.string("reason", required: DocumentText.Hint.changeReason)
            else { return nil }
            return Correction(date: date, author: author, activity: c.string("activity"), change: change, reason: reason)
        }
        let reflections = f.items("reflections").compactMap { item -> Reflection? in
            guard let r = f.session.fields(item.node, at: item.path) else { return nil }
            r.rejectUnknown(["date", "activity", "deficit", "image", "score", "text", "final", "tags", "history"])
            let activity = r.string("activity")
            let deficit = r.string("deficit")
            let image = r.bool("image") ?? false
            let target: Reflection.Target?
            switch (activity, deficit, image) {
            case (let a?, nil, false): target = .activity(a)
            case (nil, let d?, false): target = .deficit(d)
            case (nil, nil, true): target = .image
            case (nil, nil, false):
                r.session.report(item.path, item.node, DocumentText.reflectionWithoutTarget)
                target = nil
            default:
                r.session.report(item.path, item.node, DocumentText.reflectionWithTwoTargets)
                target = nil
            }
            guard let date = r.day("date", required: DocumentText.Hint.isoDate),
                let score = r.int("score", required: DocumentText.Hint.score),
                let text = r.string("text", required: DocumentText.Hint.teacherWords),
                let target
            else { return nil }
            let history = r.items("history").compactMap { entry -> Reflection.Revision? in
                guard let h = r.session.fields(entry.node, at: entry.path) else { return nil }
                h.rejectUnknown(["replaced", "score", "text"])
                guard let replaced = h.day("replaced", required: DocumentText.Hint.replaced),
                    let score = h.int("score", required: DocumentText.Hint.score),
                    let text = h.string("text", required: DocumentText.Hint.earlierWording)
                else { return nil }
                return Reflection.Revision(replaced: replaced, score: score, text: text)
            }
            return Reflection(
                date: date, target: target, score: score, text: text, isFinal: r.bool("final") ?? false,
                tags: r.strings("tags"), history: history)
        }
        guard let id, let teacher, let start, let end, let stage else { return nil }
        return Route(
            id: id, teacher: teacher, tutor: f.string("tutor"), start: start, end: end, stage: stage,
            selfImage: f.string("self_image"), strengths: strengths, deficits: deficits,
            activities: activities, corrections: corrections, reflections: reflections)
    }

    static func activities(_ f: Fields) -> [Activity] {
        f.items("activities").compactMap { item -> Activity? in
            guard let a = f.session.fields(item.node, at: item.path) else { return nil }
            a.rejectUnknown(["id", "kind", "title", "hours", "start", "due", "addresses", "product"])
            let product: Product? = a.nested("product").flatMap { p in
                p.rejectUnknown(["kind", "title", "attitude", "date", "reference"])
                guard let kind = p.string("kind", required: DocumentText.Hint.productKind),
                    let title = p.string("title", required: DocumentText.Hint.productTitle),
                    let date = p.day("date", required: DocumentText.Hint.productDate)
                else { return nil }
                return Product(kind: kind, title: title, attitude: p.string("attitude"), date: date, reference: p.string("reference"))
            }
            guard let id = a.string("id", required: DocumentText.Hint.shortID("a1")),
                let kind = a.code("kind", ActivityKind.self, required: DocumentText.Hint.activityKind),
                let title = a.string("title", required: DocumentText.Hint.activityTitle),
                let due = a.day("due", required: DocumentText.Hint.due)
            else { return nil }
            return Activity(
                id: id, kind: kind, title: title, hours: a.int("hours"), start: a.day("start"),
                due: due, addresses: a.strings("addresses"), product: product)
        }
    }

    static func plan(_ f: Fields) -> SchoolPlan? {
        f.rejectUnknown(["kind", "id", "title", "stages"])
        let id = f.string("id", required: DocumentText.Hint.slug("roadmap-2022"))
        let title = f.string("title", required: DocumentText.Hint.planTitle)
        let stages = f.items("stages").compactMap { item -> SchoolPlan.Stage? in
            guard let s = f.session.fields(item.node, at: item.path) else { return nil }
            s.rejectUnknown(["number", "title", "content", "due", "responsible", "check", "done"])
            guard let number = s.int("number", required: DocumentText.Hint.stageNumber),
                let title = s.string("title", required: DocumentText.Hint.stageTitle),
                let due = s.day("due", required: DocumentText.Hint.deadline)
            else { return nil }
            return SchoolPlan.Stage(
                number: number, title: title, content: s.string("content"), due: due,
                responsible: s.string("responsible"), check: s.code("check", SchoolPlan.Check.self),
                done: s.day("done"))
        }
        guard let id, let title else { return nil }
        return SchoolPlan(id: id, title: title, stages: stages)
    }

    static func program(_ f: Fields) -> Program? {
        f.rejectUnknown([
            "kind", "id", "forms", "directions", "mentors", "mentees", "start", "end", "status",
            "addresses", "activities", "indicators", "changes",
        ])
        let id = f.string("id", required: DocumentText.Hint.slug("prog-2022-01"))
        let start = f.day("start", required: DocumentText.Hint.firstDay)
        let end = f.day("end", required: DocumentText.Hint.programEnd)
        let status = f.code("status", ProgramStatus.self, required: DocumentText.Hint.status)
        let indicators = f.items("indicators").compactMap { item -> Indicator? in
            guard let i = f.session.fields(item.node, at: item.path) else { return nil }
            i.rejectUnknown(["name", "date", "value"])
            guard let name = i.string("name", required: DocumentText.Hint.indicatorName),
                let date = i.day("date", required: DocumentText.Hint.isoDate),
                let value = i.double("value", required: DocumentText.Hint.number)
            else { return nil }
            return Indicator(name: name, date: date, value: value)
        }
        let changes = f.items("changes").compactMap { item -> StatusChange? in
            guard let c = f.session.fields(item.node, at: item.path) else { return nil }
            c.rejectUnknown(["date", "status", "reason"])
            guard let date = c.day("date", required: DocumentText.Hint.isoDate),
                let status = c.code("status", ProgramStatus.self, required: DocumentText.Hint.newStatus),
                let reason = c.string("reason", required: DocumentText.Hint.why)
            else { return nil }
            return StatusChange(date: date, status: status, reason: reason)
        }
        let program = (
            id: id, forms: f.codes("forms", MentoringForm.self), directions: f.codes("directions", Direction.self),
            mentors: f.strings("mentors"), mentees: f.strings("mentees"), activities: activities(f)
        )
        guard let id = program.id, let start, let end, let status else { return nil }
        return Program(
            id: id, forms: program.forms, directions: program.directions, mentors: program.mentors,
            mentees: program.mentees, start: start, end: end, status: status,
            activities: program.activities, indicators: indicators, addresses: f.strings("addresses"),
            changes: changes)
    }
}
