import MarshrutCore
import Testing

/// A curator's script that tries to escape, exhaust or corrupt the sandbox, and how the rule
/// engine must report it.
struct HostileScript: Sendable, CustomTestStringConvertible {
    /// How the hostile script's problem shows in a run.
    enum Outcome: Sendable {
        /// A limit stopped the rule on the first route; the other routes are skipped.
        case stopped
        /// The rule fails on every route, each failure cheap; reported once with the count.
        case failedEverywhere
        /// The script never loads; its problem is a load error.
        case notLoaded
    }

    let name: String
    /// The whole file `hostile.lua`.
    let source: String
    let outcome: Outcome
    /// The error must contain one of these.
    let fragments: [String]

    var testDescription: String { name }

    /// A script declaring the monitor `hostile` (subject route) whose `check` runs `body`.
    static func check(_ name: String, _ body: String, _ outcome: Outcome, _ fragments: String...) -> HostileScript {
        HostileScript(
            name: name, source: monitorScript(id: "hostile", severity: "warning", body: body),
            outcome: outcome, fragments: fragments)
    }

    /// A whole hostile file.
    static func file(_ name: String, _ source: String, _ outcome: Outcome, _ fragments: String...) -> HostileScript {
        HostileScript(name: name, source: source, outcome: outcome, fragments: fragments)
    }

    static let instructions = "instruction limit"
    static let memory = "memory limit"
    static let readOnly = "attempt to modify read-only table"
    static let pattern = "pattern too costly"
    static let stackOverflow = "stack overflow"

    static let all: [HostileScript] =
        loops + metatables + memoryBombs + patterns + recursion + absences
        + tampering + misbehaviour + loading
}

extension HostileScript {
    static let loops: [HostileScript] = [
        .check("endless while", "while true do end", .stopped, instructions),
        .check("endless repeat", "repeat until false", .stopped, instructions),
        .check("numeric for to infinity", "for i = 1, math.huge do end", .stopped, instructions),
        .check("goto loop", "::again:: goto again", .stopped, instructions),
        .check("recursive tail call", "local function f(n) return f(n + 1) end return f(1)", .stopped, instructions),
        .check(
            "pcall catching the limit in a loop", "while true do pcall(function() while true do end end) end",
            .stopped, instructions),
        .check(
            "xpcall catching the limit in a loop",
            "while true do xpcall(function() while true do end end, function(e) return e end) end",
            .stopped, instructions),
        .check(
            "pcall swallowing the limit to report something else",
            "local ok = pcall(function() while true do end end) if not ok then return 'caught the limit' end",
            .stopped, instructions),
        .check(
            "xpcall message handler that loops", "xpcall(error, function() while true do end end)",
            .stopped, instructions),
        .check(
            "xpcall message handler that loops after a limit",
            "xpcall(function() while true do end end, function() while true do end end)", .stopped, instructions),
        .check(
            "table.sort comparator that loops", "table.sort({ 3, 2, 1 }, function() while true do end end)",
            .stopped, instructions),
        .check(
            "costly pattern calls in a loop (time, not instructions)",
            "local s = ('a'):rep(3000) while true do s:match('^(a-)(a-)b') end", .stopped, "time limit"),
        .check(
            "__tostring that loops inside ctx.flag",
            "ctx.flag(setmetatable({}, { __tostring = function() while true do end end }))", .stopped, instructions),
    ]

    static let metatables: [HostileScript] = [
        .check(
            "__gc finalizer", "setmetatable({}, { __gc = function() while true do end end })",
            .failedEverywhere, "may not define '__gc'"),
        .check(
            "__gc added after setmetatable never runs",
            """
            local mt = {}
            local t = setmetatable({}, mt)
            mt.__gc = function() while true do end end
            t = nil
            error("finished without a finalizer")
            """, .failedEverywhere, "finished without a finalizer"),
        .check(
            "__close", "local x <close> = setmetatable({}, { __close = function() while true do end end })",
            .failedEverywhere, "may not define '__close'"),
        .check("__mode", "setmetatable({}, { __mode = 'k' })", .failedEverywhere, "may not define '__mode'"),
    ]

