import MarshrutCore

extension CoreText {
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
            ? "программа \(program) в статусе \(named(status)): она окончена, и статус \(named(new)) ей уже не присвоить"
            : "программа \(program) в статусе \(named(status)): её можно перевести только в статус "
                + allowed.map(named).joined(separator: " или ") + ", а не \(named(new))"
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
