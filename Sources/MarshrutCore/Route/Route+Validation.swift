extension Route {
    func validate(into list: inout ProblemList) {
        if !Slug.isValid(id) { list.add("id", "\"\(id)\" is not a valid id: \(Slug.rule)") }
        validatePeriod(into: &list)
        validateSteps(into: &list)

        for (i, strength) in strengths.enumerated() where strength.text.trimmed.isEmpty {
            list.add("strengths[\(i)].text", "describe the strength")
        }
        var deficitIDs = Set<String>()
        for (i, deficit) in deficits.enumerated() {
            let path = "deficits[\(i)]"
            if !Slug.isValid(deficit.id) { list.add("\(path).id", "\"\(deficit.id)\" is not a valid id: \(Slug.rule)") }
            if !deficitIDs.insert(deficit.id).inserted {
                list.add("\(path).id", "deficit id \"\(deficit.id)\" is used twice in this route: give each deficit its own id")
            }
            if !Deficit.levels.contains(deficit.level) {
                list.add("\(path).level", "level must be 1 (severe) to 5 (overcome), got \(deficit.level)")
            }
            if deficit.text.trimmed.isEmpty { list.add("\(path).text", "describe the difficulty") }
        }
        var activityIDs = Set<String>()
        for (i, activity) in activities.enumerated() {
            let path = "activities[\(i)]"
            if !activityIDs.insert(activity.id).inserted {
                list.add("\(path).id", "activity id \"\(activity.id)\" is used twice in this route: give each activity its own id")
            }
            activity.validate(at: path, deficitIDs: deficitIDs, into: &list)
            if activity.product != nil, stage < .implementation {
                list.add("\(path).product", "products are recorded from step 5 (implementation) on; the route is at \(stage.rawValue)")
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
            list.add("end", "a route lasts 4 to 5 years, but \(start) to \(end) is \(shown) years: "
                + "set end between \(earliest) and \(latest)")
        }
    }

    private func validateSteps(into list: inout ProblemList) {
        for condition in unmetConditions(for: stage) {
            list.add("stage", "stage \(stage.rawValue) needs \(condition)")
        }
    }

    private func validateHistory(deficitIDs: Set<String>, activityIDs: Set<String>, into list: inout ProblemList) {
        for (i, correction) in corrections.enumerated() {
            let path = "corrections[\(i)]"
            if let activity = correction.activity, !activityIDs.contains(activity) {
                list.add("\(path).activity", "no activity \"\(activity)\" in this route")
            }
            if correction.change.trimmed.isEmpty { list.add("\(path).change", "say what changed") }
            if correction.reason.trimmed.isEmpty { list.add("\(path).reason", "a correction keeps its reason: say why") }
            if correction.date < start { list.add("\(path).date", "\(correction.date) is before the route's start \(start)") }
        }
        for (i, reflection) in reflections.enumerated() {
            let path = "reflections[\(i)]"
            switch reflection.target {
            case .activity(let id):
                if !activityIDs.contains(id) { list.add("\(path).activity", "no activity \"\(id)\" in this route") }
                if reflection.isFinal {
                    list.add("\(path).final", "a final reflection is step 7's analysis of a deficit: name `deficit:` instead of `activity:`")
                }
            case .deficit(let id):
                if !deficitIDs.contains(id) { list.add("\(path).deficit", "no deficit \"\(id)\" in this route") }
            }
            if !Reflection.scores.contains(reflection.score) {
                list.add("\(path).score", "score must be 1 to 5, got \(reflection.score)")
            }
            if reflection.date < start || reflection.date > end {
                list.add("\(path).date", "\(reflection.date) is outside the route (\(start) to \(end))")
            }
            if reflection.text.trimmed.isEmpty { list.add("\(path).text", "a reflection needs the teacher's words") }
            for (j, tag) in reflection.tags.enumerated() where tag.trimmed.isEmpty || tag.contains(",") {
                list.add("\(path).tags[\(j)]", "a tag is one word or phrase without commas, got \"\(tag)\"")
            }
            for (j, revision) in reflection.history.enumerated() {
                if !Reflection.scores.contains(revision.score) {
                    list.add("\(path).history[\(j)].score", "score must be 1 to 5, got \(revision.score)")
                }
                if revision.replaced < reflection.date {
                    list.add("\(path).history[\(j)].replaced", "\(revision.replaced) is before the reflection's date \(reflection.date)")
                }
            }
        }
    }

    /// What `stage` needs that the route lacks, in words; empty when every guard holds.
    public func unmetConditions(for stage: Stage) -> [String] {
        var unmet: [String] = []
        if stage >= .roadmap, deficits.isEmpty {
            unmet.append("at least one deficit (no roadmap without a deficit): add one with `marshrut route deficit`")
        }
        if stage >= .implementation, activities.isEmpty {
            unmet.append("at least one roadmap activity (no implementation without a roadmap): add one with `marshrut route activity`")
        }
        if stage >= .closed {
            let open = deficits.filter { finalReflection(onDeficit: $0.id) == nil }.map(\.id)
            if !open.isEmpty {
                unmet.append("a final reflection on every deficit; missing for \(open.joined(separator: ", ")): "
                    + "record it with `marshrut reflect \(id) --deficit \(open[0]) --final --score N`")
            }
        }
        return unmet
    }
}
