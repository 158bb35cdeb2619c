import Foundation

/// The scripts a rule engine loads, in load order: each a name people read in messages and its
/// text. They come from a folder (`Scripts/`, the local default) or from the store, where a
/// shared server keeps the scripts each organization pushed.
///
/// ```swift
/// let local = try ScriptSet(folder: "Scripts")            // names like Scripts/routes.lua
/// let pushed = ScriptSet([.init(name: "school-7/routes.lua", text: source)])
/// let engine = try RuleEngine(scripts: pushed)
/// ```
public struct ScriptSet: Sendable, Hashable {
    /// One script: where it comes from, as messages name it, and its text.
    public struct Script: Sendable, Hashable {
        /// The name in messages and findings' `source`: `Scripts/routes.lua`, `school-7/routes.lua`.
        public var name: String
        /// The name Lua gives the chunk: short, since Lua cuts longer ones (through Cyrillic too).
        var chunk: String
        /// The text; `nil` when the file is not UTF-8 text (the load reports it).
        public var text: String?

        public init(name: String, text: String?) {
            self.init(name: name, chunk: name, text: text)
        }

        init(name: String, chunk: String, text: String?) {
            self.name = name
            // Lua shortens chunk names past 59 bytes; a longer one is kept whole in messages by
            // mapping the chunk back to `name`.
            self.chunk = chunk.utf8.count <= 55 ? chunk : name
            self.text = text
        }
    }

    public var scripts: [Script]

    public init(_ scripts: [Script]) {
        self.scripts = scripts
    }

    /// Every `*.lua` under `folder`, searched recursively, in name order; each named by its path
    /// and loaded as a chunk named by its path inside the folder.
    ///
    /// - Throws: `RuleError` when the folder does not exist.
    public init(folder: String) throws {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        scripts = try RuleEngine.scriptFiles(in: folder).map { path in
            let relative = String(path.dropFirst(base.count).drop { $0 == "/" })
            let text = FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
            return Script(name: path, chunk: relative, text: text)
        }
    }
}
