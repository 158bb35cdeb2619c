-- Критерии стимулирования наставников и наставляемых, Положение §3.4
-- (материальное и нематериальное стимулирование), §4.1.5 (МО наставников участвует
-- в разработке системы поощрения).
--
-- Из кадровых данных есть возраст, стаж и категория (если их внесли в карточку); наград
-- педагога в данных нет: критерии приближают настоящие требования тем, что есть (программы,
-- их формы и статусы, показатели, продукты, маршруты).
-- Список, который выдаёт `marshrut incentives`, — кандидаты для МО наставников, а не решение
-- о награждении: что проверить вручную, написано в комментарии над каждым критерием.

-- Пороговые значения критериев (подробности — в комментарии над каждым критерием).
-- «За наставничество»: учебных лет с завершёнными программами, разных наставляемых, программ с ростом показателей.
local BADGE_MIN_SCHOOL_YEARS = 5
local BADGE_MIN_MENTEES = 3
local BADGE_MIN_PROGRAMS_WITH_GROWTH = 1

-- «Почетный наставник»: завершённых программ, учебных лет, продуктов наставляемых.
local HONORARY_MIN_COMPLETED = 3
local HONORARY_MIN_SCHOOL_YEARS = 3
local HONORARY_MIN_MENTEE_PRODUCTS = 2

-- «Молодость и Профессионализм»: возраст наставника (лет, не включая), завершённых программ в роли наставника, их продуктов.
local YOUTH_MAX_AGE = 35
local YOUTH_MIN_COMPLETED_AS_MENTOR = 1
local YOUTH_MIN_PRODUCTS = 1

-- Резерв управленческих кадров: завершённых программ, групповых программ, программ с ростом показателей.
local RESERVE_MIN_COMPLETED = 2
local RESERVE_MIN_GROUP_PROGRAMS = 1
local RESERVE_MIN_PROGRAMS_WITH_GROWTH = 1

-- Жюри конкурсов: завершённых программ, продуктов наставляемых.
local JURY_MIN_COMPLETED = 2
local JURY_MIN_MENTEE_PRODUCTS = 3

-- Стимулирующая выплата: период (мес.), баллы оценочного листа, порог.
local BONUS_PERIOD_MONTHS = 12
local POINTS_COMPLETED_PROGRAM = 3
local POINTS_ACTIVE_PROGRAM = 1
local POINTS_EXTRA_MENTEE = 1
local POINTS_INDICATOR_GROWTH = 2
local POINTS_MENTEE_PRODUCT = 1
local BONUS_MIN_POINTS = 8

-- Показатели, рост которых считаем результатом (чем больше, тем лучше).
local GROWTH_INDICATORS = {
  "exam-pass-rate", "achievement", "olympiad-participation", "professional-activity", "adaptation",
}
local EPSILON = 1e-9

local EMPTY = {}

---------------------------------------------------------------------------
-- общие вспомогательные функции
---------------------------------------------------------------------------

-- counted(5, "программа", "программы", "программ") → "5 программ" (форма — из `plural` каталога)
local function counted(n, one, few, many)
  return ("%d %s"):format(n, plural(n, one, few, many))
end

local function school_year_name(y) return ("%d/%02d"):format(y, (y + 1) % 100) end

local function has_role(person, role)
  for _, r in ipairs(person.roles or EMPTY) do
    if r == role then return true end
  end
  return false
end

local function has_form(program, form)
  for _, f in ipairs(program.forms or EMPTY) do
    if f == form then return true end
  end
  return false
end

-- Учебные годы, которые захватывают программы: число, первый и последний.
local function school_years(programs)
  local years, count, first, last = {}, 0, nil, nil
  for _, p in ipairs(programs) do
    for y = date.school_year(p.start), date.school_year(p["end"]) do
      if not years[y] then
        years[y] = true
        count = count + 1
        if not first or y < first then first = y end
        if not last or y > last then last = y end
      end
    end
  end
  return count, first, last
end

local function distinct_mentees(programs)
  local seen, count = {}, 0
  for _, p in ipairs(programs) do
    for _, m in ipairs(p.mentees or EMPTY) do
      if not seen[m.id] then seen[m.id] = true; count = count + 1 end
    end
  end
  return count
end

