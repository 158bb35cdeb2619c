import MarshrutCore
import MarshrutTestSupport
import Testing

/// One route the model must refuse, with where the problem is and why.
struct InvalidRoute: Sendable, CustomTestStringConvertible {
    var name: String
    var route: Route
    var path: String
    var reason: Problem.Reason

    var testDescription: String { name }
}

struct ValidRoute: Sendable, CustomTestStringConvertible {
    var name: String
    var route: Route
    var testDescription: String { name }
}

struct RouteTests {
    static let finals = [
        Reflection(date: day("2027-05-20"), target: .deficit("d1"), score: 5, text: "Преодолен", isFinal: true),
        Reflection(date: day("2027-05-21"), target: .deficit("d2"), score: 4, text: "Почти преодолен", isFinal: true),
    ]

    static let valid: [ValidRoute] = [
        ValidRoute(name: "the fixture", route: Fixture.route()),
        ValidRoute(name: "exactly 4 years", route: Fixture.route(end: day("2026-09-01"))),
        ValidRoute(name: "exactly 5 years", route: Fixture.route(end: day("2027-09-01"))),
        ValidRoute(
            name: "from 29 February, 4 years",
            route: Fixture.route(
                start: day("2024-02-29"), end: day("2028-02-29"),
                activities: []
            )
            .withStage(.deficits)),
        ValidRoute(
            name: "from 29 February, 5 years to 28 February",
            route: Fixture.route(
                start: day("2024-02-29"), end: day("2029-02-28"), activities: []
            ).withStage(.deficits)),
        ValidRoute(name: "step 1 with nothing filled in", route: Fixture.emptyRoute()),
        ValidRoute(name: "roadmap with deficits and no activities", route: Fixture.route(stage: .roadmap, activities: [])),
        ValidRoute(name: "closed with every final reflection", route: Fixture.route(stage: .closed, reflections: finals)),
        ValidRoute(
            name: "reflections on the first and last day",
            route: Fixture.route(reflections: [
                Reflection(date: Fixture.routeStart, target: .deficit("d1"), score: 1, text: "Начало"),
                Reflection(date: Fixture.routeEnd, target: .activity("a1"), score: 5, text: "Конец"),
            ])),
    ]

