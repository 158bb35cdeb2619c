import MarshrutCore

/// The words of every reason the core gives, in English and Russian.
///
/// The English wording is what tests and scripts match on: change it only with them. Codes,
/// ids, field paths and commands stay English inside the Russian text, since that is what
/// people type; dates a person only reads are shown with `Day.display`.
enum CoreText {
    // MARK: - Shared

    /// How a slug is written.
    private static var slugRule: String {
        tr(
            "use lower-case Latin letters and digits, joined by hyphens (or . and _), e.g. ivanova-2022",
            "используйте строчные латинские буквы и цифры, соединённые дефисами (или . и _), например ivanova-2022")
    }

    static func invalidID(_ id: String) -> String {
        tr("\"\(id)\" is not a valid id: \(slugRule)", "\"\(id)\" не подходит как id: \(slugRule)")
    }

    /// A route stage or program status in Russian prose: «дорожная карта» (roadmap).
    private static func named<V: TitledVocabulary>(_ value: V) -> String {
        "«\(value.words.russian)» (\(value.rawValue))"
    }

    // MARK: - Vocabulary

    static func unknownCode(noun: String, genitive: String, code: String, accepted: [String]) -> String {
        let list = accepted.joined(separator: ", ")
        return tr(
            "unknown \(noun) \"\(code)\" (expected one of: \(list))",
            "неизвестный код \(genitive) \"\(code)\" (допустимые значения: \(list))")
    }

    // MARK: - Day

    static func notADate(_ text: String) -> String {
        tr(
            "\"\(text)\" is not a date: write it as YYYY-MM-DD, e.g. 2023-09-01",
            "\"\(text)\" — не дата: запишите её как ГГГГ-ММ-ДД, например 2023-09-01")
    }

    static func ownTutor(teacher: String) -> String {
        tr(
            "\(teacher) cannot be the tutor of their own route: name another person as tutor",
            "\(teacher) не может быть тьютором собственного маршрута: укажите тьютором другого человека")
    }

    static func reflectionAfterToday(_ date: Day, today: Day) -> String {
        tr(
            "a reflection dated \(date) is after today (\(today)): a reflection is written on or after the day it speaks of",
            "рефлексия датирована \(date.display) — позже сегодняшнего дня (\(today.display)): рефлексию пишут в тот день или позже")
    }

    static func dayOutOfRange(_ day: Day) -> String {
        let years = Day.acceptedYears
        return tr(
            "\(day) is out of range: dates run from \(years.lowerBound) to \(years.upperBound)",
            "\(day) — вне допустимого диапазона: даты — с \(years.lowerBound) по \(years.upperBound) год")
    }

    static func controlCharacter(_ name: String, multiline: Bool) -> String {
        multiline
            ? tr(
                "holds the control character \(name): only line breaks and tabs may stand in a text; remove it",
                "содержит управляющий символ \(name): в тексте допустимы только переводы строки и табуляция; удалите его")
            : tr(
                "holds the control character \(name) (a line break, tab or escape): write it on one line without them",
                "содержит управляющий символ \(name) (перевод строки, табуляцию или escape): запишите одной строкой без них")
    }

    // MARK: - Person

    static var nameRequired: String { tr("a name is required", "укажите имя") }
    static var roleListedTwice: String { tr("a role is listed twice", "роль указана дважды") }

    static func capacityTooSmall(_ capacity: Int) -> String {
        tr(
            "capacity must be at least 1 (mentees at once), got \(capacity)",
            "число наставляемых одновременно (capacity) должно быть не меньше 1, указано \(capacity)")
    }

    static var capacityOnlyForMentors: String {
        tr(
            "capacity and offers are for mentors: add the role mentor or remove them",
            "capacity и offers бывают только у наставника: добавьте роль mentor или уберите их")
    }

    static func bankNeedsConsent(_ role: Role) -> String {
        tr(
            "a \(role.rawValue) enters the bank only with a personal-data consent: add `- kind: personal-data` with the date it was signed",
            "\(role.words.russian) попадает в банк только с согласием на обработку персональных данных: "
                + "добавьте `- kind: personal-data` с датой подписания")
    }

    static func erasedTakesNoPart(_ id: String, on date: Day) -> String {
        tr(
            "the personal data of \(id) was erased on \(date) (consent withdrawn): they take part in nothing new; with a new consent, add them under a new id",
            "персональные данные \(id) удалены \(date.display) (согласие отозвано): в новом участия не принимает; при новом согласии добавьте человека под новым id"
        )
    }

