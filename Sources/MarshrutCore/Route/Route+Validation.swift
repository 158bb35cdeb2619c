extension Route {
    func validate(into list: inout ProblemList) {
        if !Slug.isValid(id) { list.add("id", .invalidID(id)) }
        list.checkDates(datedFields)
        list.checkTexts(textFields)
        if tutor == teacher { list.add("tutor", .ownTutor(teacher: teacher)) }
        validatePeriod(into: &list)
        validateSteps(into: &list)

        for (i, strength) in strengths.enumerated() where strength.text.trimmed.isEmpty {
            list.add("strengths[\(i)].text", .describeStrength)
        }
        var deficitIDs = Set<String>()
        for (i, deficit) in deficits.enumerated() {
            let path = "deficits[\(i)]"
            if !Slug.isValid(deficit.id) { list.add("\(path).id", .invalidID(deficit.id)) }
            if !deficitIDs.insert(deficit.id).inserted {
                list.add("\(path).id", .deficitIDTwice(deficit.id))
            }
            if !Deficit.levels.contains(deficit.level) {
                list.add("\(path).level", .deficitLevel(deficit.level))
            }
            if deficit.text.trimmed.isEmpty { list.add("\(path).text", .describeDifficulty) }
        }
        var activityIDs = Set<String>()
        for (i, activity) in activities.enumerated() {
            let path = "activities[\(i)]"
            if !activityIDs.insert(activity.id).inserted {
                list.add("\(path).id", .activityIDTwice(activity.id))
            }
            activity.validate(at: path, deficitIDs: deficitIDs, into: &list)
            if activity.due > end, end >= start { list.add("\(path).due", .dueAfterRouteEnd(due: activity.due, end: end)) }
            if activity.product != nil, stage < .implementation {
                list.add("\(path).product", .productTooEarly(stage))
            }
        }
        validateHistory(deficitIDs: deficitIDs, activityIDs: activityIDs, into: &list)
    }

    private func validatePeriod(into list: inout ProblemList) {
        let earliest = start.adding(years: Route.allowedYears.lowerBound)
        let latest = start.adding(years: Route.allowedYears.upperBound)
        if end < earliest || end > latest {
            let years = Double(start.days(to: end)) / 365.25
            let shown = (years * 10).rounded() / 10
            list.add("end", .routeLength(start: start, end: end, years: shown, earliest: earliest, latest: latest))
        }
    }

    private func validateSteps(into list: inout ProblemList) {
        for condition in unmetConditions(for: stage) {
            list.add("stage", .stageNeeds(stage, condition))
        }
    }

    private func validateHistory(deficitIDs: Set<String>, activityIDs: Set<String>, into list: inout ProblemList) {
        // Corrections keep naming an activity after it was dropped from the roadmap.
        let dropped = Set(corrections.filter { $0.change.hasPrefix(Route.droppedActivityChange) }.compactMap(\.activity))
        for (i, correction) in corrections.enumerated() {
            let path = "corrections[\(i)]"
            if let activity = correction.activity, !activityIDs.contains(activity), !dropped.contains(activity) {
                list.add("\(path).activity", .noActivityInRoute(activity))
            }
            if correction.change.trimmed.isEmpty { list.add("\(path).change", .sayWhatChanged) }
            if correction.reason.trimmed.isEmpty { list.add("\(path).reason", .correctionNeedsReason) }
            if correction.date < start { list.add("\(path).date", .correctionBeforeStart(correction.date, start: start)) }
        }
        for (i, reflection) in reflections.enumerated() {
            let path = "reflections[\(i)]"
            switch reflection.target {
            case .activity(let id):
                if !activityIDs.contains(id) { list.add("\(path).activity", .noActivityInRoute(id)) }
                if reflection.isFinal {
                    list.add("\(path).final", .finalReflectionOnActivity)
                }
            case .deficit(let id):
                if !deficitIDs.contains(id) { list.add("\(path).deficit", .noDeficitInThisRoute(id)) }
            case .image:
                if (selfImage ?? "").trimmed.isEmpty { list.add("\(path).image", .imageReflectionNeedsImage) }
                if reflection.isFinal { list.add("\(path).final", .finalReflectionOnActivity) }
            }
            if !Reflection.scores.contains(reflection.score) {
                list.add("\(path).score", .scoreRange(reflection.score))
            }
            if reflection.date < start || reflection.date > end {
                list.add("\(path).date", .reflectionOutsideRoute(reflection.date, start: start, end: end))
            }
            if reflection.text.trimmed.isEmpty { list.add("\(path).text", .reflectionNeedsText) }
            for (j, tag) in reflection.tags.enumerated() where tag.trimmed.isEmpty || tag.contains(",") {
                list.add("\(path).tags[\(j)]", .badTag(tag))
            }
            for (j, revision) in reflection.history.enumerated() {
                if !Reflection.scores.contains(revision.score) {
                    list.add("\(path).history[\(j)].score", .scoreRange(revision.score))
                }
                if revision.replaced < reflection.date {
                    list.add("\(path).history[\(j)].replaced", .revisionBeforeReflection(revision.replaced, date: reflection.date))
                }
            }
        }
    }

    /// What `stage` needs that the route lacks; empty when every guard holds.
    public func unmetConditions(for stage: Stage) -> [Requirement] {
        var unmet: [Requirement] = []
        if stage >= .roadmap, deficits.isEmpty {
            unmet.append(.deficit)
        }
        if stage >= .implementation, activities.isEmpty {
            unmet.append(.activity)
        }
        if stage >= .closed {
            let open = deficits.filter { finalReflection(onDeficit: $0.id) == nil }.map(\.id)
            if !open.isEmpty {
                unmet.append(.finalReflections(route: id, missing: open))
            }
        }
        return unmet
    }
}

extension Route {
    /// A problem for each reflection (or revision) dated after `today`: a document cannot bring
    /// in what the teacher has not yet written, and could then not edit.
    public func reflectionsAfter(_ today: Day) -> [Problem] {
        var problems: [Problem] = []
        for (i, reflection) in reflections.enumerated() {
            if reflection.date > today {
                problems.append(
                    Problem(
                        subject: reference, path: "reflections[\(i)].date",
                        reason: .reflectionAfterToday(reflection.date, today: today)))
            }
            for (j, revision) in reflection.history.enumerated() where revision.replaced > today {
                problems.append(
                    Problem(
                        subject: reference, path: "reflections[\(i)].history[\(j)].replaced",
                        reason: .reflectionAfterToday(revision.replaced, today: today)))
            }
        }
        return problems
    }
}
