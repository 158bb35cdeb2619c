import MarshrutCore
import Yams

/// Writes the model back as YAML documents in the canonical key order of the format, so
/// that export → import → export gives the same bytes.
public enum DocumentWriter {
    /// One document's YAML text, ending with a newline.
    public static func yaml(for person: Person) throws -> String { try emit(node(person)) }
    public static func yaml(for route: Route) throws -> String {
        var text = ""
        try write(route) { text += $0 }
        return text
    }
    public static func yaml(for program: Program) throws -> String { try emit(node(program)) }
    public static func yaml(for plan: SchoolPlan) throws -> String { try emit(node(plan)) }
    public static func yaml(for organization: Organization) throws -> String { try emit(node(organization)) }

    /// One document per subject, each with the file name an export gives it
    /// (`organization-ID.yaml`, `person-ID.yaml`, …): organizations first, since persons name them,
    /// so a folder imports in any order it is read.
    public static func documents(of catalog: Catalog) throws -> [(name: String, text: String)] {
        var documents: [(name: String, text: String)] = []
        for o in catalog.organizations { documents.append(("organization-\(o.id).yaml", try yaml(for: o))) }
        for p in catalog.persons { documents.append(("person-\(p.id).yaml", try yaml(for: p))) }
        for r in catalog.routes { documents.append(("route-\(r.id).yaml", try yaml(for: r))) }
        for p in catalog.programs { documents.append(("program-\(p.id).yaml", try yaml(for: p))) }
        for p in catalog.plans { documents.append(("plan-\(p.id).yaml", try yaml(for: p))) }
        return documents
    }

    /// Several documents separated by `---`.
    public static func yaml(for catalog: Catalog) throws -> String {
        let nodes =
            catalog.organizations.map(node) + catalog.persons.map(node) + catalog.routes.map(node) + catalog.programs.map(node) + catalog.plans.map(node)
        return try nodes.map(emit).joined(separator: "---\n")
    }

    /// Writes a route's document in pieces, the same bytes as ``yaml(for:)-(Route)``: its
    /// reflections, which can be many thousands, go a few hundred at a time, so the text and its
    /// YAML tree are never whole in memory.
    public static func write(_ route: Route, chunkSize: Int = 500, to output: (String) throws -> Void) throws {
        let head = try emit(node(route, withReflections: false))
        guard !route.reflections.isEmpty else { return try output(head) }
        // An emitter ends a document whose last text keeps its trailing line breaks (`|+`) with
        // `...`; a piece in the middle of the document must not.
        try output(withoutDocumentEnd(head))
        try output("reflections:\n")
        var start = 0
        while start < route.reflections.count {
            let end = min(start + max(1, chunkSize), route.reflections.count)
            let piece = try emit(Node(route.reflections[start..<end].map(node), .implicit, .block))
            try output(end == route.reflections.count ? piece : withoutDocumentEnd(piece))
            start = end
        }
    }

    private static func withoutDocumentEnd(_ text: String) -> String {
        text.hasSuffix("\n...\n") ? String(text.dropLast(4)) : text
    }

    static func emit(_ node: Node) throws -> String {
        try Yams.serialize(node: Settled().node(node), indent: 2, width: -1, allowUnicode: true, sortKeys: false)
    }

    /// Gives every node of a document its tag rather than leaving it to resolve. The emitter marks
    /// every scalar implicit, so a scalar's tag never reaches the text (its style, chosen in
    /// `text(_:)`, decides how it reads back), yet resolving an implicit tag runs a regular
    /// expression per scalar. Collections get the tags they resolve to. A tag whose name is given
    /// is never changed by Yams, so one of each serves the whole document.
    struct Settled {
        let text = Tag(.str), map = Tag(.map), seq = Tag(.seq)

        func node(_ node: Node) -> Node {
            switch node {
            case .scalar(let s): Node(s.string, text, s.style)
            case .mapping(let m): Node(m.map { (self.node($0.key), self.node($0.value)) }, map, m.style)
            case .sequence(let q): Node(q.map(self.node), seq, q.style)
            case .alias: node
            }
        }
    }

    // MARK: - Nodes

