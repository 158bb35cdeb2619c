import MarshrutCore
import MarshrutTestSupport
import MarshrutText
import Testing

struct LocalizationTests {
    // MARK: - Choosing the language

    @Test(arguments: [
        (["MARSHRUT_LANG": "ru", "LANG": "en_US.UTF-8"], Language.russian),
        (["MARSHRUT_LANG": "en", "LC_ALL": "ru_RU.UTF-8"], .english),
        (["MARSHRUT_LANG": "русский", "LC_ALL": "C"], .russian),
        (["MARSHRUT_LANG": "klingon", "LANG": "ru_RU.UTF-8"], .russian),
        (["LC_ALL": "ru_RU.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"], .russian),
        (["LC_ALL": "C", "LC_MESSAGES": "ru_RU.UTF-8", "LANG": "ru_RU.UTF-8"], .english),
        (["LC_MESSAGES": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"], .russian),
        (["LC_MESSAGES": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"], .english),
        (["LC_ALL": "", "LANG": "ru_RU.UTF-8"], .russian),
        (["LANG": "ru_RU.UTF-8"], .russian),
        (["LANG": "ru"], .russian),
        (["LANG": "C"], .english),
        (["LANG": "en_US.UTF-8"], .english),
        ([:], .english),
    ])
    func languageComesFromTheEnvironment(environment: [String: String], expected: Language) {
        #expect(Language.from(environment: environment) == expected)
    }

    @Test func englishIsTheDefault() {
        #expect(Language.current == .english)
        #expect(tr("overdue", "просрочено") == "overdue")
        #expect(Language.$current.withValue(.russian) { tr("overdue", "просрочено") } == "просрочено")
    }

    // MARK: - Plurals and dates

    static let deficit = Noun("deficit", "deficits", ru: ("дефицит", "дефицита", "дефицитов"))

    @Test(arguments: [
        (0, "0 дефицитов", "0 deficits"),
        (1, "1 дефицит", "1 deficit"),
        (2, "2 дефицита", "2 deficits"),
        (4, "4 дефицита", "4 deficits"),
        (5, "5 дефицитов", "5 deficits"),
        (11, "11 дефицитов", "11 deficits"),
        (12, "12 дефицитов", "12 deficits"),
        (14, "14 дефицитов", "14 deficits"),
        (21, "21 дефицит", "21 deficits"),
        (22, "22 дефицита", "22 deficits"),
        (25, "25 дефицитов", "25 deficits"),
        (101, "101 дефицит", "101 deficits"),
        (111, "111 дефицитов", "111 deficits"),
    ])
    func nounsTakeTheRightPluralForm(count: Int, russian: String, english: String) {
        #expect(Language.$current.withValue(.russian) { Self.deficit.count(count) } == russian)
        #expect(Language.$current.withValue(.english) { Self.deficit.count(count) } == english)
    }

    @Test func daysAreShownAsEachLanguageWritesThem() {
        #expect(Language.$current.withValue(.russian) { day("2023-12-15").display } == "15.12.2023")
        #expect(Language.$current.withValue(.russian) { day("2022-09-01").display } == "01.09.2022")
        #expect(Language.$current.withValue(.english) { day("2023-12-15").display } == "2023-12-15")
        #expect(day("2022-09-01").display == "2022-09-01")
    }

    // MARK: - Reasons

    /// A route of three years instead of four to five.
    static let shortRoute = Problem.Reason.routeLength(
        start: day("2022-09-01"), end: day("2025-09-01"), years: 3.0, earliest: day("2026-09-01"), latest: day("2027-09-01"))

    @Test func aShortRouteIsRefusedInRussianWithReadableDatesAndTypableBounds() throws {
        #expect(
            Language.$current.withValue(.russian) { Self.shortRoute.text }
                == "маршрут рассчитан на 4–5 лет, а с 01.09.2022 по 01.09.2025 — 3,0 года: укажите end между 2026-09-01 и 2027-09-01")
    }

    @Test func aShortRouteIsRefusedInEnglishAsBefore() throws {
        #expect(
            Language.$current.withValue(.english) { Self.shortRoute.text }
                == "a route lasts 4 to 5 years, but 2022-09-01 to 2025-09-01 is 3.0 years: set end between 2026-09-01 and 2027-09-01")
    }

    @Test func aRoadmapGuardSpeaksTheCurrentLanguage() throws {
        let reason = Problem.Reason.cannotMove(to: .roadmap, .deficit)
        let russian = Language.$current.withValue(.russian) { reason.text }
        #expect(russian.hasPrefix("нельзя перейти на этап «дорожная карта»: нет ни одного дефицита"))
        #expect(russian.contains("добавьте его командой `marshrut route deficit`"))
        #expect(
            Language.$current.withValue(.english) { reason.text }
                == "cannot move to roadmap: it needs at least one deficit (no roadmap without a deficit): "
                + "add one with `marshrut route deficit`")
    }

    @Test func anUnknownCodeIsNamedInRussianWhileTheCodesStayEnglish() throws {
        func message() -> String? {
            CompetencyArea(rawValue: "ikt") == nil ? CompetencyArea.unknownMessage("ikt") : nil
        }
        let codes =
            "scientific-theoretical, normative-legal, subject, psychological-pedagogical, methodological, ict, "
            + "digitalization, upbringing, health-saving"
        #expect(
            Language.$current.withValue(.russian) { message() }
                == "неизвестный код области компетенций \"ikt\" (допустимые значения: \(codes))")
        #expect(Language.$current.withValue(.english) { message() } == "unknown area \"ikt\" (expected one of: \(codes))")
    }