    static let invalid: [InvalidRoute] = [
        InvalidRoute(
            name: "3 years", route: Fixture.route(end: day("2025-09-01")), path: "end",
            reason: .routeLength(start: day("2022-09-01"), end: day("2025-09-01"), years: 3.0, earliest: day("2026-09-01"), latest: day("2027-09-01"))),
        InvalidRoute(
            name: "4 years less a day", route: Fixture.route(end: day("2026-08-31")), path: "end",
            reason: .routeLength(start: day("2022-09-01"), end: day("2026-08-31"), years: 4.0, earliest: day("2026-09-01"), latest: day("2027-09-01"))),
        InvalidRoute(
            name: "5 years and a day", route: Fixture.route(end: day("2027-09-02")), path: "end",
            reason: .routeLength(start: day("2022-09-01"), end: day("2027-09-02"), years: 5.0, earliest: day("2026-09-01"), latest: day("2027-09-01"))),
        InvalidRoute(
            name: "end before start", route: Fixture.route(end: day("2022-08-01")), path: "end",
            reason: .routeLength(start: day("2022-09-01"), end: day("2022-08-01"), years: -0.1, earliest: day("2026-09-01"), latest: day("2027-09-01"))),
        InvalidRoute(
            name: "roadmap without a deficit", route: Fixture.route(stage: .roadmap, deficits: [], activities: []),
            path: "stage", reason: .stageNeeds(.roadmap, .deficit)),
        InvalidRoute(
            name: "implementation without an activity", route: Fixture.route(activities: []),
            path: "stage", reason: .stageNeeds(.implementation, .activity)),
        InvalidRoute(
            name: "closed without a final reflection on d2",
            route: Fixture.route(stage: .closed, reflections: [finals[0]]),
            path: "stage", reason: .stageNeeds(.closed, .finalReflections(route: "ivanova-2022", missing: ["d2"]))),
        InvalidRoute(
            name: "activity addressing an unknown deficit",
            route: Fixture.route(activities: [Fixture.activities[0].addressing(["d1", "d9"])]),
            path: "activities[0].addresses[1]", reason: .noDeficitInRoute("d9", known: ["d1", "d2"])),
        InvalidRoute(
            name: "activity addressing nothing",
            route: Fixture.route(activities: [Fixture.activities[0].addressing([])]),
            path: "activities[0].addresses", reason: .activityWithoutDeficit),
        InvalidRoute(
            name: "duplicate deficit id",
            route: Fixture.route(
                deficits: [Fixture.deficits[0], Fixture.deficits[1].withID("d1")],
                activities: [Fixture.activities[0]]),
            path: "deficits[1].id", reason: .deficitIDTwice("d1")),
        InvalidRoute(
            name: "duplicate activity id",
            route: Fixture.route(activities: [Fixture.activities[0], Fixture.activities[1].withID("a1")]),
            path: "activities[1].id", reason: .activityIDTwice("a1")),
        InvalidRoute(
            name: "deficit level 0", route: Fixture.route(deficits: [Fixture.deficits[0].withLevel(0), Fixture.deficits[1]]),
            path: "deficits[0].level", reason: .deficitLevel(0)),
        InvalidRoute(
            name: "deficit level 6", route: Fixture.route(deficits: [Fixture.deficits[0], Fixture.deficits[1].withLevel(6)]),
            path: "deficits[1].level", reason: .deficitLevel(6)),
        InvalidRoute(
            name: "reflection score 0",
            route: Fixture.route(reflections: [
                Reflection(date: day("2023-01-10"), target: .activity("a1"), score: 0, text: "…")
            ]),
            path: "reflections[0].score", reason: .scoreRange(0)),
        InvalidRoute(
            name: "reflection score 6",
            route: Fixture.route(reflections: [
                Reflection(date: day("2023-01-10"), target: .deficit("d1"), score: 6, text: "…")
            ]),
            path: "reflections[0].score", reason: .scoreRange(6)),
        InvalidRoute(
            name: "route id with capitals and spaces",
            route: Fixture.route().withID("Ivanova 2022"), path: "id",
            reason: .invalidID("Ivanova 2022")),
        InvalidRoute(
            name: "route id in Cyrillic", route: Fixture.route().withID("иванова-2022"), path: "id",
            reason: .invalidID("иванова-2022")),
        InvalidRoute(
            name: "activity id with a capital",
            route: Fixture.route(activities: [Fixture.activities[0].withID("A1")]), path: "activities[0].id",
            reason: .invalidID("A1")),
        InvalidRoute(
            name: "course without hours",
            route: Fixture.route(activities: [Fixture.activities[0].withHours(nil)]), path: "activities[0].hours",
            reason: .courseNeedsHours),
        InvalidRoute(
            name: "negative hours",
            route: Fixture.route(activities: [Fixture.activities[0].withHours(-4)]), path: "activities[0].hours",
            reason: .hoursNotPositive(-4)),
        InvalidRoute(
            name: "activity due before its start",
            route: Fixture.route(activities: [Fixture.activities[0].withDue(day("2022-09-15"))]),
            path: "activities[0].due", reason: .dueBeforeStart(due: day("2022-09-15"), start: day("2022-10-01"))),
        InvalidRoute(
            name: "product before implementation",
            route: Fixture.route(stage: .roadmap, activities: [Fixture.activities[0].withProduct()]),
            path: "activities[0].product", reason: .productTooEarly(.roadmap)),
        InvalidRoute(
            name: "reflection before the route",
            route: Fixture.route(reflections: [
                Reflection(date: day("2022-08-31"), target: .deficit("d1"), score: 3, text: "…")
            ]),
            path: "reflections[0].date", reason: .reflectionOutsideRoute(day("2022-08-31"), start: day("2022-09-01"), end: day("2027-05-31"))),
        InvalidRoute(
            name: "reflection after the route",
            route: Fixture.route(reflections: [
                Reflection(date: day("2027-06-01"), target: .deficit("d1"), score: 3, text: "…")
            ]),
            path: "reflections[0].date", reason: .reflectionOutsideRoute(day("2027-06-01"), start: day("2022-09-01"), end: day("2027-05-31"))),
        InvalidRoute(
            name: "final reflection on an activity",
            route: Fixture.route(reflections: [
                Reflection(date: day("2023-01-10"), target: .activity("a1"), score: 4, text: "…", isFinal: true)
            ]),
            path: "reflections[0].final", reason: .finalReflectionOnActivity),
        InvalidRoute(
            name: "reflection on an unknown activity",
            route: Fixture.route(reflections: [
                Reflection(date: day("2023-01-10"), target: .activity("a9"), score: 4, text: "…")
            ]),
            path: "reflections[0].activity", reason: .noActivityInRoute("a9")),
        InvalidRoute(
            name: "correction without a reason",
            route: Fixture.route().with(corrections: [
                Correction(date: day("2023-01-10"), author: "petrova", activity: "a2", change: "due: 2023-03-01 -> 2023-05-01", reason: " ")
            ]),
            path: "corrections[0].reason", reason: .correctionNeedsReason),
        InvalidRoute(
            name: "correction of an unknown activity",
            route: Fixture.route().with(corrections: [
                Correction(date: day("2023-01-10"), author: "petrova", activity: "a9", change: "due: …", reason: "перенос")
            ]),
            path: "corrections[0].activity", reason: .noActivityInRoute("a9")),
    ]

