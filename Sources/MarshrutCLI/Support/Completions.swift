import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutService

/// Shell completion of ids from the database the command line names (`--db`), or
/// `$MARSHRUT_DB`, or `./marshrut.db`.
enum IDCompletion {
    static var routes: CompletionKind { .custom { arguments, _, prefix in ids(.route, arguments, prefix) } }
    static var persons: CompletionKind { .custom { arguments, _, prefix in ids(.person, arguments, prefix) } }
    static var programs: CompletionKind { .custom { arguments, _, prefix in ids(.program, arguments, prefix) } }

    static func ids(_ kind: SubjectReference.Kind, _ arguments: [String], _ prefix: String) -> [String] {
        Service.ids(of: kind, at: databasePath(in: arguments)).filter { $0.hasPrefix(prefix) }
    }

    static func databasePath(in arguments: [String]) -> String {
        for (i, arg) in arguments.enumerated() {
            if arg == "--db", i + 1 < arguments.count { return arguments[i + 1] }
            if arg.hasPrefix("--db=") { return String(arg.dropFirst(5)) }
        }
        return ProcessInfo.processInfo.environment["MARSHRUT_DB"] ?? "marshrut.db"
    }
}
