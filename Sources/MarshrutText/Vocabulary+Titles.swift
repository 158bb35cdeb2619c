import MarshrutCore

/// The words people use for a code: an English and a Russian title, and Russian words they
/// may type for it (`--area ИКТ`, `--kind курс`).
public struct VocabularyWords: Sendable {
    public var english: String
    public var russian: String
    /// Lower-case words that also name the code (the Russian title is always one).
    public var aliases: [String]

    public init(_ english: String, _ russian: String, _ aliases: [String] = []) {
        self.english = english
        self.russian = russian
        self.aliases = aliases
    }
}

/// A vocabulary whose codes have titles in both languages.
public protocol TitledVocabulary: NamedVocabulary {
    var words: VocabularyWords { get }
}

extension TitledVocabulary {
    /// The title in the current language.
    public var title: String { Language.current == .russian ? words.russian : words.english }

    /// Reads a code or a word a person typed, in either language, ignoring case.
    public init?(typed text: String) {
        let lower = String(text.lowercased().drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if let value = Self(rawValue: lower) {
            self = value
            return
        }
        guard
            let value = Self.allCases.first(where: { v in
                v.words.russian.lowercased() == lower || v.words.english.lowercased() == lower || v.words.aliases.contains(lower)
            })
        else { return nil }
        self = value
    }
}

extension CompetencyArea: TitledVocabulary {
    public static var noun: String { tr("area", "область компетенций") }
    public static let russianGenitive = "области компетенций"

    public var words: VocabularyWords {
        switch self {
        case .scientificTheoretical: VocabularyWords("scientific and theoretical", "научно-теоретические", ["научно-теоретическая"])
        case .normativeLegal: VocabularyWords("normative and legal", "нормативно-правовые", ["нормативные правовые", "нормативно-правовая"])
        case .subject: VocabularyWords("subject", "предметные", ["предметная", "предметно-профессиональные"])
        case .psychologicalPedagogical: VocabularyWords("psychological and pedagogical", "психолого-педагогические", ["психолого-педагогическая"])
        case .methodological: VocabularyWords("methodological", "методические", ["методическая"])
        case .ict: VocabularyWords("ICT", "ИКТ", ["икт-компетенции", "икт-компетентность"])
        case .digitalization: VocabularyWords("digitalization", "цифровизация", ["цифровизация образования"])
        case .upbringing:
            VocabularyWords("upbringing and extracurricular work", "воспитательная работа", ["воспитание", "внеурочная и воспитательная деятельность"])
        case .healthSaving: VocabularyWords("health saving", "здоровьесбережение", [])
        }
    }
}

extension Role: TitledVocabulary {
    public static var noun: String { tr("role", "роль") }
    public static let russianGenitive = "роли"

    public var words: VocabularyWords {
        switch self {
        case .mentor: VocabularyWords("mentor", "наставник")
        case .mentee: VocabularyWords("mentee", "наставляемый", ["наставляемая"])
        case .tutor: VocabularyWords("tutor", "тьютор")
        case .curator: VocabularyWords("curator", "куратор")
        case .head: VocabularyWords("head", "руководитель", ["директор"])
        }
    }
}

extension MentoringForm: TitledVocabulary {
    public static var noun: String { tr("form", "форма наставничества") }
    public static let russianGenitive = "формы наставничества"

    public var words: VocabularyWords {
        switch self {
        case .traditional: VocabularyWords("traditional (one to one)", "традиционная", ["один-на-один"])
        case .group: VocabularyWords("group", "групповая", ["в группе"])
        case .virtual: VocabularyWords("virtual (remote)", "виртуальная", ["дистанционная"])
        case .reverse: VocabularyWords("reverse", "реверсивная")
        case .situational: VocabularyWords("situational", "ситуационная")
        case .speed: VocabularyWords("speed", "скоростная")
        case .shortTerm: VocabularyWords("short-term", "краткосрочная", ["целеполагающая"])
        case .teacherTeacher: VocabularyWords("teacher – teacher", "учитель – учитель", ["учитель-учитель", "педагог-педагог"])
        case .headTeacher: VocabularyWords("head – teacher", "руководитель – учитель", ["руководитель-учитель"])
        }
    }
}

extension Direction: TitledVocabulary {
    public static var noun: String { tr("direction", "направление работы") }
    public static let russianGenitive = "направления работы"

    public var words: VocabularyWords {
        switch self {
        case .subjectContent: VocabularyWords("subject content", "предметное содержание")
        case .teachingMethods: VocabularyWords("teaching methods", "методика преподавания", ["методика"])
        case .upbringing: VocabularyWords("upbringing", "воспитательная работа", ["воспитание"])
        case .lessonOrganisation: VocabularyWords("lesson organisation", "организация урока")
        case .extracurricular: VocabularyWords("extracurricular activities", "внеурочная деятельность")
        case .psychologicalSupport: VocabularyWords("psychological support", "психологическая поддержка")
        case .workWithParents: VocabularyWords("work with parents", "работа с родителями")
        case .additionalEducation: VocabularyWords("additional education", "дополнительное образование")
        }
    }
}

extension ActivityKind: TitledVocabulary {
    public static var noun: String { tr("activity kind", "вид мероприятия") }
    public static let russianGenitive = "вида мероприятия"