    static func erasedDocument(_ id: String, on date: Day, number: Int) -> String {
        tr(
            "this document brings back the personal data of \(id), erased on \(date) (erasure no. \(number)) after the consent was withdrawn: remove the person from the documents, or with a new consent add them under a new id",
            "документ возвращает персональные данные \(id), удалённые \(date.display) (удаление № \(number)) после отзыва согласия: уберите человека из документов или при новом согласии добавьте его под новым id"
        )
    }

    // MARK: - Catalog

    static func duplicateID(kind: SubjectReference.Kind, id: String) -> String {
        tr(
            "another \(kind.rawValue) already has the id \"\(id)\": ids are unique per kind",
            "id \"\(id)\" уже есть у другого документа вида \(kind.rawValue): id не повторяются внутри одного вида")
    }

    static func duplicatePlanID(_ id: String) -> String {
        tr("another plan already has the id \"\(id)\"", "id \"\(id)\" уже есть у другой дорожной карты")
    }

    static func teacherWithoutConsent(_ id: String) -> String {
        tr(
            "\(id) has no personal-data consent on record: record it before planning a route",
            "у \(id) не записано согласие на обработку персональных данных: запишите его, прежде чем составлять маршрут")
    }

    static func noTeacher(_ id: String) -> String {
        tr(
            "no person \"\(id)\": add the teacher as a person document (kind: person) or fix the id",
            "нет участника \"\(id)\": добавьте педагога документом участника (kind: person) или исправьте id")
    }

    static func noTutor(_ id: String) -> String {
        tr(
            "no person \"\(id)\": add the tutor as a person document or fix the id",
            "нет участника \"\(id)\": добавьте тьютора документом участника или исправьте id")
    }

    static func noAuthor(_ id: String) -> String {
        tr("no person \"\(id)\": the author is a person id", "нет участника \"\(id)\": автор указывается id участника")
    }

    static func noAddressedRoute(_ id: String) -> String {
        tr(
            "no route \"\(id)\": name a mentee's route, e.g. kuznetsov-2024/d3",
            "нет маршрута \"\(id)\": укажите маршрут наставляемого, например kuznetsov-2024/d3")
    }

    static func noAddressedDeficit(route: String, deficit: String, deficits: [String]) -> String {
        let list = deficits.joined(separator: ", ")
        return tr(
            "route \(route) has no deficit \"\(deficit)\" (deficits: \(list))",
            "в маршруте \(route) нет дефицита \"\(deficit)\" (дефициты: \(list))")
    }

    static func routeOfNonMentee(route: String, teacher: String) -> String {
        tr(
            "route \(route) belongs to \(teacher), who is not a mentee of this program",
            "маршрут \(route) принадлежит педагогу \(teacher), которого нет среди наставляемых этой программы")
    }

    static func noMember(_ id: String) -> String {
        tr(
            "no person \"\(id)\": add them as a person document or fix the id",
            "нет участника \"\(id)\": добавьте его документом участника или исправьте id")
    }

    static func memberWithoutConsent(_ id: String) -> String {
        tr(
            "\(id) has no personal-data consent: a program takes only persons from the banks",
            "у \(id) нет согласия на обработку персональных данных: в программу входят только участники из банков")
    }

    static func memberWithoutDuties(_ id: String, status: ProgramStatus) -> String {
        tr(
            "\(id) has no consent to the added duties: record it (`kind: duties`) before the program becomes \(status.rawValue)",
            "у \(id) нет согласия на дополнительные обязанности: запишите его (`kind: duties`), "
                + "прежде чем программа получит статус \(named(status))")
    }

    // MARK: - Activity and product

    static var titleRequired: String { tr("a title is required", "укажите название") }

    static func hoursNotPositive(_ hours: Int) -> String {
        tr("hours must be positive, got \(hours)", "число часов должно быть больше нуля, указано \(hours)")
    }

    static var courseNeedsHours: String {
        tr(
            "a course needs its hours (academic hours of the programme), e.g. `hours: 72`",
            "у курса должен быть объём в академических часах (по программе курса), например `hours: 72`")
    }

    static func dueBeforeStart(due: Day, start: Day) -> String {
        tr("due \(due) is before start \(start)", "срок \(due.display) раньше начала \(start.display)")
    }

    static var activityWithoutDeficit: String {
        tr(
            "an activity addresses at least one deficit: list its ids, e.g. [d1]",
            "мероприятие направлено хотя бы на один дефицит: перечислите их id, например [d1]")
    }

