import MarshrutCore
import MarshrutTestSupport
import MarshrutText
import Testing

/// The catalog words every reason the core gives, in both languages.
struct ReasonTextTests {
    /// Every reason at least once, with values of its kind, and every route requirement.
    static let samples: [Problem.Reason] = [
        .invalidID("ivanova"),
        .notADate("1 сентября"),
        .dayOutOfRange(day("2023-09-01")),
        .controlCharacter("U+001B", multiline: true),
        .controlCharacter("U+000A", multiline: false),
        .nothingToChange,
        .nothingChanged,
        .nameRequired,
        .roleListedTwice,
        .capacityTooSmall(2),
        .capacityOnlyForMentors,
        .bankNeedsConsent(.mentor),
        .erasedTakesNoPart("ivanova", on: day("2023-09-01")),
        .erasedDocument("ivanova", on: day("2023-09-01"), number: 2),
        .beforeWorkingAge(day("2005-09-01"), birth: day("1999-04-12")),
        .categoryDateWithoutCategory,
        .duplicateID(kind: .route, id: "ivanova"),
        .duplicatePlanID("ivanova"),
        .teacherWithoutConsent("ivanova"),
        .noTeacher("ivanova"),
        .noTutor("ivanova"),
        .noAuthor("ivanova"),
        .noAddressedRoute("ivanova"),
        .noAddressedDeficit(route: "ivanova-2022", deficit: "ivanova", deficits: ["d1", "d2"]),
        .routeOfNonMentee(route: "ivanova-2022", teacher: "ivanova"),
        .noMember("ivanova"),
        .memberWithoutConsent("ivanova"),
        .memberWithoutDuties("ivanova", status: .active),
        .noOrganization("ivanova"),
        .titleRequired,
        .hoursNotPositive(2),
        .courseNeedsHours,
        .dueBeforeStart(due: day("2023-09-01"), start: day("2022-09-01")),
        .activityWithoutDeficit,
        .noDeficitInRoute("ivanova", known: ["d1", "d2"]),
        .invalidProductKind("ivanova", examples: ["d1", "d2"]),
        .productTitleRequired,
        .productBeforeActivity(date: day("2023-09-01"), start: day("2022-09-01")),
        .ownTutor(teacher: "ivanova"),
        .routeLength(start: day("2022-09-01"), end: day("2027-05-31"), years: 3.0, earliest: day("2026-09-01"), latest: day("2027-09-01")),
        .stageNeeds(.roadmap, .deficit),
        .describeStrength,
        .describeDifficulty,
        .deficitIDTwice("ivanova"),
        .deficitLevel(2),
        .activityIDTwice("ivanova"),
        .dueAfterRouteEnd(due: day("2023-09-01"), end: day("2027-05-31")),
        .productTooEarly(.roadmap),
        .noActivityInRoute("ivanova"),
        .noDeficitInThisRoute("ivanova"),
        .sayWhatChanged,
        .correctionNeedsReason,
        .correctionBeforeStart(day("2023-09-01"), start: day("2022-09-01")),
        .finalReflectionOnActivity,
        .imageReflectionNeedsImage,
        .scoreRange(2),
        .reflectionOutsideRoute(day("2023-09-01"), start: day("2022-09-01"), end: day("2027-05-31")),
        .reflectionAfterToday(day("2023-09-01"), today: day("2023-06-01")),
        .reflectionNeedsText,
        .badTag("ivanova"),
        .revisionBeforeReflection(day("2023-09-01"), date: day("2023-09-01")),
        .noStepAfterClosed("ivanova"),
        .stepsOnlyForward("ivanova", at: .roadmap),
        .cannotMove(to: .roadmap, .deficit),
        .activityUnchanged("ivanova"),
        .productNeedsImplementation(route: "ivanova-2022", stage: .roadmap),
        .productReplacement(activity: "ivanova", old: "Уроки"),
        .closedTakesNoReflections("ivanova"),
        .finalReflectionNeedsDeficit,
        .finalReflectionStage(route: "ivanova-2022", stage: .roadmap),
        .imageReflectionStage(route: "ivanova-2022", stage: .roadmap),
        .closedReflectionsFinal("ivanova"),
        .noReflection(route: "ivanova-2022", number: 2, count: 1),
        .reflectionUnchanged(route: "ivanova-2022", number: 2),
        .changeNeedsReason(route: "ivanova-2022", stage: .roadmap),
        .noActivity("ivanova", route: "ivanova-2022", known: ["d1", "d2"]),
        .closedIsReadOnly("ivanova"),
        .deficitUnchanged("ivanova"),
        .deficitInUse("ivanova", route: "ivanova-2022", activities: ["d1", "d2"], reflected: true),
        .doneActivityStays("ivanova", product: "Уроки"),
        .reflectedActivityStays("ivanova", route: "ivanova-2022", reflections: 2),
        .noStepBeforeFirst("ivanova"),
        .stepsBackOnlyBackward("ivanova", at: .roadmap, to: .roadmap),
        .stepBackNeedsReason(route: "ivanova-2022"),
        .noStrength(route: "ivanova-2022", number: 2, count: 1),
        .noDeficit("ivanova", route: "ivanova-2022", known: ["d1", "d2"]),
        .importMovesBack("ivanova", from: .implementation, to: .roadmap),
        .importChangesNeedReason("ivanova", stage: .roadmap, changes: ["d1", "d2"]),
        .routeNotADraft("ivanova", stage: .roadmap),
        .onlyDraftsChange(program: "prog-2022-01", status: .active),
        .onlyDraftsRemoved(program: "prog-2022-01", status: .active),
        .nothingToCorrect("ivanova", on: day("2023-09-01"), program: "prog-2022-01"),
        .indicatorAlreadyRecorded("ivanova", on: day("2023-09-01"), value: 0.5, program: "prog-2022-01"),
        .indicatorOutOfUnit("adaptation", value: 86, unit: .share),
        .indicatorOutOfUnit("mentors", value: 0.5, unit: .count),
        .indicatorInFuture(day("2023-09-01"), today: day("2023-06-01")),
        .indicatorBeforeStart(day("2023-09-01"), start: day("2022-09-01")),
        .noStatusChange(program: "prog-2022-01", status: .active),
        .noProgramActivity("ivanova", program: "prog-2022-01", known: ["d1", "d2"]),
        .programProductStatus(program: "prog-2022-01", status: .active),
        .programProductRecorded(activity: "ivanova", old: "Уроки"),
        .statusChangeRefused(program: "prog-2022-01", from: .draft, to: .completed),
        .statusNeedsReason(.active),
        .completedBeforeStart(program: "prog-2022-01", start: day("2022-09-01"), date: day("2023-09-01")),
        .programLength(start: day("2022-09-01"), end: day("2027-05-31"), earliest: day("2026-09-01"), latest: day("2027-09-01")),
        .formRequired,
        .mentorRequired,
        .menteeRequired,
        .mentorAndMentee("ivanova"),
        .mentorListedTwice,
        .menteeListedTwice,
        .programActivityIDTwice("ivanova"),
        .notRouteDeficit("ivanova"),
        .statusChangeNeedsReason,
        .invalidIndicatorName("ivanova", examples: ["d1", "d2"]),
        .valueNotANumber,
        .planTitleRequired,
        .planStageTwice(2),
        .planStageTitleRequired,
        .regionHasNoParent("ivanova"),
        .parentRequired(.school),
        .organizationInsideItself("ivanova"),
        .noParentOrganization("ivanova"),
        .parentOfWrongKind(.school, parent: "ivanova", parentKind: .school),
        .negativeMenteeCount(2),
        .negativeCapacity(2),
        .scoreRows(2, mentors: 2),
        .scoreRow(2, mentees: 2),
        .scoreNotFinite(0.5),
        .stageNeeds(.closed, .finalReflections(route: "ivanova-2022", missing: ["d1"])),
        .cannotMove(to: .closed, .finishedActivities(route: "ivanova-2022", unfinished: ["a1", "a2"])),
        .cannotMove(to: .implementation, .activity),
    ]