    @Test(arguments: valid)
    func acceptsValidRoute(_ example: ValidRoute) {
        #expect(refusal { try example.route.validate() } == nil)
    }

    @Test(arguments: invalid)
    func refusesInvalidRouteNamingThePathAndTheFix(_ example: InvalidRoute) throws {
        let error = try #require(refusal { try example.route.validate() })
        #expect(error.paths == [example.path], "exactly one problem, at \(example.path): \(error)")
        let problem = try #require(error.problems.first)
        #expect(problem.subject == SubjectReference(.route, example.route.id))
        #expect(problem.reason == example.reason)
    }

    @Test func reportsEveryProblemAtOnce() throws {
        let route = Fixture.route(
            end: day("2030-01-01"),
            deficits: [Fixture.deficits[0].withLevel(9), Fixture.deficits[1]],
            activities: [Fixture.activities[0].withHours(nil), Fixture.activities[1].addressing(["d7"])])
        let error = try #require(refusal { try route.validate() })
        #expect(Set(error.paths) == ["end", "deficits[0].level", "activities[0].hours", "activities[1].addresses[0]"])
        #expect(error.problems.count == 4)
        #expect(
            error.description.contains(
                "route ivanova-2022: end: routeLength(start: 2022-09-01, end: 2030-01-01, years: 7.3, earliest: 2026-09-01, latest: 2027-09-01)"
            ))
    }

    @Test func reflectionsOnADeficitIncludeItsActivitiesInDateOrder() {
        let route = Fixture.route(reflections: [
            Reflection(date: day("2023-02-01"), target: .deficit("d1"), score: 3, text: "b"),
            Reflection(date: day("2022-12-20"), target: .activity("a1"), score: 4, text: "a"),
            Reflection(date: day("2023-03-01"), target: .activity("a2"), score: 4, text: "other deficit"),
        ])
        #expect(route.reflections(onDeficit: "d1").map(\.text) == ["a", "b"])
        #expect(route.finalReflection(onDeficit: "d1") == nil)
        #expect(route.activities(addressing: "d2").map(\.id) == ["a2"])
    }

    @Test func nextIDsSkipTakenOnes() {
        #expect(Fixture.route().nextDeficitID == "d3")
        #expect(Fixture.route(activities: [Fixture.activities[0].withID("a2")]).nextActivityID == "a3")
        #expect(Fixture.emptyRoute().nextActivityID == "a1")
    }
}

extension Route {
    func withStage(_ stage: Stage) -> Route {
        var copy = self
        copy.stage = stage
        return copy
    }

    func withID(_ id: String) -> Route {
        var copy = self
        copy.id = id
        return copy
    }
}

extension Deficit {
    func withID(_ id: String) -> Deficit {
        var copy = self
        copy.id = id
        return copy
    }

    func withLevel(_ level: Int) -> Deficit {
        var copy = self
        copy.level = level
        return copy
    }
}

extension Activity {
    func withID(_ id: String) -> Activity {
        var copy = self
        copy.id = id
        return copy
    }

    func addressing(_ ids: [String]) -> Activity {
        var copy = self
        copy.addresses = ids
        return copy
    }

    func withHours(_ hours: Int?) -> Activity {
        var copy = self
        copy.hours = hours
        return copy
    }

    func withDue(_ due: Day) -> Activity {
        var copy = self
        copy.due = due
        return copy
    }

    func withProduct() -> Activity {
        var copy = self
        copy.product = Product(kind: "lesson-plans", title: "Разработки уроков", attitude: "Полезно", date: due)
        return copy
    }
}