    static func noDeficitInRoute(_ id: String, known ids: [String]) -> String {
        let known = ids.joined(separator: ", ")
        return tr(
            "no deficit \"\(id)\" in this route (deficits: \(known.isEmpty ? "none" : known))",
            "в этом маршруте нет дефицита \"\(id)\" (дефициты: \(known.isEmpty ? "нет" : known))")
    }

    static func invalidProductKind(_ kind: String, examples: [String]) -> String {
        let list = examples.joined(separator: ", ")
        return tr(
            "\"\(kind)\" is not a product kind: use a slug such as \(list)",
            "\"\(kind)\" не подходит как вид продукта: используйте краткий код, например \(list)")
    }

    static var productTitleRequired: String { tr("a product needs a title", "у продукта должно быть название") }

    static func productBeforeActivity(date: Day, start: Day) -> String {
        tr(
            "the product's date \(date) is before the activity started (\(start))",
            "дата продукта \(date.display) раньше начала мероприятия (\(start.display))")
    }

    // MARK: - Route

    static func routeLength(start: Day, end: Day, years: Double, earliest: Day, latest: Day) -> String {
        let russianYears = String(String(years).map { $0 == "." ? "," : $0 })
        return tr(
            "a route lasts 4 to 5 years, but \(start) to \(end) is \(years) years: set end between \(earliest) and \(latest)",
            "маршрут рассчитан на 4–5 лет, а с \(start.display) по \(end.display) — \(russianYears) года: "
                + "укажите end между \(earliest) и \(latest)")
    }

    /// The requirements read as sentences of their own in Russian.
    static func stageNeeds(_ stage: Stage, _ requirement: Route.Requirement) -> String {
        let condition = self.condition(requirement)
        return tr("stage \(stage.rawValue) needs \(condition)", "маршрут не может быть на этапе \(named(stage)): \(condition)")
    }

    static var describeStrength: String { tr("describe the strength", "опишите достижение") }
    static var describeDifficulty: String { tr("describe the difficulty", "опишите затруднение") }

    static func deficitIDTwice(_ id: String) -> String {
        tr(
            "deficit id \"\(id)\" is used twice in this route: give each deficit its own id",
            "id дефицита \"\(id)\" повторяется в этом маршруте: дайте каждому дефициту свой id")
    }

    static func deficitLevel(_ level: Int) -> String {
        tr(
            "level must be 1 (severe) to 5 (overcome), got \(level)",
            "уровень должен быть от 1 (острый дефицит) до 5 (преодолён), указано \(level)")
    }

    static func activityIDTwice(_ id: String) -> String {
        tr(
            "activity id \"\(id)\" is used twice in this route: give each activity its own id",
            "id мероприятия \"\(id)\" повторяется в этом маршруте: дайте каждому мероприятию свой id")
    }

    static func productTooEarly(_ stage: Stage) -> String {
        tr(
            "products are recorded from step 5 (implementation) on; the route is at \(stage.rawValue)",
            "продукты записываются начиная с шага 5 (implementation); маршрут сейчас на этапе \(named(stage))")
    }

    static func noActivityInRoute(_ id: String) -> String {
        tr("no activity \"\(id)\" in this route", "в этом маршруте нет мероприятия \"\(id)\"")
    }

    static func noDeficitInThisRoute(_ id: String) -> String {
        tr("no deficit \"\(id)\" in this route", "в этом маршруте нет дефицита \"\(id)\"")
    }

    static var sayWhatChanged: String { tr("say what changed", "опишите, что изменилось") }

    static var correctionNeedsReason: String {
        tr("a correction keeps its reason: say why", "у корректировки должна быть причина: укажите, почему")
    }

    static func correctionBeforeStart(_ date: Day, start: Day) -> String {
        tr("\(date) is before the route's start \(start)", "\(date.display) — раньше начала маршрута (\(start.display))")
    }

    static var finalReflectionOnActivity: String {
        tr(
            "a final reflection is step 7's analysis of a deficit: name `deficit:` instead of `activity:`",
            "итоговая рефлексия — это анализ дефицита на шаге 7: укажите `deficit:` вместо `activity:`")
    }

    static func scoreRange(_ score: Int) -> String {
        tr("score must be 1 to 5, got \(score)", "оценка должна быть от 1 до 5, указано \(score)")
    }

    static func reflectionOutsideRoute(_ date: Day, start: Day, end: Day) -> String {
        tr(
            "\(date) is outside the route (\(start) to \(end))",
            "\(date.display) — вне сроков маршрута (с \(start.display) по \(end.display))")
    }

