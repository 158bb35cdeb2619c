import ArgumentParser
import MarshrutCore
import MarshrutText

// Closed lists as argument values: the codes, or the Russian words for them (`--area ИКТ`);
// help lists the codes, and in Russian each with its title.
extension CompetencyArea: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}
extension Role: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}
extension MentoringForm: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}
extension Direction: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}
extension ActivityKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}
extension ProductKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}
extension ConsentKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}
extension QualificationCategory: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}
extension ProgramStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}
extension Stage: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}

extension TitledVocabulary {
    /// "ict (ИКТ), methodological (методические), …" in Russian; empty in English, where the
    /// codes are the words.
    static var russianValues: String {
        guard Language.current == .russian else { return "" }
        return " " + allCases.map { "\($0.rawValue) (\($0.words.russian))" }.joined(separator: ", ") + "."
    }
}

extension Day: ExpressibleByArgument {
    /// Any way `DayInput` reads a day: `2026-12-03`, `03.12.2026`, `сегодня`, `-2w`.
    public init?(argument: String) {
        guard let day = try? DayInput.parse(argument, today: DayInput.today, checked: false) else { return nil }
        self = day
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}

/// Output formats of listing commands.
struct JSONFlag: ParsableArguments {
    @Flag(name: .long, help: tr("Print JSON instead of text.", "Вывести JSON вместо текста."))
    var json = false
}

/// A number as a person types it: `0.74` or, as Russian writes decimals, `0,74`.
struct TypedNumber: ExpressibleByArgument {
    var value: Double

    init?(argument: String) {
        let text = argument.trimmingWhitespace
        guard text.filter({ $0 == "," || $0 == "." }).count <= 1,
            let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite
        else { return nil }
        self.value = value
    }
}