    static let memoryBombs: [HostileScript] = [
        .check("string.rep bomb", "return string.rep('x', 1 << 30)", .stopped, memory),
        .check(
            "string.rep bomb retried under pcall", "while true do pcall(string.rep, 'x', 1 << 30) end",
            .stopped, memory),
        // Each new table holds 64 values from one C call: memory runs out long before instructions.
        .check(
            "table growth", "local s = ('x'):rep(64) local t = {} for i = 1, math.huge do t[i] = { s:byte(1, -1) } end",
            .stopped, memory),
        .check("concatenation loop", "local s = 'x' while true do s = s .. s end", .stopped, memory),
        .check(
            "table.concat bomb",
            "local t = {} for i = 1, 1000 do t[i] = 'x' end return table.concat(t, ('y'):rep(1 << 16))",
            .stopped, memory),
        .check(
            "memory error swallowed by pcall",
            "local ok = pcall(function() local s = 'x' while true do s = s .. s end end) return tostring(ok)",
            .stopped, memory),
        .check(
            "ctx.flag called a million times", "for i = 1, 1000000 do ctx.flag('finding ' .. i) end",
            .stopped, instructions, memory),
        .check(
            "huge string.format width", "return string.format('%999999999d', 1)",
            .failedEverywhere, "invalid conversion"),
        .check(
            "huge string.format width for a string", "return ('%99999s'):format('x')",
            .failedEverywhere, "invalid conversion"),
        .check("table.unpack bomb", "return table.unpack({}, 1, 1e8)", .failedEverywhere, "too many results"),
        .check("table.move bomb", "table.move({}, 1, 1 << 40, 2)", .failedEverywhere, "would move"),
    ]

    static let patterns: [HostileScript] = [
        .check(
            "pathological string.find", "return string.find(('a'):rep(30000), '.-.-.-b')",
            .failedEverywhere, pattern),
        .check(
            "pathological method match with a back-reference", "return (('a'):rep(30000)):match('(.-)%1x')",
            .failedEverywhere, pattern),
        .check("pathological gmatch", "for w in (('a'):rep(30000)):gmatch('a*a*b') do end", .failedEverywhere, pattern),
        .check("pathological gsub with %b", "return (('('):rep(30000)):gsub('%b()', '')", .failedEverywhere, pattern),
        .check(
            "pathological match on a view's text",
            """
            local text = subject.self_image:rep(50)
            return text:match('^(.-)(.-)(.-)(.-)$')
            """, .failedEverywhere, pattern),
    ]

    static let recursion: [HostileScript] = [
        // A million-slot Lua stack needs more than the 32 MiB test cap: memory stops it first.
        .check(
            "plain deep recursion", "local function f(n) return 1 + f(n + 1) end return tostring(f(1))",
            .stopped, memory),
        .check(
            "recursion through an __index metamethod",
            "local t = setmetatable({}, { __index = function(t, k) return t[k] end }) return t.x",
            .failedEverywhere, stackOverflow),
        .check(
            "long __index chain",
            """
            local t = {}
            for i = 1, 5000 do t = setmetatable({}, { __index = t }) end
            return t.missing
            """, .failedEverywhere, "chain too long"),
        .check(
            "recursion through a gsub callback", "local function f(s) return (s:gsub('.', f)) end return f('ab')",
            .failedEverywhere, stackOverflow),
        .check(
            "recursion through __concat",
            "local mt = {} mt.__concat = function(a, b) return a .. b end return setmetatable({}, mt) .. 'x'",
            .failedEverywhere, stackOverflow),
    ]

    static let absences: [HostileScript] = [
        .check("io.open", "return io.open('/etc/passwd'):read('a')", .failedEverywhere, "global 'io'"),
        .check("os.execute", "os.execute('touch /tmp/marshrut-pwned')", .failedEverywhere, "global 'os'"),
        .check("os.exit", "os.exit(3)", .failedEverywhere, "global 'os'"),
        .check(
            "require", "return require('os').getenv('HOME')", .failedEverywhere,
            "attempt to call a nil value (global 'require')"),
        .check("load", "return load('return 1')()", .failedEverywhere, "attempt to call a nil value (global 'load')"),
        .check(
            "loadstring", "return loadstring('return 1')()", .failedEverywhere,
            "attempt to call a nil value (global 'loadstring')"),
        .check(
            "dofile", "return dofile('/etc/passwd')", .failedEverywhere,
            "attempt to call a nil value (global 'dofile')"),
        .check(
            "loadfile", "return loadfile('/etc/passwd')()", .failedEverywhere,
            "attempt to call a nil value (global 'loadfile')"),
        .check("debug.sethook", "debug.sethook()", .failedEverywhere, "global 'debug'"),
        .check("debug.getinfo", "return debug.getinfo(1).source", .failedEverywhere, "global 'debug'"),
        .check("package.loadlib", "return package.loadlib('libc.so.6', 'system')", .failedEverywhere, "global 'package'"),
        .check(
            "string.dump", "return string.dump(function() end)", .failedEverywhere,
            "attempt to call a nil value (field 'dump')"),
        .check(
            "collectgarbage", "collectgarbage('stop')", .failedEverywhere,
            "attempt to call a nil value (global 'collectgarbage')"),
        .check("coroutine.wrap", "return coroutine.wrap(function() end)()", .failedEverywhere, "global 'coroutine'"),
        .check(
            "rawset on a view", "rawset(subject, 'stage', 'closed')", .failedEverywhere,
            "attempt to call a nil value (global 'rawset')"),
    ]