    static var reflectionNeedsText: String {
        tr("a reflection needs the teacher's words", "в рефлексии должны быть слова самого педагога")
    }

    static func badTag(_ tag: String) -> String {
        tr(
            "a tag is one word or phrase without commas, got \"\(tag)\"",
            "метка — одно слово или фраза без запятых, указано \"\(tag)\"")
    }

    static func revisionBeforeReflection(_ replaced: Day, date: Day) -> String {
        tr(
            "\(replaced) is before the reflection's date \(date)",
            "\(replaced.display) — раньше даты рефлексии (\(date.display))")
    }

    private static func condition(_ requirement: Route.Requirement) -> String {
        switch requirement {
        case .deficit: needsDeficit
        case .activity: needsActivity
        case .finalReflections(let route, let missing): needsFinalReflections(route: route, missing: missing)
        case .finishedActivities(let route, let unfinished): unfinishedActivities(route: route, unfinished)
        }
    }

    private static var needsDeficit: String {
        tr(
            "at least one deficit (no roadmap without a deficit): add one with `marshrut route deficit`",
            "нет ни одного дефицита (без дефицита нет дорожной карты): добавьте его командой `marshrut route deficit`")
    }

    private static var needsActivity: String {
        tr(
            "at least one roadmap activity (no implementation without a roadmap): add one with `marshrut route activity`",
            "нет ни одного мероприятия дорожной карты (без дорожной карты нет реализации): "
                + "добавьте его командой `marshrut route activity`")
    }

    private static func needsFinalReflections(route: String, missing: [String]) -> String {
        let list = missing.joined(separator: ", ")
        let first = missing.first ?? ""
        return tr(
            "a final reflection on every deficit; missing for \(list): "
                + "record it with `marshrut reflect \(route) --deficit \(first) --final --score N`",
            "не по каждому дефициту есть итоговая рефлексия; её нет для \(list): "
                + "запишите её командой `marshrut reflect \(route) --deficit \(first) --final --score N`")
    }

    // MARK: - Route workflow

    static func noStepAfterClosed(_ route: String) -> String {
        tr("route \(route) is closed: there is no step after it", "маршрут \(route) закрыт: следующего шага нет")
    }

    static func stepsOnlyForward(_ route: String, at stage: Stage) -> String {
        tr(
            "route \(route) is already at \(stage.rawValue); steps only go forward (to \(stage.next?.rawValue ?? "nothing"))",
            "маршрут \(route) уже на этапе \(named(stage)); шаги идут только вперёд (следующий — \(stage.next.map(named) ?? "нет"))")
    }

    static func cannotMove(to stage: Stage, _ requirement: Route.Requirement) -> String {
        let condition = self.condition(requirement)
        return tr(
            "cannot move to \(stage.rawValue): it needs \(condition)",
            "нельзя перейти на этап \(named(stage)): \(condition)")
    }

    static var nothingToChange: String {
        tr("nothing to change: give at least one field to set", "нечего менять: укажите хотя бы одно поле")
    }

    static func activityUnchanged(_ id: String) -> String {
        tr(
            "activity \(id) already has these values: nothing changed",
            "у мероприятия \(id) уже такие значения: ничего не изменилось")
    }

    static func productNeedsImplementation(route: String, stage: Stage) -> String {
        let early = stage < .implementation
        return tr(
            "products are recorded in implementation (steps 5–6) or reflection; route \(route) is at \(stage.rawValue)"
                + (early ? ": move on with `marshrut route advance \(route)`" : ""),
            "продукты записываются на этапах implementation (шаги 5–6) и reflection; маршрут \(route) на этапе \(named(stage))"
                + (early ? ": перейдите дальше командой `marshrut route advance \(route)`" : ""))
    }

    static func productReplacement(activity: String, old: String) -> String {
        tr(
            "activity \(activity) already has the product «\(old)»; replacing it is a correction: give --reason",
            "у мероприятия \(activity) уже есть продукт «\(old)»; его замена — это корректировка: укажите --reason")
    }

    static func closedTakesNoReflections(_ route: String) -> String {
        tr("route \(route) is closed: it takes no more reflections", "маршрут \(route) закрыт: рефлексию в него больше не записывают")
    }

    static var finalReflectionNeedsDeficit: String {
        tr(
            "a final reflection is step 7's analysis of a deficit: name one with --deficit",
            "итоговая рефлексия — это анализ дефицита на шаге 7: укажите дефицит через --deficit")
    }

