import MarshrutCore
import MarshrutText

/// The trusted Lua code every rule script runs beside: the `monitor`, `incentive` and
/// `matching` declarations, the `date` helpers, and the runners the host calls.
///
/// It runs once per state, before any script, with access that scripts do not have (the
/// calling line of a declaration comes from `debug.getinfo`). Everything it defines becomes
/// part of the read-only base that each script's environment reads through.
///
/// Its error messages come from `RuleText.preludeMessages`, in the language current when the
/// engine loads.
enum Prelude {
    /// The prelude's Lua source, with its messages in the current language.
    static func source() -> String {
        let messages = RuleText.preludeMessages.sorted { $0.key < $1.key }
            .map { "\($0.key) = [==[\($0.value)]==]" }
            .joined(separator: ", ")
        // On the body's first line, so that the prelude's line numbers stay as they were.
        let bounds = "max_declarations = \(RuleEngine.maximumDeclarations), max_id_bytes = \(RuleText.maximumIDLength)"
        let style = "date_style = \"\(Language.current == .russian ? "ru" : "iso")\""
        return "local say = { \(messages), \(bounds), \(style) }; names = \(namesTable()); " + body
    }

    /// `names.area["ict"]`, `names.stage["roadmap"]`, …: the titles of the model's codes in the
    /// current language, as the interface shows them, so that scripts need not copy them.
    static func namesTable() -> String {
        func table<V: TitledVocabulary>(_ type: V.Type) -> String {
            "{ " + V.allCases.map { "[\"\($0.rawValue)\"] = [==[\($0.title)]==]" }.joined(separator: ", ") + " }"
        }
        let tables = [
            ("area", table(CompetencyArea.self)), ("stage", table(Stage.self)), ("form", table(MentoringForm.self)),
            ("direction", table(Direction.self)), ("activity", table(ActivityKind.self)), ("product", table(ProductKind.self)),
            ("status", table(ProgramStatus.self)), ("role", table(Role.self)), ("consent", table(ConsentKind.self)),
        ]
        return "{ " + tables.map { "\($0.0) = \($0.1)" }.joined(separator: ", ") + " }"
    }

    private static let body = #"""
        local getinfo = debug.getinfo
        local type, error, tostring, select = type, error, tostring, select
        local floor, sformat = math.floor, string.format

        -- Declarations ------------------------------------------------------------------
        local declared = {}

        local function declare(kind)
          return function(spec, ...)
            if select("#", ...) > 0 or type(spec) ~= "table" then
              error(sformat(say.takes_one_table, kind, kind), 2)
            end
            if #declared >= say.max_declarations then error(sformat(say.too_many_declarations, say.max_declarations), 2) end
            -- An id past a slug's length is refused by the host; only its start crosses over.
            local id = rawget(spec, "id")
            if type(id) == "string" and #id > say.max_id_bytes then
              local copy = {}
              for k, v in next, spec do copy[k] = v end
              copy.id = id:sub(1, say.max_id_bytes + 1)
              spec = copy
            end
            local level, info = 2, getinfo(2, "Sl") while info and info.what == "C" do level = level + 1 info = getinfo(level, "Sl") end -- through pcall: the nearest script line
            declared[#declared + 1] = {
              kind = kind, spec = spec,
              file = info and info.short_src or "?", line = info and info.currentline or 0,
            }
          end
        end

        monitor = declare("monitor")
        incentive = declare("incentive")
        matching = declare("matching")

