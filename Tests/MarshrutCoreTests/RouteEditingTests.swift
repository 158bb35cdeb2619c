import MarshrutCore
import MarshrutTestSupport
import Testing

/// Fixing what was typed wrong and removing what was entered by mistake: plain edits before
/// step 5, corrections with a reason after, nothing on a closed route.
struct RouteEditingTests {
    @Test func aDeficitsLevelMovesAndAfterStepFourTheMoveIsACorrection() throws {
        var route = Fixture.route()
        let before = route
        let unexplained = try #require(refusal { try route.amendDeficit("d1", with: DeficitEdit(level: 3)) })
        #expect(unexplained.reasons == [.changeNeedsReason(route: "ivanova-2022", stage: .implementation)])
        #expect(route == before)

        try route.amendDeficit("d1", with: DeficitEdit(level: 3, text: "Работает с оборудованием с подсказкой"), amendment: Fixture.amendment)
        #expect(route.deficit("d1")?.level == 3)
        #expect(route.deficit("d1")?.area == .ict)
        #expect(
            route.corrections.map(\.change)
                == ["deficit d1: level: 2 -> 3; text: «Не работает с цифровым оборудованием» -> «Работает с оборудованием с подсказкой»"])
        #expect(route.corrections.first?.author == "petrova")
    }

    @Test func beforeStepFiveADeficitIsEditedPlainly() throws {
        var route = Fixture.route(stage: .roadmap)
        try route.amendDeficit("d2", with: DeficitEdit(area: .psychologicalPedagogical))
        #expect(route.deficit("d2")?.area == .psychologicalPedagogical)
        #expect(route.corrections.isEmpty)
    }

    @Test func aDeficitEditIsCheckedLikeANewDeficit() throws {
        var route = Fixture.route(stage: .roadmap)
        let level = try #require(refusal { try route.amendDeficit("d1", with: DeficitEdit(level: 9)) })
        #expect(level.paths == ["deficits[0].level"])
        let same = try #require(refusal { try route.amendDeficit("d1", with: DeficitEdit(level: 2)) })
        #expect(same.reasons == [.deficitUnchanged("d1")])
        let unknown = try #require(refusal { try route.amendDeficit("d7", with: DeficitEdit(level: 3)) })
        #expect(unknown.reasons == [.noDeficit("d7", route: "ivanova-2022", known: ["d1", "d2"])])
    }

    @Test func aDeficitThatActivitiesAddressStays() throws {
        var route = Fixture.route(stage: .roadmap)
        let error = try #require(refusal { try route.removeDeficit("d1") })
        #expect(error.reasons == [.deficitInUse("d1", route: "ivanova-2022", activities: ["a1"], reflected: false)])
        var free = Fixture.route(stage: .deficits, activities: [])
        try free.removeDeficit("d2")
        #expect(free.deficits.map(\.id) == ["d1"])
    }

    @Test func strengthsAndTheSelfImageAreChangedWithTheirHistory() throws {
        var route = Fixture.route()
        #expect(refusal { try route.setSelfImage("Учитель-исследователь") } != nil, "after step 4 a reason is needed")
        try route.setSelfImage("Учитель-исследователь", amendment: Fixture.amendment)
        try route.amendStrength(1, area: .methodological, text: nil, amendment: Fixture.amendment)
        try route.add(Strength(area: .ict, text: "Ведёт школьный сайт"), amendment: Fixture.amendment)
        try route.removeStrength(2, amendment: Fixture.amendment)
        #expect(route.selfImage == "Учитель-исследователь")
        #expect(route.strengths == [Strength(area: .methodological, text: "Сильная предметная подготовка")])
        #expect(
            route.corrections.map(\.change) == [
                "self-image: «Учитель, у которого каждый ученик понимает, зачем ему математика» -> «Учитель-исследователь»",
                "strength 1: area: subject -> methodological",
                "strength added: 2 (ict)",
                "strength removed: 2 (ict) «Ведёт школьный сайт»",
            ])
        let missing = try #require(refusal { try route.removeStrength(5, amendment: Fixture.amendment) })
        #expect(missing.reasons == [.noStrength(route: "ivanova-2022", number: 5, count: 1)])
    }

    @Test func anActivityEnteredByMistakeIsRemovedBeforeStepFive() throws {
        var route = Fixture.route(stage: .roadmap)
        try route.dropActivity("a2")
        #expect(route.activities.map(\.id) == ["a1"])
        #expect(route.corrections.isEmpty)
    }

    @Test func afterStepFourADroppedActivityIsACorrectionAndItsHistoryStaysValid() throws {
        var route = Fixture.route()
        try route.amendActivity("a2", with: ActivityEdit(due: day("2023-05-01")), amendment: Fixture.amendment)
        #expect(refusal { try route.dropActivity("a2") } != nil, "after step 4 a reason is needed")
        try route.dropActivity("a2", amendment: Fixture.amendment)
        #expect(route.activity("a2") == nil)
        #expect(route.corrections.map(\.change) == ["due: 2023-03-01 -> 2023-05-01", "activity dropped: «Пробные уроки», due 2023-05-01"])
        #expect(route.corrections.map(\.activity) == ["a2", "a2"])
        // The earlier correction still names a2: the route stays valid as a document.
        #expect(Catalog(persons: [Fixture.person("ivanova"), Fixture.person("petrova", roles: [.tutor])], routes: [route]).problems().isEmpty)
    }

    @Test func aDoneOrReflectedActivityStays() throws {
        var route = Fixture.route()
        try route.recordProduct(Product(kind: "lesson-plans", title: "Уроки", date: day("2022-12-10")), for: "a1")
        let done = try #require(refusal { try route.dropActivity("a1", amendment: Fixture.amendment) })
        #expect(done.reasons == [.doneActivityStays("a1", product: "Уроки")])
        try route.reflect(Reflection(date: day("2023-02-01"), target: .activity("a2"), score: 3, text: "Идёт трудно"))
        let reflected = try #require(refusal { try route.dropActivity("a2", amendment: Fixture.amendment) })
        #expect(reflected.reasons == [.reflectedActivityStays("a2", route: "ivanova-2022", reflections: 1)])
        #expect(route.activities.count == 2)
    }

    @Test func aStepBackIsKeptAsACorrectionAndNeedsAReason() throws {
        var route = Fixture.route()
        let blank = Amendment(date: day("2023-01-10"), author: "petrova", reason: " ")
        let noReason = try #require(refusal { try route.stepBack(amendment: blank) })
        #expect(noReason.reasons == [.stepBackNeedsReason(route: "ivanova-2022")])
        try route.stepBack(amendment: Fixture.amendment)
        #expect(route.stage == .roadmap)
        #expect(route.corrections.map(\.change) == ["stage: implementation -> roadmap"])
        let forward = try #require(refusal { try route.stepBack(to: .closed, amendment: Fixture.amendment) })
        #expect(forward.reasons == [.stepsBackOnlyBackward("ivanova-2022", at: .roadmap, to: .closed)])
    }

    @Test func aStepBackBelowImplementationIsRefusedWhileProductsExist() throws {
        var route = Fixture.route()
        try route.recordProduct(Product(kind: "lesson-plans", title: "Уроки", date: day("2022-12-10")), for: "a1")
        let before = route
        let error = try #require(refusal { try route.stepBack(amendment: Fixture.amendment) })
        #expect(error.paths == ["activities[0].product"])
        #expect(route == before)
    }

    @Test func aClosedRouteIsReadOnlyUntilReopened() throws {
        var route = Fixture.route(stage: .closed, reflections: RouteTests.finals)
        let before = route
        let attempts: [(String, () throws -> Void)] = [
            ("correct", { try route.amendActivity("a2", with: ActivityEdit(due: day("2023-05-01")), amendment: Fixture.amendment) }),
            ("deficit", { try route.amendDeficit("d1", with: DeficitEdit(level: 5), amendment: Fixture.amendment) }),
            ("image", { try route.setSelfImage("Другой образ", amendment: Fixture.amendment) }),
            ("strength", { try route.add(Strength(area: .ict, text: "x"), amendment: Fixture.amendment) }),
            ("drop", { try route.dropActivity("a2", amendment: Fixture.amendment) }),
        ]
        for (name, attempt) in attempts {
            let error = try #require(refusal { try attempt() }, "\(name)")
            #expect(error.reasons == [.closedIsReadOnly("ivanova-2022")], "\(name)")
        }
        #expect(route == before)
        try route.stepBack(amendment: Fixture.amendment)
        #expect(route.stage == .reflection)
    }

    @Test func anActivityDueAfterTheRouteEndsIsRefused() throws {
        var route = Fixture.route(stage: .roadmap)
        let late = Activity(id: "a3", kind: .project, title: "Проект", due: day("2027-09-01"), addresses: ["d1"])
        let error = try #require(refusal { try route.add(late) })
        #expect(error.paths == ["activities[2].due"])
        #expect(error.reasons == [.dueAfterRouteEnd(due: day("2027-09-01"), end: day("2027-05-31"))])
    }
}