    /// How many cases `Problem.Reason` has.
    static let caseCount = 127

    /// The case's position. The switch names every case, so a new case does not compile until it
    /// is counted here, and `everyCaseHasASample` then asks for a sample of it.
    static func position(of reason: Problem.Reason) -> Int {
        switch reason {
        case .invalidID: 0
        case .notADate: 1
        case .dayOutOfRange: 2
        case .controlCharacter: 3
        case .nothingToChange: 4
        case .nothingChanged: 5
        case .nameRequired: 6
        case .roleListedTwice: 7
        case .capacityTooSmall: 8
        case .capacityOnlyForMentors: 9
        case .bankNeedsConsent: 10
        case .erasedTakesNoPart: 11
        case .erasedDocument: 12
        case .beforeWorkingAge: 125
        case .categoryDateWithoutCategory: 126
        case .duplicateID: 13
        case .duplicatePlanID: 14
        case .teacherWithoutConsent: 15
        case .noTeacher: 16
        case .noTutor: 17
        case .noAuthor: 18
        case .noAddressedRoute: 19
        case .noAddressedDeficit: 20
        case .routeOfNonMentee: 21
        case .noMember: 22
        case .memberWithoutConsent: 23
        case .memberWithoutDuties: 24
        case .noOrganization: 25
        case .titleRequired: 26
        case .hoursNotPositive: 27
        case .courseNeedsHours: 28
        case .dueBeforeStart: 29
        case .activityWithoutDeficit: 30
        case .noDeficitInRoute: 31
        case .invalidProductKind: 32
        case .productTitleRequired: 33
        case .productBeforeActivity: 34
        case .ownTutor: 35
        case .routeLength: 36
        case .stageNeeds: 37
        case .describeStrength: 38
        case .describeDifficulty: 39
        case .deficitIDTwice: 40
        case .deficitLevel: 41
        case .activityIDTwice: 42
        case .dueAfterRouteEnd: 43
        case .productTooEarly: 44
        case .noActivityInRoute: 45
        case .noDeficitInThisRoute: 46
        case .sayWhatChanged: 47
        case .correctionNeedsReason: 48
        case .correctionBeforeStart: 49
        case .finalReflectionOnActivity: 50
        case .imageReflectionNeedsImage: 51
        case .scoreRange: 52
        case .reflectionOutsideRoute: 53
        case .reflectionAfterToday: 54
        case .reflectionNeedsText: 55
        case .badTag: 56
        case .revisionBeforeReflection: 57
        case .noStepAfterClosed: 58
        case .stepsOnlyForward: 59
        case .cannotMove: 60
        case .activityUnchanged: 61
        case .productNeedsImplementation: 62
        case .productReplacement: 63
        case .closedTakesNoReflections: 64
        case .finalReflectionNeedsDeficit: 65
        case .finalReflectionStage: 66
        case .imageReflectionStage: 67
        case .closedReflectionsFinal: 68
        case .noReflection: 69
        case .reflectionUnchanged: 70
        case .changeNeedsReason: 71
        case .noActivity: 72
        case .closedIsReadOnly: 73
        case .deficitUnchanged: 74
        case .deficitInUse: 75
        case .doneActivityStays: 76
        case .reflectedActivityStays: 77
        case .noStepBeforeFirst: 78
        case .stepsBackOnlyBackward: 79
        case .stepBackNeedsReason: 80
        case .noStrength: 81
        case .noDeficit: 82
        case .importMovesBack: 83
        case .importChangesNeedReason: 84
        case .routeNotADraft: 85
        case .onlyDraftsChange: 86
        case .onlyDraftsRemoved: 87
        case .nothingToCorrect: 88
        case .indicatorAlreadyRecorded: 89
        case .indicatorOutOfUnit: 90
        case .indicatorInFuture: 91
        case .indicatorBeforeStart: 92
        case .noStatusChange: 93
        case .noProgramActivity: 94
        case .programProductStatus: 95
        case .programProductRecorded: 96
        case .statusChangeRefused: 97
        case .statusNeedsReason: 98
        case .completedBeforeStart: 99
        case .programLength: 100
        case .formRequired: 101
        case .mentorRequired: 102
        case .menteeRequired: 103
        case .mentorAndMentee: 104
        case .mentorListedTwice: 105
        case .menteeListedTwice: 106
        case .programActivityIDTwice: 107
        case .notRouteDeficit: 108
        case .statusChangeNeedsReason: 109
        case .invalidIndicatorName: 110
        case .valueNotANumber: 111
        case .planTitleRequired: 112
        case .planStageTwice: 113
        case .planStageTitleRequired: 114
        case .regionHasNoParent: 115
        case .parentRequired: 116
        case .organizationInsideItself: 117
        case .noParentOrganization: 118
        case .parentOfWrongKind: 119
        case .negativeMenteeCount: 120
        case .negativeCapacity: 121
        case .scoreRows: 122
        case .scoreRow: 123
        case .scoreNotFinite: 124
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.position)) == Set(0..<Self.caseCount))
    }

    @Test(arguments: Language.allCases)
    func everyReasonReadsAsWordsNotAsItsCode(language: Language) {
        for reason in Self.samples {
            let text = Language.$current.withValue(language) { reason.text }
            #expect(!text.isEmpty, "\(reason)")
            #expect(text != "\(reason)", "\(reason)")
        }
    }

    @Test func everyReasonHasItsOwnRussianWords() {
        for reason in Self.samples {
            let english = Language.$current.withValue(.english) { reason.text }
            let russian = Language.$current.withValue(.russian) { reason.text }
            #expect(english != russian, "\(reason)")
            #expect(russian.unicodeScalars.contains { ("а"..."я").contains($0) }, "\(russian)")
        }
    }
}