    static func finalReflectionStage(route: String, stage: Stage) -> String {
        tr(
            "a final reflection needs the route in implementation or reflection; route \(route) is at \(stage.rawValue)",
            "итоговую рефлексию записывают на этапах implementation и reflection; маршрут \(route) на этапе \(named(stage))")
    }

    static func imageReflectionStage(route: String, stage: Stage) -> String {
        tr(
            "a reflection on the self-image is step 7's analysis: it needs the route in \(Stage.implementation.rawValue) or \(Stage.reflection.rawValue); route \(route) is at \(stage.rawValue)",
            "рефлексию об образе себя (анализ на шаге 7) записывают на этапах \(named(Stage.implementation)) и \(named(Stage.reflection)); маршрут \(route) на этапе \(named(stage))"
        )
    }

    static var imageReflectionNeedsImage: String {
        tr(
            "a reflection on the self-image needs the route's self-image (step 1): ask the tutor to fill it with `route image`",
            "для рефлексии об образе себя у маршрута должен быть записан образ себя (шаг 1): его вносит тьютор командой `route image`")
    }

    static func closedReflectionsFinal(_ route: String) -> String {
        tr("route \(route) is closed: its reflections are final", "маршрут \(route) закрыт: его рефлексию больше не меняют")
    }

    static func noReflection(route: String, number: Int, count: Int) -> String {
        tr(
            "route \(route) has no reflection #\(number) (it has \(count)): see `marshrut journal \(route)`",
            "в маршруте \(route) нет рефлексии №\(number) (всего записей: \(count)): см. `marshrut journal \(route)`")
    }

    static func reflectionUnchanged(route: String, number: Int) -> String {
        tr("reflection \(route)/\(number) is unchanged: nothing to save", "рефлексия \(route)/\(number) не изменилась: сохранять нечего")
    }

    static func changeNeedsReason(route: String, stage: Stage) -> String {
        tr(
            "route \(route) is at \(stage.rawValue): after step 4 every roadmap change is kept as a correction; say why with --reason \"…\"",
            "маршрут \(route) на этапе \(named(stage)): после шага 4 каждое изменение дорожной карты сохраняется как корректировка; "
                + "укажите причину: --reason \"…\"")
    }

    static func noActivity(_ id: String, route: String, known ids: [String]) -> String {
        let known = ids.joined(separator: ", ")
        return tr(
            "no activity \"\(id)\" in route \(route) (activities: \(known.isEmpty ? "none yet" : known))",
            "в маршруте \(route) нет мероприятия \"\(id)\" (мероприятия: \(known.isEmpty ? "пока нет" : known))")
    }

    static var nothingChanged: String {
        tr("the new value is the same as the old one: nothing changed", "новое значение совпадает со старым: ничего не изменилось")
    }

    static func closedIsReadOnly(_ route: String) -> String {
        tr(
            "route \(route) is closed: it is read-only (to reopen it, `marshrut route advance \(route) --back --reason \"…\"`)",
            "маршрут \(route) закрыт: его больше не меняют (чтобы открыть снова: `marshrut route advance \(route) --back --reason \"…\"`)")
    }

    private static func unfinishedActivities(route: String, _ ids: [String]) -> String {
        let list = ids.joined(separator: ", ")
        return tr(
            "activities \(list) are not done: record each one's product (`marshrut route product \(route) ID …`) or drop it with a reason (`marshrut route drop \(route) ID --reason \"…\"`)",
            "мероприятия \(list) не выполнены: запишите продукт каждого (`marshrut route product \(route) ID …`) или исключите его с причиной (`marshrut route drop \(route) ID --reason \"…\"`)"
        )
    }

    static func dueAfterRouteEnd(due: Day, end: Day) -> String {
        tr(
            "due \(due) is after the route ends (\(end)): move the due date or the route's end",
            "срок \(due.display) позже окончания маршрута (\(end.display)): перенесите срок или окончание маршрута")
    }

    static func deficitUnchanged(_ id: String) -> String {
        tr("deficit \(id) already has these values: nothing changed", "у дефицита \(id) уже такие значения: ничего не изменилось")
    }

    static func deficitInUse(_ id: String, route: String, activities: [String], reflected: Bool) -> String {
        var english: [String] = []
        var russian: [String] = []
        if !activities.isEmpty {
            english.append("activities \(activities.joined(separator: ", ")) address it")
            russian.append("на него направлены мероприятия \(activities.joined(separator: ", "))")
        }
        if reflected {
            english.append("the teacher has reflected on it")
            russian.append("по нему есть рефлексия педагога")
        }
        return tr(
            "deficit \(id) of route \(route) stays: \(english.joined(separator: " and ")); change its level or text instead",
            "дефицит \(id) маршрута \(route) нельзя удалить: \(russian.joined(separator: " и ")); измените его уровень или описание")
    }