    static func node(_ p: Person) -> Node {
        var m = MappingBuilder()
        m["kind"] = text("person")
        m["id"] = text(p.id)
        m["name"] = text(p.name)
        m["school"] = p.school.map(text)
        m["organization"] = p.organization.map(text)
        m["position"] = p.position.map(text)
        m["subject"] = p.subject.map(text)
        m["roles"] = codes(p.roles)
        m["birth_date"] = p.staff.birthDate.map(date)
        m["hire_date"] = p.staff.hireDate.map(date)
        m["experience_since"] = p.staff.experienceSince.map(date)
        m["category"] = p.staff.category.map { text($0.rawValue) }
        m["category_date"] = p.staff.categoryDate.map(date)
        m["requests"] = p.requests.map(node)
        m["capacity"] = p.capacity.map(number)
        m["offers"] = p.offers.map(node)
        m["consents"] = blocks(
            p.consents.map { c in
                var m = MappingBuilder()
                m["kind"] = text(c.kind.rawValue)
                m["date"] = date(c.date)
                return m.node
            })
        return m.node
    }

    static func node(_ o: Organization) -> Node {
        var m = MappingBuilder()
        m["kind"] = text("organization")
        m["id"] = text(o.id)
        m["name"] = text(o.name)
        m["type"] = text(o.type.rawValue)
        m["parent"] = o.parent.map(text)
        return m.node
    }

    static func node(_ p: Preferences) -> Node {
        var m = MappingBuilder()
        m["areas"] = codes(p.areas)
        m["subjects"] = p.subjects.isEmpty ? nil : Node(p.subjects.map(text), .implicit, .flow)
        m["forms"] = codes(p.forms)
        return m.node
    }

    static func node(_ r: Route) -> Node { node(r, withReflections: true) }

    static func node(_ r: Route, withReflections: Bool) -> Node {
        var m = MappingBuilder()
        m["kind"] = text("route")
        m["id"] = text(r.id)
        m["teacher"] = text(r.teacher)
        m["tutor"] = r.tutor.map(text)
        m["start"] = date(r.start)
        m["end"] = date(r.end)
        m["stage"] = text(r.stage.rawValue)
        m["self_image"] = r.selfImage.map(text)
        m["strengths"] = blocks(
            r.strengths.map { s in
                var m = MappingBuilder()
                m["area"] = text(s.area.rawValue)
                m["text"] = text(s.text)
                return m.node
            })
        m["deficits"] = blocks(
            r.deficits.map { d in
                var m = MappingBuilder()
                m["id"] = text(d.id)
                m["area"] = text(d.area.rawValue)
                m["level"] = number(d.level)
                m["text"] = text(d.text)
                return m.node
            })
        m["activities"] = blocks(r.activities.map(node))
        m["corrections"] = blocks(
            r.corrections.map { c in
                var m = MappingBuilder()
                m["date"] = date(c.date)
                m["author"] = text(c.author)
                m["activity"] = c.activity.map(text)
                m["change"] = text(c.change)
                m["reason"] = text(c.reason)
                return m.node
            })
        if withReflections { m["reflections"] = blocks(r.reflections.map(node)) }
        return m.node
    }

    static func node(_ x: Reflection) -> Node {
        var m = MappingBuilder()
        m["date"] = date(x.date)
        m["activity"] = x.activity.map(text)
        m["deficit"] = x.deficit.map(text)
        m["image"] = x.isOnImage ? Node("true") : nil
        m["score"] = number(x.score)
        m["text"] = text(x.text)
        m["final"] = Node(x.isFinal ? "true" : "false")
        m["tags"] = x.tags.isEmpty ? nil : Node(x.tags.map(text), .implicit, .flow)
        m["history"] = blocks(
            x.history.map { h in
                var m = MappingBuilder()
                m["replaced"] = date(h.replaced)
                m["score"] = number(h.score)
                m["text"] = text(h.text)
                return m.node
            })
        return m.node
    }

    static func node(_ a: Activity) -> Node {
        var m = MappingBuilder()
        m["id"] = text(a.id)
        m["kind"] = text(a.kind.rawValue)
        m["title"] = text(a.title)
        m["hours"] = a.hours.map(number)
        m["start"] = a.start.map(date)
        m["due"] = date(a.due)
        m["addresses"] = a.addresses.isEmpty ? nil : Node(a.addresses.map(text), .implicit, .flow)
        m["product"] = a.product.map { p in
            var m = MappingBuilder()
            m["kind"] = text(p.kind)
            m["title"] = text(p.title)
            m["attitude"] = p.attitude.map(text)
            m["date"] = date(p.date)
            m["reference"] = p.reference.map(text)
            return m.node
        }
        return m.node
    }

