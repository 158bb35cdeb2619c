extension Problem {
    /// What is wrong, as data: which rule a value breaks and the values that break it.
    ///
    /// The core holds no language. A front end renders a reason in the reader's language (the
    /// catalog in `MarshrutText`), and tests match the case:
    ///
    /// ```swift
    /// #expect(error.problems.first?.reason == .ownTutor(teacher: "ivanova"))
    /// ```
    public enum Reason: Sendable, Hashable {
        // MARK: Shared

        /// An id that is not a slug.
        case invalidID(String)
        /// A text that is not `YYYY-MM-DD`.
        case notADate(String)
        /// A day outside ``Day/acceptedYears``.
        case dayOutOfRange(Day)
        /// A text holding a control character (named `U+…`) it may not hold.
        case controlCharacter(String, multiline: Bool)
        /// An edit that names no field to set.
        case nothingToChange
        /// An edit whose new value is the old one.
        case nothingChanged

        // MARK: Person

        case nameRequired
        case roleListedTwice
        case capacityTooSmall(Int)
        case capacityOnlyForMentors
        /// A person in a bank (mentor or mentee) without a personal-data consent.
        case bankNeedsConsent(Role)
        /// An erased person named as a new participant.
        case erasedTakesNoPart(String, on: Day)
        /// A person document that brings back an erased person's data.
        case erasedDocument(String, on: Day, number: Int)
        /// A hire, experience or category date earlier than ``StaffData/youngestWorkingAge``
        /// years after the day of birth.
        case beforeWorkingAge(Day, birth: Day)
        /// A category date without a category (or with `none`).
        case categoryDateWithoutCategory

        // MARK: Catalog

        case duplicateID(kind: SubjectReference.Kind, id: String)
        case duplicatePlanID(String)
        case teacherWithoutConsent(String)
        case noTeacher(String)
        case noTutor(String)
        case noAuthor(String)
        case noAddressedRoute(String)
        case noAddressedDeficit(route: String, deficit: String, deficits: [String])
        case routeOfNonMentee(route: String, teacher: String)
        case noMember(String)
        case memberWithoutConsent(String)
        case memberWithoutDuties(String, status: ProgramStatus)
        case noOrganization(String)

        // MARK: Activity and product

        case titleRequired
        case hoursNotPositive(Int)
        case courseNeedsHours
        case dueBeforeStart(due: Day, start: Day)
        case activityWithoutDeficit
        /// An activity addressing a deficit the route does not have; `known` are the route's deficits.
        case noDeficitInRoute(String, known: [String])
        case invalidProductKind(String, examples: [String])
        case productTitleRequired
        case productBeforeActivity(date: Day, start: Day)

        // MARK: Route

        case ownTutor(teacher: String)
        /// A route not 4 to 5 years long; `years` is its length rounded to a tenth.
        case routeLength(start: Day, end: Day, years: Double, earliest: Day, latest: Day)
        /// A route at a stage whose guard it does not meet.
        case stageNeeds(Stage, Route.Requirement)
        case describeStrength
        case describeDifficulty
        case deficitIDTwice(String)
        case deficitLevel(Int)
        case activityIDTwice(String)
        case dueAfterRouteEnd(due: Day, end: Day)
        case productTooEarly(Stage)
        case noActivityInRoute(String)
        case noDeficitInThisRoute(String)
        case sayWhatChanged
        case correctionNeedsReason
        case correctionBeforeStart(Day, start: Day)
        case finalReflectionOnActivity
        case imageReflectionNeedsImage
        case scoreRange(Int)
        case reflectionOutsideRoute(Day, start: Day, end: Day)
        case reflectionAfterToday(Day, today: Day)
        case reflectionNeedsText
        case badTag(String)
        case revisionBeforeReflection(Day, date: Day)

        // MARK: Route workflow

        case noStepAfterClosed(String)
        case stepsOnlyForward(String, at: Stage)
        /// A step forward that a guard stops.
        case cannotMove(to: Stage, Route.Requirement)
        case activityUnchanged(String)
        case productNeedsImplementation(route: String, stage: Stage)
        case productReplacement(activity: String, old: String)
        case closedTakesNoReflections(String)
        case finalReflectionNeedsDeficit
        case finalReflectionStage(route: String, stage: Stage)
        case imageReflectionStage(route: String, stage: Stage)
        case closedReflectionsFinal(String)
        case noReflection(route: String, number: Int, count: Int)
        case reflectionUnchanged(route: String, number: Int)
        case changeNeedsReason(route: String, stage: Stage)
        case noActivity(String, route: String, known: [String])
        case closedIsReadOnly(String)
        case deficitUnchanged(String)
        case deficitInUse(String, route: String, activities: [String], reflected: Bool)
        case doneActivityStays(String, product: String)
        case reflectedActivityStays(String, route: String, reflections: Int)
        case noStepBeforeFirst(String)
        case stepsBackOnlyBackward(String, at: Stage, to: Stage)
        case stepBackNeedsReason(route: String)
        case noStrength(route: String, number: Int, count: Int)
        case noDeficit(String, route: String, known: [String])
        case importMovesBack(String, from: Stage, to: Stage)
        /// A document changing a route's planning after step 4 without a reason; `changes` lists them.
        case importChangesNeedReason(String, stage: Stage, changes: [String])
        case routeNotADraft(String, stage: Stage)

        // MARK: Program

        case onlyDraftsChange(program: String, status: ProgramStatus)
        case onlyDraftsRemoved(program: String, status: ProgramStatus)
        case nothingToCorrect(String, on: Day, program: String)
        case indicatorAlreadyRecorded(String, on: Day, value: Double, program: String)
        case indicatorOutOfUnit(String, value: Double, unit: IndicatorUnit)
        case indicatorInFuture(Day, today: Day)
        case indicatorBeforeStart(Day, start: Day)
        case noStatusChange(program: String, status: ProgramStatus)
        case noProgramActivity(String, program: String, known: [String])
        case programProductStatus(program: String, status: ProgramStatus)
        case programProductRecorded(activity: String, old: String)
        case statusChangeRefused(program: String, from: ProgramStatus, to: ProgramStatus)
        case statusNeedsReason(ProgramStatus)
        case completedBeforeStart(program: String, start: Day, date: Day)
        case programLength(start: Day, end: Day, earliest: Day, latest: Day)
        case formRequired
        case mentorRequired
        case menteeRequired
        case mentorAndMentee(String)
        case mentorListedTwice
        case menteeListedTwice
        case programActivityIDTwice(String)
        case notRouteDeficit(String)
        case statusChangeNeedsReason
        case invalidIndicatorName(String, examples: [String])
        case valueNotANumber

        // MARK: School plan

        case planTitleRequired
        case planStageTwice(Int)
        case planStageTitleRequired

        // MARK: Organization

        case regionHasNoParent(String)
        /// A municipality, school or centre without a parent.
        case parentRequired(Organization.Kind)
        case organizationInsideItself(String)
        case noParentOrganization(String)
        case parentOfWrongKind(Organization.Kind, parent: String, parentKind: Organization.Kind)

        // MARK: Matching

        case negativeMenteeCount(Int)
        case negativeCapacity(Int)
        case scoreRows(Int, mentors: Int)
        case scoreRow(Int, mentees: Int)
        case scoreNotFinite(Double)
    }
}

extension Route {
    /// A guard of a stage that a route may not yet meet.
    public enum Requirement: Sendable, Hashable {
        /// A roadmap needs at least one deficit.
        case deficit
        /// Implementation needs at least one roadmap activity.
        case activity
        /// Closing needs a final reflection on every deficit; `missing` are the deficits without one.
        case finalReflections(route: String, missing: [String])
        /// Closing needs every activity done or dropped; `unfinished` are the others.
        case finishedActivities(route: String, unfinished: [String])
    }
}
