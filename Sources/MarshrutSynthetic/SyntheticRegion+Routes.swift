import MarshrutCore
extension SyntheticRegion {
    /// How far a teacher's route has come and how much it holds, drawn before its content so
    /// that persons and programs can refer to it without making it.
    struct RoutePlan {
        var start: Day
        var end: Day
        var stage: Stage
        var strengths: Int
        var deficits: Int
        var activities: Int
        var reflections: Int
        var corrections: Int
        var tutor: Bool
    }

    func routePlan(ofTeacher i: Int) -> RoutePlan {
        var rng = generator(.routePlan, i)
        // School years since the route began: a spread from this year's new routes to those ending.
        let years = rng.weighted([22, 20, 18, 16, 14, 10])
        let startYear = asOf.schoolYear - years
        let start = min(Day(ordinal: Day.schoolYearStart(startYear).ordinal + rng.below(15)), asOf)
        let stages: [Stage]
        let weights: [Int]
        switch years {
        case 0: (stages, weights) = ([.selfDetermination, .strengths, .deficits, .roadmap, .implementation], [15, 20, 25, 25, 15])
        case 1: (stages, weights) = ([.roadmap, .implementation], [10, 90])
        case 2, 3: (stages, weights) = ([.implementation], [1])
        case 4: (stages, weights) = ([.implementation, .reflection], [60, 40])
        default: (stages, weights) = ([.implementation, .reflection, .closed], [5, 15, 80])
        }
        let stage = stages[rng.weighted(weights)]
        // Most routes end on 31 May of their fifth school year; some sooner, at 4 years and a few months.
        let end = rng.chance(0.7) ? Route.defaultEnd(for: start) : start.adding(years: 4).adding(days: rng.below(270))
        var plan = RoutePlan(
            start: start, end: end, stage: stage,
            strengths: rng.int(in: 3...7), deficits: rng.int(in: 4...8), activities: rng.int(in: 10...20),
            reflections: rng.int(in: 18...32), corrections: rng.weighted([15, 25, 30, 20, 10]),
            tutor: rng.chance(0.9))
        switch stage {
        case .selfDetermination:
            (plan.strengths, plan.deficits, plan.activities) = (0, 0, 0)
        case .strengths:
            (plan.strengths, plan.deficits, plan.activities) = (rng.below(plan.strengths + 1), 0, 0)
        case .deficits:
            (plan.deficits, plan.activities) = (rng.below(plan.deficits + 1), 0)
        case .roadmap:
            plan.activities = rng.below(plan.activities + 1)
        default:
            break
        }
        if stage < .implementation {
            (plan.reflections, plan.corrections) = (0, 0)
        } else if years <= 1 {
            plan.reflections /= 2
        }
        return plan
    }

    func routeID(ofTeacher i: Int, plan: RoutePlan) -> String {
        teacherID(i) + "-" + String(plan.start.year)
    }

    /// The route of teacher number `i` of `0..<teachers`.
    public func route(ofTeacher i: Int) -> Route {
        let plan = routePlan(ofTeacher: i)
        var rng = generator(.route, i)
        let teacher = teacherID(i)
        let tutor = plan.tutor ? tutorID((i / 250) % tutors) : nil
        let stage = plan.stage
        let selfImage = stage > .selfDetermination || rng.chance(0.5) ? rng.pick(SyntheticText.selfImages) : nil
        let strengths = (0..<plan.strengths).map { _ -> Strength in
            let area = rng.pick(Self.areas)
            return Strength(area: area, text: rng.pick(SyntheticText.strengths[area] ?? ["—"]))
        }
        let deficits = rng.sample(Self.areas, count: plan.deficits).enumerated().map { n, area in
            Deficit(
                id: Self.deficitIDs[n], area: area, level: rng.weighted([25, 35, 25, 12, 3]) + 1,
                text: rng.pick(SyntheticText.deficits[area] ?? ["—"]))
        }
        let activities = makeActivities(plan, deficits: deficits, rng: &rng)
        let route = Route(
            id: routeID(ofTeacher: i, plan: plan), teacher: teacher, tutor: tutor, start: plan.start, end: plan.end,
            stage: stage, selfImage: selfImage, strengths: strengths, deficits: deficits, activities: activities)
        guard stage >= .implementation else { return route }
        // Reflections first, then corrections: the order the random stream is drawn in.
        let reflections = makeReflections(plan, route: route, rng: &rng)
        let corrections = makeCorrections(plan, activities: activities, author: tutor ?? teacher, rng: &rng)
        return Route(
            id: route.id, teacher: teacher, tutor: tutor, start: plan.start, end: plan.end, stage: stage,
            selfImage: selfImage, strengths: strengths, deficits: deficits, activities: activities,
            corrections: corrections, reflections: reflections)
    }

