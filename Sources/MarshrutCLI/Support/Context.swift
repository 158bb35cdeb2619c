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

    /// Prints one line (or several) to standard output.
    func print(_ text: String = "", terminator: String = "\n") { write(text + terminator, .output) }

    /// Prints to standard error.
    func warn(_ text: String) { write(text + "\n", .error) }

    /// All of standard input, when it is not a terminal.
    func input() -> String? { inputIsTerminal ? nil : readInput() }

    var databasePath: String { global.db ?? environment["MARSHRUT_DB"] ?? "marshrut.db" }
    var scriptsPath: String { global.scripts ?? environment["MARSHRUT_SCRIPTS"] ?? "Scripts" }

    /// Today, or `$MARSHRUT_TODAY` when set (for reproducible runs).
    var today: Day {
        get throws {
            if let fixed = environment["MARSHRUT_TODAY"] {
                do { return try Day(parsing: fixed) } catch {
                    throw CLIError(CLIText.badToday("\(error)"))
                }
            }
            return Day.today()
        }
    }

    /// Who is at the keyboard, for corrections: `$MARSHRUT_USER`, else the login name.
    var user: String { environment["MARSHRUT_USER"] ?? environment["USER"] ?? "unknown" }

    /// Opens the existing database.
    func store() throws -> Store {
        let timeout = environment["MARSHRUT_BUSY_TIMEOUT"].flatMap(Double.init) ?? 30
        return try Store(path: databasePath, create: false, busyTimeout: timeout)
    }
}

extension Day {
    /// The current day in the local time zone.
    static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 0)
    }
}

/// A command that cannot do what was asked; the message says why and what to do.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
