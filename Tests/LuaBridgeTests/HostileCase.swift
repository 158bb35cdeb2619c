@testable import LuaBridge
import Testing

/// A script that tries to escape or exhaust the sandbox, and how it must be stopped.
struct HostileCase: Sendable, CustomTestStringConvertible {
    let name: String
    let source: String
    let kind: LuaError.Kind
    let fragment: String

    var testDescription: String { name }

    init(_ name: String, _ source: String, _ kind: LuaError.Kind, _ fragment: String) {
        self.name = name
        self.source = source
        self.kind = kind
        self.fragment = fragment
    }

    static let instructions = "instruction limit exceeded"
    static let memory = "memory limit exceeded"
    static let pattern = "pattern too costly"
    static let readOnly = "attempt to modify read-only table"

    static let all: [HostileCase] =
        loops + metatables + memoryBombs + patterns + recursion + absences
        + readOnlyTables + tableBombs
}

extension HostileCase {
    static let loops: [HostileCase] = [
        .init("while loop", "while true do end", .instructionLimit, instructions),
        .init("repeat loop", "repeat until false", .instructionLimit, instructions),
        .init("goto loop", "::top:: goto top", .instructionLimit, instructions),
        .init("tail-call loop", "local function f() return f() end return f()", .instructionLimit, instructions),
        .init("numeric for to infinity", "for i = 1, math.huge do end", .instructionLimit, instructions),
        .init(
            "pcall retries the limit", "while true do pcall(function() while true do end end) end",
            .instructionLimit, instructions),
        .init(
            "xpcall retries the limit",
            "while true do xpcall(function() while true do end end, function(e) return e end) end",
            .instructionLimit, instructions),
        .init(
            "xpcall handler loops", "xpcall(error, function() while true do end end)",
            .instructionLimit, instructions),
        .init(
            "xpcall handler loops after a limit",
            "xpcall(function() while true do end end, function() while true do end end)",
            .instructionLimit, instructions),
        .init(
            "pcall swallows the limit",
            "local ok = pcall(function() while true do end end) if not ok then return 'caught' end",
            .instructionLimit, instructions),
        .init(
            "sort comparator loops", "table.sort({ 3, 2, 1 }, function() while true do end end)",
            .instructionLimit, instructions),
        .init(
            "gsub callback loops", "return ('abc'):gsub('.', function() while true do end end)",
            .instructionLimit, instructions),
        .init(
            "__tostring loops in tostring",
            "return tostring(setmetatable({}, { __tostring = function() while true do end end }))",
            .instructionLimit, instructions),
        .init(
            "__tostring loops in string.format",
            "return string.format('%s', setmetatable({}, { __tostring = function() while true do end end }))",
            .instructionLimit, instructions),
        .init(
            "ipairs over an endless __index",
            "for _ in ipairs(setmetatable({}, { __index = function(_, i) for _ = 1, 100 do end return i end })) do end",
            .instructionLimit, instructions),
    ]

    static let metatables: [HostileCase] = [
        .init(
            "__gc finalizer", "setmetatable({}, { __gc = function() while true do end end })",
            .runtime, "may not define '__gc'"),
        .init(
            "__gc added after setmetatable",
            """
            local mt = {}
            local t = setmetatable({}, mt)
            mt.__gc = function() while true do end end
            t = nil
            error("finished without a finalizer")
            """, .runtime, "finished without a finalizer"),
        .init(
            "__close", "local x <close> = setmetatable({}, { __close = function() while true do end end })",
            .runtime, "may not define '__close'"),
        .init(
            "__close added after setmetatable",
            """
            local mt = {}
            local t = setmetatable({}, mt)
            mt.__close = function() while true do end end
            do local x <close> = t end
            """, .runtime, "non-closable value"),
        .init("__mode", "setmetatable({}, { __mode = 'k' })", .runtime, "may not define '__mode'"),
        .init(
            "string metatable tampering", "getmetatable('').__index.find = nil",
            .runtime, "attempt to index a nil value"),
        .init(
            "string metatable replaced", "setmetatable(getmetatable(''), {})",
            .runtime, "bad argument #1 to 'setmetatable'"),
        .init(
            "environment metatable removed", "setmetatable(_ENV, nil)",
            .runtime, "cannot change a protected metatable"),
        .init(
            "shared base reached through _ENV", "local base = getmetatable(_ENV).__index base.string = nil",
            .runtime, "attempt to index a nil value (local 'base')"),
        .init("library metatable replaced", "setmetatable(math, {})", .runtime, "cannot change a protected metatable"),
        .init("view metatable replaced", "setmetatable(shared, nil)", .runtime, "cannot change a protected metatable"),
    ]

    static let memoryBombs: [HostileCase] = [
        .init("string.rep bomb", "return string.rep('x', 1 << 30)", .memoryLimit, memory),
        .init(
            "string.rep bomb caught in a loop", "while true do pcall(string.rep, 'x', 1 << 30) end",
            .memoryLimit, memory),
        .init(
            "table growth", "local t = {} for i = 1, math.huge do t[i] = { i, i, i, i, i, i, i, i } end",
            .memoryLimit, memory),
        .init("concatenation doubling", "local s = 'x' while true do s = s .. s end", .memoryLimit, memory),
        .init(
            "huge table constructors",
            "local all = {} for i = 1, 1000 do all[i] = { table.unpack({}, 1, 200000) } end",
            .memoryLimit, memory),
        .init(
            "table.concat bomb",
            "local t = {} for i = 1, 1000 do t[i] = 'x' end return table.concat(t, ('y'):rep(1 << 17))",
            .memoryLimit, memory),
        .init(
            "memory error swallowed by pcall",
            "local ok = pcall(function() local s = 'x' while true do s = s .. s end end) return ok",
            .memoryLimit, memory),
        .init(
            "memory error swallowed by xpcall",
            "return xpcall(function() return ('x'):rep(1 << 30) end, function(e) return e end)",
            .memoryLimit, memory),
        .init("string.format with a huge width", "return string.format('%1000d', 1)", .runtime, "invalid conversion"),
    ]

