import ArgumentParser
import Foundation
import MarshrutStore

/// Shell completion of ids from the database the command line names (`--db`), or
/// `$MARSHRUT_DB`, or `./marshrut.db`.
enum IDCompletion {
    static var routes: CompletionKind { .custom { arguments, _, prefix in ids(arguments, prefix) { try $0.routes().map(\.id) } } }
    static var persons: CompletionKind { .custom { arguments, _, prefix in ids(arguments, prefix) { try $0.persons().map(\.id) } } }
    static var programs: CompletionKind { .custom { arguments, _, prefix in ids(arguments, prefix) { try $0.programIDs() } } }

    static func ids(_ arguments: [String], _ prefix: String, _ list: (Store) throws -> [String]) -> [String] {
        let path = databasePath(in: arguments)
        guard FileManager.default.fileExists(atPath: path), let store = try? Store(path: path, create: false),
            let ids = try? list(store)
        else { return [] }
        return ids.filter { $0.hasPrefix(prefix) }
    }

    static func databasePath(in arguments: [String]) -> String {
        for (i, arg) in arguments.enumerated() {
            if arg == "--db", i + 1 < arguments.count { return arguments[i + 1] }
            if arg.hasPrefix("--db=") { return String(arg.dropFirst(5)) }
        }
        return ProcessInfo.processInfo.environment["MARSHRUT_DB"] ?? "marshrut.db"
    }
}