-- Показатели программы, выросшие от первого замера к последнему.
local function grown_indicators(program)
  local grown = {}
  for _, name in ipairs(GROWTH_INDICATORS) do
    local first, last
    for _, ind in ipairs(program.indicators or EMPTY) do
      if ind.name == name then
        if not first or ind.date < first.date then first = ind end
        if not last or ind.date >= last.date then last = ind end
      end
    end
    if first and last and first ~= last and last.value > first.value + EPSILON then
      grown[#grown + 1] = name
    end
  end
  return grown
end

local function programs_with_growth(programs)
  local n = 0
  for _, p in ipairs(programs) do
    if #grown_indicators(p) > 0 then n = n + 1 end
  end
  return n
end

-- Педагогические продукты мероприятий (программы или маршрута).
local function products(activities, from, to)
  local n = 0
  for _, a in ipairs(activities or EMPTY) do
    if a.product and (not from or a.product.date >= from) and (not to or a.product.date <= to) then
      n = n + 1
    end
  end
  return n
end

local function mentee_products(programs)
  local n = 0
  for _, p in ipairs(programs) do n = n + products(p.activities) end
  return n
end

local function verdict(ok, good, missing)
  if ok then return true, good end
  return false, "Не выполнено: " .. table.concat(missing, "; ")
end

---------------------------------------------------------------------------
-- Знак отличия «За наставничество»
---------------------------------------------------------------------------
-- Настоящее требование (Указ Президента РФ от 02.03.2018 № 94, Положение о знаке):
-- награждаются лучшие наставники молодёжи за личные заслуги на протяжении не менее пяти лет.
-- Приближение: завершённые программы как наставник, захватывающие не менее
-- BADGE_MIN_SCHOOL_YEARS учебных лет, не менее BADGE_MIN_MENTEES разных наставляемых, рост
-- показателей не менее чем в BADGE_MIN_PROGRAMS_WITH_GROWTH программах
-- («измеримые позитивные результаты», Положение §1.2).
-- Проверить вручную: что наставляемые — молодёжь, молодые специалисты; непрерывность
-- наставничества в эти годы (в том числе до ведения Маршрута); прочие условия Положения
-- о знаке и порядок представления (ходатайство, характеристика).
incentive {
  id = "badge-for-mentorship",
  title = "Знак отличия «За наставничество»",
  kind = "non-material",
  subject = "person",
  eligible = function(person, ctx)
    local done = person.completed_programs or EMPTY
    local years, first, last = school_years(done)
    local mentees = distinct_mentees(done)
    local growth = programs_with_growth(done)
    local missing = {}
    if years < BADGE_MIN_SCHOOL_YEARS then
      missing[#missing + 1] = ("завершённые программы охватывают %s из %d"):format(
        counted(years, "учебный год", "учебных года", "учебных лет"), BADGE_MIN_SCHOOL_YEARS)
    end
    if mentees < BADGE_MIN_MENTEES then
      missing[#missing + 1] = ("%s из %d"):format(
        counted(mentees, "наставляемый", "наставляемых", "наставляемых"), BADGE_MIN_MENTEES)
    end
    if growth < BADGE_MIN_PROGRAMS_WITH_GROWTH then
      missing[#missing + 1] = "нет программ с ростом показателей"
    end
    if #missing > 0 then return verdict(false, nil, missing) end
    local good = ("Наставничество в %s (%s–%s), %s, рост показателей в %s; проверить вручную, что наставляемые — молодые специалисты")
      :format(counted(years, "учебном году", "учебных годах", "учебных годах"),
        school_year_name(first), school_year_name(last),
        counted(mentees, "наставляемый", "наставляемых", "наставляемых"),
        counted(growth, "программе", "программах", "программах"))
    return verdict(true, good, missing)
  end,
  examples = {
    {
      name = "пять учебных лет, четыре наставляемых, рост показателей",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          { start = "2019-09-01", ["end"] = "2020-05-31", mentees = { { id = "a" } }, indicators = {} },
          { start = "2020-09-01", ["end"] = "2021-05-31", mentees = { { id = "b" } }, indicators = {} },
          { start = "2021-09-01", ["end"] = "2022-05-31", mentees = { { id = "c" } }, indicators = {} },
          { start = "2022-09-01", ["end"] = "2023-05-31", mentees = { { id = "c" } }, indicators = {} },
          { start = "2023-09-01", ["end"] = "2024-05-31", mentees = { { id = "d" } }, indicators = {
            { name = "exam-pass-rate", date = "2023-12-20", value = 0.70 },
            { name = "exam-pass-rate", date = "2024-05-25", value = 0.82 },
          } },
        },
      },
      expect = true,
    },
    {
      name = "четыре учебных года — на год меньше порога",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          { start = "2020-09-01", ["end"] = "2021-05-31", mentees = { { id = "a" } }, indicators = {} },
          { start = "2021-09-01", ["end"] = "2022-05-31", mentees = { { id = "b" } }, indicators = {} },
          { start = "2022-09-01", ["end"] = "2023-05-31", mentees = { { id = "c" } }, indicators = {} },
          { start = "2023-09-01", ["end"] = "2024-05-31", mentees = { { id = "d" } }, indicators = {
            { name = "adaptation", date = "2023-12-20", value = 3 },
            { name = "adaptation", date = "2024-05-25", value = 4 },
          } },
        },
      },
      expect = false,
    },
    {
      name = "годы есть, но показатели не выросли",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          -- программа с марта по декабрь захватывает два учебных года
          { start = "2020-03-01", ["end"] = "2020-12-20", mentees = { { id = "a" } }, indicators = {} },
          { start = "2021-09-01", ["end"] = "2022-05-31", mentees = { { id = "b" } }, indicators = {} },
          { start = "2022-09-01", ["end"] = "2023-05-31", mentees = { { id = "c" } }, indicators = {} },
          { start = "2023-09-01", ["end"] = "2024-05-31", mentees = { { id = "d" } }, indicators = {
            { name = "exam-pass-rate", date = "2023-12-20", value = 0.80 },
            { name = "exam-pass-rate", date = "2024-05-25", value = 0.80 },
          } },
        },
      },
      expect = false,
    },
    {
      name = "нет завершённых программ",
      today = "2024-06-15",
      subject = { completed_programs = {} },
      expect = false,
    },
  },
}