    @Test func aReflectionOnAClosedRouteIsRefusedInRussian() throws {
        #expect(
            Language.$current.withValue(.russian) { Problem.Reason.closedTakesNoReflections("ivanova-2022").text }
                == "маршрут ivanova-2022 закрыт: рефлексию в него больше не записывают")
    }

    @Test func aProgramStatusChangeIsRefusedInRussian() throws {
        let reason = Problem.Reason.statusChangeRefused(program: "prog-2022-01", from: .completed, to: .active)
        #expect(
            Language.$current.withValue(.russian) { reason.text }
                == "программа prog-2022-01 в статусе «завершена»: она окончена, и статус «действует» ей уже не присвоить")
    }

    @Test func aMalformedDateIsRefusedInRussian() {
        let message = Language.$current.withValue(.russian) { () -> String? in
            do {
                _ = try Day(parsing: "1 сентября")
                return nil
            } catch {
                return (error as? ModelError)?.text
            }
        }
        #expect(message == "\"1 сентября\" — не дата: запишите её как ГГГГ-ММ-ДД, например 2023-09-01")
    }

    @Test func aProblemReadsWithItsPlaceInCodeAndItsReasonInWords() {
        let problem = Problem(subject: SubjectReference(.route, "ivanova-2022"), path: "teacher", reason: .noTeacher("ivanova"))
        #expect(
            Language.$current.withValue(.russian) { problem.text }
                == "маршрут ivanova-2022: нет участника \"ivanova\": добавьте педагога документом участника (kind: person) или исправьте id")
        #expect(
            Language.$current.withValue(.english) { problem.text }
                == "route ivanova-2022: teacher: no person \"ivanova\": add the teacher as a person document (kind: person) or fix the id")
        #expect(problem.description == "route ivanova-2022: teacher: noTeacher(\"ivanova\")")
    }

    @Test func everyVocabularyHasARussianNoun() {
        let nouns: [(String, String)] = Language.$current.withValue(.russian) {
            [
                (CompetencyArea.noun, CompetencyArea.russianGenitive), (Role.noun, Role.russianGenitive),
                (MentoringForm.noun, MentoringForm.russianGenitive), (Direction.noun, Direction.russianGenitive),
                (ActivityKind.noun, ActivityKind.russianGenitive), (ConsentKind.noun, ConsentKind.russianGenitive),
                (ProgramStatus.noun, ProgramStatus.russianGenitive), (Stage.noun, Stage.russianGenitive),
                (SchoolPlan.Check.noun, SchoolPlan.Check.russianGenitive),
            ]
        }
        for (noun, genitive) in nouns {
            #expect(noun.unicodeScalars.contains { ("а"..."я").contains($0) }, "\(noun) is not Russian")
            #expect(genitive.unicodeScalars.contains { ("а"..."я").contains($0) }, "\(genitive) is not Russian")
        }
        #expect(
            Language.$current.withValue(.english) { [CompetencyArea.noun, ActivityKind.noun, SchoolPlan.Check.noun] }
                == ["area", "activity kind", "plan check"])
    }

    @Test func planChecksAreExplainedInRussian() {
        #expect(Language.$current.withValue(.russian) { SchoolPlan.Check.completion.explanation } == "хотя бы одна программа завершена")
        #expect(SchoolPlan.Check.completion.explanation == "a program has been completed")
    }

    // MARK: - Typed words

    @Test(arguments: [
        ("ИКТ", CompetencyArea.ict), ("икт", .ict), ("ict", .ict), ("ICT", .ict), ("  Цифровизация ", .digitalization),
        ("health-saving", .healthSaving), ("Здоровьесбережение", .healthSaving),
    ])
    func areasAreReadFromCodesAndRussianWords(text: String, expected: CompetencyArea) {
        #expect(CompetencyArea(typed: text) == expected)
    }

    @Test(arguments: [("курс", ActivityKind.course), ("Курс", .course), ("КПК", .course), ("course", .course), ("Мероприятие", .measure)])
    func activityKindsAreReadFromCodesAndRussianWords(text: String, expected: ActivityKind) {
        #expect(ActivityKind(typed: text) == expected)
    }

    @Test(arguments: [("наставник", Role.mentor), ("НАСТАВНИК", .mentor), ("mentor", .mentor), ("Наставляемая", .mentee)])
    func rolesAreReadFromCodesAndRussianWords(text: String, expected: Role) {
        #expect(Role(typed: text) == expected)
    }

    @Test func anUnknownWordReadsAsNothing() {
        #expect(CompetencyArea(typed: "астрология") == nil)
        #expect(Role(typed: "") == nil)
    }
}
