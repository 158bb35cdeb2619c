import MarshrutCore

extension Problem.Reason {
    /// The reason in the current language, as the catalog words it.
    public var text: String {
        switch self {
        case .invalidID(let value): CoreText.invalidID(value)
        case .notADate(let value): CoreText.notADate(value)
        case .dayOutOfRange(let value): CoreText.dayOutOfRange(value)
        case .controlCharacter(let value, let multiline): CoreText.controlCharacter(value, multiline: multiline)
        case .nothingToChange: CoreText.nothingToChange
        case .nothingChanged: CoreText.nothingChanged
        case .nameRequired: CoreText.nameRequired
        case .roleListedTwice: CoreText.roleListedTwice
        case .capacityTooSmall(let value): CoreText.capacityTooSmall(value)
        case .capacityOnlyForMentors: CoreText.capacityOnlyForMentors
        case .bankNeedsConsent(let value): CoreText.bankNeedsConsent(value)
        case .erasedTakesNoPart(let value, let on): CoreText.erasedTakesNoPart(value, on: on)
        case .erasedDocument(let value, let on, let number): CoreText.erasedDocument(value, on: on, number: number)
        case .beforeWorkingAge(let value, let birth): CoreText.beforeWorkingAge(value, birth: birth)
        case .categoryDateWithoutCategory: CoreText.categoryDateWithoutCategory
        case .duplicateID(let kind, let id): CoreText.duplicateID(kind: kind, id: id)
        case .duplicatePlanID(let value): CoreText.duplicatePlanID(value)
        case .teacherWithoutConsent(let value): CoreText.teacherWithoutConsent(value)
        case .noTeacher(let value): CoreText.noTeacher(value)
        case .noTutor(let value): CoreText.noTutor(value)
        case .noAuthor(let value): CoreText.noAuthor(value)
        case .noAddressedRoute(let value): CoreText.noAddressedRoute(value)
        case .noAddressedDeficit(let route, let deficit, let deficits): CoreText.noAddressedDeficit(route: route, deficit: deficit, deficits: deficits)
        case .routeOfNonMentee(let route, let teacher): CoreText.routeOfNonMentee(route: route, teacher: teacher)
        case .noMember(let value): CoreText.noMember(value)
        case .memberWithoutConsent(let value): CoreText.memberWithoutConsent(value)
        case .memberWithoutDuties(let value, let status): CoreText.memberWithoutDuties(value, status: status)
        case .noOrganization(let value): CoreText.noOrganization(value)
        case .titleRequired: CoreText.titleRequired
        case .hoursNotPositive(let value): CoreText.hoursNotPositive(value)
        case .courseNeedsHours: CoreText.courseNeedsHours
        case .dueBeforeStart(let due, let start): CoreText.dueBeforeStart(due: due, start: start)
        case .activityWithoutDeficit: CoreText.activityWithoutDeficit
        case .noDeficitInRoute(let value, let known): CoreText.noDeficitInRoute(value, known: known)
        case .invalidProductKind(let value, let examples): CoreText.invalidProductKind(value, examples: examples)
        case .productTitleRequired: CoreText.productTitleRequired
        case .productBeforeActivity(let date, let start): CoreText.productBeforeActivity(date: date, start: start)
        case .ownTutor(let teacher): CoreText.ownTutor(teacher: teacher)
        case .routeLength(let start, let end, let years, let earliest, let latest):
            CoreText.routeLength(start: start, end: end, years: years, earliest: earliest, latest: latest)
        case .stageNeeds(let value, let requirement): CoreText.stageNeeds(value, requirement)
        case .describeStrength: CoreText.describeStrength
        case .describeDifficulty: CoreText.describeDifficulty
        case .deficitIDTwice(let value): CoreText.deficitIDTwice(value)
        case .deficitLevel(let value): CoreText.deficitLevel(value)
        case .activityIDTwice(let value): CoreText.activityIDTwice(value)
        case .dueAfterRouteEnd(let due, let end): CoreText.dueAfterRouteEnd(due: due, end: end)
        case .productTooEarly(let value): CoreText.productTooEarly(value)
        case .noActivityInRoute(let value): CoreText.noActivityInRoute(value)
        case .noDeficitInThisRoute(let value): CoreText.noDeficitInThisRoute(value)
        case .sayWhatChanged: CoreText.sayWhatChanged
        case .correctionNeedsReason: CoreText.correctionNeedsReason
        case .correctionBeforeStart(let value, let start): CoreText.correctionBeforeStart(value, start: start)
        case .finalReflectionOnActivity: CoreText.finalReflectionOnActivity
        case .imageReflectionNeedsImage: CoreText.imageReflectionNeedsImage
        case .scoreRange(let value): CoreText.scoreRange(value)
        case .reflectionOutsideRoute(let value, let start, let end): CoreText.reflectionOutsideRoute(value, start: start, end: end)
        case .reflectionAfterToday(let value, let today): CoreText.reflectionAfterToday(value, today: today)
        case .reflectionNeedsText: CoreText.reflectionNeedsText
        case .badTag(let value): CoreText.badTag(value)
        case .revisionBeforeReflection(let value, let date): CoreText.revisionBeforeReflection(value, date: date)
        case .noStepAfterClosed(let value): CoreText.noStepAfterClosed(value)
        case .stepsOnlyForward(let value, let at): CoreText.stepsOnlyForward(value, at: at)
        case .cannotMove(let to, let requirement): CoreText.cannotMove(to: to, requirement)
        case .activityUnchanged(let value): CoreText.activityUnchanged(value)
        case .productNeedsImplementation(let route, let stage): CoreText.productNeedsImplementation(route: route, stage: stage)
        case .productReplacement(let activity, let old): CoreText.productReplacement(activity: activity, old: old)
        case .closedTakesNoReflections(let value): CoreText.closedTakesNoReflections(value)
        case .finalReflectionNeedsDeficit: CoreText.finalReflectionNeedsDeficit
        case .finalReflectionStage(let route, let stage): CoreText.finalReflectionStage(route: route, stage: stage)
        case .imageReflectionStage(let route, let stage): CoreText.imageReflectionStage(route: route, stage: stage)
        case .closedReflectionsFinal(let value): CoreText.closedReflectionsFinal(value)
        case .noReflection(let route, let number, let count): CoreText.noReflection(route: route, number: number, count: count)
        case .reflectionUnchanged(let route, let number): CoreText.reflectionUnchanged(route: route, number: number)
        case .changeNeedsReason(let route, let stage): CoreText.changeNeedsReason(route: route, stage: stage)
        case .noActivity(let value, let route, let known): CoreText.noActivity(value, route: route, known: known)
        case .closedIsReadOnly(let value): CoreText.closedIsReadOnly(value)
        case .deficitUnchanged(let value): CoreText.deficitUnchanged(value)
        case .deficitInUse(let value, let route, let activities, let reflected):
            CoreText.deficitInUse(value, route: route, activities: activities, reflected: reflected)
        case .doneActivityStays(let value, let product): CoreText.doneActivityStays(value, product: product)
        case .reflectedActivityStays(let value, let route, let reflections): CoreText.reflectedActivityStays(value, route: route, reflections: reflections)
        case .noStepBeforeFirst(let value): CoreText.noStepBeforeFirst(value)
        case .stepsBackOnlyBackward(let value, let at, let to): CoreText.stepsBackOnlyBackward(value, at: at, to: to)
        case .stepBackNeedsReason(let route): CoreText.stepBackNeedsReason(route: route)
        case .noStrength(let route, let number, let count): CoreText.noStrength(route: route, number: number, count: count)
        case .noDeficit(let value, let route, let known): CoreText.noDeficit(value, route: route, known: known)
        case .importMovesBack(let value, let from, let to): CoreText.importMovesBack(value, from: from, to: to)
        case .importChangesNeedReason(let value, let stage, let changes): CoreText.importChangesNeedReason(value, stage: stage, changes: changes)
        case .routeNotADraft(let value, let stage): CoreText.routeNotADraft(value, stage: stage)
        case .onlyDraftsChange(let program, let status): CoreText.onlyDraftsChange(program: program, status: status)
        case .onlyDraftsRemoved(let program, let status): CoreText.onlyDraftsRemoved(program: program, status: status)
        case .nothingToCorrect(let value, let on, let program): CoreText.nothingToCorrect(value, on: on, program: program)
        case .indicatorAlreadyRecorded(let name, let on, let value, let program):
            CoreText.indicatorAlreadyRecorded(name, on: on, value: value, program: program)
        case .indicatorOutOfUnit(let name, let value, let unit): CoreText.indicatorOutOfUnit(name, value: value, unit: unit)
        case .indicatorInFuture(let value, let today): CoreText.indicatorInFuture(value, today: today)
        case .indicatorBeforeStart(let value, let start): CoreText.indicatorBeforeStart(value, start: start)
        case .noStatusChange(let program, let status): CoreText.noStatusChange(program: program, status: status)
        case .noProgramActivity(let value, let program, let known): CoreText.noProgramActivity(value, program: program, known: known)
        case .programProductStatus(let program, let status): CoreText.programProductStatus(program: program, status: status)
        case .programProductRecorded(let activity, let old): CoreText.programProductRecorded(activity: activity, old: old)
        case .statusChangeRefused(let program, let from, let to): CoreText.statusChangeRefused(program: program, from: from, to: to)
        case .statusNeedsReason(let value): CoreText.statusNeedsReason(value)
        case .completedBeforeStart(let program, let start, let date): CoreText.completedBeforeStart(program: program, start: start, date: date)
        case .programLength(let start, let end, let earliest, let latest): CoreText.programLength(start: start, end: end, earliest: earliest, latest: latest)
        case .formRequired: CoreText.formRequired
        case .mentorRequired: CoreText.mentorRequired
        case .menteeRequired: CoreText.menteeRequired
        case .mentorAndMentee(let value): CoreText.mentorAndMentee(value)
        case .mentorListedTwice: CoreText.mentorListedTwice
        case .menteeListedTwice: CoreText.menteeListedTwice
        case .programActivityIDTwice(let value): CoreText.programActivityIDTwice(value)
        case .notRouteDeficit(let value): CoreText.notRouteDeficit(value)
        case .statusChangeNeedsReason: CoreText.statusChangeNeedsReason
        case .invalidIndicatorName(let value, let examples): CoreText.invalidIndicatorName(value, examples: examples)
        case .valueNotANumber: CoreText.valueNotANumber
        case .planTitleRequired: CoreText.planTitleRequired
        case .planStageTwice(let value): CoreText.planStageTwice(value)
        case .planStageTitleRequired: CoreText.planStageTitleRequired
        case .regionHasNoParent(let value): CoreText.regionHasNoParent(value)
        case .parentRequired(let value): CoreText.parentRequired(value)
        case .organizationInsideItself(let value): CoreText.organizationInsideItself(value)
        case .noParentOrganization(let value): CoreText.noParentOrganization(value)
        case .parentOfWrongKind(let value, let parent, let parentKind): CoreText.parentOfWrongKind(value, parent: parent, parentKind: parentKind)
        case .negativeMenteeCount(let value): CoreText.negativeMenteeCount(value)
        case .negativeCapacity(let value): CoreText.negativeCapacity(value)
        case .scoreRows(let value, let mentors): CoreText.scoreRows(value, mentors: mentors)
        case .scoreRow(let value, let mentees): CoreText.scoreRow(value, mentees: mentees)
        case .scoreNotFinite(let value): CoreText.scoreNotFinite(value)
        }
    }
}

extension Problem {
    /// What is wrong and how to fix it, in the current language.
    public var message: String { reason.text }

    /// The problem as people read it: `route r1: tutor: …`, the subject and path in code, the
    /// reason in the current language.
    ///
    /// In Russian the subject is in words and the path is left out: it is a document's key,
    /// which `import` and `validate` name beside the file's line, and the message already says
    /// which field in words (`маршрут r1: тьютор не может быть …`).
    public var text: String {
        guard Language.current == .russian else { return (place + [message]).joined(separator: ": ") }
        return ((subject.map { [$0.shown] } ?? []) + [message]).joined(separator: ": ")
    }
}

extension ModelError {
    /// Every problem as people read it, one a line.
    public var text: String { problems.map(\.text).joined(separator: "\n") }
}
