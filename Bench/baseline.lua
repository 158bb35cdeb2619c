-- The pure-Lua baseline of `marshrut rules check` and `marshrut incentives`: the same
-- scripts over the same subjects, with no host — plain tables from a data file written by
-- `marshrut demo export-lua`, run by the stock interpreter.
--
--   lua5.4 Bench/baseline.lua DATA.lua PRELUDE.lua SCRIPTS [--today YYYY-MM-DD] [--rules monitors|incentives|all]
--
-- PRELUDE.lua is the trusted code the engine runs beside every script (`monitor`, `incentive`,
-- `matching`, `date` and the runners), as `marshrut demo export-lua --prelude FILE` writes it:
-- the baseline runs that very code, not a copy. SCRIPTS is a folder (every *.lua in it, in name
-- order, as the engine loads them) or one script; each script runs in its own environment.
-- There are no limits and no read-only views: this is what the rules cost on prebuilt tables.
--
-- Prints tab-separated lines on standard output:
--   time  load|evaluate|evaluate-monitors|evaluate-incentives  SECONDS   (os.clock, CPU time)
--   subjects  KIND  COUNT
--   finding  RULE  COUNT        (every monitor, 0 included)
--   award  RULE  COUNT          (every incentive, 0 included)
--   error  RULE  COUNT  FIRST-MESSAGE
local data_path, prelude_path, scripts_path = arg[1], arg[2], arg[3]
local today, which = os.date("%Y-%m-%d"), "all"
do
  local i = 4
  while arg[i] do
    if arg[i] == "--today" then today = arg[i + 1]; i = i + 2
    elseif arg[i] == "--rules" then which = arg[i + 1]; i = i + 2
    else io.stderr:write("baseline.lua: unknown argument ", arg[i], "\n"); os.exit(64) end
  end
end
if not data_path or not prelude_path or not scripts_path
    or not (which == "monitors" or which == "incentives" or which == "all") then
  io.stderr:write("usage: lua5.4 Bench/baseline.lua DATA.lua PRELUDE.lua SCRIPTS [--today YYYY-MM-DD] [--rules monitors|incentives|all]\n")
  os.exit(64)
end

local sformat = string.format

-- The engine's prelude: it defines the declarations, `date`, `plural` and `names` as globals of its own table
-- and returns the runners.
local prelude = setmetatable({}, { __index = _G })
local take, flag, run_check, run_eligible = assert(loadfile(prelude_path, "t", prelude))()

-- Scripts: each in its own environment over the shared globals -----------------------------------
local base = setmetatable({
  monitor = prelude.monitor, incentive = prelude.incentive, matching = prelude.matching, date = prelude.date,
  plural = prelude.plural, names = prelude.names,
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
  for _, d in ipairs(take()) do
    if d.kind == "monitor" then monitors[#monitors + 1] = d.spec
    elseif d.kind == "incentive" then incentives[#incentives + 1] = d.spec end
  end
end

-- Data ---------------------------------------------------------------------------------------------------
local clock = os.clock
local started = clock()
local data = dofile(data_path)
local loaded = clock() - started
-- What the engine's person views add on the run's day: full years of age and of teaching.
for _, p in ipairs(data.persons) do
  if p.birth_date then p.age = prelude.date.years(p.birth_date, today) end
  if p.experience_since then p.experience_years = math.max(0, prelude.date.years(p.experience_since, today)) end
end
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
