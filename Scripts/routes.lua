-- Мониторинг индивидуальных образовательных маршрутов (ИОМ), Положение §4.3.2 и §5.
-- Пороговые значения — настройки школы, не нормы Положения (в сообщениях — «по правилам школы»): меняйте здесь.

-- Мероприятие считается просроченным, если срок прошёл больше чем на столько дней.
local OVERDUE_GRACE_DAYS = 0
-- Рефлексия на этапе реализации — не реже чем раз в столько дней (примерно четверть).
local REFLECTION_MAX_GAP_DAYS = 90
-- За столько дней до окончания маршрута ждём итоговую рефлексию по каждому дефициту.
local FINAL_REFLECTION_WINDOW_DAYS = 120
-- Сколько дней после окончания маршрута даём на его закрытие.
local ROUTE_CLOSE_GRACE_DAYS = 0
-- Минимум часов курсов повышения квалификации в дорожной карте на учебный год.
local MIN_COURSE_HOURS_PER_YEAR = 36

-- Названия для сообщений.
local AREA_NAMES = {
  ["scientific-theoretical"] = "научно-теоретические",
  ["normative-legal"] = "нормативные правовые",
  ["subject"] = "предметно-профессиональные",
  ["psychological-pedagogical"] = "психолого-педагогические",
  ["methodological"] = "методические",
  ["ict"] = "ИКТ-компетенции",
  ["digitalization"] = "цифровизация образования",
  ["upbringing"] = "внеурочная и воспитательная деятельность",
  ["health-saving"] = "здоровьесбережение",
}
local STAGE_NAMES = {
  ["self-determination"] = "самоопределение",
  ["strengths"] = "диагностика достижений",
  ["deficits"] = "диагностика дефицитов",
  ["roadmap"] = "дорожная карта",
  ["implementation"] = "реализация и корректировка",
  ["reflection"] = "рефлексивный анализ",
  ["closed"] = "закрыт",
}
local STAGE_ORDER = {
  ["self-determination"] = 1, ["strengths"] = 2, ["deficits"] = 3, ["roadmap"] = 4,
  ["implementation"] = 5, ["reflection"] = 6, ["closed"] = 7,
}

local EMPTY = {}

local function area_name(area) return AREA_NAMES[area] or area end

-- Часы и другие числа: 72, а не 72.0.
local function num(x)
  if x == math.floor(x) then return ("%d"):format(x) end
  return ("%g"):format(x)
end

-- «по 1 дефициту», «по 2 дефицитам».
local function deficits_dative(n)
  if n % 10 == 1 and n % 100 ~= 11 then return ("%d дефициту"):format(n) end
  return ("%d дефицитам"):format(n)
end