    static let patterns: [HostileCase] = [
        .init("string.find", "return string.find(('a'):rep(30000), '.-.-.-b')", .runtime, pattern),
        .init("method find", "return (('a'):rep(5000)):find('a*a*a*b')", .runtime, pattern),
        .init("string.match anchored", "return string.match(('a'):rep(30000), '^(a-)(a-)(a-)x')", .runtime, pattern),
        .init("method match with a back-reference", "return (('a'):rep(30000)):match('(.-)%1x')", .runtime, pattern),
        .init("string.gmatch", "for w in string.gmatch(('a'):rep(30000), 'a-a-b') do end", .runtime, pattern),
        .init("method gmatch", "for w in (('a'):rep(30000)):gmatch('a*a*b') do end", .runtime, pattern),
        .init("string.gsub", "return string.gsub(('a'):rep(30000), '.-.-x', '')", .runtime, pattern),
        .init("method gsub with %b", "return (('('):rep(30000)):gsub('%b()', '')", .runtime, pattern),
        .init(
            "plain find", "local s = ('a'):rep(1 << 20) return s:find(('a'):rep(1 << 19) .. 'b', 1, true)",
            .runtime, pattern),
        .init(
            "string.rep of nothing", "local s = string.rep('', 1 << 50, '') error('finished with ' .. #s)",
            .runtime, "finished with 0"),
    ]

    static let recursion: [HostileCase] = [
        .init("Lua recursion", "local function f(n) return 1 + f(n + 1) end return f(1)", .runtime, "stack overflow"),
        .init(
            "__index recursion", "local t = setmetatable({}, { __index = function(t, k) return t[k] end }) return t.x",
            .runtime, "stack overflow"),
        .init(
            "gsub callback recursion", "local function f(s) return (s:gsub('.', f)) end return f('ab')",
            .runtime, "stack overflow"),
        .init(
            "__tostring recursion",
            "local t t = setmetatable({}, { __tostring = function(x) return tostring(x) end }) return tostring(t)",
            .runtime, "stack overflow"),
        .init(
            "__concat recursion",
            "local mt = {} mt.__concat = function(a, b) return a .. b end return setmetatable({}, mt) .. 'x'",
            .runtime, "stack overflow"),
    ]

    static let absences: [HostileCase] = [
        .init("io", "return io.open('/etc/passwd')", .runtime, "global 'io'"),
        .init("os", "return os.execute('true')", .runtime, "global 'os'"),
        .init("require", "return require('os')", .runtime, "global 'require'"),
        .init("load", "return load('return 1')()", .runtime, "global 'load'"),
        .init("loadfile", "return loadfile('/etc/passwd')", .runtime, "global 'loadfile'"),
        .init("dofile", "return dofile('/etc/passwd')", .runtime, "global 'dofile'"),
        .init("debug", "debug.sethook()", .runtime, "global 'debug'"),
        .init("package", "return package.loaded", .runtime, "global 'package'"),
        .init("string.dump", "return string.dump(function() end)", .runtime, "field 'dump'"),
        .init("collectgarbage", "collectgarbage('stop')", .runtime, "global 'collectgarbage'"),
        .init("coroutine", "return coroutine.wrap(function() end)", .runtime, "global 'coroutine'"),
        .init("print", "print('x')", .runtime, "global 'print'"),
        .init("rawset", "rawset(string, 'find', nil)", .runtime, "global 'rawset'"),
        .init("math.randomseed", "math.randomseed(1)", .runtime, "field 'randomseed'"),
    ]

    static let readOnlyTables: [HostileCase] = [
        .init("writing string", "string.find = nil", .runtime, readOnly + " (field 'find')"),
        .init("writing math", "math.pi = 3", .runtime, readOnly + " (field 'pi')"),
        .init("writing table", "table.insert = nil", .runtime, readOnly + " (field 'insert')"),
        .init("writing utf8", "utf8.charpattern = ''", .runtime, readOnly + " (field 'charpattern')"),
        .init("writing a shared list", "shared.list[1] = 5", .runtime, readOnly),
        .init("writing a shared field", "shared.name = 'x'", .runtime, readOnly + " (field 'name')"),
        .init("writing a nested shared field", "shared.nested.deep.value = 0", .runtime, readOnly + " (field 'value')"),
        .init("table.insert into a shared list", "table.insert(shared.list, 4)", .runtime, readOnly),
        .init(
            "table.sort of a shared list", "table.sort(shared.list, function(a, b) return a > b end)",
            .runtime, readOnly),
    ]

    static let tableBombs: [HostileCase] = [
        .init("table.unpack bomb", "return table.unpack({}, 1, 1e8)", .runtime, "too many results"),
        .init(
            "table.insert with a huge length",
            "table.insert(setmetatable({}, { __len = function() return 1 << 40 end }), 1, 'x')",
            .runtime, "would move"),
        .init(
            "table.remove with a huge length",
            "table.remove(setmetatable({}, { __len = function() return 1 << 40 end }), 1)",
            .runtime, "would move"),
        .init("table.move bomb", "table.move({}, 1, 1 << 40, 2)", .runtime, "would move"),
        .init("string.byte slice", "return ('x'):rep(1 << 24):byte(1, -1)", .runtime, "string slice too long"),
    ]
}
