import Foundation
import MarshrutCore
import MarshrutStore

/// What a command runs with: where output goes, the environment, and today's date.
///
/// The real program writes to the terminal; tests run commands in-process with a context
/// that collects the output instead.
public final class Context {
    public let environment: [String: String]
    let global: GlobalOptions
    private let write: (String, Stream) -> Void
    private let readInput: () -> String?
    /// Whether standard output is a terminal that shows colour.
    let colour: Bool
    /// Whether standard input is a terminal (not a pipe or file).
    let inputIsTerminal: Bool

    enum Stream { case output, error }

    init(
        global: GlobalOptions, environment: [String: String], colour: Bool, inputIsTerminal: Bool,
        write: @escaping (String, Stream) -> Void, readInput: @escaping () -> String?
    ) {
        self.global = global
        self.environment = environment
        self.colour = colour
        self.inputIsTerminal = inputIsTerminal
        self.write = write
        self.readInput = readInput
    }

    /// Prints one line (or several) to standard output; a control character a stored text
    /// should never hold is shown visibly instead of acting on the terminal.
    func print(_ text: String = "", terminator: String = "\n") { write(Printable.output(text, colour: colour) + terminator, .output) }

    /// Prints to standard error, as `print` does.
    func warn(_ text: String) { write(Printable.output(text, colour: colour) + "\n", .error) }

    /// All of standard input, when it is not a terminal.
    func input() -> String? { inputIsTerminal ? nil : readInput() }

    var databasePath: String { global.db ?? environment["MARSHRUT_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "marshrut.db" }
    var scriptsPath: String { global.scripts ?? environment["MARSHRUT_SCRIPTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "Scripts" }

    /// Today, or `$MARSHRUT_TODAY` when set (for reproducible runs).
    var today: Day {
        get throws { try Self.today(in: environment) }
    }

    /// Today in an environment: `$MARSHRUT_TODAY` when set, else the clock.
    static func today(in environment: [String: String]) throws -> Day {
        if let fixed = environment["MARSHRUT_TODAY"] {
            let day: Day
            do { day = try Day(parsing: fixed) } catch {
                throw CLIError(CLIText.badToday(error.text))
            }
            guard day.isAccepted else { throw CLIError(CLIText.badToday(CLIText.dayOutOfRange(fixed))) }
            return day
        }
        return Day.today()
    }

    /// How long a write waits for another process's (`$MARSHRUT_BUSY_TIMEOUT`, seconds).
    var busyTimeout: Double {
        get throws {
            guard let text = environment["MARSHRUT_BUSY_TIMEOUT"] else { return 30 }
            guard let seconds = Double(text.trimmingWhitespace), seconds.isFinite, Self.busyTimeouts.contains(seconds) else {
                throw CLIError(CLIText.badBusyTimeout(text, Self.busyTimeouts))
            }
            return seconds
        }
    }

    static let busyTimeouts: ClosedRange<Double> = 0...3_600

    /// Who is at the keyboard, for corrections: `$MARSHRUT_USER`, else the login name.
    var user: String { environment["MARSHRUT_USER"] ?? environment["USER"] ?? "unknown" }

    /// Opens the database: the existing one, or with `create` a new one when it is missing.
    func store(at path: String? = nil, create: Bool = false) throws -> Store {
        try Store(path: path ?? databasePath, create: create, busyTimeout: try busyTimeout)
    }
}

extension Day {
    /// The current day in the local time zone.
    static func today() -> Day {
        let now = Date()
        let local = now.timeIntervalSince1970 + Double(TimeZone.current.secondsFromGMT(for: now))
        return Day(ordinal: Int((local / 86_400).rounded(.down)))
    }
}

/// A command that cannot do what was asked; the message says why and what to do.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