---------------------------------------------------------------------------
-- Нагрудный знак «Почетный наставник»
---------------------------------------------------------------------------
-- Настоящее требование (приказ Минпросвещения России от 01.07.2021 № 400): ведомственная
-- награда наставникам за заслуги в наставнической деятельности, в профессиональном
-- становлении и развитии педагогов.
-- Приближение: не менее HONORARY_MIN_COMPLETED завершённых программ как наставник, не менее
-- HONORARY_MIN_SCHOOL_YEARS учебных лет и не менее HONORARY_MIN_MENTEE_PRODUCTS педагогических
-- продуктов наставляемых в этих программах.
-- Проверить вручную: стаж работы и предшествующие награды, которых требует приказ
-- (сверить с действующей редакцией), что педагог не награждён этим знаком ранее,
-- порядок представления.
incentive {
  id = "honorary-mentor",
  title = "Нагрудный знак «Почетный наставник»",
  kind = "non-material",
  subject = "person",
  eligible = function(person, ctx)
    local done = person.completed_programs or EMPTY
    local years = school_years(done)
    local made = mentee_products(done)
    local missing = {}
    if #done < HONORARY_MIN_COMPLETED then
      missing[#missing + 1] = ("%s из %d"):format(
        counted(#done, "завершённая программа", "завершённые программы", "завершённых программ"), HONORARY_MIN_COMPLETED)
    end
    if years < HONORARY_MIN_SCHOOL_YEARS then
      missing[#missing + 1] = ("программы охватывают %s из %d"):format(
        counted(years, "учебный год", "учебных года", "учебных лет"), HONORARY_MIN_SCHOOL_YEARS)
    end
    if made < HONORARY_MIN_MENTEE_PRODUCTS then
      missing[#missing + 1] = ("%s наставляемых из %d"):format(
        counted(made, "педагогический продукт", "педагогических продукта", "педагогических продуктов"),
        HONORARY_MIN_MENTEE_PRODUCTS)
    end
    local good = ("%s в %s, %s наставляемых; проверить вручную стаж и предшествующие награды")
      :format(counted(#done, "завершённая программа", "завершённые программы", "завершённых программ"),
        counted(years, "учебном году", "учебных годах", "учебных годах"),
        counted(made, "педагогический продукт", "педагогических продукта", "педагогических продуктов"))
    return verdict(#missing == 0, good, missing)
  end,
  examples = {
    {
      name = "три программы в трёх учебных годах, два продукта",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          { start = "2021-09-01", ["end"] = "2022-05-31", activities = {
            { product = { date = "2022-04-10" } }, { } } },
          { start = "2022-09-01", ["end"] = "2023-05-31", activities = {} },
          { start = "2023-09-01", ["end"] = "2024-05-31", activities = { { product = { date = "2024-03-01" } } } },
        },
      },
      expect = true,
    },
    {
      name = "три программы, но все в одном учебном году",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          { start = "2023-09-01", ["end"] = "2023-12-20", activities = { { product = { date = "2023-12-01" } } } },
          { start = "2023-10-01", ["end"] = "2024-02-20", activities = { { product = { date = "2024-02-01" } } } },
          { start = "2024-01-10", ["end"] = "2024-05-31", activities = {} },
        },
      },
      expect = false,
    },
    {
      name = "один продукт наставляемых — меньше порога",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          { start = "2021-09-01", ["end"] = "2022-05-31", activities = { {} } },
          { start = "2022-09-01", ["end"] = "2023-05-31", activities = {} },
          { start = "2023-09-01", ["end"] = "2024-05-31", activities = { { product = { date = "2024-03-01" } } } },
        },
      },
      expect = false,
    },
  },
}