    static func doneActivityStays(_ id: String, product: String) -> String {
        tr(
            "activity \(id) is done (product «\(product)»): a done activity stays in the route",
            "мероприятие \(id) выполнено (продукт «\(product)»): выполненное мероприятие остаётся в маршруте")
    }

    static func reflectedActivityStays(_ id: String, route: String, reflections: Int) -> String {
        tr(
            "activity \(id) has \(reflections) reflection(s) in route \(route): it stays; record its product instead",
            "по мероприятию \(id) маршрута \(route) есть рефлексия (записей: \(reflections)): оно остаётся; запишите его продукт")
    }

    static func noStepBeforeFirst(_ route: String) -> String {
        tr("route \(route) is at its first step: there is no step before it", "маршрут \(route) на первом шаге: шага до него нет")
    }

    static func stepsBackOnlyBackward(_ route: String, at stage: Stage, to target: Stage) -> String {
        tr(
            "route \(route) is at \(stage.rawValue): --back goes to an earlier step, not to \(target.rawValue)",
            "маршрут \(route) на этапе \(named(stage)): --back возвращает на более ранний шаг, а не на \(named(target))")
    }

    static func stepBackNeedsReason(route: String) -> String {
        tr(
            "moving route \(route) back a step is kept as a correction: say why with --reason \"…\"",
            "возврат маршрута \(route) на шаг назад сохраняется как корректировка: укажите причину: --reason \"…\"")
    }

    static func noStrength(route: String, number: Int, count: Int) -> String {
        tr(
            "route \(route) has no strength #\(number) (it has \(count)): see `marshrut route show \(route)`",
            "в маршруте \(route) нет достижения №\(number) (всего: \(count)): см. `marshrut route show \(route)`")
    }

    static func noDeficit(_ id: String, route: String, known: [String]) -> String {
        let list = known.joined(separator: ", ")
        return tr(
            "no deficit \"\(id)\" in route \(route) (deficits: \(list.isEmpty ? "none yet" : list))",
            "в маршруте \(route) нет дефицита \"\(id)\" (дефициты: \(list.isEmpty ? "пока нет" : list))")
    }

    static func importMovesBack(_ route: String, from old: Stage, to new: Stage) -> String {
        tr(
            "the document moves route \(route) back from \(old.rawValue) to \(new.rawValue): steps go back only with `marshrut route advance \(route) --back --to \(new.rawValue) --reason \"…\"`, kept as a correction",
            "документ возвращает маршрут \(route) с этапа \(named(old)) на \(named(new)): назад переводят только командой `marshrut route advance \(route) --back --to \(new.rawValue) --reason \"…\"` с сохранением корректировки"
        )
    }

    static func importChangesNeedReason(_ route: String, stage: Stage, changes: [String]) -> String {
        let list = changes.map { "\n    " + $0 }.joined()
        return tr(
            "route \(route) is stored at \(stage.rawValue), and the document changes its planning; after step 4 each change is a correction: import again with --reason \"…\" (and --author ID) to record them, or use the route commands. Changes:\(list)",
            "маршрут \(route) хранится на этапе \(named(stage)), а документ меняет его планирование; после шага 4 каждое изменение — корректировка: загрузите снова с --reason \"…\" (и --author ID), чтобы записать их, или воспользуйтесь командами route. Изменения:\(list)"
        )
    }

    // MARK: - Program

    static func onlyDraftsChange(program: String, status: ProgramStatus) -> String {
        tr(
            "program \(program) is \(status.rawValue): only a draft is edited; cancel it with a reason and create another",
            "программа \(program) в состоянии \(named(status)): изменяют только проект; отмените её с причиной и создайте новую")
    }

    static func onlyDraftsRemoved(program: String, status: ProgramStatus) -> String {
        tr(
            "program \(program) is \(status.rawValue): only a draft is removed; cancel it instead (`marshrut program status \(program) cancelled --reason \"…\"`)",
            "программа \(program) в состоянии \(named(status)): удаляют только проект; отмените её (`marshrut program status \(program) cancelled --reason \"…\"`)"
        )
    }

