import ArgumentParser
import MarshrutCore

// Closed lists as argument values, so help lists the accepted codes.
extension CompetencyArea: ExpressibleByArgument {}
extension Role: ExpressibleByArgument {}
extension MentoringForm: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}
extension ActivityKind: ExpressibleByArgument {}
extension ConsentKind: ExpressibleByArgument {}
extension ProgramStatus: ExpressibleByArgument {}
extension Stage: ExpressibleByArgument {}

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        guard let day = try? Day(parsing: argument) else { return nil }
        self = day
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}

/// Output formats of listing commands.
struct JSONFlag: ParsableArguments {
    @Flag(name: .long, help: tr("Print JSON instead of text.", "Вывести JSON вместо текста."))
    var json = false
}
