-- Мониторинг банков наставников и наставляемых (дорожная карта, пп. 1–5; Положение §4.1.4–4.1.5):
-- наставляемые без программы, перегрузка наставников, согласия участников.

-- Сколько наставляемых одновременно ведёт наставник, если в карточке не указано `capacity`.
local DEFAULT_MENTOR_CAPACITY = 2
-- Статусы программ, в которых наставляемый считается «при деле».
local MENTEE_COVERED_STATUSES = { active = true, draft = true }
-- Статусы программ, для участия в которых нужно согласие на дополнительные обязанности.
local DUTIES_REQUIRED_STATUSES = { active = true }

-- Кто молодой специалист (Положение §1.1) — по правилам школы: педагогический стаж меньше
-- YOUNG_MAX_EXPERIENCE лет и, если дата рождения известна, возраст меньше YOUNG_MAX_AGE лет.
local YOUNG_MAX_EXPERIENCE = 3
local YOUNG_MAX_AGE = 35
-- Сколько дней после приёма работник считается новым в школе (Положение §1.1: адаптация в
-- новой организации) — по правилам школы.
local NEWCOMER_DAYS = 365

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

-- Наставляемый в действующей или планируемой программе.
local function has_mentor(person)
  for _, p in ipairs(person.mentee_programs or EMPTY) do
    if MENTEE_COVERED_STATUSES[p.status] then return true end
  end
  return false
end

local function is_young_specialist(person)
  return person.experience_years ~= nil and person.experience_years < YOUNG_MAX_EXPERIENCE
    and (person.age == nil or person.age < YOUNG_MAX_AGE)
end