    static func routeNotADraft(_ route: String, stage: Stage) -> String {
        tr(
            "route \(route) is at \(stage.rawValue): only a route still being planned (before step 5) is removed; from step 5 on it is kept and closed",
            "маршрут \(route) на этапе \(named(stage)): удаляют только маршрут на этапе планирования (до шага 5); дальше его сохраняют и закрывают")
    }

    static func nothingToCorrect(_ name: String, on date: Day, program: String) -> String {
        tr(
            "program \(program) has no \(name) recorded on \(date) to correct: record it without --correct",
            "в программе \(program) нет показателя \(name) на \(date.display), который можно исправить: запишите его без --correct")
    }

    static func indicatorAlreadyRecorded(_ name: String, on date: Day, value: Double, program: String) -> String {
        tr(
            "program \(program) already has \(name) = \(value) on \(date): to change it, give --correct (the old value stays in the history)",
            "в программе \(program) уже записан показатель \(name) = \(value) на \(date.display): чтобы изменить его, укажите --correct (прежнее значение останется в истории)"
        )
    }

    static func indicatorOutOfUnit(_ name: String, value: Double, unit: IndicatorUnit) -> String {
        switch unit {
        case .share:
            tr(
                "\(name) is a share from 0 to 1, not \(value) (write 86 % as 0.86)",
                "\(name) — доля от 0 до 1, а не \(value) (86 % записывают как 0.86)")
        case .count:
            tr(
                "\(name) is a count (a whole number, 0 or more), not \(value)",
                "\(name) — количество (целое число от 0), а не \(value)")
        }
    }

    static func indicatorInFuture(_ date: Day, today: Day) -> String {
        tr(
            "an indicator is measured, so its date cannot be after today (\(today)): \(date)",
            "показатель — это измерение, его дата не может быть позже сегодняшней (\(today.display)): \(date.display)")
    }

    static func noStatusChange(program: String, status: ProgramStatus) -> String {
        tr(
            "program \(program) has no change to \(status.rawValue) on record: there is no date to correct",
            "в программе \(program) не записан переход в состояние \(named(status)): исправлять нечего")
    }

    static func noProgramActivity(_ id: String, program: String, known: [String]) -> String {
        let list = known.joined(separator: ", ")
        return tr(
            "no activity \"\(id)\" in program \(program) (activities: \(list.isEmpty ? "none yet" : list))",
            "в программе \(program) нет мероприятия \"\(id)\" (мероприятия: \(list.isEmpty ? "пока нет" : list))")
    }

    static func programProductStatus(program: String, status: ProgramStatus) -> String {
        tr(
            "program \(program) is \(status.rawValue): products are recorded while it is active or once completed",
            "программа \(program) в состоянии \(named(status)): продукты записывают, когда она действует или завершена")
    }

    static func programProductRecorded(activity: String, old: String) -> String {
        tr("activity \(activity) already has the product «\(old)»", "у мероприятия \(activity) уже есть продукт «\(old)»")
    }

    static func statusChangeRefused(program: String, from status: ProgramStatus, to new: ProgramStatus) -> String {
        let allowed = status.next
        let english = allowed.isEmpty ? "nothing else (it is over)" : allowed.map(\.rawValue).joined(separator: " or ")
        let russian =
            allowed.isEmpty
            ? "программа \(program) в статусе \(named(status)): она окончена, и статус \(new.rawValue) ей уже не присвоить"
            : "программа \(program) в статусе \(named(status)): её можно перевести только в "
                + allowed.map(\.rawValue).joined(separator: " или ") + ", а не в \(new.rawValue)"
        return tr("program \(program) is \(status.rawValue): it can become \(english), not \(new.rawValue)", russian)
    }

    static func statusNeedsReason(_ status: ProgramStatus) -> String {
        tr(
            "say why the program becomes \(status.rawValue): --reason \"…\"",
            "укажите, почему программа получает статус \(named(status)): --reason \"…\"")
    }

    static func completedBeforeStart(program: String, start: Day, date: Day) -> String {
        tr(
            "program \(program) starts \(start): it cannot be completed on \(date)",
            "программа \(program) начинается \(start.display): завершить её \(date.display) нельзя")
    }

    static func programLength(start: Day, end: Day, earliest: Day, latest: Day) -> String {
        tr(
            "a program lasts 3 to 12 months, but \(start) to \(end) is not: set end between \(earliest) and \(latest)",
            "программа длится от 3 до 12 месяцев, а с \(start.display) по \(end.display) — нет: укажите end между \(earliest) и \(latest)")
    }

