import Foundation
import LuaBridge
import MarshrutCore
import MarshrutText

/// The curator's rules: every `*.lua` of a scripts folder, loaded at run time into one
/// sandboxed Lua state and evaluated against the model.
///
/// Loading never stops at a broken script: its problem is kept in ``loadErrors`` and every
/// other script still loads. Each subject's view is built once per batch and shared, read-only,
/// by all rules.
///
/// ```swift
/// let engine = try RuleEngine(scriptsFolder: "Scripts")
/// let report = try engine.check(store, today: today)      // the region, streamed in batches
/// let sample = engine.check(catalog, today: today)        // a catalog in memory
/// ```
public final class RuleEngine {
    let lua: LuaState
    let runners: Runners
    /// Declared monitors with their `check` functions, in load order.
    var monitorEntries: [Entry<Monitor>] = []
    var incentiveEntries: [Entry<Incentive>] = []
    var matchingEntry: Entry<MatchingRule>?
    /// Ids declared in two files: neither declaration runs (id → the first one's place).
    var contestedIDs: [String: RuleSource] = [:]
    /// Scripts and declarations that failed to load.
    public internal(set) var loadErrors: [RuleError] = []
    /// The script files loaded, as named in messages.
    public private(set) var files: [String] = []
    /// The scripts loaded (workers of a concurrent run load them again).
    let scripts: ScriptSet

    /// A declaration with its Lua function, its examples and its script's environment.
    struct Entry<Rule> {
        var rule: Rule
        var function: LuaReference
        var examples: [LuaTable]
        var environment: LuaReference
    }

    /// The limits each call gets (the state's own cap moves as views are built; see `arm`).
    let limits: LuaLimits
    /// The environment of the script being loaded, for the declarations it makes.
    var loadingEnvironment: LuaReference?
    /// Chunk names (short, as Lua prints them) → the paths shown to people.
    var displayNames: [String: String] = [:]

    /// The prelude's functions the host calls.
    struct Runners {
        var take: LuaReference
        var flag: LuaReference
        var check: LuaReference
        var eligible: LuaReference
        var score: LuaReference
        /// Empties a script's environment, to free what a runaway rule hoarded there.
        var clear: LuaReference
    }

    /// The trusted Lua every script runs beside (the declarations, the `date` helpers and the
    /// runners), with its messages in the current language. The pure-Lua baseline
    /// (`Bench/baseline.lua`) runs this same code.
    public static var preludeSource: String { Prelude.source() }

    public var monitors: [Monitor] { monitorEntries.map(\.rule) }
    public var incentives: [Incentive] { incentiveEntries.map(\.rule) }
    public var matching: MatchingRule? { matchingEntry?.rule }

    /// Loads every `*.lua` under `scriptsFolder` (searched recursively, in name order).
    ///
    /// - Throws: `RuleError` only when the folder cannot be read or the sandbox cannot start;
    ///   broken scripts are reported in ``loadErrors`` instead.
    public convenience init(scriptsFolder: String, limits: LuaLimits = LuaLimits()) throws {
        try self.init(scripts: try ScriptSet(folder: scriptsFolder), limits: limits)
    }

    /// Loads `scripts` in their order.
    ///
    /// The messages of the prelude's own helpers (`date`, `ctx.flag`, the declarations) are
    /// in the language current while the engine loads; everything else follows the language
    /// of each call.
    ///
    /// - Throws: `RuleError` only when the sandbox cannot start; broken scripts are reported in
    ///   ``loadErrors`` instead.
    public init(scripts: ScriptSet, limits: LuaLimits = LuaLimits()) throws {
        self.scripts = scripts
        self.limits = limits
        let prelude = Prelude.source()
        (lua, runners) = try Self.onLuaThread { () throws -> (LuaState, Runners) in
            let lua = try LuaState(limits: limits)
            try RecordKind.register(in: lua)
            let returned = try lua.runTrusted(prelude, chunkName: "@marshrut/prelude.lua")
            let functions = returned.compactMap { value -> LuaReference? in
                if case .function(let reference) = value { reference } else { nil }
            }
            guard functions.count == 6 else {
                throw RuleError(rule: "prelude", error: RuleText.preludeDidNotStart, source: "marshrut/prelude.lua")
            }
            return (
                lua,
                Runners(
                    take: functions[0], flag: functions[1], check: functions[2],
                    eligible: functions[3], score: functions[4], clear: functions[5])
            )
        }
        Self.onLuaThread {
            // All declarations of all scripts together cross into the host within one allowance,
            // as one call's results do: many scripts cannot add up to more.
            lua.readAllowance = (Self.declarationBytes, Self.declarationValues)
            for script in scripts.scripts { load(script) }
            lua.readAllowance = nil
        }
    }