monitor {
  id = "bank-mentee-without-program",
  subject = "person",
  severity = "warning",
  description = "Наставляемый в банке (роль и согласие на обработку данных), но нет ни действующей, ни планируемой программы",
  check = function(person, ctx)
    if not has_role(person, "mentee") or not has_consent(person, "personal-data") then return end
    -- О молодом специалисте говорит правило young-specialist-without-mentor.
    if has_mentor(person) or is_young_specialist(person) then return end
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
-- участников на возложение дополнительных обязанностей. Согласие дают на программу (на приказ,
-- который её формирует), а не раз и навсегда: оно покрывает программу, если подписано не
-- раньше чем за DUTIES_CONSENT_MONTHS_BEFORE мес. до её начала и не позже её окончания
-- (срок — по правилам школы).
local DUTIES_CONSENT_MONTHS_BEFORE = 3

local function duties_consent_for(person, program)
  local earliest = date.add_months(program.start, -DUTIES_CONSENT_MONTHS_BEFORE)
  for _, c in ipairs(person.consents or EMPTY) do
    if c.kind == "duties" and c.date >= earliest and c.date <= program["end"] then return true end
  end
  return false
end

monitor {
  id = "bank-duties-consent-missing",
  subject = "person",
  severity = "critical",
  description = ("Участник действующей программы наставничества не дал на неё согласия на дополнительные обязанности "
    .. "(подписанного не раньше чем за %d мес. до начала программы — по правилам школы)"):format(DUTIES_CONSENT_MONTHS_BEFORE),
  check = function(person, ctx)
    local ids = {}
    for _, list in ipairs({ person.mentor_programs or EMPTY, person.mentee_programs or EMPTY }) do
      for _, p in ipairs(list) do
        if DUTIES_REQUIRED_STATUSES[p.status] and not duties_consent_for(person, p) then ids[#ids + 1] = p.id end
      end
    end
    if #ids == 0 then return end
    local earlier = has_consent(person, "duties") and " (прежнее согласие дано на другую программу)" or ""
    return ("%s участвует в %s %s без согласия на дополнительные обязанности, данного для неё%s")
      :format(person.name, #ids == 1 and "программе" or "программах", table.concat(ids, ", "), earlier)
  end,
  examples = {
    {
      name = "наставник и наставляемый одновременно, согласия нет",
      today = "2023-10-01",
      subject = {
        name = "Гололобова Марина Алексеевна",
        consents = { { kind = "personal-data", date = "2022-08-25" } },
        mentor_programs = {
          { id = "prog-2023-05", status = "active", start = "2023-09-01", ["end"] = "2024-05-31" },
          { id = "prog-2022-02", status = "completed", start = "2022-09-01", ["end"] = "2023-05-31" },
        },
        mentee_programs = { { id = "prog-2023-07", status = "active", start = "2023-09-15", ["end"] = "2024-03-15" } },
      },
      expect = { "Гололобова Марина Алексеевна участвует в программах prog-2023-05, prog-2023-07 без согласия на дополнительные обязанности, данного для неё" },
    },
    {
      name = "согласие на эту программу есть",
      today = "2023-10-01",
      subject = {
        name = "Иванова Мария Петровна",
        consents = { { kind = "personal-data", date = "2022-08-25" }, { kind = "duties", date = "2023-08-30" } },
        mentor_programs = {},
        mentee_programs = { { id = "prog-2023-01", status = "active", start = "2023-09-01", ["end"] = "2024-05-31" } },
      },
      expect = {},
    },
    {
      name = "согласие давнее, на прошлую программу",
      today = "2024-10-01",
      subject = {
        name = "Иванова Мария Петровна",
        consents = { { kind = "personal-data", date = "2022-08-25" }, { kind = "duties", date = "2022-08-30" } },
        mentor_programs = {},
        mentee_programs = { { id = "prog-2024-03", status = "active", start = "2024-09-15", ["end"] = "2025-05-31" } },
      },
      expect = { "Иванова Мария Петровна участвует в программе prog-2024-03 без согласия на дополнительные обязанности, данного для неё (прежнее согласие дано на другую программу)" },
    },
    {
      name = "только завершённые программы",
      today = "2023-10-01",
      subject = {
        name = "Петров Олег Ильич", consents = {},
        mentor_programs = {},
        mentee_programs = { { id = "prog-2022-01", status = "completed", start = "2022-09-01", ["end"] = "2023-05-31" } },
      },
      expect = {},
    },
  },
}

monitor {
  id = "young-specialist-without-mentor",
  subject = "person",
  severity = "warning",
  description = ("Молодой специалист (стаж меньше %d лет, возраст до %d — по правилам школы) без действующей или планируемой программы наставничества")
    :format(YOUNG_MAX_EXPERIENCE, YOUNG_MAX_AGE),
  check = function(person, ctx)
    if not is_young_specialist(person) or has_mentor(person) then return end
    local next_step
    if has_role(person, "mentee") and has_consent(person, "personal-data") then
      next_step = "он(а) в банке наставляемых — подберите наставника (marshrut match)"
    else
      next_step = "предложите войти в банк наставляемых (роль mentee и согласие на обработку персональных данных)"
    end
    return ("%s — молодой специалист (педагогический стаж с %s: %d %s), но без наставника: %s")
      :format(person.name, date.display(person.experience_since), person.experience_years,
        plural(person.experience_years, "год", "года", "лет"), next_step)
  end,
  examples = {
    {
      name = "первый год в профессии, в банке, программы нет",
      today = "2026-12-01",
      subject = {
        name = "Фомина Кристина Александровна", roles = { "mentee" }, experience_since = "2026-09-01",
        experience_years = 0, age = 23, consents = { { kind = "personal-data", date = "2026-10-05" } },
        mentee_programs = {},
      },
      expect = { "Фомина Кристина Александровна — молодой специалист (педагогический стаж с "
        .. date.display("2026-09-01") .. ": 0 лет), но без наставника: он(а) в банке наставляемых — подберите наставника (marshrut match)" },
    },
    {
      name = "не в банке: сначала согласие и роль",
      today = "2026-12-01",
      subject = {
        name = "Орлов Игорь Петрович", roles = {}, experience_since = "2025-09-01", experience_years = 1,
        consents = {}, mentee_programs = {},
      },
      expect = { "Орлов Игорь Петрович — молодой специалист (педагогический стаж с "
        .. date.display("2025-09-01") .. ": 1 год), но без наставника: предложите войти в банк наставляемых (роль mentee и согласие на обработку персональных данных)" },
    },
    {
      name = "уже в действующей программе",
      today = "2026-12-01",
      subject = {
        name = "Антонова Дарья Сергеевна", roles = { "mentee" }, experience_since = "2025-09-01", experience_years = 1, age = 24,
        consents = { { kind = "personal-data", date = "2025-08-27" } }, mentee_programs = { { status = "active" } },
      },
      expect = {},
    },
    {
      name = "стаж три года — уже не молодой специалист",
      today = "2026-12-01",
      subject = { name = "Кузнецов Павел Олегович", roles = { "mentee" }, experience_years = 3, age = 28, mentee_programs = {} },
      expect = {},
    },
    {
      name = "стаж год, но 40 лет — пришёл в профессию не молодым",
      today = "2026-12-01",
      subject = { name = "Васильев Олег Ильич", roles = {}, experience_years = 1, age = 40, mentee_programs = {} },
      expect = {},
    },
    {
      name = "стаж не указан — правило молчит",
      today = "2026-12-01",
      subject = { name = "Петров Олег Ильич", roles = { "mentee" }, age = 25, mentee_programs = {} },
      expect = {},
    },
  },
}

monitor {
  id = "newcomer-without-mentor",
  subject = "person",
  severity = "info",
  description = ("Принят в школу не больше %d дней назад (по правилам школы) и без наставника: решите, нужен ли он (Положение §1.1, адаптация в новой организации)")
    :format(NEWCOMER_DAYS),
  check = function(person, ctx)
    if person.hire_date == nil or has_mentor(person) or is_young_specialist(person) then return end
    local days = date.days(person.hire_date, ctx.today)
    if days < 0 or days > NEWCOMER_DAYS then return end
    return ("%s принят(а) в школу %s: в первый год в новой организации решите, нужен ли наставник для адаптации")
      :format(person.name, date.display(person.hire_date))
  end,
  examples = {
    {
      name = "опытный учитель, принят в августе",
      today = "2026-12-01",
      subject = {
        name = "Смирнова Анна Викторовна", roles = {}, hire_date = "2026-08-28", experience_years = 12, age = 38,
        mentee_programs = {},
      },
      expect = { "Смирнова Анна Викторовна принят(а) в школу " .. date.display("2026-08-28")
        .. ": в первый год в новой организации решите, нужен ли наставник для адаптации" },
    },
    {
      name = "принят больше года назад",
      today = "2026-12-01",
      subject = { name = "Смирнова Анна Викторовна", roles = {}, hire_date = "2025-08-28", experience_years = 12, mentee_programs = {} },
      expect = {},
    },
    {
      name = "молодого специалиста называет другое правило",
      today = "2026-12-01",
      subject = { name = "Фомина Кристина Александровна", roles = {}, hire_date = "2026-08-28", experience_years = 0, age = 23, mentee_programs = {} },
      expect = {},
    },
    {
      name = "уже наставляемый в программе",
      today = "2026-12-01",
      subject = {
        name = "Смирнова Анна Викторовна", roles = { "mentee" }, hire_date = "2026-08-28", experience_years = 12,
        mentee_programs = { { status = "draft" } },
      },
      expect = {},
    },
  },
}
