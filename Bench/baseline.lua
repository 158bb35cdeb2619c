-- The pure-Lua baseline of `marshrut rules check` and `marshrut incentives`: the same
-- scripts over the same subjects, with no host — plain tables from a data file written by
-- `marshrut demo export-lua`, run by the stock interpreter.
--
--   lua5.4 Bench/baseline.lua DATA.lua SCRIPTS [--today YYYY-MM-DD] [--rules monitors|incentives|all]
--
-- SCRIPTS is a folder (every *.lua in it, in name order, as the engine loads them) or one
-- script. `monitor`, `incentive`, `matching`, `date` and `ctx` behave exactly as in
-- Sources/MarshrutRules/Prelude.swift; each script runs in its own environment. There are no
-- limits and no read-only views: this is what the rules cost on prebuilt tables.
--
-- Prints tab-separated lines on standard output:
--   time  load|evaluate|evaluate-monitors|evaluate-incentives  SECONDS   (os.clock, CPU time)
--   subjects  KIND  COUNT
--   finding  RULE  COUNT        (every monitor, 0 included)
--   award  RULE  COUNT          (every incentive, 0 included)
--   error  RULE  COUNT  FIRST-MESSAGE
local data_path, scripts_path = arg[1], arg[2]
local today, which = os.date("%Y-%m-%d"), "all"
do
  local i = 3
  while arg[i] do
    if arg[i] == "--today" then today = arg[i + 1]; i = i + 2
    elseif arg[i] == "--rules" then which = arg[i + 1]; i = i + 2
    else io.stderr:write("baseline.lua: unknown argument ", arg[i], "\n"); os.exit(64) end
  end
end
if not data_path or not scripts_path or not (which == "monitors" or which == "incentives" or which == "all") then
  io.stderr:write("usage: lua5.4 Bench/baseline.lua DATA.lua SCRIPTS [--today YYYY-MM-DD] [--rules monitors|incentives|all]\n")
  os.exit(64)
end

local type, error, tostring, select, floor, sformat = type, error, tostring, select, math.floor, string.format

-- Declarations (as the prelude's, without the calling line, which only messages use) ------------
local declared = {}
local function declare(kind)
  return function(spec, ...)
    if select("#", ...) > 0 or type(spec) ~= "table" then
      error(sformat("%s takes one table: %s { … }", kind, kind), 2)
    end
    declared[#declared + 1] = { kind = kind, spec = spec }
  end
end

-- Dates: the prelude's code, unchanged -------------------------------------------------------------
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
    error(sformat("expected a date string \"YYYY-MM-DD\", got %s", type(d)), level)
  end
  local y, m, dd = d:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then error(sformat("not a date: %s", d), level) end
  y, m, dd = tonumber(y), tonumber(m), tonumber(dd)
  if m < 1 or m > 12 or dd < 1 or dd > month_length(y, m) then
    error(sformat("not a date: %s", d), level)
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
    error(sformat("%s must be a whole number, got %s", what, tostring(n)), 3)
  end
  return floor(n)
end

local date = {
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
}

-- Runners: the prelude's code, unchanged -------------------------------------------------------------
local findings

local function flag(message)
  if message == nil then error("ctx.flag needs a message", 2) end
  findings[#findings + 1] = tostring(message)
end

local function run_check(check, subject, ctx)
  findings = {}
  local result = check(subject, ctx)
  if result ~= nil and result ~= false then
    if type(result) ~= "string" then
      error(sformat("check returned a %s; return a message string, or nothing", type(result)), 0)
    end
    findings[#findings + 1] = result
  end
  local found = findings
  findings = nil
  if #found == 0 then return nil end
  return found
end

local function run_eligible(eligible, subject, ctx)
  local ok, reason = eligible(subject, ctx)
  if ok ~= nil and type(ok) ~= "boolean" then
    error(sformat("eligible returned a %s; return true or false, and a reason", type(ok)), 0)
  end
  if reason ~= nil then reason = tostring(reason) end
  return ok == true, reason
end

-- Scripts: each in its own environment over the shared globals -----------------------------------
local base = setmetatable({
  monitor = declare("monitor"), incentive = declare("incentive"), matching = declare("matching"), date = date,
}, { __index = _G })

local function script_files(path)
  local f = io.open(path .. "/.", "r")
  if not f then return { path } end
  f:close()
  local files = {}
  local listing = io.popen('find "' .. path .. '" -type f -name "*.lua"')
  for line in listing:lines() do files[#files + 1] = line end
  listing:close()
  table.sort(files)
  return files
end

local monitors, incentives = {}, {}
for _, file in ipairs(script_files(scripts_path)) do
  local handle = assert(io.open(file, "rb"))
  local source = handle:read("a")
  handle:close()
  local chunk = assert(load(source, "@" .. file, "t", setmetatable({}, { __index = base })))
  chunk()
  for _, d in ipairs(declared) do
    if d.kind == "monitor" then monitors[#monitors + 1] = d.spec
    elseif d.kind == "incentive" then incentives[#incentives + 1] = d.spec end
  end
  declared = {}
end

-- Data ---------------------------------------------------------------------------------------------------
local clock = os.clock
local started = clock()
local data = dofile(data_path)
local loaded = clock() - started
local subjects = { person = data.persons, route = data.routes, program = data.programs }
local ctx = { today = today, flag = flag }

-- Evaluation ---------------------------------------------------------------------------------------------
local out = {}
local function evaluate(rules, key, runner, count)
  for _, rule in ipairs(rules) do
    local list = subjects[rule.subject] or {}
    local fn = rule[key]
    local n, failures, first = 0, 0, nil
    for i = 1, #list do
      local ok, a = pcall(runner, fn, list[i], ctx)
      if ok then
        n = n + count(a)
      else
        failures = failures + 1
        first = first or tostring(a)
      end
    end
    out[#out + 1] = { rule = rule.id, n = n, failures = failures, first = first }
  end
end

local evaluated_monitors, evaluated_incentives = 0, 0
if which ~= "incentives" then
  started = clock()
  evaluate(monitors, "check", run_check, function(found) return found and #found or 0 end)
  evaluated_monitors = clock() - started
  for _, r in ipairs(out) do r.kind = "finding" end
end
if which ~= "monitors" then
  local before = #out
  started = clock()
  evaluate(incentives, "eligible", run_eligible, function(ok) return ok and 1 or 0 end)
  evaluated_incentives = clock() - started
  for i = before + 1, #out do out[i].kind = "award" end
end

local write = io.write
write(sformat("time\tload\t%.6f\n", loaded))
write(sformat("time\tevaluate\t%.6f\n", evaluated_monitors + evaluated_incentives))
write(sformat("time\tevaluate-monitors\t%.6f\n", evaluated_monitors))
write(sformat("time\tevaluate-incentives\t%.6f\n", evaluated_incentives))
for _, kind in ipairs({ "person", "route", "program" }) do
  write(sformat("subjects\t%s\t%d\n", kind, #subjects[kind]))
end
for _, r in ipairs(out) do
  write(sformat("%s\t%s\t%d\n", r.kind, r.rule, r.n))
  if r.failures > 0 then
    write(sformat("error\t%s\t%d\t%s\n", r.rule, r.failures, (r.first:gsub("[\t\n]", " "))))
  end
end