---------------------------------------------------------------------------
-- Нагрудный знак «Молодость и Профессионализм»
---------------------------------------------------------------------------
-- Настоящее требование (приказ Минпросвещения России от 01.07.2021 № 400): ведомственная
-- награда молодым работникам — до 35 лет — за значительные успехи в профессиональной
-- деятельности. В системе наставничества это наставник младше 35 лет (Положение §4.1.6:
-- в реверсивной форме наставником становится «профессионал младшего возраста»), а не
-- наставляемый. Признак: наставник младше YOUTH_MAX_AGE лет (по карточке: дата рождения)
-- в не менее чем YOUTH_MIN_COMPLETED_AS_MENTOR завершённых программах, давших не менее
-- YOUTH_MIN_PRODUCTS продуктов. Без даты рождения кандидат не предлагается: её нужно внести.
-- Проверить вручную: стаж и прочие условия приказа, участие и результаты в конкурсах
-- профессионального мастерства, что знак не вручался ранее.
incentive {
  id = "youth-and-professionalism",
  title = "Нагрудный знак «Молодость и Профессионализм»",
  kind = "non-material",
  subject = "person",
  eligible = function(person, ctx)
    local done, made, reverse = {}, 0, false
    for _, p in ipairs(person.completed_programs or EMPTY) do
      done[#done + 1] = p.id
      made = made + products(p.activities)
      if has_form(p, "reverse") then reverse = true end
    end
    if #done < YOUTH_MIN_COMPLETED_AS_MENTOR or made < YOUTH_MIN_PRODUCTS then
      return false, ("Как наставник — %s из %d, продуктов %d из %d")
        :format(counted(#done, "завершённая программа", "завершённые программы", "завершённых программ"),
          YOUTH_MIN_COMPLETED_AS_MENTOR, made, YOUTH_MIN_PRODUCTS)
    end
    if person.age == nil then
      return false, ("Наставник в программах %s, но в карточке нет даты рождения: внесите её "
        .. "(marshrut person edit %s --birth-date ДД.ММ.ГГГГ), награда — до %d лет")
        :format(table.concat(done, ", "), person.id, YOUTH_MAX_AGE)
    end
    if person.age >= YOUTH_MAX_AGE then
      return false, ("Наставнику %s — награда для работников до %d лет")
        :format(counted(person.age, "год", "года", "лет"), YOUTH_MAX_AGE)
    end
    return true, ("Наставник %s в завершённых программах %s (%s)%s")
      :format(counted(person.age, "год", "года", "лет"), table.concat(done, ", "),
        counted(made, "педагогический продукт", "педагогических продукта", "педагогических продуктов"),
        reverse and ", в том числе в реверсивной форме" or "")
  end,
  examples = {
    {
      name = "молодой учитель вёл коллег по цифровым сервисам (реверсивная форма)",
      today = "2024-06-15",
      subject = {
        id = "zaitsev", age = 26,
        completed_programs = {
          { id = "prog-2023-04", forms = { "reverse", "teacher-teacher" }, activities = {
            { product = { date = "2024-04-01" } } } },
        },
      },
      expect = true,
    },
    {
      name = "наставнику 35 лет — уже не подходит",
      today = "2024-06-15",
      subject = {
        id = "grishina", age = 35,
        completed_programs = { { id = "prog-2023-01", forms = { "traditional" }, activities = {
          { product = { date = "2024-04-01" } } } } },
      },
      expect = false,
    },
    {
      name = "нет даты рождения — не предлагается, пока её не внесут",
      today = "2024-06-15",
      subject = {
        id = "sokolov",
        completed_programs = { { id = "prog-2023-02", forms = { "traditional" }, activities = {
          { product = { date = "2024-04-01" } } } } },
      },
      expect = false,
    },
    {
      name = "молодой наставляемый, не наставник: награда не для наставляемых",
      today = "2024-06-15",
      subject = {
        id = "antonova", age = 23, completed_programs = {},
        mentee_programs = { { status = "completed" } },
        routes = { { activities = {
          { product = { date = "2023-05-10" } }, { product = { date = "2023-12-10" } }, { product = { date = "2024-05-10" } } } } },
      },
      expect = false,
    },
  },
}

---------------------------------------------------------------------------
-- Рекомендация в резерв управленческих кадров
---------------------------------------------------------------------------
-- Настоящее требование (Положение §3.4): наставники могут быть рекомендованы для включения
-- в резерв управленческих кадров образовательной организации, органов местного
-- самоуправления, органов государственной власти.
-- Приближение: не менее RESERVE_MIN_COMPLETED завершённых программ, из них не менее
-- RESERVE_MIN_GROUP_PROGRAMS групповых (форма group или больше одного наставляемого) — опыт
-- руководства группой; рост показателей не менее чем в RESERVE_MIN_PROGRAMS_WITH_GROWTH программах.
-- Руководителей (роль head) не предлагаем — они уже в управлении.
-- Проверить вручную: согласие педагога, требования положения о кадровом резерве
-- (образование, стаж, аттестация), отзыв МО наставников.
incentive {
  id = "personnel-reserve",
  title = "Рекомендация в резерв управленческих кадров",
  kind = "non-material",
  subject = "person",
  eligible = function(person, ctx)
    if has_role(person, "head") then
      return false, "Уже руководитель (роль head): рекомендация в резерв не нужна"
    end
    local done = person.completed_programs or EMPTY
    local groups = 0
    for _, p in ipairs(done) do
      if has_form(p, "group") or #(p.mentees or EMPTY) > 1 then groups = groups + 1 end
    end
    local growth = programs_with_growth(done)
    local missing = {}
    if #done < RESERVE_MIN_COMPLETED then
      missing[#missing + 1] = ("%s из %d"):format(
        counted(#done, "завершённая программа", "завершённые программы", "завершённых программ"), RESERVE_MIN_COMPLETED)
    end
    if groups < RESERVE_MIN_GROUP_PROGRAMS then
      missing[#missing + 1] = "нет опыта групповой программы"
    end
    if growth < RESERVE_MIN_PROGRAMS_WITH_GROWTH then
      missing[#missing + 1] = "нет программ с ростом показателей"
    end
    local good = ("%s, из них групповых %d, рост показателей в %s")
      :format(counted(#done, "завершённая программа", "завершённые программы", "завершённых программ"),
        groups, counted(growth, "программе", "программах", "программах"))
    return verdict(#missing == 0, good, missing)
  end,
  examples = {
    {
      name = "две программы, одна групповая, рост показателей",
      today = "2024-06-15",
      subject = {
        roles = { "mentor" },
        completed_programs = {
          { forms = { "group" }, mentees = { { id = "a" }, { id = "b" } }, indicators = {
            { name = "olympiad-participation", date = "2023-10-01", value = 0.1 },
            { name = "olympiad-participation", date = "2024-04-01", value = 0.2 } } },
          { forms = { "traditional" }, mentees = { { id = "c" } }, indicators = {} },
        },
      },
      expect = true,
    },
    {
      name = "только индивидуальные программы",
      today = "2024-06-15",
      subject = {
        roles = { "mentor" },
        completed_programs = {
          { forms = { "traditional" }, mentees = { { id = "a" } }, indicators = {
            { name = "exam-pass-rate", date = "2023-10-01", value = 0.7 },
            { name = "exam-pass-rate", date = "2024-04-01", value = 0.9 } } },
          { forms = { "virtual" }, mentees = { { id = "c" } }, indicators = {} },
        },
      },
      expect = false,
    },
    {
      name = "руководитель школы",
      today = "2024-06-15",
      subject = {
        roles = { "mentor", "head" },
        completed_programs = {
          { forms = { "head-teacher", "group" }, mentees = { { id = "a" }, { id = "b" } }, indicators = {
            { name = "adaptation", date = "2023-10-01", value = 2 },
            { name = "adaptation", date = "2024-04-01", value = 4 } } },
          { forms = { "head-teacher" }, mentees = { { id = "c" } }, indicators = {} },
        },
      },
      expect = false,
    },
  },
}

---------------------------------------------------------------------------
-- Член жюри профессиональных конкурсов
---------------------------------------------------------------------------
-- Настоящее требование (Положение §3.4): наставническая деятельность учитывается при
-- выдвижении на профессиональные конкурсы, в том числе в качестве членов жюри; МО наставников
-- готовит участников к конкурсам (§4.1.5).
-- Приближение: не менее JURY_MIN_COMPLETED завершённых программ и не менее
-- JURY_MIN_MENTEE_PRODUCTS педагогических продуктов наставляемых в них — опыт экспертизы
-- педагогических продуктов.
-- Проверить вручную: профиль конкурса и предмет, отсутствие конфликта интересов (свои
-- наставляемые среди участников), согласие педагога.
incentive {
  id = "contest-jury",
  title = "Выдвижение в жюри профессиональных конкурсов",
  kind = "non-material",
  subject = "person",
  eligible = function(person, ctx)
    local done = person.completed_programs or EMPTY
    local made = mentee_products(done)
    local missing = {}
    if #done < JURY_MIN_COMPLETED then
      missing[#missing + 1] = ("%s из %d"):format(
        counted(#done, "завершённая программа", "завершённые программы", "завершённых программ"), JURY_MIN_COMPLETED)
    end
    if made < JURY_MIN_MENTEE_PRODUCTS then
      missing[#missing + 1] = ("%s наставляемых из %d"):format(
        counted(made, "педагогический продукт", "педагогических продукта", "педагогических продуктов"), JURY_MIN_MENTEE_PRODUCTS)
    end
    local good = ("%s, %s наставляемых; проверить вручную профиль конкурса и конфликт интересов")
      :format(counted(#done, "завершённая программа", "завершённые программы", "завершённых программ"),
        counted(made, "педагогический продукт", "педагогических продукта", "педагогических продуктов"))
    return verdict(#missing == 0, good, missing)
  end,
  examples = {
    {
      name = "две программы, ровно три продукта",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          { activities = { { product = { date = "2023-03-01" } }, { product = { date = "2023-05-01" } } } },
          { activities = { { product = { date = "2024-03-01" } }, {} } },
        },
      },
      expect = true,
    },
    {
      name = "два продукта — меньше порога",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          { activities = { { product = { date = "2023-03-01" } } } },
          { activities = { { product = { date = "2024-03-01" } }, {} } },
        },
      },
      expect = false,
    },
    {
      name = "много продуктов, но одна программа",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          { activities = { { product = { date = "2023-03-01" } }, { product = { date = "2023-04-01" } },
            { product = { date = "2023-05-01" } } } },
        },
      },
      expect = false,
    },
  },
}

---------------------------------------------------------------------------
-- Стимулирующая выплата наставнику по оценочному листу
---------------------------------------------------------------------------
-- Настоящее требование (Положение §3.4): выплаты стимулирующего характера за наставническую
-- деятельность устанавливаются коллективным договором и локальными актами школы.
-- Оценочный лист за BONUS_PERIOD_MONTHS месяцев, заканчивающихся датой расчёта:
--   программа как наставник завершена в периоде (по дате окончания) ... POINTS_COMPLETED_PROGRAM
--   программа действует на дату расчёта ................................ POINTS_ACTIVE_PROGRAM
--   каждый наставляемый сверх первого в этих программах (группа) ....... POINTS_EXTRA_MENTEE
--   каждый выросший показатель в этих программах ........................ POINTS_INDICATOR_GROWTH
--   каждый продукт наставляемых в этих программах с датой в периоде ..... POINTS_MENTEE_PRODUCT
-- Право на выплату — от BONUS_MIN_POINTS баллов.
-- Проверить вручную: размер выплаты (стоимость балла) по положению об оплате труда,
-- приказ о закреплении пары/группы, фактическое выполнение обязанностей наставника.
incentive {
  id = "mentoring-bonus",
  title = "Стимулирующая выплата за наставническую деятельность",
  kind = "material",
  subject = "person",
  eligible = function(person, ctx)
    -- Период: от дня после «сегодня минус 12 месяцев» по сегодня включительно.
    local from = date.add_days(date.add_months(ctx.today, -BONUS_PERIOD_MONTHS), 1)
    local counted, completed, active = {}, 0, 0
    for _, p in ipairs(person.completed_programs or EMPTY) do
      if p["end"] >= from and p["end"] <= ctx.today then
        counted[#counted + 1] = p
        completed = completed + 1
      end
    end
    for _, p in ipairs(person.mentor_programs or EMPTY) do
      if p.status == "active" and p.start <= ctx.today then
        counted[#counted + 1] = p
        active = active + 1
      end
    end
    local extra, grown, made = 0, 0, 0
    for _, p in ipairs(counted) do
      local n = #(p.mentees or EMPTY)
      if n > 1 then extra = extra + n - 1 end
      grown = grown + #grown_indicators(p)
      made = made + products(p.activities, from, ctx.today)
    end
    local lines = {
      { "завершённые программы", completed, POINTS_COMPLETED_PROGRAM },
      { "действующие программы", active, POINTS_ACTIVE_PROGRAM },
      { "наставляемые сверх первого", extra, POINTS_EXTRA_MENTEE },
      { "выросшие показатели", grown, POINTS_INDICATOR_GROWTH },
      { "продукты наставляемых", made, POINTS_MENTEE_PRODUCT },
    }
    local total, parts = 0, {}
    for _, l in ipairs(lines) do
      total = total + l[2] * l[3]
      parts[#parts + 1] = ("%s %d × %d = %d"):format(l[1], l[2], l[3], l[2] * l[3])
    end
    local sheet = ("Баллы с %s по %s: %s; итого %d при пороге %d")
      :format(from, ctx.today, table.concat(parts, ", "), total, BONUS_MIN_POINTS)
    return total >= BONUS_MIN_POINTS, sheet
  end,
  examples = {
    {
      name = "ровно 8 баллов: завершённая + действующая групповая + рост + продукт",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          { ["end"] = "2024-05-31", mentees = { { id = "a" } }, activities = {
            { product = { date = "2024-05-20" } } }, indicators = {
            { name = "exam-pass-rate", date = "2023-12-20", value = 0.70 },
            { name = "exam-pass-rate", date = "2024-05-25", value = 0.75 } } },
          -- окончена до начала периода (2023-06-16) — не в счёт
          { ["end"] = "2023-05-31", mentees = { { id = "z" } }, activities = {
            { product = { date = "2023-05-20" } } }, indicators = {} },
        },
        mentor_programs = {
          { status = "completed", start = "2023-09-01" },
          { status = "active", start = "2024-02-01", mentees = { { id = "b" }, { id = "c" } },
            activities = {}, indicators = {} },
          { status = "draft", start = "2024-09-01" },
        },
      },
      expect = true,
    },
    {
      name = "7 баллов — на балл меньше порога",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          { ["end"] = "2024-05-31", mentees = { { id = "a" } }, activities = {
            -- продукт до начала периода (2023-06-16) не считается
            { product = { date = "2023-06-15" } } }, indicators = {
            { name = "exam-pass-rate", date = "2023-12-20", value = 0.70 },
            { name = "exam-pass-rate", date = "2024-05-25", value = 0.75 } } },
        },
        mentor_programs = {
          { status = "active", start = "2024-02-01", mentees = { { id = "b" }, { id = "c" } },
            activities = {}, indicators = {} },
        },
      },
      expect = false,
    },
    {
      name = "программа, окончившаяся ровно в первый день периода, засчитывается",
      today = "2024-06-15",
      subject = {
        completed_programs = {
          { ["end"] = "2023-06-16", mentees = { { id = "a" }, { id = "b" }, { id = "c" } }, activities = {
            { product = { date = "2023-06-16" } }, { product = { date = "2023-06-15" } } }, indicators = {
            { name = "olympiad-participation", date = "2023-01-20", value = 0.10 },
            { name = "olympiad-participation", date = "2023-06-01", value = 0.20 } } },
        },
        mentor_programs = {},
      },
      expect = true,
    },
    {
      name = "нет программ",
      today = "2024-06-15",
      subject = { completed_programs = {}, mentor_programs = {} },
      expect = false,
    },
  },
}
