import ArgumentParser
import Foundation
import MarshrutAccounts
import MarshrutCore
import MarshrutText
import MarshrutDocuments
import MarshrutPrint
import MarshrutServer
import MarshrutService
import MarshrutSynthetic
import MarshrutStore

/// `marshrut`: plans and monitors teachers' professional growth.
public struct Marshrut: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "marshrut",
            abstract: tr(
                "Plan and monitor teachers' individual educational routes and mentoring programs.",
                "Планирование и мониторинг индивидуальных образовательных маршрутов педагогов и программ наставничества."),
            discussion: tr(
                """
                Start with `marshrut init` and `marshrut import Routes` to load the sample school, \
                then `marshrut route list` and `marshrut route show ID`.

                Every command takes --db PATH (or $MARSHRUT_DB, default ./marshrut.db) and \
                --scripts DIR (or $MARSHRUT_SCRIPTS, default ./Scripts), before or after its name.
                """,
                """
                Начните с `marshrut demo` (учебная школа во временной базе) или с `marshrut init` и \
                `marshrut import Routes`, затем `marshrut route list` и `marshrut route show ID`.

                Каждая команда принимает --db ПУТЬ (или $MARSHRUT_DB, по умолчанию ./marshrut.db), \
                --scripts ПАПКА (или $MARSHRUT_SCRIPTS, по умолчанию ./Scripts) и --lang ru|en — до или после своего имени.
                """),
            subcommands: [
                Initialize.self, Import.self, Export.self, Validate.self, Copy.self,
                PersonCommand.self, RouteCommand.self, Reflect.self, Journal.self, ProgramCommand.self, Match.self, Plan.self, Report.self, Site.self,
                Demo.self, OrganizationCommand.self, AccountCommand.self, Audit.self, Serve.self, Login.self, Logout.self,
                WhoAmI.self, Password.self,
            ] + ruleCommands
        )
    }

    @OptionGroup var global: GlobalOptions

    public init() {}

    /// A command that runs against a `Context`.
    protocol Runnable {
        var global: GlobalOptions { get }
        func run(_ context: Context) throws
    }

    /// The result of one in-process run.
    public struct Outcome: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// Runs a command line in-process and returns what it printed, for tests and embedding.
    public static func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) -> Outcome {
        var output = ""
        var errors = ""
        let status = execute(
            arguments, environment: environment, colour: false, inputIsTerminal: input == nil,
            write: { text, stream in
                if stream == .output { output += text } else { errors += text }
            },
            readInput: { input })
        return Outcome(status: status, output: output, errors: errors)
    }

    /// The real program: arguments and environment of the process, the terminal's streams.
    public static func runAsProcess() -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let colour = isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        return execute(
            Array(CommandLine.arguments.dropFirst()), environment: environment, colour: colour,
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            write: { text, stream in
                let handle = stream == .output ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data(text.utf8))
            },
            readInput: { String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) })
    }

    static func execute(
        _ arguments: [String], environment: [String: String], colour: Bool, inputIsTerminal: Bool,
        write: @escaping (String, Context.Stream) -> Void, readInput: @escaping () -> String?
    ) -> Int32 {
        if let chosen = environment["MARSHRUT_LANG"], !chosen.isEmpty, Language(code: chosen) == nil {
            write(CLIText.errorPrefix + CLIText.badLanguage(chosen) + "\n", .error)
            return 1
        }
        let language = GlobalOptions.language(in: arguments) ?? Language.from(environment: environment)
        // Option values such as `--due сегодня` are read before a command runs: they need today.
        let today = environment["MARSHRUT_TODAY"].flatMap { try? Day(parsing: $0) } ?? Day.today()
        return Language.$current.withValue(language) {
            DayInput.$today.withValue(today) {
                executeInLanguage(
                    arguments, environment: environment, colour: colour, inputIsTerminal: inputIsTerminal,
                    write: write, readInput: readInput)
            }
        }
    }

    static func executeInLanguage(
        _ arguments: [String], environment: [String: String], colour: Bool, inputIsTerminal: Bool,
        write: @escaping (String, Context.Stream) -> Void, readInput: @escaping () -> String?
    ) -> Int32 {
        if arguments.isEmpty {
            write(FirstRun.guidance(environment: environment) + "\n", .output)
            return 0
        }
        let command: ParsableCommand
        do {
            command = try parseAsRoot(GlobalOptions.hoist(arguments))
        } catch {
            let code = exitCode(for: error)
            let text = FrameWords.translate(fullMessage(for: error))
            write((code == .success ? text : Printable.message(text)) + "\n", code == .success ? .output : .error)
            return code.rawValue
        }
        guard let runnable = command as? Runnable else {
            // `--help`, `help route`, or a group such as `marshrut route` with no subcommand:
            // their run() asks for help by throwing, and the message is the help text.
            do {
                var command = command
                try command.run()
            } catch {
                let code = exitCode(for: error)
                let text = FrameWords.translate(fullMessage(for: error))
                write((code == .success ? text : Printable.message(text)) + "\n", code == .success ? .output : .error)
                return code.rawValue
            }
            return 0
        }
        let context = Context(
            global: runnable.global, environment: environment, colour: colour,
            inputIsTerminal: inputIsTerminal, write: write, readInput: readInput)
        do {
            try runnable.run(context)
            return 0
        } catch let failure as Failure {
            return failure.status
        } catch {
            write(CLIText.errorPrefix + Printable.message(message(for: error)) + "\n", .error)
            return 1
        }
    }

    public static func message(for error: any Error) -> String {
        switch error {
        case let e as DocumentError: e.description
        case let e as ModelError: e.text
        case let e as StoreError: e.description
        case let e as CLIError: e.description
        case let e as ServiceError: e.message
        case let e as SyntheticError: e.message
        case let e as AccountError: e.message
        case let e as RequestError: e.message
        case let e as ServerRefusal: e.message
        case let e as DayWordsError: CLIText.dayWords(e)
        case let e as PrintError: e.text
        case let e as StaffImportFailure: CLIText.staffList(e.error, file: e.file) + "\n" + CLIText.nothingImported.description
        default: "\(error)"
        }
    }
}

/// Ends a command with a status after it has reported everything itself.
struct Failure: Error {
    var status: Int32
}