    public var words: VocabularyWords {
        switch self {
        case .course: VocabularyWords("course", "курс", ["курсы", "кпк"])
        case .trial: VocabularyWords("trial", "пробные действия", ["проба"])
        case .project: VocabularyWords("project", "проект")
        case .research: VocabularyWords("research", "исследование")
        case .measure: VocabularyWords("measure", "мероприятие")
        }
    }
}

extension ProductKind: TitledVocabulary {
    public static var noun: String { tr("product kind", "вид продукта") }
    public static let russianGenitive = "вида продукта"

    public var words: VocabularyWords {
        switch self {
        case .diagnosticsPack: VocabularyWords("diagnostics pack", "диагностический комплект", ["диагностика"])
        case .methodologicalRecommendations: VocabularyWords("methodological recommendations", "методические рекомендации", ["рекомендации"])
        case .technology: VocabularyWords("technology", "технология")
        case .method: VocabularyWords("method", "методика")
        case .lessonPlans: VocabularyWords("lesson plans", "разработки уроков", ["разработка урока", "конспекты уроков"])
        case .eventScenario: VocabularyWords("event scenario", "сценарий мероприятия", ["сценарий"])
        case .program: VocabularyWords("program", "программа")
        case .publication: VocabularyWords("publication", "публикация", ["статья"])
        case .presentation: VocabularyWords("presentation", "презентация")
        }
    }
}

extension ConsentKind: TitledVocabulary {
    public static var noun: String { tr("consent kind", "вид согласия") }
    public static let russianGenitive = "вида согласия"

    public var words: VocabularyWords {
        switch self {
        case .personalData: VocabularyWords("personal data", "персональные данные", ["пд"])
        case .duties: VocabularyWords("added duties", "дополнительные обязанности", ["обязанности"])
        case .publication: VocabularyWords("publication of the name", "публикация имени", ["публикация", "публикация на сайте"])
        }
    }
}

extension QualificationCategory: TitledVocabulary {
    public static var noun: String { tr("qualification category", "квалификационная категория") }
    public static let russianGenitive = "квалификационной категории"

    public var words: VocabularyWords {
        switch self {
        case .none: VocabularyWords("no category", "без категории", ["нет"])
        case .first: VocabularyWords("first", "первая", ["первая категория"])
        case .highest: VocabularyWords("highest", "высшая", ["высшая категория"])
        case .teacherMethodist: VocabularyWords("teacher-methodist", "педагог-методист", ["методист"])
        case .teacherMentor: VocabularyWords("teacher-mentor", "педагог-наставник")
        }
    }
}

extension ProgramStatus: TitledVocabulary {
    public static var noun: String { tr("status", "статус программы") }
    public static let russianGenitive = "статуса программы"

    public var words: VocabularyWords {
        switch self {
        case .draft: VocabularyWords("draft", "проект", ["черновик"])
        case .active: VocabularyWords("active", "действует", ["активна"])
        case .completed: VocabularyWords("completed", "завершена", ["завершён"])
        case .cancelled: VocabularyWords("cancelled", "отменена", ["отменён"])
        }
    }
}

extension Stage: TitledVocabulary {
    public static var noun: String { tr("stage", "этап маршрута") }
    public static let russianGenitive = "этапа маршрута"

    public var words: VocabularyWords {
        switch self {
        case .selfDetermination: VocabularyWords("self-determination", "самоопределение")
        case .strengths: VocabularyWords("strengths", "достижения и ресурсы", ["сильные стороны"])
        case .deficits: VocabularyWords("deficits", "дефициты", ["затруднения"])
        case .roadmap: VocabularyWords("roadmap", "дорожная карта")
        case .implementation: VocabularyWords("implementation and correction", "реализация и корректировка", ["реализация"])
        case .reflection: VocabularyWords("reflective analysis", "рефлексивный анализ", ["рефлексия"])
        case .closed: VocabularyWords("closed", "закрыт", ["закрыт", "завершён"])
        }
    }
}

extension Organization.Kind: TitledVocabulary {
    public static var noun: String { tr("organization type", "тип организации") }
    public static let russianGenitive = "типа организации"

    public var words: VocabularyWords {
        switch self {
        case .region: VocabularyWords("region", "регион")
        case .municipality: VocabularyWords("municipality", "муниципалитет")
        case .school: VocabularyWords("school", "школа")
        case .centre: VocabularyWords("centre", "центр")
        }
    }
}