    private func makeActivities(_ plan: RoutePlan, deficits: [Deficit], rng: inout SplitMix64) -> [Activity] {
        let count = plan.activities
        guard count > 0, !deficits.isEmpty else { return [] }
        let first = plan.start.adding(days: 30).ordinal
        let last = plan.end.adding(days: -30).ordinal
        let step = Double(last - first) / Double(count + 1)
        // Some routes leave their last deficit without an activity, as real ones do.
        let covered = deficits.count > 1 && rng.chance(0.07) ? deficits.count - 1 : deficits.count
        let productChance = plan.stage == .closed ? 0.97 : 0.88
        return (0..<count).map { j -> Activity in
            let kind = Self.activityKinds[rng.weighted([35, 20, 15, 10, 20])]
            let planned = first + Int(step * Double(j + 1)) + rng.int(in: -20...20)
            let due = Day(ordinal: min(max(planned, first), last))
            let length = kind == .course ? rng.int(in: 14...70) : rng.int(in: 20...150)
            let start = Day(ordinal: max(due.ordinal - length, plan.start.ordinal))
            var addresses = [deficits[j % covered].id]
            if rng.chance(0.3) {
                let other = deficits[rng.below(deficits.count)].id
                if other != addresses[0] { addresses.append(other) }
            }
            var product: Product?
            if plan.stage >= .implementation, due < asOf, rng.chance(productChance) {
                let kindOfProduct = rng.pick(SyntheticText.productKinds)
                product = Product(
                    kind: kindOfProduct, title: rng.pick(SyntheticText.productTitles[kindOfProduct] ?? ["—"]),
                    attitude: rng.chance(0.8) ? rng.pick(SyntheticText.attitudes) : nil,
                    date: min(due.adding(days: rng.below(15)), asOf))
            }
            return Activity(
                id: Self.activityIDs[j], kind: kind, title: rng.pick(SyntheticText.activityTitles[kind] ?? ["—"]),
                hours: kind == .course ? rng.pick(SyntheticText.courseHours) : nil,
                start: start, due: due, addresses: addresses, product: product)
        }
    }

    private func makeReflections(_ plan: RoutePlan, route: Route, rng: inout SplitMix64) -> [Reflection] {
        let upper = min(asOf, plan.end).ordinal
        let lower = min(plan.start.ordinal + 20, upper)
        var dates = (0..<plan.reflections).map { _ in lower + rng.below(upper - lower + 1) }
        dates.sort()
        var reflections: [Reflection] = []
        reflections.reserveCapacity(dates.count + route.deficits.count)
        for ordinal in dates {
            let day = Day(ordinal: ordinal)
            let begun = route.activities.filter { $0.start.map { $0 <= day } ?? true }
            let target: Reflection.Target
            if !begun.isEmpty, rng.chance(0.7) {
                target = .activity(begun[rng.below(begun.count)].id)
            } else {
                target = .deficit(route.deficits[rng.below(route.deficits.count)].id)
            }
            let score = rng.weighted([5, 10, 30, 35, 20]) + 1
            let tags = rng.chance(0.25) ? rng.sample(SyntheticText.tags, count: rng.int(in: 1...2)) : []
            var reflection = Reflection(date: day, target: target, score: score, text: rng.pick(SyntheticText.reflections), tags: tags)
            if rng.chance(0.04) {
                let replaced = Day(ordinal: max(ordinal, min(ordinal + rng.int(in: 1...30), asOf.ordinal)))
                reflection.revise(text: rng.pick(SyntheticText.revisedReflections), score: min(5, score + rng.below(2)), on: replaced)
            }
            reflections.append(reflection)
        }
        // Step 7: a final analysis of every deficit on closed routes, of most on routes in reflection.
        if plan.stage >= .reflection {
            let from = min(max(lower, plan.end.ordinal - 150), upper)
            for deficit in route.deficits where plan.stage == .closed || rng.chance(0.6) {
                let day = Day(ordinal: from + rng.below(upper - from + 1))
                reflections.append(
                    Reflection(
                        date: day, target: .deficit(deficit.id), score: rng.int(in: 3...5),
                        text: rng.pick(SyntheticText.finalReflections), isFinal: true))
            }
        }
        return reflections
    }

    private func makeCorrections(_ plan: RoutePlan, activities: [Activity], author: String, rng: inout SplitMix64) -> [Correction] {
        guard !activities.isEmpty else { return [] }
        let upper = min(asOf, plan.end).ordinal
        let lower = min(plan.start.ordinal + 60, upper)
        var dates = (0..<plan.corrections).map { _ in lower + rng.below(upper - lower + 1) }
        dates.sort()
        return dates.map { ordinal in
            let activity = activities[rng.below(activities.count)]
            let before = activity.due.adding(days: -rng.int(in: 30...90))
            return Correction(
                date: Day(ordinal: ordinal), author: author, activity: activity.id,
                change: "due: \(before) -> \(activity.due)", reason: rng.pick(SyntheticText.correctionReasons))
        }
    }

    static let areas = Array(CompetencyArea.allCases)
    static let activityKinds: [ActivityKind] = [.course, .trial, .project, .research, .measure]
    /// Shared id strings, so routes do not each hold their own "d1", "a1" ….
    static let deficitIDs = (1...CompetencyArea.allCases.count).map { "d\($0)" }
    static let activityIDs = (1...40).map { "a\($0)" }
}