    /// What the declarations of all scripts together may copy into the host: text bytes and values.
    static let declarationBytes = 16 << 20
    static let declarationValues = 1_000_000
    /// The most rules and criteria one script may declare.
    static let maximumDeclarations = 1_000

    /// Runs `body` on a Lua thread (see `LuaThread`) in the caller's language: a task-local
    /// value does not follow work onto a new thread, so it is set again there.
    static func onLuaThread<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        let language = Language.current
        return try LuaThread.run { () throws(E) -> T in
            try Language.$current.withValue(language) { Result<T, E>(catching: body) }.get()
        }
    }

    /// The paths of the `*.lua` files under `folder`, searched recursively, in name order.
    public static func scriptFiles(in folder: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw RuleError(rule: "scripts", error: RuleText.noScriptsFolder(folder), source: folder)
        }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let names = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".lua") }
            .sorted()
        return names.map { "\(base)/\($0)" }
    }

    /// Compiles and runs one script, then collects what it declared.
    private func load(_ script: ScriptSet.Script) {
        let path = script.name
        files.append(path)
        displayNames[script.chunk] = path
        let chunk = script.chunk
        let name = (path as NSString).lastPathComponent
        guard let source = script.text else {
            loadErrors.append(RuleError(rule: name, error: RuleText.scriptNotUTF8, source: path))
            return
        }
        let environment = lua.makeEnvironment()
        loadingEnvironment = environment
        do {
            let compiled = try lua.load(source, chunkName: "@" + chunk, environment: environment)
            _ = try lua.call(compiled, arguments: [])
            lua.release(compiled)
        } catch {
            _ = try? lua.call(runners.take, arguments: [])  // drop a half-loaded script's declarations
            loadErrors.append(RuleError(rule: name, error: describe(error), source: display(error.location) ?? path))
            return
        }
        do {
            let declared = try lua.call(runners.take, arguments: [])
            for item in declared.first?.tableValue?.array ?? [] {
                guard let table = item.tableValue else { continue }
                register(table)
            }
        } catch {
            loadErrors.append(RuleError(rule: name, error: describe(error), source: path))
        }
    }

    /// A `chunk:line` location as people should read it: `Scripts/routes.lua:12`.
    func display(_ location: String?) -> String? {
        guard let location else { return nil }
        guard let colon = location.lastIndex(of: ":") else { return displayNames[location] ?? location }
        let file = String(location[..<colon])
        return (displayNames[file] ?? file) + location[colon...]
    }

    /// The error in words, with chunk names shown as paths.
    func describe(_ error: LuaError) -> String {
        var text = Self.describe(error)
        for (chunk, path) in displayNames where chunk != path {
            text = text.replacingOccurrences(of: chunk + ":", with: path + ":")
        }
        return text
    }

    /// The error in words, without the `file:line:` its source already gives.
    static func describe(_ error: LuaError) -> String {
        var message = error.message
        if let location = error.location, message.hasPrefix(location + ": ") {
            message.removeFirst(location.count + 2)
        }
        return switch error.kind {
        case .syntax: RuleText.syntaxError(message)
        case .instructionLimit: RuleText.instructionLimit(RuleText.luaMessage(message))
        case .memoryLimit: RuleText.memoryLimit(RuleText.luaMessage(message))
        case .tableLimit: RuleText.tableLimit(RuleText.luaMessage(message))
        case .timeLimit: RuleText.timeLimit(RuleText.luaMessage(message))
        case .runtime: RuleText.luaMessage(message)
        }
    }
}
