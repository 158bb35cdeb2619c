import MarshrutCore
import MarshrutTestSupport
import Testing

struct RouteWorkflowTests {
    @Test func advancesThroughTheSevenStepsWhenEachGuardHolds() throws {
        var route = Fixture.emptyRoute()
        #expect(try route.advance() == .strengths)
        try route.add(Strength(area: .subject, text: "Сильная предметная подготовка"))
        #expect(try route.advance() == .deficits)

        let noDeficit = try #require(refusal { try route.advance() })
        #expect(noDeficit.paths == ["stage"])
        #expect(noDeficit.reasons == [.cannotMove(to: .roadmap, .deficit)])
        #expect(route.stage == .deficits)

        try route.add(Fixture.deficits[0])
        #expect(try route.advance() == .roadmap)

        let noActivity = try #require(refusal { try route.advance() })
        #expect(noActivity.reasons == [.cannotMove(to: .implementation, .activity)])
        #expect(route.stage == .roadmap)

        try route.add(Fixture.activities[0])
        #expect(route.corrections.isEmpty, "before step 5 a roadmap change is no correction")
        #expect(try route.advance() == .implementation)
        #expect(try route.advance() == .reflection)

        let noFinal = try #require(refusal { try route.advance() })
        #expect(
            noFinal.reasons == [
                .cannotMove(to: .closed, .finalReflections(route: "ivanova-2022", missing: ["d1"])),
                .cannotMove(to: .closed, .finishedActivities(route: "ivanova-2022", unfinished: ["a1"])),
            ])
        #expect(route.stage == .reflection)

        try route.reflect(Reflection(date: day("2027-05-20"), target: .deficit("d1"), score: 5, text: "Преодолен", isFinal: true))
        let unfinished = try #require(refusal { try route.advance() })
        #expect(unfinished.reasons == [.cannotMove(to: .closed, .finishedActivities(route: "ivanova-2022", unfinished: ["a1"]))])
        #expect(route.stage == .reflection)
        try route.recordProduct(Product(kind: "lesson-plans", title: "Уроки с ЦОР", date: day("2022-12-10")), for: "a1")
        #expect(try route.advance() == .closed)

