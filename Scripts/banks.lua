-- Мониторинг банков наставников и наставляемых (дорожная карта, пп. 1–5; Положение §4.1.4–4.1.5):
-- наставляемые без программы, перегрузка наставников, согласия участников.

-- Сколько наставляемых одновременно ведёт наставник, если в карточке не указано `capacity`.
local DEFAULT_MENTOR_CAPACITY = 2
-- Статусы программ, в которых наставляемый считается «при деле».
local MENTEE_COVERED_STATUSES = { active = true, draft = true }
-- Статусы программ, для участия в которых нужно согласие на дополнительные обязанности.
local DUTIES_REQUIRED_STATUSES = { active = true }

local EMPTY = {}

local ROLE_NAMES = { mentor = "наставник", mentee = "наставляемый" }

local function has_role(person, role)
  for _, r in ipairs(person.roles or EMPTY) do
    if r == role then return true end
  end
  return false
end

local function has_consent(person, kind)
  for _, c in ipairs(person.consents or EMPTY) do
    if c.kind == kind then return true end
  end
  return false
end

monitor {
  id = "bank-mentee-without-program",
  subject = "person",
  severity = "warning",
  description = "Наставляемый в банке (роль и согласие на обработку данных), но нет ни действующей, ни планируемой программы",
  check = function(person, ctx)
    if not has_role(person, "mentee") or not has_consent(person, "personal-data") then return end
    for _, p in ipairs(person.mentee_programs or EMPTY) do
      if MENTEE_COVERED_STATUSES[p.status] then return end
    end
    return ("%s — в банке наставляемых, но ни в одной действующей или планируемой программе наставничества")
      :format(person.name)
  end,
  examples = {
    {
      name = "только завершённая программа",
      today = "2023-09-15",
      subject = {
        name = "Иванова Мария Петровна", roles = { "mentee" },
        consents = { { kind = "personal-data", date = "2022-08-25" } },
        mentee_programs = { { status = "completed" }, { status = "cancelled" } },
      },
      expect = { "Иванова Мария Петровна — в банке наставляемых, но ни в одной действующей или планируемой программе наставничества" },
    },
    {
      name = "программа в черновике — в работе",
      today = "2023-09-15",
      subject = {
        name = "Иванова Мария Петровна", roles = { "mentee" },
        consents = { { kind = "personal-data", date = "2022-08-25" } },
        mentee_programs = { { status = "completed" }, { status = "draft" } },
      },
      expect = {},
    },
    {
      name = "без согласия — не в банке (это ловит другое правило)",
      today = "2023-09-15",
      subject = { name = "Петров Олег Ильич", roles = { "mentee" }, consents = {}, mentee_programs = {} },
      expect = {},
    },
    {
      name = "наставник не проверяется",
      today = "2023-09-15",
      subject = {
        name = "Сафронова Елена Анатольевна", roles = { "mentor" },
        consents = { { kind = "personal-data", date = "2022-08-25" } },
        mentee_programs = {},
      },
      expect = {},
    },
  },
}

