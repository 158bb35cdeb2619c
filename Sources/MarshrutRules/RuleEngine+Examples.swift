import LuaBridge
import MarshrutCore

/// The outcome of one test case a rule script carries in its `examples`.
public struct ExampleResult: Sendable, Hashable, Codable {
    public var rule: String
    /// The case's `name`, or its position.
    public var name: String
    public var passed: Bool
    public var expected: String
    public var actual: String
    public var source: String
}

extension RuleEngine {
    /// Runs the `examples` of every declaration, like a policy engine's unit tests.
    ///
    /// A monitor's case expects the list of finding messages, in order (`{}` for none); an
    /// incentive's case expects `true` or `false`; a matching case gives `mentor` and `mentee`
    /// and expects the score or `false`. Each case's `today` (default: `today`) is `ctx.today`.
    public func runExamples(today: Day) -> [ExampleResult] {
        var results: [ExampleResult] = []
        Self.onLuaThread {
            for entry in monitorEntries {
                for (i, example) in entry.examples.enumerated() {
                    results.append(
                        runCase(example, index: i, rule: entry.rule.id, source: entry.rule.source, today: today) { ctx in
                            guard let subject = example["subject"].tableValue else { return .invalid(RuleText.noSubjectTable) }
                            let view = lua.makeReadOnly(.table(subject))
                            defer { lua.release(view) }
                            let found = try lua.call(runners.check, arguments: [.reference(entry.function), .reference(view), .reference(ctx)])
                            let messages = (found.first?.tableValue?.array ?? []).map { $0.stringValue ?? "?" }
                            guard let expected = example["expect"].tableValue, expected.fields.isEmpty else {
                                return .invalid(RuleText.expectMessages)
                            }
                            return .compared(expected: Self.show(expected.array.map { $0.stringValue ?? "?" }), actual: Self.show(messages))
                        })
                }
            }
            for entry in incentiveEntries {
                for (i, example) in entry.examples.enumerated() {
                    results.append(
                        runCase(example, index: i, rule: entry.rule.id, source: entry.rule.source, today: today) { ctx in
                            guard let subject = example["subject"].tableValue else { return .invalid(RuleText.noSubjectTable) }
                            guard let expected = example["expect"].boolValue else { return .invalid(RuleText.expectBool) }
                            let view = lua.makeReadOnly(.table(subject))
                            defer { lua.release(view) }
                            let result = try lua.call(runners.eligible, arguments: [.reference(entry.function), .reference(view), .reference(ctx)])
                            let eligible = result.first?.boolValue ?? false
                            let reason = result.dropFirst().first?.stringValue.map { " (\($0))" } ?? ""
                            return .compared(expected: String(expected), actual: "\(eligible)\(reason)", same: eligible == expected)
                        })
                }
            }
            if let entry = matchingEntry {
                for (i, example) in entry.examples.enumerated() {
                    results.append(
                        runCase(example, index: i, rule: "matching", source: entry.rule.source, today: today) { ctx in
                            guard let mentor = example["mentor"].tableValue, let mentee = example["mentee"].tableValue else {
                                return .invalid(RuleText.matchingCaseNeedsPair)
                            }
                            let a = lua.makeReadOnly(.table(mentor)), b = lua.makeReadOnly(.table(mentee))
                            defer { lua.release(a); lua.release(b) }
                            let result = try lua.call(runners.score, arguments: [.reference(entry.function), .reference(a), .reference(b), .reference(ctx)])
                            let score = result.first?.doubleValue
                            switch example["expect"] {
                            case .boolean(false):
                                return .compared(
                                    expected: RuleText.forbidden, actual: score.map { RuleText.score(Self.format($0)) } ?? RuleText.forbidden,
                                    same: score == nil)
                            case let value where value.doubleValue != nil:
                                let expected = value.doubleValue ?? 0
                                return .compared(
                                    expected: RuleText.score(Self.format(expected)),
                                    actual: score.map { RuleText.score(Self.format($0)) } ?? RuleText.forbidden,
                                    same: score.map { abs($0 - expected) < 1e-9 } ?? false)
                            default:
                                return .invalid(RuleText.expectScore)
                            }
                        })
                }
            }
        }
        return results
    }

    enum CaseOutcome {
        case compared(expected: String, actual: String, same: Bool? = nil)
        case invalid(String)
    }

    private func runCase(
        _ example: LuaTable, index: Int, rule: String, source: RuleSource, today: Day,
        _ body: (LuaReference) throws -> CaseOutcome
    ) -> ExampleResult {
        let name = example["name"].stringValue ?? RuleText.caseName(index + 1)
        var day = today
        if let text = example["today"].stringValue {
            guard let parsed = try? Day(parsing: text) else {
                return ExampleResult(
                    rule: rule, name: name, passed: false, expected: RuleText.validToday,
                    actual: RuleText.todayNotISO(text), source: source.description)
            }
            day = parsed
        }
        let ctx = context(today: day)
        defer { lua.release(ctx) }
        do {
            switch try body(ctx) {
            case .compared(let expected, let actual, let same):
                return ExampleResult(
                    rule: rule, name: name, passed: same ?? (expected == actual), expected: expected,
                    actual: actual, source: source.description)
            case .invalid(let problem):
                return ExampleResult(
                    rule: rule, name: name, passed: false, expected: RuleText.wellFormedCase, actual: problem,
                    source: source.description)
            }
        } catch let error as LuaError {
            return ExampleResult(
                rule: rule, name: name, passed: false, expected: RuleText.noError, actual: describe(error),
                source: display(error.location) ?? source.description)
        } catch {
            return ExampleResult(
                rule: rule, name: name, passed: false, expected: RuleText.noError, actual: "\(error)",
                source: source.description)
        }
    }

    static func show(_ messages: [String]) -> String {
        messages.isEmpty ? RuleText.noFindings : messages.map { "«\($0)»" }.joined(separator: ", ")
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