    static func node(_ p: Program) -> Node {
        var m = MappingBuilder()
        m["kind"] = text("program")
        m["id"] = text(p.id)
        m["forms"] = codes(p.forms)
        m["directions"] = codes(p.directions)
        m["mentors"] = Node(p.mentors.map(text), .implicit, .flow)
        m["mentees"] = Node(p.mentees.map(text), .implicit, .flow)
        m["start"] = date(p.start)
        m["end"] = date(p.end)
        m["status"] = text(p.status.rawValue)
        m["addresses"] = p.addresses.isEmpty ? nil : Node(p.addresses.map(text), .implicit, .flow)
        m["activities"] = blocks(p.activities.map(node))
        m["indicators"] = blocks(
            p.indicators.map { i in
                var m = MappingBuilder()
                m["name"] = text(i.name)
                m["date"] = date(i.date)
                m["value"] = Node(format(i.value))
                return m.node
            })
        m["changes"] = blocks(
            p.changes.map { c in
                var m = MappingBuilder()
                m["date"] = date(c.date)
                m["status"] = text(c.status.rawValue)
                m["reason"] = text(c.reason)
                return m.node
            })
        return m.node
    }

    static func node(_ plan: SchoolPlan) -> Node {
        var m = MappingBuilder()
        m["kind"] = text("plan")
        m["id"] = text(plan.id)
        m["title"] = text(plan.title)
        m["stages"] = blocks(
            plan.stages.map { stage in
                var m = MappingBuilder()
                m["number"] = number(stage.number)
                m["title"] = text(stage.title)
                m["content"] = stage.content.map(text)
                m["due"] = date(stage.due)
                m["responsible"] = stage.responsible.map(text)
                m["check"] = stage.check.map { text($0.rawValue) }
                m["done"] = stage.done.map(date)
                return m.node
            })
        return m.node
    }

    // MARK: - Scalars

    /// A text scalar, quoted when a YAML reader would otherwise take it for something else.
    static func text(_ s: String) -> Node {
        if s.contains("\n") { return Node(s, .implicit, .literal) }
        let plainIsText = mayReadAsOtherThanText(s) ? Resolver.default.resolveTag(of: Node(s)) == .str : true
        let ambiguous = ["", "~", "null", "Null", "NULL", "yes", "no", "Yes", "No", "on", "off"].contains(s)
        return Node(s, .implicit, plainIsText && !ambiguous ? .any : .singleQuoted)
    }

    /// Whether a plain scalar could resolve to something other than a string: every pattern of
    /// the default resolver (null, bool, int, float, timestamp, merge, value) matches only text
    /// that is empty or starts with one of these characters. Most text (Cyrillic, say) does not,
    /// and needs no regular expression to tell.
    static func mayReadAsOtherThanText(_ s: String) -> Bool {
        guard let first = s.utf8.first else { return true }
        return "-+.0123456789~<=yYnNtTfFoO".utf8.contains(first)
    }

    static func number(_ n: Int) -> Node { Node(String(n)) }

    /// Whole values print without a fraction (15, not 15.0).
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    static func codes<V: Vocabulary>(_ values: [V]) -> Node? {
        values.isEmpty ? nil : Node(values.map { Node($0.rawValue) }, .implicit, .flow)
    }

    static func blocks(_ nodes: [Node]) -> Node? {
        nodes.isEmpty ? nil : Node(nodes, .implicit, .block)
    }
}

/// Builds a mapping in insertion order, leaving out absent values.
struct MappingBuilder {
    private var pairs: [(Node, Node)] = []

    subscript(key: String) -> Node? {
        get { nil }
        set { if let newValue { pairs.append((Node(key), newValue)) } }
    }

    var node: Node { Node(pairs, .implicit, .block) }
}

extension DocumentWriter {
    /// Dates are written plain (`2022-09-01`), as the format shows them.
    static func date(_ day: Day) -> Node { Node(day.description) }
}