monitor {
  id = "bank-mentor-over-capacity",
  subject = "person",
  severity = "warning",
  description = ("У наставника в действующих программах больше наставляемых, чем он может вести (по умолчанию %d)")
    :format(DEFAULT_MENTOR_CAPACITY),
  check = function(person, ctx)
    if not has_role(person, "mentor") then return end
    local capacity = person.capacity or DEFAULT_MENTOR_CAPACITY
    -- Один наставляемый в двух программах одного наставника считается один раз.
    local seen, names, programs = {}, {}, {}
    for _, p in ipairs(person.mentor_programs or EMPTY) do
      if p.status == "active" then
        programs[#programs + 1] = p.id
        for _, m in ipairs(p.mentees or EMPTY) do
          if not seen[m.id] then
            seen[m.id] = true
            names[#names + 1] = m.name
          end
        end
      end
    end
    if #names > capacity then
      return ("%s: %d наставляемых в действующих программах при допустимых %d — %s (программы %s)")
        :format(person.name, #names, capacity, table.concat(names, ", "), table.concat(programs, ", "))
    end
  end,
  examples = {
    {
      name = "3 наставляемых при ёмкости по умолчанию 2",
      today = "2023-10-01",
      subject = {
        name = "Сафронова Елена Анатольевна", roles = { "mentor" },
        mentor_programs = {
          { id = "prog-2023-01", status = "active", mentees = {
            { id = "ivanova", name = "Иванова М. П." }, { id = "petrov", name = "Петров О. И." } } },
          { id = "prog-2023-02", status = "active", mentees = { { id = "sidorova", name = "Сидорова А. В." } } },
          { id = "prog-2022-01", status = "completed", mentees = { { id = "kuznetsov", name = "Кузнецов Д. С." } } },
        },
      },
      expect = { "Сафронова Елена Анатольевна: 3 наставляемых в действующих программах при допустимых 2 — Иванова М. П., Петров О. И., Сидорова А. В. (программы prog-2023-01, prog-2023-02)" },
    },
    {
      name = "ровно по ёмкости; повторный наставляемый считается один раз",
      today = "2023-10-01",
      subject = {
        name = "Сафронова Елена Анатольевна", roles = { "mentor" }, capacity = 2,
        mentor_programs = {
          { id = "prog-2023-01", status = "active", mentees = {
            { id = "ivanova", name = "Иванова М. П." }, { id = "petrov", name = "Петров О. И." } } },
          { id = "prog-2023-02", status = "active", mentees = { { id = "ivanova", name = "Иванова М. П." } } },
        },
      },
      expect = {},
    },
    {
      name = "своя ёмкость 1 — два наставляемых уже перегрузка",
      today = "2023-10-01",
      subject = {
        name = "Гололобова Марина Алексеевна", roles = { "mentor" }, capacity = 1,
        mentor_programs = {
          { id = "prog-2023-05", status = "active", mentees = {
            { id = "ivanova", name = "Иванова М. П." }, { id = "petrov", name = "Петров О. И." } } },
        },
      },
      expect = { "Гололобова Марина Алексеевна: 2 наставляемых в действующих программах при допустимых 1 — Иванова М. П., Петров О. И. (программы prog-2023-05)" },
    },
    {
      name = "черновики не нагружают",
      today = "2023-10-01",
      subject = {
        name = "Сафронова Елена Анатольевна", roles = { "mentor" },
        mentor_programs = {
          { id = "prog-2024-01", status = "draft", mentees = {
            { id = "a", name = "А" }, { id = "b", name = "Б" }, { id = "c", name = "В" } } },
        },
      },
      expect = {},
    },
  },
}

monitor {
  id = "bank-personal-data-consent-missing",
  subject = "person",
  severity = "critical",
  description = "У наставника или наставляемого нет согласия на обработку персональных данных",
  check = function(person, ctx)
    if has_consent(person, "personal-data") then return end
    local roles = {}
    for _, r in ipairs(person.roles or EMPTY) do
      if ROLE_NAMES[r] then roles[#roles + 1] = ROLE_NAMES[r] end
    end
    if #roles == 0 then return end
    return ("%s (%s): нет согласия на обработку персональных данных — нельзя включать в банк")
      :format(person.name, table.concat(roles, ", "))
  end,
  examples = {
    {
      name = "наставляемый без согласия",
      today = "2023-09-01",
      subject = { name = "Петров Олег Ильич", roles = { "mentee" }, consents = {} },
      expect = { "Петров Олег Ильич (наставляемый): нет согласия на обработку персональных данных — нельзя включать в банк" },
    },
    {
      name = "есть только согласие на обязанности",
      today = "2023-09-01",
      subject = {
        name = "Сафронова Елена Анатольевна", roles = { "mentor", "curator" },
        consents = { { kind = "duties", date = "2022-08-30" } },
      },
      expect = { "Сафронова Елена Анатольевна (наставник): нет согласия на обработку персональных данных — нельзя включать в банк" },
    },
    {
      name = "согласие есть",
      today = "2023-09-01",
      subject = {
        name = "Иванова Мария Петровна", roles = { "mentee" },
        consents = { { kind = "personal-data", date = "2022-08-25" } },
      },
      expect = {},
    },
    {
      name = "тьютор вне банков",
      today = "2023-09-01",
      subject = { name = "Петрова Ольга Викторовна", roles = { "tutor" }, consents = {} },
      expect = {},
    },
  },
}

-- Дорожная карта, п. 1: пары и группы закрепляются приказом с письменного согласия
-- участников на возложение дополнительных обязанностей.
monitor {
  id = "bank-duties-consent-missing",
  subject = "person",
  severity = "critical",
  description = "Участник действующей программы наставничества не дал согласия на дополнительные обязанности",
  check = function(person, ctx)
    if has_consent(person, "duties") then return end
    local ids = {}
    for _, p in ipairs(person.mentor_programs or EMPTY) do
      if DUTIES_REQUIRED_STATUSES[p.status] then ids[#ids + 1] = p.id end
    end
    for _, p in ipairs(person.mentee_programs or EMPTY) do
      if DUTIES_REQUIRED_STATUSES[p.status] then ids[#ids + 1] = p.id end
    end
    if #ids == 0 then return end
    return ("%s участвует в программах %s без согласия на дополнительные обязанности")
      :format(person.name, table.concat(ids, ", "))
  end,
  examples = {
    {
      name = "наставник и наставляемый одновременно, согласия нет",
      today = "2023-10-01",
      subject = {
        name = "Гололобова Марина Алексеевна",
        consents = { { kind = "personal-data", date = "2022-08-25" } },
        mentor_programs = { { id = "prog-2023-05", status = "active" }, { id = "prog-2022-02", status = "completed" } },
        mentee_programs = { { id = "prog-2023-07", status = "active" } },
      },
      expect = { "Гололобова Марина Алексеевна участвует в программах prog-2023-05, prog-2023-07 без согласия на дополнительные обязанности" },
    },
    {
      name = "согласие на обязанности есть",
      today = "2023-10-01",
      subject = {
        name = "Иванова Мария Петровна",
        consents = { { kind = "personal-data", date = "2022-08-25" }, { kind = "duties", date = "2022-08-30" } },
        mentor_programs = {},
        mentee_programs = { { id = "prog-2023-01", status = "active" } },
      },
      expect = {},
    },
    {
      name = "только завершённые программы",
      today = "2023-10-01",
      subject = {
        name = "Петров Олег Ильич", consents = {},
        mentor_programs = {},
        mentee_programs = { { id = "prog-2022-01", status = "completed" } },
      },
      expect = {},
    },
  },
}
