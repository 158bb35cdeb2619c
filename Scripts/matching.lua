-- Подбор пар «наставник — наставляемый» для `marshrut match`
-- (МО наставников «помогает подбирать и закреплять пары», Положение §4.1.5; дорожная карта, п. 4–5).
-- Чем больше балл, тем лучше пара; false — пара запрещена. Распределение с учётом
-- ёмкости наставников делает сам Маршрут.

-- Баллы.
local POINTS_PER_AREA = 10        -- за каждую запрошенную область компетенций, которую предлагает наставник
local POINTS_SAME_SUBJECT = 5     -- наставник ведёт нужный предмет
local POINTS_PER_COMMON_FORM = 2  -- за каждую общую форму наставничества
local POINTS_SAME_SCHOOL = 2      -- очные встречи проще в своей школе
-- Запреты.
local REQUIRE_AREA_OVERLAP = true -- наставник должен покрывать хотя бы одну запрошенную область
local REQUIRE_COMMON_FORM = true  -- если оба указали формы, хотя бы одна должна совпасть
local REMOTE_FORM = "virtual"     -- форма, при которой допустима пара из разных школ

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
local FORM_NAMES = {
  ["traditional"] = "традиционная",
  ["group"] = "групповая",
  ["virtual"] = "виртуальная",
  ["reverse"] = "реверсивная",
  ["situational"] = "ситуационная",
  ["speed"] = "скоростная",
  ["short-term"] = "краткосрочная",
  ["teacher-teacher"] = "«учитель – учитель»",
  ["head-teacher"] = "«руководитель – учитель»",
}

local EMPTY = {}

local function contains(list, value)
  for _, v in ipairs(list or EMPTY) do
    if v == value then return true end
  end
  return false
end