-- Дефициты маршрута без итоговой (final) рефлексии.
local function deficits_without_final(route)
  local closed = {}
  for _, r in ipairs(route.reflections or EMPTY) do
    if r.final and r.deficit then closed[r.deficit] = true end
  end
  local open = {}
  for _, d in ipairs(route.deficits or EMPTY) do
    if not closed[d.id] then open[#open + 1] = d end
  end
  return open
end

monitor {
  id = "route-overdue-activity",
  subject = "route",
  severity = "warning",
  description = "Мероприятие дорожной карты просрочено, а педагогический продукт не представлен",
  check = function(route, ctx)
    if route.stage == "closed" then return end
    for _, a in ipairs(route.activities or EMPTY) do
      if not a.product and date.days(a.due, ctx.today) > OVERDUE_GRACE_DAYS then
        ctx.flag(("«%s» просрочено с %s, продукт не представлен"):format(a.title, date.display(a.due)))
      end
    end
  end,
  examples = {
    {
      name = "просрочен курс без продукта, выполненный и будущий не в счёт",
      today = "2024-01-10",
      subject = {
        stage = "implementation",
        activities = {
          { title = "Курс по ИКТ", due = "2023-12-15" },
          { title = "Открытый урок", due = "2023-11-01",
            product = { title = "Разработка урока" } },
          { title = "Проект «Цифровой класс»", due = "2024-05-20" },
        },
      },
      expect = { "«Курс по ИКТ» просрочено с " .. date.display("2023-12-15") .. ", продукт не представлен" },
    },
    {
      name = "в день срока ещё не просрочено",
      today = "2023-12-15",
      subject = { stage = "implementation", activities = { { title = "Курс по ИКТ", due = "2023-12-15" } } },
      expect = {},
    },
    {
      name = "на следующий день после срока — просрочено",
      today = "2023-12-16",
      subject = { stage = "roadmap", activities = { { title = "Курс по ИКТ", due = "2023-12-15" } } },
      expect = { "«Курс по ИКТ» просрочено с " .. date.display("2023-12-15") .. ", продукт не представлен" },
    },
    {
      name = "закрытый маршрут не проверяется",
      today = "2028-01-10",
      subject = { stage = "closed", activities = { { title = "Курс по ИКТ", due = "2023-12-15" } } },
      expect = {},
    },
  },
}

monitor {
  id = "route-unaddressed-deficit",
  subject = "route",
  severity = "warning",
  description = "Дефицит не закрыт ни одним мероприятием дорожной карты (с этапа «дорожная карта»)",
  check = function(route, ctx)
    local order = STAGE_ORDER[route.stage] or 0
    if order < STAGE_ORDER["roadmap"] or route.stage == "closed" then return end
    local addressed = {}
    for _, a in ipairs(route.activities or EMPTY) do
      for _, id in ipairs(a.addresses or EMPTY) do addressed[id] = true end
    end
    for _, d in ipairs(route.deficits or EMPTY) do
      if not addressed[d.id] then
        ctx.flag(("Дефицит «%s» (%s) не закрыт ни одним мероприятием дорожной карты")
          :format(d.text, area_name(d.area)))
      end
    end
  end,
  examples = {
    {
      name = "дефицит d2 без мероприятия",
      today = "2023-02-01",
      subject = {
        stage = "implementation",
        deficits = {
          { id = "d1", area = "ict", text = "Не владею цифровыми сервисами для уроков" },
          { id = "d2", area = "psychological-pedagogical", text = "Трудно работать с родителями" },
        },
        activities = { { addresses = { "d1" } } },
      },
      expect = { "Дефицит «Трудно работать с родителями» (психолого-педагогические) не закрыт ни одним мероприятием дорожной карты" },
    },
    {
      name = "все дефициты закрыты мероприятиями",
      today = "2023-02-01",
      subject = {
        stage = "roadmap",
        deficits = {
          { id = "d1", area = "ict", text = "Не владею цифровыми сервисами для уроков" },
          { id = "d2", area = "upbringing", text = "Мало опыта воспитательных мероприятий" },
        },
        activities = { { addresses = { "d2" } }, { addresses = { "d1", "d2" } } },
      },
      expect = {},
    },
    {
      name = "на этапе диагностики дефицитов ещё рано",
      today = "2022-10-01",
      subject = {
        stage = "deficits",
        deficits = { { id = "d1", area = "ict", text = "Не владею цифровыми сервисами для уроков" } },
        activities = {},
      },
      expect = {},
    },
  },
}

monitor {
  id = "route-reflection-gap",
  subject = "route",
  severity = "warning",
  description = ("На этапе реализации нет рефлексии дольше %d дней"):format(REFLECTION_MAX_GAP_DAYS),
  check = function(route, ctx)
    if route.stage ~= "implementation" then return end
    local last
    for _, r in ipairs(route.reflections or EMPTY) do
      if r.date <= ctx.today and (not last or r.date > last) then last = r.date end
    end
    if last then
      local gap = date.days(last, ctx.today)
      if gap > REFLECTION_MAX_GAP_DAYS then
        return ("Последняя рефлексия — %s, прошло %d дн. (по правилам школы — не реже раза в %d дн.)")
          :format(date.display(last), gap, REFLECTION_MAX_GAP_DAYS)
      end
    else
      local gap = date.days(route.start, ctx.today)
      if gap > REFLECTION_MAX_GAP_DAYS then
        return ("Ни одной рефлексии с начала маршрута %s, прошло %d дн. (по правилам школы — не реже раза в %d дн.)")
          :format(date.display(route.start), gap, REFLECTION_MAX_GAP_DAYS)
      end
    end
  end,
  examples = {
    {
      name = "последняя рефлексия 91 день назад",
      today = "2023-04-01",
      subject = {
        stage = "implementation", start = "2022-09-01",
        reflections = { { date = "2022-10-15" }, { date = "2022-12-31" } },
      },
      expect = { "Последняя рефлексия — " .. date.display("2022-12-31") .. ", прошло 91 дн. (по правилам школы — не реже раза в 90 дн.)" },
    },
    {
      name = "ровно 90 дней — ещё в норме",
      today = "2023-03-31",
      subject = {
        stage = "implementation", start = "2022-09-01",
        reflections = { { date = "2022-12-31" }, { date = "2022-10-15" } },
      },
      expect = {},
    },
    {
      name = "рефлексий нет с начала маршрута",
      today = "2023-01-01",
      subject = { stage = "implementation", start = "2022-09-01", reflections = {} },
      expect = { "Ни одной рефлексии с начала маршрута " .. date.display("2022-09-01") .. ", прошло 122 дн. (по правилам школы — не реже раза в 90 дн.)" },
    },
    {
      name = "на этапе дорожной карты не проверяется",
      today = "2023-06-01",
      subject = { stage = "roadmap", start = "2022-09-01", reflections = {} },
      expect = {},
    },
  },
}

monitor {
  id = "route-final-reflection-missing",
  subject = "route",
  severity = "warning",
  description = ("До окончания маршрута меньше %d дней, а итоговой рефлексии по дефициту нет")
    :format(FINAL_REFLECTION_WINDOW_DAYS),
  check = function(route, ctx)
    if route.stage == "closed" or not route["end"] then return end
    local left = date.days(ctx.today, route["end"])
    if left < 0 or left > FINAL_REFLECTION_WINDOW_DAYS then return end
    for _, d in ipairs(deficits_without_final(route)) do
      ctx.flag(("Маршрут заканчивается %s (через %d дн.), нет итоговой рефлексии по дефициту «%s» (%s)")
        :format(date.display(route["end"]), left, d.text, area_name(d.area)))
    end
  end,
  examples = {
    {
      name = "за 30 дней до конца: один дефицит без итоговой рефлексии",
      today = "2027-05-01",
      subject = {
        stage = "implementation", ["end"] = "2027-05-31",
        deficits = {
          { id = "d1", area = "ict", text = "Не владею цифровыми сервисами для уроков" },
          { id = "d2", area = "methodological", text = "Не умею проектировать урок по ФГОС" },
        },
        reflections = {
          { deficit = "d1", final = true },
          { deficit = "d2", final = false },
          { activity = "a1", final = false },
        },
      },
      expect = { "Маршрут заканчивается " .. date.display("2027-05-31") .. " (через 30 дн.), нет итоговой рефлексии по дефициту «Не умею проектировать урок по ФГОС» (методические)" },
    },
    {
      name = "ровно 120 дней до конца — уже проверяем",
      today = "2027-01-31",
      subject = {
        stage = "reflection", ["end"] = "2027-05-31",
        deficits = { { id = "d1", area = "ict", text = "Не владею цифровыми сервисами для уроков" } },
        reflections = {},
      },
      expect = { "Маршрут заканчивается " .. date.display("2027-05-31") .. " (через 120 дн.), нет итоговой рефлексии по дефициту «Не владею цифровыми сервисами для уроков» (ИКТ-компетенции)" },
    },
    {
      name = "121 день до конца — ещё рано",
      today = "2027-01-30",
      subject = {
        stage = "implementation", ["end"] = "2027-05-31",
        deficits = { { id = "d1", area = "ict", text = "Не владею цифровыми сервисами для уроков" } },
        reflections = {},
      },
      expect = {},
    },
    {
      name = "все итоговые рефлексии есть",
      today = "2027-05-01",
      subject = {
        stage = "reflection", ["end"] = "2027-05-31",
        deficits = { { id = "d1", area = "ict", text = "Не владею цифровыми сервисами для уроков" } },
        reflections = { { deficit = "d1", final = true } },
      },
      expect = {},
    },
  },
}

monitor {
  id = "route-not-closed",
  subject = "route",
  severity = "critical",
  description = "Срок маршрута истёк, а маршрут не закрыт",
  check = function(route, ctx)
    if route.stage == "closed" or not route["end"] then return end
    if date.days(route["end"], ctx.today) <= ROUTE_CLOSE_GRACE_DAYS then return end
    local message = ("%s: маршрут окончен %s, но не закрыт (этап «%s»)")
      :format(route.teacher.name, date.display(route["end"]), STAGE_NAMES[route.stage] or route.stage)
    local open = deficits_without_final(route)
    if #open > 0 then
      message = message .. (": нет итоговой рефлексии по %s"):format(deficits_dative(#open))
    end
    return message
  end,
  examples = {
    {
      name = "окончен, не закрыт, один дефицит без итоговой рефлексии",
      today = "2027-06-01",
      subject = {
        teacher = { name = "Иванова Мария Петровна" },
        stage = "reflection", ["end"] = "2027-05-31",
        deficits = { { id = "d1" }, { id = "d2" } },
        reflections = { { deficit = "d1", final = true } },
      },
      expect = { "Иванова Мария Петровна: маршрут окончен " .. date.display("2027-05-31") .. ", но не закрыт (этап «рефлексивный анализ»): нет итоговой рефлексии по 1 дефициту" },
    },
    {
      name = "окончен, всё отрефлексировано, осталось закрыть",
      today = "2027-09-01",
      subject = {
        teacher = { name = "Иванова Мария Петровна" },
        stage = "implementation", ["end"] = "2027-05-31",
        deficits = { { id = "d1" } },
        reflections = { { deficit = "d1", final = true } },
      },
      expect = { "Иванова Мария Петровна: маршрут окончен " .. date.display("2027-05-31") .. ", но не закрыт (этап «реализация и корректировка»)" },
    },
    {
      name = "в последний день маршрута ещё не нарушение",
      today = "2027-05-31",
      subject = {
        teacher = { name = "Иванова Мария Петровна" },
        stage = "reflection", ["end"] = "2027-05-31",
        deficits = {}, reflections = {},
      },
      expect = {},
    },
    {
      name = "закрытый маршрут",
      today = "2028-01-01",
      subject = {
        teacher = { name = "Иванова Мария Петровна" },
        stage = "closed", ["end"] = "2027-05-31",
        deficits = {}, reflections = {},
      },
      expect = {},
    },
  },
}

monitor {
  id = "route-course-hours-low",
  subject = "route",
  severity = "info",
  description = ("В дорожной карте на текущий учебный год меньше %d ч курсов повышения квалификации")
    :format(MIN_COURSE_HOURS_PER_YEAR),
  check = function(route, ctx)
    if route.stage ~= "implementation" then return end
    -- Курс относится к учебному году, в котором он заканчивается (срок due).
    local year = date.school_year(ctx.today)
    local hours, titles = 0, {}
    for _, a in ipairs(route.activities or EMPTY) do
      if a.kind == "course" and date.school_year(a.due) == year then
        hours = hours + (a.hours or 0)
        titles[#titles + 1] = ("«%s» (%s ч)"):format(a.title, num(a.hours or 0))
      end
    end
    if hours >= MIN_COURSE_HOURS_PER_YEAR then return end
    local period = ("%d/%02d"):format(year, (year + 1) % 100)
    if #titles == 0 then
      return ("В %s учебном году в дорожной карте нет курсов повышения квалификации (по правилам школы — не меньше %d ч)")
        :format(period, MIN_COURSE_HOURS_PER_YEAR)
    end
    return ("В %s учебном году в дорожной карте %s ч курсов повышения квалификации (по правилам школы — не меньше %d ч): %s")
      :format(period, num(hours), MIN_COURSE_HOURS_PER_YEAR, table.concat(titles, ", "))
  end,
  examples = {
    {
      name = "18 ч в этом году, курс прошлого года не в счёт",
      today = "2023-10-01",
      subject = {
        stage = "implementation",
        activities = {
          { kind = "course", title = "Курс по ИКТ", hours = 18, due = "2023-12-15" },
          { kind = "course", title = "ФГОС-2021", hours = 72, due = "2023-05-20" },
          { kind = "project", title = "Проект «Цифровой класс»", due = "2024-05-20" },
        },
      },
      expect = { "В 2023/24 учебном году в дорожной карте 18 ч курсов повышения квалификации (по правилам школы — не меньше 36 ч): «Курс по ИКТ» (18 ч)" },
    },
    {
      name = "ровно 36 ч — правило школы выполнено (курс до 31 августа — этот же год)",
      today = "2024-03-01",
      subject = {
        stage = "implementation",
        activities = {
          { kind = "course", title = "Курс по ИКТ", hours = 18, due = "2023-12-15" },
          { kind = "course", title = "Летняя школа", hours = 18, due = "2024-08-31" },
        },
      },
      expect = {},
    },
    {
      name = "курсов в этом году нет",
      today = "2024-09-02",
      subject = {
        stage = "implementation",
        activities = { { kind = "course", title = "Летняя школа", hours = 72, due = "2024-08-31" } },
      },
      expect = { "В 2024/25 учебном году в дорожной карте нет курсов повышения квалификации (по правилам школы — не меньше 36 ч)" },
    },
    {
      name = "на этапе рефлексивного анализа не проверяется",
      today = "2024-03-01",
      subject = { stage = "reflection", activities = {} },
      expect = {},
    },
  },
}