    static let tampering: [HostileScript] = [
        .check(
            "getmetatable('').__index tampering", "getmetatable('').__index.match = nil",
            .failedEverywhere, "attempt to index a nil value"),
        .check(
            "replacing the string metatable", "setmetatable(getmetatable(''), {})",
            .failedEverywhere, "bad argument #1 to 'setmetatable'"),
        .check(
            "writing into string", "string.format = function() return 'pwned' end", .failedEverywhere,
            readOnly + " (field 'format')"),
        .check("writing into math", "math.floor = nil", .failedEverywhere, readOnly + " (field 'floor')"),
        .check("writing into table", "table.concat = nil", .failedEverywhere, readOnly + " (field 'concat')"),
        .check(
            "writing into date", "date.days = function() return 0 end", .failedEverywhere,
            readOnly + " (field 'days')"),
        .check("writing into ctx", "ctx.today = '1999-01-01'", .failedEverywhere, readOnly + " (field 'today')"),
        .check("writing into a view", "subject.stage = 'closed'", .failedEverywhere, readOnly + " (field 'stage')"),
        .check(
            "setmetatable on a view", "setmetatable(subject, nil)", .failedEverywhere,
            "cannot change a protected metatable"),
        .check(
            "setmetatable on a library", "setmetatable(string, {})", .failedEverywhere,
            "cannot change a protected metatable"),
        .check(
            "removing the environment's metatable", "setmetatable(_ENV, nil)", .failedEverywhere,
            "cannot change a protected metatable"),
        .check(
            "reaching the shared base through _ENV", "local base = getmetatable(_ENV).__index base.date = nil",
            .failedEverywhere, "attempt to index a nil value"),
        .file(
            "globals written by one script",
            """
            leak = "written at load time"
            date = { days = function() return -1 end }
            monitor {
              id = "hostile",
              subject = "route",
              severity = "warning",
              check = function(route, ctx)
                leak = route.id
                monitor = nil
                error("globals stay in this script")
              end,
            }
            """, .failedEverywhere, "globals stay in this script"),
    ]

    static let misbehaviour: [HostileScript] = [
        .check(
            "error object is a table with __tostring",
            "error(setmetatable({}, { __tostring = function() while true do end end }))",
            .failedEverywhere, "error object is a table value"),
        .check("returning a number", "return 42", .failedEverywhere, "check returned a number"),
        .check("returning a table", "return { 'not', 'a', 'message' }", .failedEverywhere, "check returned a table"),
        .check("returning a view", "return subject", .failedEverywhere, "check returned a table"),
        .check("ctx.flag with no message", "ctx.flag()", .failedEverywhere, "ctx.flag needs a message"),
        .check(
            "date helper given garbage", "return tostring(date.days('yesterday', ctx.today))", .failedEverywhere,
            "not a date: \"yesterday\""),
    ]

    static let loading: [HostileScript] = [
        .file(
            "error at load time",
            """
            monitor { id = "declared-before-the-error", subject = "route", severity = "info", check = function() return "x" end }
            error("this script breaks while loading")
            """, .notLoaded, "this script breaks while loading"),
        .file("endless loop at load time", "while true do end", .notLoaded, instructions),
        .file("memory bomb at load time", "local s = 'x' while true do s = s .. s end", .notLoaded, memory),
        .file("syntax error", "monitor { id = \"hostile\", check = function( end }", .notLoaded, "syntax error"),
        .file("bytecode instead of text", "\u{1B}Lua\u{54}\u{00}", .notLoaded, "syntax error"),
        .file(
            "declaration whose table loops in __index",
            "monitor(setmetatable({}, { __index = function() while true do end end }))",
            .notLoaded, "`id` is missing"),
        .file("declaration with a non-table argument", "monitor \"hostile\"", .notLoaded, "monitor takes one table"),
    ]
}
