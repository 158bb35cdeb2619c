import MarshrutCore
extension SyntheticRegion {
    /// What a block of four teachers gets: a current program with its first one to three
    /// teachers as mentees and, sometimes, an earlier program of its first teacher.
    struct BlockPlan {
        var mentees: Int
        var earlier: Bool
    }

    func blockPlan(_ block: Int) -> BlockPlan {
        var rng = generator(.blockPlan, block)
        let inBlock = min(Self.blockSize, teachers - block * Self.blockSize)
        return BlockPlan(mentees: min(rng.weighted([70, 20, 10]) + 1, inBlock), earlier: rng.chance(0.3))
    }

    /// Whether teacher `i` is a mentee of a program (about a third of teachers are).
    func isMentee(teacher i: Int) -> Bool {
        i % Self.blockSize < blockPlan(i / Self.blockSize).mentees
    }

    func programID(block: Int, _ number: Int) -> String {
        "prog-" + Self.padded(block + 1, to: Self.width(programBlocks)) + "-" + String(number)
    }

    /// The programs of block `block` of `0..<programBlocks`: the earlier one first, when there is one.
    public func programs(inBlock block: Int) -> [Program] {
        let plan = blockPlan(block)
        var rng = generator(.program, block)
        let first = block * Self.blockSize
        let mentees = Array(first..<(first + plan.mentees))
        var programs: [Program] = []
        if plan.earlier {
            let start = asOf.adding(days: -rng.int(in: 550...1_650))
            programs.append(program(programID(block: block, 1), mentees: [first], start: start, current: false, rng: &rng))
        }
        let start = asOf.adding(days: rng.int(in: -420...60))
        programs.append(program(programID(block: block, 2), mentees: mentees, start: start, current: true, rng: &rng))
        return programs
    }

    private func program(_ id: String, mentees: [Int], start: Day, current: Bool, rng: inout SplitMix64) -> Program {
        let end = start.adding(months: rng.int(in: Program.allowedMonths))
        let status: ProgramStatus
        if start > asOf {
            status = .draft
        } else if end < asOf {
            status = rng.chance(0.85) ? .completed : .cancelled
        } else {
            status = rng.chance(0.93) ? .active : .cancelled
        }
        let forms: [MentoringForm]
        if mentees.count > 1 {
            forms = rng.chance(0.5) ? [.group] : [.group, rng.pick(Self.pairForms)]
        } else {
            forms = rng.chance(0.05) ? [.reverse, .teacherTeacher] : rng.sample(Self.pairForms, count: rng.int(in: 1...2))
        }
        let mentorCount = mentors > 1 && rng.chance(0.1) ? 2 : 1
        let school = school(ofTeacher: mentees[0])
        let lead = mentor(near: school, rng: &rng)
        var mentorIDs = [mentorID(lead)]
        if mentorCount == 2 {
            // A co-mentor from anywhere in the region: the school may have only one mentor.
            mentorIDs.append(mentorID((lead + 1 + rng.below(mentors - 1)) % mentors))
        }
        let lastDay = min(asOf, end)
        let activities = (0..<rng.int(in: 2...5)).map { j -> Activity in
            let due = start.adding(days: 14 + rng.below(max(1, start.days(to: end) - 13)))
            let begun = Day(ordinal: max(start.ordinal, due.ordinal - rng.int(in: 7...30)))
            var product: Product?
            if status != .draft, due < lastDay, rng.chance(0.8) {
                let kind = rng.pick(SyntheticText.productKinds)
                product = Product(
                    kind: kind, title: rng.pick(SyntheticText.productTitles[kind] ?? ["—"]),
                    attitude: rng.chance(0.5) ? rng.pick(SyntheticText.attitudes) : nil,
                    date: min(due.adding(days: rng.below(10)), lastDay))
            }
            return Activity(
                id: Self.activityIDs[j], kind: rng.pick([.measure, .trial, .project, .research]),
                title: rng.pick(SyntheticText.programActivityTitles), start: begun, due: due, product: product)
        }
        var changes: [StatusChange] = []
        if status != .draft {
            changes.append(StatusChange(date: start, status: .active, reason: rng.pick(SyntheticText.activationReasons)))
        }
        if status == .completed {
            changes.append(StatusChange(date: end, status: .completed, reason: rng.pick(SyntheticText.completionReasons)))
        } else if status == .cancelled {
            let day = Day(ordinal: start.ordinal + rng.below(max(1, start.days(to: lastDay) + 1)))
            changes.append(StatusChange(date: day, status: .cancelled, reason: rng.pick(SyntheticText.cancellationReasons)))
        }
        let indicators = status != .draft && rng.chance(0.85) ? makeIndicators(from: start, to: lastDay, rng: &rng) : []
        var addresses: [String] = []
        if current, rng.chance(0.5) {
            let plan = routePlan(ofTeacher: mentees[0])
            if plan.deficits > 0 {
                addresses.append(routeID(ofTeacher: mentees[0], plan: plan) + "/" + Self.deficitIDs[rng.below(plan.deficits)])
            }
        }
        return Program(
            id: id, forms: forms, directions: rng.sample(Array(Direction.allCases), count: rng.int(in: 1...3)),
            mentors: mentorIDs, mentees: mentees.map(teacherID), start: start, end: end, status: status,
            activities: activities, indicators: indicators, addresses: addresses, changes: changes)
    }

    /// A mentor of the same school when the school has one, else any.
    private func mentor(near school: Int, rng: inout SplitMix64) -> Int {
        guard school < mentors else { return rng.below(mentors) }
        let ofSchool = (mentors - school + schools - 1) / schools
        return school + schools * rng.below(ofSchool)
    }

    /// Measurements of one to three indicators, two to four each, drifting over the program.
    private func makeIndicators(from start: Day, to last: Day, rng: inout SplitMix64) -> [Indicator] {
        var indicators: [Indicator] = []
        for name in rng.sample(Indicator.commonNames, count: rng.int(in: 1...3)) {
            var dates = (0..<rng.int(in: 2...4)).map { _ in start.ordinal + rng.below(start.days(to: last) + 1) }
            dates.sort()
            var value: Double
            switch name {
            case "exam-pass-rate": value = 0.55 + 0.35 * rng.unit()
            case "olympiad-participation": value = 0.05 + 0.3 * rng.unit()
            case "achievement": value = 3 + 1.5 * rng.unit()
            case "professional-activity": value = Double(rng.int(in: 1...10))
            default: value = Double(rng.int(in: 1...5))
            }
            for ordinal in dates {
                indicators.append(Indicator(name: name, date: Day(ordinal: ordinal), value: Self.rounded(value, name: name)))
                switch name {
                case "exam-pass-rate", "olympiad-participation": value = min(1, max(0, value + 0.16 * rng.unit() - 0.07))
                case "achievement": value = min(5, max(2, value + 0.6 * rng.unit() - 0.25))
                case "professional-activity": value = max(0, value + Double(rng.int(in: -1...3)))
                default: value = min(5, max(1, value + Double(rng.int(in: -1...1))))
                }
            }
        }
        return indicators
    }

    /// Shares to hundredths, marks to tenths, counts whole.
    private static func rounded(_ value: Double, name: String) -> Double {
        switch name {
        case "exam-pass-rate", "olympiad-participation": (value * 100).rounded() / 100
        case "achievement": (value * 10).rounded() / 10
        default: value.rounded()
        }
    }

    static let pairForms: [MentoringForm] = [.traditional, .teacherTeacher, .virtual, .situational, .shortTerm, .headTeacher, .speed]
}