        -- Dates: "YYYY-MM-DD" strings, proleptic Gregorian calendar -----------------------
        local function month_length(y, m)
          if m == 2 then
            return ((y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0) and 29 or 28
          elseif m == 4 or m == 6 or m == 9 or m == 11 then
            return 30
          end
          return 31
        end

        local function parse(d, level)
          if type(d) ~= "string" then
            error(sformat(say.expected_date, type(d)), level)
          end
          local y, m, dd = d:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
          if not y then error(sformat(say.not_a_date, d), level) end
          y, m, dd = tonumber(y), tonumber(m), tonumber(dd)
          if m < 1 or m > 12 or dd < 1 or dd > month_length(y, m) then
            error(sformat(say.not_a_date, d), level)
          end
          return y, m, dd
        end

        local function ordinal(y, m, d)
          if m <= 2 then y = y - 1 end
          local era = (y >= 0 and y or y - 399) // 400
          local yoe = y - era * 400
          local doy = (153 * ((m + 9) % 12) + 2) // 5 + d - 1
          local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
          return era * 146097 + doe - 719468
        end

        local function civil(z)
          z = z + 719468
          local era = (z >= 0 and z or z - 146096) // 146097
          local doe = z - era * 146097
          local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
          local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
          local mp = (5 * doy + 2) // 153
          local d = doy - (153 * mp + 2) // 5 + 1
          local m = mp < 10 and mp + 3 or mp - 9
          return yoe + era * 400 + (m <= 2 and 1 or 0), m, d
        end

        local function format(y, m, d) return ("%04d-%02d-%02d"):format(y, m, d) end

        local function whole(n, what)
          if type(n) ~= "number" or n ~= floor(n) then
            error(sformat(say.not_whole, what, tostring(n)), 3)
          end
          return floor(n)
        end

        date = {
          days = function(a, b)
            return ordinal(parse(b, 3)) - ordinal(parse(a, 3))
          end,
          add_days = function(d, n)
            return format(civil(ordinal(parse(d, 3)) + whole(n, "days")))
          end,
          add_months = function(d, n)
            local y, m, dd = parse(d, 3)
            local total = y * 12 + (m - 1) + whole(n, "months")
            local ny, nm = total // 12, total % 12 + 1
            local len = month_length(ny, nm)
            return format(ny, nm, dd < len and dd or len)
          end,
          year = function(d)
            local y = parse(d, 3)
            return y
          end,
          school_year = function(d)
            local y, m = parse(d, 3)
            return m >= 9 and y or y - 1
          end,
          -- Whole years from a to b: an age, or years of experience, on a day.
          years = function(a, b)
            local ya, ma, da = parse(a, 3)
            local yb, mb, db = parse(b, 3)
            local n = yb - ya
            if mb < ma or (mb == ma and db < da) then n = n - 1 end
            return n
          end,
          -- A date as the interface writes it: 28.11.2026 in Russian, 2026-11-28 in English.
          display = function(d)
            local y, m, dd = parse(d, 3)
            if say.date_style == "ru" then return sformat("%02d.%02d.%04d", dd, m, y) end
            return format(y, m, dd)
          end,
        }

        -- The Russian form of a noun for a count: plural(5, "наставник", "наставника", "наставников").
        function plural(n, one, few, many)
          n = whole(n, "n")
          local tens, units = n % 100, n % 10
          if tens >= 11 and tens <= 14 then return many end
          if units == 1 then return one end
          if units >= 2 and units <= 4 then return few end
          return many
        end

        -- Runners the host calls --------------------------------------------------------
        local findings

        local function flag(message)
          if message == nil then error(say.flag_needs_message, 2) end
          findings[#findings + 1] = tostring(message)
        end

        -- Runs a monitor's check on one subject; returns the list of finding messages, or nothing
        -- when there is none (most checks find nothing: the host then has no table to read).
        local function run_check(check, subject, ctx)
          findings = {}
          local result = check(subject, ctx)
          if result ~= nil and result ~= false then
            if type(result) ~= "string" then
              error(sformat(say.check_returned, type(result)), 0)
            end
            findings[#findings + 1] = result
          end
          local found = findings
          findings = nil
          if #found == 0 then return nil end
          return found
        end

        -- Runs an incentive's eligible on one subject; returns a boolean and a reason string.
        local function run_eligible(eligible, subject, ctx)
          local ok, reason = eligible(subject, ctx)
          if ok ~= nil and type(ok) ~= "boolean" then
            error(sformat(say.eligible_returned, type(ok)), 0)
          end
          if reason ~= nil then reason = tostring(reason) end
          return ok == true, reason
        end

        -- Runs a matching score for one pair; returns a number or false, and a reason.
        local function run_score(score, mentor, mentee, ctx)
          local value, reason = score(mentor, mentee, ctx)
          if value == nil or value == false then
            return false, reason ~= nil and tostring(reason) or nil
          end
          if type(value) ~= "number" or value ~= value or value == math.huge or value == -math.huge then
            error(sformat(say.score_returned, tostring(value)), 0)
          end
          return value, reason ~= nil and tostring(reason) or nil
        end

        local function take()
          local list = declared
          declared = {}
          return list
        end

        -- Empties a script's environment (after one of its rules hoarded memory there).
        local function clear(env)
          local keys = {}
          for k in next, env do keys[#keys + 1] = k end
          for i = 1, #keys do env[keys[i]] = nil end
        end

        return take, flag, run_check, run_eligible, run_score, clear
        """#
}
