-- Мониторинг персонализированных программ наставничества, Положение §5
-- (результативность программы, процент сдавших ВПР/ОГЭ/ЕГЭ, динамика участия в олимпиадах).

-- За столько дней до окончания действующей программы ждём внесённые показатели.
local PROGRAM_END_WINDOW_DAYS = 30

-- Показатели, падение которых отслеживаем: последнее значение ниже предыдущего
-- больше чем на порог (в единицах показателя; доли — 0.05 = 5 процентных пунктов).
local WATCHED_INDICATORS = {
  { name = "exam-pass-rate", label = "доля учащихся, успешно прошедших ВПР/ОГЭ/ЕГЭ", max_drop = 0.05 },
  { name = "olympiad-participation", label = "доля учащихся, участвующих в олимпиадах", max_drop = 0.05 },
}
-- Погрешность сравнения дробных чисел (0.86 − 0.81 в двоичной арифметике чуть больше 0.05).
local EPSILON = 1e-9

local EMPTY = {}

local function num(x)
  if x == math.floor(x) then return ("%d"):format(x) end
  return ("%g"):format(x)
end

-- Значения показателя `name` по датам (при равных датах — в порядке записи).
local function series(program, name)
  local points = {}
  for i, ind in ipairs(program.indicators or EMPTY) do
    if ind.name == name then points[#points + 1] = { date = ind.date, value = ind.value, order = i } end
  end
  table.sort(points, function(a, b)
    if a.date ~= b.date then return a.date < b.date end
    return a.order < b.order
  end)
  return points
end

monitor {
  id = "program-indicators-missing",
  subject = "program",
  severity = "warning",
  description = ("Действующая программа заканчивается (меньше %d дней) или завершена, а показатели мониторинга не внесены")
    :format(PROGRAM_END_WINDOW_DAYS),
  check = function(program, ctx)
    if #(program.indicators or EMPTY) > 0 then return end
    if program.status == "completed" then
      return ("Программа %s завершена (%s), показатели мониторинга не внесены"):format(program.id, date.display(program["end"]))
    end
    if program.status ~= "active" then return end
    local left = date.days(ctx.today, program["end"])
    if left < 0 then
      return ("Программа %s должна была закончиться %s, показатели мониторинга не внесены")
        :format(program.id, date.display(program["end"]))
    elseif left <= PROGRAM_END_WINDOW_DAYS then
      return ("Программа %s заканчивается %s (через %d дн.), показатели мониторинга не внесены")
        :format(program.id, date.display(program["end"]), left)
    end
  end,
  examples = {
    {
      name = "действующая, до конца 30 дней, показателей нет",
      today = "2023-05-01",
      subject = { id = "prog-2022-01", status = "active", ["end"] = "2023-05-31", indicators = {} },
      expect = { "Программа prog-2022-01 заканчивается " .. date.display("2023-05-31") .. " (через 30 дн.), показатели мониторинга не внесены" },
    },
    {
      name = "действующая, до конца 31 день — ещё рано",
      today = "2023-04-30",
      subject = { id = "prog-2022-01", status = "active", ["end"] = "2023-05-31", indicators = {} },
      expect = {},
    },
    {
      name = "действующая, срок прошёл",
      today = "2023-06-05",
      subject = { id = "prog-2022-01", status = "active", ["end"] = "2023-05-31", indicators = {} },
      expect = { "Программа prog-2022-01 должна была закончиться " .. date.display("2023-05-31") .. ", показатели мониторинга не внесены" },
    },
    {
      name = "завершённая без показателей",
      today = "2023-09-01",
      subject = { id = "prog-2022-02", status = "completed", ["end"] = "2023-05-31", indicators = {} },
      expect = { "Программа prog-2022-02 завершена (" .. date.display("2023-05-31") .. "), показатели мониторинга не внесены" },
    },
    {
      name = "завершённая с показателями",
      today = "2023-09-01",
      subject = {
        id = "prog-2022-02", status = "completed", ["end"] = "2023-05-31",
        indicators = { { name = "exam-pass-rate", date = "2023-05-30", value = 0.86 } },
      },
      expect = {},
    },
    {
      name = "черновик не проверяется",
      today = "2023-05-20",
      subject = { id = "prog-2023-03", status = "draft", ["end"] = "2023-05-31", indicators = {} },
      expect = {},
    },
  },
}

monitor {
  id = "program-indicator-decline",
  subject = "program",
  severity = "warning",
  description = "Доля сдавших ВПР/ОГЭ/ЕГЭ или участие в олимпиадах упали сильнее порога по сравнению с предыдущим замером",
  check = function(program, ctx)
    if program.status == "cancelled" then return end
    for _, w in ipairs(WATCHED_INDICATORS) do
      local points = series(program, w.name)
      local n = #points
      if n >= 2 then
        local prev, last = points[n - 1], points[n]
        local drop = prev.value - last.value
        if drop > w.max_drop + EPSILON then
          ctx.flag(("Программа %s: %s, снизилась с %s (%s) до %s (%s), допустимо снижение не больше %s")
            :format(program.id, w.label, num(prev.value), date.display(prev.date), num(last.value), date.display(last.date), num(w.max_drop)))
        end
      end
    end
  end,
  examples = {
    {
      name = "сдача экзаменов упала на 8 п.п., олимпиады выросли",
      today = "2023-06-01",
      subject = {
        id = "prog-2022-01", status = "active",
        indicators = {
          { name = "exam-pass-rate", date = "2023-05-30", value = 0.78 },
          { name = "olympiad-participation", date = "2022-12-20", value = 0.10 },
          { name = "exam-pass-rate", date = "2022-12-25", value = 0.86 },
          { name = "olympiad-participation", date = "2023-04-20", value = 0.15 },
        },
      },
      expect = { "Программа prog-2022-01: доля учащихся, успешно прошедших ВПР/ОГЭ/ЕГЭ, снизилась с 0.86 (" .. date.display("2022-12-25") .. ") до 0.78 (" .. date.display("2023-05-30") .. "), допустимо снижение не больше 0.05" },
    },
    {
      name = "падение ровно на порог (0.86 → 0.81) не считается",
      today = "2023-06-01",
      subject = {
        id = "prog-2022-01", status = "completed",
        indicators = {
          { name = "exam-pass-rate", date = "2022-12-25", value = 0.86 },
          { name = "exam-pass-rate", date = "2023-05-30", value = 0.81 },
        },
      },
      expect = {},
    },
    {
      name = "сравниваются два последних замера, а не первый с последним",
      today = "2023-06-01",
      subject = {
        id = "prog-2022-03", status = "completed",
        indicators = {
          { name = "olympiad-participation", date = "2022-10-01", value = 0.40 },
          { name = "olympiad-participation", date = "2023-02-01", value = 0.20 },
          { name = "olympiad-participation", date = "2023-05-01", value = 0.22 },
          { name = "exam-pass-rate", date = "2023-05-30", value = 0.50 },
        },
      },
      expect = {},
    },
    {
      name = "падение участия в олимпиадах",
      today = "2023-06-01",
      subject = {
        id = "prog-2022-03", status = "active",
        indicators = {
          { name = "olympiad-participation", date = "2022-10-01", value = 0.30 },
          { name = "olympiad-participation", date = "2023-05-01", value = 0.2 },
        },
      },
      expect = { "Программа prog-2022-03: доля учащихся, участвующих в олимпиадах, снизилась с 0.3 (" .. date.display("2022-10-01") .. ") до 0.2 (" .. date.display("2023-05-01") .. "), допустимо снижение не больше 0.05" },
    },
  },
}
