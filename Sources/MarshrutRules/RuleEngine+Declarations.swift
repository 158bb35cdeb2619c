import LuaBridge
import MarshrutCore
import MarshrutText

/// The pairing score of `Scripts/matching.lua`: `matching { score = function(mentor, mentee, ctx) … end }`.
public struct MatchingRule: Sendable, Hashable {
    public var description: String
    public var source: RuleSource
}

extension RuleEngine {
    /// Checks one `monitor`/`incentive`/`matching` declaration and keeps it, or reports why not.
    func register(_ declared: LuaTable) {
        let kind = declared["kind"].stringValue ?? "?"
        let chunk = declared["file"].stringValue ?? "?"
        let source = RuleSource(file: displayNames[chunk] ?? chunk, line: Int(declared["line"].integerValue ?? 0))
        let environment = loadingEnvironment ?? runners.take
        guard let spec = declared["spec"].tableValue else { return }
        var problems: [String] = []
        let id = spec["id"].stringValue
        let shownID = id.map(RuleText.shortened)
        func fail() {
            loadErrors.append(
                RuleError(
                    rule: shownID ?? kind, error: "\(kind)\(shownID.map { " \"\($0)\"" } ?? ""): " + problems.joined(separator: "; "),
                    source: source.description))
        }
        func text(_ key: String, required: Bool) -> String? {
            switch spec[key] {
            case .string(let s) where !s.isEmpty: return s
            case .nil where !required: return nil
            case .nil: problems.append(RuleText.keyMissing(key)); return nil
            default: problems.append(RuleText.keyNotString(key)); return nil
            }
        }
        func code<V: NamedVocabulary>(_ key: String, _ type: V.Type) -> V? {
            guard let s = text(key, required: true) else { return nil }
            guard let value = V(rawValue: s) else { problems.append("`\(key)`: " + V.unknownMessage(s)); return nil }
            return value
        }
        func function(_ key: String) -> LuaReference? {
            if case .function(let reference) = spec[key] { return reference }
            problems.append(spec[key] == .nil ? RuleText.functionMissing(key) : RuleText.keyNotFunction(key))
            return nil
        }
        func subjectKind() -> SubjectReference.Kind? {
            guard let s = text("subject", required: true) else { return nil }
            guard let value = SubjectReference.Kind(rawValue: s), value != .plan else {
                problems.append("`subject`: " + RuleText.unknownSubject(s))
                return nil
            }
            return value
        }
        func checkKeys(_ allowed: [String]) {
            for key in spec.fields.keys.sorted() where !allowed.contains(key) {
                problems.append(RuleText.unknownKey(key, allowed: allowed))
            }
            if !spec.array.isEmpty { problems.append(RuleText.unnamedFields) }
        }
        let examples: [LuaTable] = {
            switch spec["examples"] {
            case .nil: return []
            case .table(let t) where t.fields.isEmpty: return t.array.compactMap(\.tableValue)
            default: problems.append(RuleText.examplesNotList); return []
            }
        }()
        if let id, let shownID, !isSlug(id) { problems.append(RuleText.idNotSlug(shownID)) }
        if let id, let earlier = declaration(named: id) ?? contestedIDs[id] {
            problems.append(RuleText.idTaken(id, at: earlier))
            // Another file's rule: whichever loaded first would win by file order alone, so a
            // script could replace another's rule unnoticed. Neither runs; both are reported.
            if earlier.file != source.file, contestedIDs[id] == nil { withdraw(id, at: earlier, contestedAt: source) }
        }

        switch kind {
        case "monitor":
            checkKeys(["id", "subject", "severity", "description", "check", "examples"])
            let id = text("id", required: true), subject = subjectKind(), severity = code("severity", Severity.self)
            let description = text("description", required: false) ?? ""
            let check = function("check")
            guard problems.isEmpty, let id, let subject, let severity, let check else { return fail() }
            monitorEntries.append(
                Entry(
                    rule: Monitor(id: id, subject: subject, severity: severity, description: description, source: source),
                    function: check, examples: examples, environment: environment))
        case "incentive":
            checkKeys(["id", "title", "kind", "subject", "description", "eligible", "examples"])
            let id = text("id", required: true), title = text("title", required: true)
            let incentiveKind = code("kind", IncentiveKind.self), subject = subjectKind()
            let description = text("description", required: false) ?? ""
            let eligible = function("eligible")
            guard problems.isEmpty, let id, let title, let incentiveKind, let subject, let eligible else { return fail() }
            incentiveEntries.append(
                Entry(
                    rule: Incentive(
                        id: id, title: title, kind: incentiveKind, subject: subject,
                        description: description, source: source),
                    function: eligible, examples: examples, environment: environment))
        default:
            checkKeys(["id", "description", "score", "examples"])
            if let earlier = matchingEntry {
                problems.append(RuleText.secondMatching(at: earlier.rule.source))
            }
            let score = function("score")
            guard problems.isEmpty, let score else { return fail() }
            matchingEntry = Entry(
                rule: MatchingRule(description: text("description", required: false) ?? "", source: source),
                function: score, examples: examples, environment: environment)
        }
    }

    /// Unloads the rule `id` declared at `earlier`, reporting that `other` declares it too.
    private func withdraw(_ id: String, at earlier: RuleSource, contestedAt other: RuleSource) {
        contestedIDs[id] = earlier
        monitorEntries.removeAll { $0.rule.id == id }
        incentiveEntries.removeAll { $0.rule.id == id }
        loadErrors.append(RuleError(rule: id, error: RuleText.idContested(id, at: other), source: earlier.description))
    }

    private func declaration(named id: String) -> RuleSource? {
        monitorEntries.first { $0.rule.id == id }?.rule.source ?? incentiveEntries.first { $0.rule.id == id }?.rule.source
    }

    private func isSlug(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= RuleText.maximumIDLength
            && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }
}
