import MarshrutCore

extension CoreText {
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
            "продукты записываются начиная с шага 5 (реализация); маршрут сейчас на этапе \(named(stage))")
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
}