    static var formRequired: String {
        tr("name at least one form, e.g. [traditional]", "укажите хотя бы одну форму наставничества, например [traditional]")
    }

    static var mentorRequired: String {
        tr("a program needs at least one mentor", "в программе должен быть хотя бы один наставник")
    }

    static var menteeRequired: String {
        tr("a program needs at least one mentee", "в программе должен быть хотя бы один наставляемый")
    }

    static func mentorAndMentee(_ id: String) -> String {
        tr("\(id) is both mentor and mentee of this program", "\(id) в этой программе одновременно наставник и наставляемый")
    }

    static var mentorListedTwice: String { tr("a mentor is listed twice", "наставник указан дважды") }
    static var menteeListedTwice: String { tr("a mentee is listed twice", "наставляемый указан дважды") }

    static func programActivityIDTwice(_ id: String) -> String {
        tr("activity id \"\(id)\" is used twice in this program", "id мероприятия \"\(id)\" повторяется в этой программе")
    }

    static func notRouteDeficit(_ reference: String) -> String {
        tr(
            "\"\(reference)\" is not ROUTE/DEFICIT: write the route's id and the deficit's id, e.g. kuznetsov-2024/d3",
            "\"\(reference)\" — не МАРШРУТ/ДЕФИЦИТ: напишите id маршрута и id дефицита, например kuznetsov-2024/d3")
    }

    static var statusChangeNeedsReason: String {
        tr("a change of status keeps its reason: say why", "у смены статуса должна быть причина: укажите, почему")
    }

    static func invalidIndicatorName(_ name: String, examples: [String]) -> String {
        let list = examples.joined(separator: ", ")
        return tr(
            "\"\(name)\" is not an indicator name: use a slug such as \(list)",
            "\"\(name)\" не подходит как название показателя: используйте краткий код, например \(list)")
    }

    static var valueNotANumber: String { tr("the value must be a number", "значение должно быть числом") }

    static func indicatorBeforeStart(_ date: Day, start: Day) -> String {
        tr("\(date) is before the program's start \(start)", "\(date.display) — раньше начала программы (\(start.display))")
    }

    // MARK: - School plan

    static var planTitleRequired: String { tr("the road map needs a title", "у дорожной карты должно быть название") }

    static func planStageTwice(_ number: Int) -> String {
        tr("stage \(number) is listed twice", "этап \(number) указан дважды")
    }

    static var planStageTitleRequired: String { tr("a stage needs a title", "у этапа должно быть название") }

    static func explanation(of check: SchoolPlan.Check) -> String {
        switch check {
        case .menteeBank: tr("mentees with consent in the bank", "в банке наставляемых есть участники с согласием")
        case .mentorBank: tr("mentors with consent in the bank", "в банке наставников есть участники с согласием")
        case .pairs: tr("a program is active or completed", "есть действующая или завершённая программа")
        case .programs: tr("every running program has activities", "у каждой идущей программы есть мероприятия")
        case .monitoring: tr("every completed program has indicators", "у каждой завершённой программы есть показатели")
        case .completion: tr("a program has been completed", "хотя бы одна программа завершена")
        }
    }

    // MARK: - Matching

    static func negativeMenteeCount(_ count: Int) -> String {
        tr("the number of mentees must be 0 or more, got \(count)", "число наставляемых должно быть не меньше 0, указано \(count)")
    }

    static func negativeCapacity(_ capacity: Int) -> String {
        tr(
            "a capacity must be 0 or more (0 takes no mentees), got \(capacity)",
            "число наставляемых (capacity) должно быть не меньше 0 (при 0 наставник никого не берёт), указано \(capacity)")
    }

    static func scoreRows(_ rows: Int, mentors: Int) -> String {
        tr(
            "there are \(rows) score rows for \(mentors) mentors: give one row per mentor",
            "строк оценок — \(rows), а наставников — \(mentors): нужна одна строка на каждого наставника")
    }

    static func scoreRow(_ scores: Int, mentees: Int) -> String {
        tr(
            "the row has \(scores) scores for \(mentees) mentees: give one score per mentee, nil to forbid the pair",
            "в строке оценок — \(scores), а наставляемых — \(mentees): нужна одна оценка на каждого наставляемого, nil запрещает пару")
    }

    static func scoreNotFinite(_ value: Double) -> String {
        tr(
            "a score must be a finite number, got \(value): give a number, or nil to forbid the pair",
            "оценка должна быть конечным числом, указано \(value): укажите число или nil, чтобы запретить пару")
    }
}