-- Элементы `wanted`, которые есть в `offered`, в порядке `wanted`.
local function common(wanted, offered)
  local out = {}
  for _, v in ipairs(wanted or EMPTY) do
    if contains(offered, v) and not contains(out, v) then out[#out + 1] = v end
  end
  return out
end

local function names(list, dictionary)
  local out = {}
  for i, v in ipairs(list) do out[i] = dictionary[v] or v end
  return table.concat(out, ", ")
end

matching {
  score = function(mentor, mentee, ctx)
    if mentor.id == mentee.id then return false, "Наставник и наставляемый — одно лицо" end
    local offers = mentor.offers
    if not offers then return false, ("%s: не заполнено, с чем готов помогать (offers)"):format(mentor.name) end
    local requests = mentee.requests or EMPTY

    local same_school = mentor.school == mentee.school
    if not same_school and not (contains(requests.forms, REMOTE_FORM) and contains(offers.forms, REMOTE_FORM)) then
      return false, ("Разные школы (%s и %s), а виртуальную форму не выбрали оба"):format(mentor.school, mentee.school)
    end

    local areas = common(requests.areas, offers.areas)
    if REQUIRE_AREA_OVERLAP and #(requests.areas or EMPTY) > 0 and #areas == 0 then
      return false, ("Наставник не предлагает ни одной из запрошенных областей (%s)")
        :format(names(requests.areas, AREA_NAMES))
    end

    local forms = common(requests.forms, offers.forms)
    if REQUIRE_COMMON_FORM and #(requests.forms or EMPTY) > 0 and #(offers.forms or EMPTY) > 0 and #forms == 0 then
      return false, ("Нет общей формы наставничества: запрошены %s, предложены %s")
        :format(names(requests.forms, FORM_NAMES), names(offers.forms, FORM_NAMES))
    end

    -- Нужный предмет: из запроса, иначе свой предмет наставляемого.
    local wanted_subjects = requests.subjects or { mentee.subject }
    local mentor_subjects = { mentor.subject }
    for _, s in ipairs(offers.subjects or EMPTY) do mentor_subjects[#mentor_subjects + 1] = s end
    local subjects = common(wanted_subjects, mentor_subjects)

    local score, reasons = 0, {}
    if #areas > 0 then
      score = score + POINTS_PER_AREA * #areas
      reasons[#reasons + 1] = ("области %s: +%d"):format(names(areas, AREA_NAMES), POINTS_PER_AREA * #areas)
    end
    if #subjects > 0 then
      score = score + POINTS_SAME_SUBJECT
      reasons[#reasons + 1] = ("предмет %s: +%d"):format(table.concat(subjects, ", "), POINTS_SAME_SUBJECT)
    end
    if #forms > 0 then
      score = score + POINTS_PER_COMMON_FORM * #forms
      reasons[#reasons + 1] = ("формы %s: +%d"):format(names(forms, FORM_NAMES), POINTS_PER_COMMON_FORM * #forms)
    end
    if same_school then
      score = score + POINTS_SAME_SCHOOL
      reasons[#reasons + 1] = ("одна школа: +%d"):format(POINTS_SAME_SCHOOL)
    else
      reasons[#reasons + 1] = "разные школы, дистанционно"
    end
    if #reasons == 0 then reasons[1] = "совпадений нет" end
    return score, table.concat(reasons, "; ")
  end,
  examples = {
    {
      name = "одна школа, ИКТ покрыто, тот же предмет, общая традиционная форма",
      today = "2023-08-25",
      mentor = {
        id = "safronova", name = "Сафронова Елена Анатольевна", school = "МКОУ «Малиновская ООШ»",
        subject = "математика",
        offers = { areas = { "ict", "subject" }, subjects = { "математика", "информатика" }, forms = { "traditional" } },
      },
      mentee = {
        id = "ivanova", school = "МКОУ «Малиновская ООШ»", subject = "математика",
        requests = { areas = { "ict", "methodological" }, forms = { "traditional", "virtual" } },
      },
      -- 10 (ИКТ) + 5 (математика) + 2 (традиционная) + 2 (школа)
      expect = 19,
    },
    {
      name = "разные школы, обе стороны выбрали виртуальную форму; предмет из запроса",
      today = "2023-08-25",
      mentor = {
        id = "orlova", name = "Орлова Анна Сергеевна", school = "МБОУ «Красногорская СОШ»",
        subject = "история",
        offers = { areas = { "methodological", "digitalization" }, subjects = { "обществознание" }, forms = { "virtual", "group" } },
      },
      mentee = {
        id = "petrov", school = "МКОУ «Малиновская ООШ»", subject = "история",
        requests = { areas = { "methodological", "digitalization", "ict" }, forms = { "virtual" }, subjects = { "обществознание" } },
      },
      -- 20 (две области) + 5 (обществознание) + 2 (виртуальная)
      expect = 27,
    },
    {
      name = "разные школы без виртуальной формы — запрещено",
      today = "2023-08-25",
      mentor = {
        id = "orlova", name = "Орлова Анна Сергеевна", school = "МБОУ «Красногорская СОШ»", subject = "история",
        offers = { areas = { "methodological" }, subjects = {}, forms = { "virtual", "traditional" } },
      },
      mentee = {
        id = "petrov", school = "МКОУ «Малиновская ООШ»", subject = "история",
        requests = { areas = { "methodological" }, forms = { "traditional" } },
      },
      expect = false,
    },
    {
      name = "наставник не покрывает ни одной запрошенной области — запрещено",
      today = "2023-08-25",
      mentor = {
        id = "safronova", name = "Сафронова Елена Анатольевна", school = "МКОУ «Малиновская ООШ»", subject = "математика",
        offers = { areas = { "subject" }, subjects = { "математика" }, forms = { "traditional" } },
      },
      mentee = {
        id = "ivanova", school = "МКОУ «Малиновская ООШ»", subject = "математика",
        requests = { areas = { "upbringing" }, forms = { "traditional" } },
      },
      expect = false,
    },
    {
      name = "нет общей формы — запрещено",
      today = "2023-08-25",
      mentor = {
        id = "safronova", name = "Сафронова Елена Анатольевна", school = "МКОУ «Малиновская ООШ»", subject = "математика",
        offers = { areas = { "ict" }, subjects = {}, forms = { "group" } },
      },
      mentee = {
        id = "ivanova", school = "МКОУ «Малиновская ООШ»", subject = "математика",
        requests = { areas = { "ict" }, forms = { "traditional" } },
      },
      expect = false,
    },
    {
      name = "наставник сам себе — запрещено",
      today = "2023-08-25",
      mentor = {
        id = "gololobova", name = "Гололобова Марина Алексеевна", school = "МКОУ «Малиновская ООШ»", subject = "биология",
        offers = { areas = { "upbringing" }, subjects = {}, forms = { "traditional" } },
      },
      mentee = {
        id = "gololobova", school = "МКОУ «Малиновская ООШ»", subject = "биология",
        requests = { areas = { "upbringing" }, forms = { "traditional" } },
      },
      expect = false,
    },
    {
      name = "запрос без областей и форм: только предмет и школа",
      today = "2023-08-25",
      mentor = {
        id = "safronova", name = "Сафронова Елена Анатольевна", school = "МКОУ «Малиновская ООШ»", subject = "математика",
        offers = { areas = { "ict" }, subjects = {}, forms = { "traditional" } },
      },
      mentee = { id = "kuznetsov", school = "МКОУ «Малиновская ООШ»", subject = "математика" },
      expect = 7,
    },
  },
}
