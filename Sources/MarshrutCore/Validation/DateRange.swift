/// Every date a subject carries, with its field path: what ``Day/acceptedYears`` is checked on.
extension Route {
    var datedFields: [(path: String, day: Day)] {
        var found: [(path: String, day: Day)] = [("start", start), ("end", end)]
        for (i, activity) in activities.enumerated() { found += activity.datedFields(at: "activities[\(i)]") }
        for (i, correction) in corrections.enumerated() { found.append(("corrections[\(i)].date", correction.date)) }
        for (i, reflection) in reflections.enumerated() {
            found.append(("reflections[\(i)].date", reflection.date))
            for (j, revision) in reflection.history.enumerated() {
                found.append(("reflections[\(i)].history[\(j)].replaced", revision.replaced))
            }
        }
        return found
    }
}

extension Program {
    var datedFields: [(path: String, day: Day)] {
        var found: [(path: String, day: Day)] = [("start", start), ("end", end)]
        for (i, activity) in activities.enumerated() { found += activity.datedFields(at: "activities[\(i)]") }
        for (i, indicator) in indicators.enumerated() { found.append(("indicators[\(i)].date", indicator.date)) }
        for (i, change) in changes.enumerated() { found.append(("changes[\(i)].date", change.date)) }
        return found
    }
}

extension Person {
    var datedFields: [(path: String, day: Day)] {
        consents.enumerated().map { ("consents[\($0.offset)].date", $0.element.date) } + staff.datedFields
    }
}

extension Activity {
    func datedFields(at path: String) -> [(path: String, day: Day)] {
        var found: [(path: String, day: Day)] = [("\(path).due", due)]
        if let start { found.append(("\(path).start", start)) }
        if let product { found.append(("\(path).product.date", product.date)) }
        return found
    }
}

extension ProblemList {
    /// Adds a problem for each date outside ``Day/acceptedYears``.
    mutating func checkDates(_ fields: [(path: String, day: Day)]) {
        for (path, day) in fields where !day.isAccepted { add(path, .dayOutOfRange(day)) }
    }
}
