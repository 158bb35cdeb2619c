import MarshrutCore
import MarshrutText
import Yams

/// Collects diagnostics and field lines while one file's documents are read.
final class ReadSession {
    let file: String
    var diagnostics: [Diagnostic] = []
    /// Field path → line, for the document being read.
    var lines: [String: Int] = [:]

    init(file: String) {
        self.file = file
    }

    func report(_ path: String, _ node: Node?, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: node?.mark?.line, path: path, message: message))
    }

    func note(_ path: String, _ node: Node) {
        if let line = node.mark?.line, lines[path] == nil { lines[path] = line }
    }

    /// Opens a mapping, or reports that the node is something else.
    func fields(_ node: Node, at path: String) -> Fields? {
        note(path, node)
        guard case .mapping(let mapping) = node else {
            report(path, node, DocumentText.expectedMapping(found: node.shapeName))
            return nil
        }
        var pairs: [String: Node] = [:]
        var order: [String] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report(path, key, DocumentText.keyNotWord(found: key.shapeName))
                continue
            }
            if pairs[name] != nil {
                report(Fields.join(path, name), key, DocumentText.keyTwice(name))
                continue
            }
            pairs[name] = value
            order.append(name)
            note(Fields.join(path, name), key)
        }
        return Fields(session: self, path: path, node: node, pairs: pairs, order: order)
    }
}

/// The keys of one mapping, read by type with every problem reported at its line.
struct Fields {
    let session: ReadSession
    let path: String
    let node: Node
    let pairs: [String: Node]
    let order: [String]

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func at(_ key: String) -> String { Fields.join(path, key) }

    /// The value of a key, treating YAML null as absent.
    func value(_ key: String) -> Node? {
        guard let node = pairs[key] else { return nil }
        if case .scalar(let s) = node, s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { return nil }
        return node
    }

    func missing(_ key: String, _ hint: String) {
        session.report(at(key), node, DocumentText.missingField(key, hint: hint))
    }

    /// Reports keys that are not in `allowed`.
    func rejectUnknown(_ allowed: [String]) {
        for key in order where !allowed.contains(key) {
            session.report(at(key), pairs[key], DocumentText.unknownField(key, allowed: allowed))
        }
    }

    func string(_ key: String, required hint: String? = nil) -> String? {
        guard let node = value(key) else {
            if let hint { missing(key, hint) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            session.report(at(key), node, DocumentText.expectedText(found: node.shapeName))
            return nil
        }
        return scalar.string
    }

    func day(_ key: String, required hint: String? = nil) -> Day? {
        guard let text = string(key, required: hint) else { return nil }
        return Fields.day(text, at: at(key), node: pairs[key], session: session)
    }

    static func day(_ text: String, at path: String, node: Node?, session: ReadSession) -> Day? {
        do {
            return try Day(parsing: text)
        } catch {
            session.report(path, node, error.text)
            return nil
        }
    }

    func int(_ key: String, required hint: String? = nil) -> Int? {
        guard let text = string(key, required: hint) else { return nil }
        guard let value = Int(text) else {
            session.report(at(key), pairs[key], DocumentText.expectedWholeNumber(found: text))
            return nil
        }
        return value
    }

    func double(_ key: String, required hint: String? = nil) -> Double? {
        guard let text = string(key, required: hint) else { return nil }
        guard let value = Double(text), value.isFinite else {
            session.report(at(key), pairs[key], DocumentText.expectedNumber(found: text))
            return nil
        }
        return value
    }

    func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text {
        case "true", "True", "TRUE", "yes": return true
        case "false", "False", "FALSE", "no": return false
        default:
            session.report(at(key), pairs[key], DocumentText.expectedBool(found: text))
            return nil
        }
    }

    func code<V: NamedVocabulary>(_ key: String, _ type: V.Type, required hint: String? = nil) -> V? {
        guard let text = string(key, required: hint) else { return nil }
        return Fields.code(text, type, at: at(key), node: pairs[key], session: session)
    }

    static func code<V: NamedVocabulary>(_ text: String, _ type: V.Type, at path: String, node: Node?, session: ReadSession) -> V? {
        guard let value = V(rawValue: text) else {
            session.report(path, node, V.unknownMessage(text))
            return nil
        }
        return value
    }

    /// The items of a list, each with its path; a missing key is an empty list.
    func items(_ key: String) -> [(node: Node, path: String)] {
        guard let node = value(key) else { return [] }
        guard case .sequence(let sequence) = node else {
            session.report(at(key), node, DocumentText.expectedList(found: node.shapeName))
            return []
        }
        return sequence.enumerated().map { i, item in
            let itemPath = "\(at(key))[\(i)]"
            session.note(itemPath, item)
            return (item, itemPath)
        }
    }

    func strings(_ key: String) -> [String] {
        items(key).compactMap { item in
            guard case .scalar(let s) = item.node else {
                session.report(item.path, item.node, DocumentText.expectedText(found: item.node.shapeName))
                return nil
            }
            return s.string
        }
    }

    func codes<V: NamedVocabulary>(_ key: String, _ type: V.Type) -> [V] {
        items(key).compactMap { item in
            guard case .scalar(let s) = item.node else {
                session.report(item.path, item.node, DocumentText.expectedCode(found: item.node.shapeName))
                return nil
            }
            return Fields.code(s.string, type, at: item.path, node: item.node, session: session)
        }
    }

    func nested(_ key: String) -> Fields? {
        guard let node = value(key) else { return nil }
        return session.fields(node, at: at(key))
    }
}

extension Node {
    var shapeName: String {
        switch self {
        case .scalar(let s): DocumentText.scalarShape(s.string)
        case .mapping: DocumentText.mappingShape
        case .sequence: DocumentText.listShape
        case .alias: DocumentText.aliasShape
        }
    }
}