        let afterClosed = try #require(refusal { try route.advance() })
        #expect(afterClosed.reasons == [.noStepAfterClosed("ivanova-2022")])
        #expect(route.stage == .closed)
    }

    @Test func aGuardNamesEveryUnmetCondition() throws {
        var route = Fixture.emptyRoute()
        let error = try #require(refusal { try route.advance(to: .implementation) })
        #expect(error.paths == ["stage", "stage"])
        #expect(error.reasons == [.cannotMove(to: .implementation, .deficit), .cannotMove(to: .implementation, .activity)])
        #expect(route.stage == .selfDetermination)
    }

    @Test func advanceToJumpsForwardOverHeldGuards() throws {
        var route = Fixture.route(stage: .selfDetermination)
        try route.advance(to: .implementation)
        #expect(route.stage == .implementation)
    }

    @Test(arguments: [Stage.roadmap, .implementation])
    func advanceToRefusesGoingBackOrStaying(target: Stage) throws {
        var route = Fixture.route(stage: .implementation)
        let error = try #require(refusal { try route.advance(to: target) })
        #expect(error.paths == ["stage"])
        #expect(error.reasons == [.stepsOnlyForward("ivanova-2022", at: .implementation)])
        #expect(route.stage == .implementation)
    }

    @Test func afterStepFourAnAddedActivityNeedsAnAmendment() throws {
        var route = Fixture.route()
        let before = route
        let activity = Activity(id: "a3", kind: .project, title: "Школьный проект", due: day("2024-05-31"), addresses: ["d1"])
        let error = try #require(refusal { try route.add(activity) })
        #expect(error.reasons == [.changeNeedsReason(route: "ivanova-2022", stage: .implementation)])
        #expect(route == before)

        try route.add(activity, amendment: Fixture.amendment)
        #expect(route.activities.map(\.id) == ["a1", "a2", "a3"])
        #expect(
            route.corrections == [
                Correction(
                    date: day("2023-01-10"), author: "petrova", activity: "a3",
                    change: "activity added: «Школьный проект», due 2024-05-31",
                    reason: "Курс перенесен ЦНППМ")
            ])
    }

    @Test func anAmendmentWithABlankReasonIsRefused() throws {
        var route = Fixture.route()
        let before = route
        let blank = Amendment(date: day("2023-01-10"), author: "petrova", reason: "  \n")
        #expect(refusal { try route.amendActivity("a2", with: ActivityEdit(due: day("2023-05-01")), amendment: blank) } != nil)
        #expect(route == before)
    }

    @Test func changingAnActivityAfterStepFourKeepsACorrectionOfTheChange() throws {
        var route = Fixture.route()
        let before = route
        let edit = ActivityEdit(due: day("2023-05-01"))
        #expect(refusal { try route.amendActivity("a2", with: edit) } != nil)
        #expect(route == before)

        try route.amendActivity("a2", with: edit, amendment: Fixture.amendment)
        #expect(route.activity("a2")?.due == day("2023-05-01"))
        #expect(route.corrections.count == 1)
        let correction = try #require(route.corrections.first)
        #expect(correction.change == "due: 2023-03-01 -> 2023-05-01")
        #expect(correction.activity == "a2")
        #expect(correction.author == "petrova")
        #expect(correction.date == day("2023-01-10"))
        #expect(correction.reason == "Курс перенесен ЦНППМ")
    }

    @Test func aCorrectionDescribesEveryChangedFieldOnly() throws {
        var route = Fixture.route()
        try route.amendActivity(
            "a1", with: ActivityEdit(title: "Новый курс", hours: 36, due: day("2022-12-15"), addresses: ["d1", "d2"]),
            amendment: Fixture.amendment)
        #expect(route.corrections.map(\.change) == ["title: «Цифровая лаборатория» -> «Новый курс»; hours: 72 -> 36; addresses: [d1] -> [d1, d2]"])
    }

    @Test func correctionsAccumulateInOrder() throws {
        var route = Fixture.route()
        try route.amendActivity("a2", with: ActivityEdit(due: day("2023-05-01")), amendment: Fixture.amendment)
        try route.amendActivity("a2", with: ActivityEdit(due: day("2023-06-01")), amendment: Fixture.amendment)
        #expect(route.corrections.map(\.change) == ["due: 2023-03-01 -> 2023-05-01", "due: 2023-05-01 -> 2023-06-01"])
    }

    @Test func beforeStepFiveChangesNeedNoAmendment() throws {
        var route = Fixture.route(stage: .roadmap)
        try route.amendActivity("a2", with: ActivityEdit(due: day("2023-05-01")))
        #expect(route.activity("a2")?.due == day("2023-05-01"))
        #expect(route.corrections.isEmpty)
    }

    @Test func anEditThatBreaksTheRouteIsRefusedWithoutACorrection() throws {
        var route = Fixture.route()
        let before = route
        let error = try #require(
            refusal {
                try route.amendActivity("a1", with: ActivityEdit(addresses: ["d9"]), amendment: Fixture.amendment)
            })
        #expect(error.paths == ["activities[0].addresses[0]"])
        #expect(route == before)
    }

    @Test func editsThatChangeNothingAreRefused() throws {
        var route = Fixture.route()
        let same = try #require(refusal { try route.amendActivity("a2", with: ActivityEdit(due: day("2023-03-01")), amendment: Fixture.amendment) })
        #expect(same.reasons == [.activityUnchanged("a2")])
        let empty = try #require(refusal { try route.amendActivity("a2", with: ActivityEdit(), amendment: Fixture.amendment) })
        #expect(empty.reasons == [.nothingToChange])
        let unknown = try #require(refusal { try route.amendActivity("a9", with: ActivityEdit(title: "x"), amendment: Fixture.amendment) })
        #expect(unknown.reasons == [.noActivity("a9", route: "ivanova-2022", known: ["a1", "a2"])])
        #expect(route.corrections.isEmpty)
    }

    @Test func aDeficitAddedAfterStepFourIsACorrection() throws {
        var route = Fixture.route()
        let deficit = Deficit(id: "d3", area: .upbringing, level: 2, text: "Нет опыта классного руководства")
        #expect(refusal { try route.add(deficit) } != nil)
        try route.add(deficit, amendment: Fixture.amendment)
        #expect(route.corrections.map(\.change) == ["deficit added: d3 (upbringing)"])
        #expect(route.corrections.first?.activity == nil)
    }

    @Test(arguments: [Stage.selfDetermination, .strengths, .deficits, .roadmap, .closed])
    func productsAreRecordedOnlyInImplementationOrReflection(stage: Stage) throws {
        var route = Fixture.route(stage: stage, reflections: stage == .closed ? RouteTests.finals : [])
        let before = route
        let product = Product(kind: "lesson-plans", title: "Разработки уроков", date: day("2022-12-10"))
        let error = try #require(refusal { try route.recordProduct(product, for: "a1") })
        #expect(error.paths == ["stage"])
        let refused: Problem.Reason =
            stage == .closed ? .closedIsReadOnly("ivanova-2022") : .productNeedsImplementation(route: "ivanova-2022", stage: stage)
        #expect(error.reasons == [refused])
        #expect(route == before)
    }

    @Test(arguments: [Stage.implementation, .reflection])
    func recordsAProductWithoutACorrection(stage: Stage) throws {
        var route = Fixture.route(stage: stage)
        let product = Product(kind: "lesson-plans", title: "Разработки уроков", attitude: "Полезно", date: day("2022-12-10"))
        try route.recordProduct(product, for: "a1")
        #expect(route.activity("a1")?.product == product)
        #expect(route.activity("a1")?.isDone == true)
        #expect(route.corrections.isEmpty)
    }

    @Test func replacingAProductNeedsAnAmendment() throws {
        var route = Fixture.route()
        try route.recordProduct(Product(kind: "lesson-plans", title: "Первый вариант", date: day("2022-12-10")), for: "a1")
        let before = route
        let second = Product(kind: "method", title: "Второй вариант", date: day("2022-12-20"))
        let error = try #require(refusal { try route.recordProduct(second, for: "a1") })
        #expect(error.reasons == [.productReplacement(activity: "a1", old: "Первый вариант")])
        #expect(route == before)

        try route.recordProduct(second, for: "a1", amendment: Fixture.amendment)
        #expect(route.activity("a1")?.product == second)
        #expect(route.corrections.map(\.change) == ["product: «Первый вариант» -> «Второй вариант»"])
        #expect(route.corrections.first?.activity == "a1")
    }

    @Test func aProductDatedBeforeItsActivityIsRefused() throws {
        var route = Fixture.route()
        let error = try #require(
            refusal {
                try route.recordProduct(Product(kind: "lesson-plans", title: "Рано", date: day("2022-09-15")), for: "a1")
            })
        #expect(error.paths == ["activities[0].product.date"])
        #expect(route.activity("a1")?.product == nil)
    }

    @Test func reflectionsAreAppendedInTheOrderGiven() throws {
        var route = Fixture.route()
        let first = Reflection(date: day("2023-02-01"), target: .deficit("d1"), score: 3, text: "Первая")
        let second = Reflection(date: day("2022-12-20"), target: .activity("a1"), score: 4, text: "Вторая")
        try route.reflect(first)
        try route.reflect(second)
        #expect(route.reflections == [first, second])
    }

    @Test func aRefusedReflectionLeavesTheRouteUnchanged() throws {
        var route = Fixture.route()
        let before = route
        let error = try #require(
            refusal {
                try route.reflect(Reflection(date: day("2023-02-01"), target: .deficit("d9"), score: 7, text: "…"))
            })
        #expect(Set(error.paths) == ["reflections[0].deficit", "reflections[0].score"])
        #expect(route == before)
    }

    @Test func aFinalReflectionNeedsADeficit() throws {
        var route = Fixture.route()
        let error = try #require(
            refusal {
                try route.reflect(Reflection(date: day("2023-02-01"), target: .activity("a1"), score: 4, text: "…", isFinal: true))
            })
        #expect(error.reasons == [.finalReflectionNeedsDeficit])
        #expect(route.reflections.isEmpty)
    }

    @Test(arguments: [Stage.selfDetermination, .strengths, .deficits, .roadmap])
    func aFinalReflectionNeedsImplementationOrReflection(stage: Stage) throws {
        var route = Fixture.route(stage: stage)
        let final = Reflection(date: day("2023-02-01"), target: .deficit("d1"), score: 4, text: "…", isFinal: true)
        let error = try #require(refusal { try route.reflect(final) })
        #expect(error.paths == ["stage"])
        #expect(error.reasons == [.finalReflectionStage(route: "ivanova-2022", stage: stage)])
        #expect(route.reflections.isEmpty)
        #expect(
            refusal { try route.reflect(Reflection(date: day("2023-02-01"), target: .deficit("d1"), score: 4, text: "…")) } == nil,
            "a reflection that is not final is taken at \(stage.rawValue)")
    }

    @Test(arguments: [Stage.implementation, .reflection])
    func aFinalReflectionIsTakenInImplementationAndReflection(stage: Stage) throws {
        var route = Fixture.route(stage: stage)
        try route.reflect(Reflection(date: day("2027-05-20"), target: .deficit("d2"), score: 4, text: "Итог", isFinal: true))
        #expect(route.finalReflection(onDeficit: "d2")?.text == "Итог")
        #expect(route.unmetConditions(for: .closed).count == 1, "d1 still has no final reflection")
    }

    @Test func aClosedRouteTakesNoReflection() throws {
        var route = Fixture.route(stage: .closed, reflections: RouteTests.finals)
        let error = try #require(
            refusal {
                try route.reflect(Reflection(date: day("2027-05-25"), target: .deficit("d1"), score: 5, text: "Еще одна"))
            })
        #expect(error.paths == ["stage"])
        #expect(error.reasons == [.closedTakesNoReflections("ivanova-2022")])
        #expect(route.reflections == RouteTests.finals)
    }

    @Test func revisingAReflectionKeepsTheEarlierWording() throws {
        var route = Fixture.route(reflections: [
            Reflection(date: day("2022-12-20"), target: .activity("a1"), score: 3, text: "Первая мысль")
        ])
        try route.reviseReflection(1, text: "  Вторая мысль ", score: 4, on: day("2023-01-05"))
        try route.reviseReflection(1, text: "Третья мысль", on: day("2023-02-01"))
        let reflection = try #require(route.reflections.first)
        #expect(reflection.text == "Третья мысль")
        #expect(reflection.score == 4)
        #expect(
            reflection.history == [
                Reflection.Revision(replaced: day("2023-01-05"), score: 3, text: "Первая мысль"),
                Reflection.Revision(replaced: day("2023-02-01"), score: 4, text: "Вторая мысль"),
            ])
        #expect(route.reflections.count == 1)
    }

    @Test func aRevisionThatBreaksTheReflectionIsRefused() throws {
        var route = Fixture.route(reflections: [
            Reflection(date: day("2022-12-20"), target: .activity("a1"), score: 3, text: "Первая мысль")
        ])
        let before = route
        let early = try #require(refusal { try route.reviseReflection(1, text: "Раньше", on: day("2022-12-01")) })
        #expect(early.paths == ["reflections[0].history[0].replaced"])
        let score = try #require(refusal { try route.reviseReflection(1, text: "Иначе", score: 7, on: day("2023-01-05")) })
        #expect(score.paths == ["reflections[0].score"])
        let blank = try #require(refusal { try route.reviseReflection(1, text: "   ", on: day("2023-01-05")) })
        #expect(blank.paths == ["reflections[0].text"])
        let missing = try #require(refusal { try route.reviseReflection(2, text: "Нет такой", on: day("2023-01-05")) })
        #expect(missing.reasons == [.noReflection(route: "ivanova-2022", number: 2, count: 1)])
        let same = try #require(refusal { try route.reviseReflection(1, text: "Первая мысль", score: 3, on: day("2023-01-05")) })
        #expect(same.reasons == [.reflectionUnchanged(route: "ivanova-2022", number: 1)])
        #expect(route == before)
    }

    /// The unchanged check compares the untrimmed input with the stored (trimmed) text, so
    /// a stray space records a revision that changes nothing.
    @Test func aRevisionThatOnlyAddsSpacesChangesNothing() throws {
        var route = Fixture.route(reflections: [
            Reflection(date: day("2022-12-20"), target: .activity("a1"), score: 3, text: "Первая мысль")
        ])
        let before = route
        #expect(throws: ModelError.self) { try route.reviseReflection(1, text: "Первая мысль ", on: day("2023-01-05")) }
        #expect(route == before)
    }

    @Test func openingARouteDefaultsToTheEndOfTheFifthSchoolYear() throws {
        let route = try Route.open(id: "ivanova-2022", teacher: "ivanova", tutor: nil, start: day("2022-09-01"))
        #expect(route.end == day("2027-05-31"))
        #expect(route.stage == .selfDetermination)
        #expect(throws: ModelError.self) {
            try Route.open(id: "ivanova-2022", teacher: "ivanova", tutor: nil, start: day("2022-09-01"), end: day("2024-05-31"))
        }
    }

    /// A route planned in late August (consents in the sample are signed on 25 August) or in
    /// summer must still get an end 4 to 5 years on, on a 31 May.
    @Test(arguments: [2023, 2024])
    func everyStartGetsADefaultEndOnA31MayFourToFiveYearsOn(year: Int) throws {
        let first = try #require(Day(year: year, month: 1, day: 1))
        var start = first
        var refused: [String] = []
        while start.year == year {
            do {
                let route = try Route.open(id: "ivanova-\(year)", teacher: "ivanova", tutor: nil, start: start)
                let inRange = route.end >= start.adding(years: 4) && route.end <= start.adding(years: 5)
                if !inRange || route.end.month != 5 || route.end.day != 31 { refused.append("\(start) -> \(route.end)") }
            } catch {
                refused.append("\(start): \(error)")
            }
            start = start.adding(days: 1)
        }
        #expect(refused.isEmpty, "\(refused.prefix(3))")
    }

    @Test func aRouteOpenedInLateAugustEndsFiveSchoolYearsOn() throws {
        let route = try Route.open(id: "ivanova-2023", teacher: "ivanova", tutor: nil, start: day("2023-08-25"))
        #expect(route.end == day("2028-05-31"))
    }
}
