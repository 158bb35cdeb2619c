import ArgumentParser

/// Options every command takes, before or after the command's name.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $MARSHRUT_DB or ./marshrut.db).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The folder of Lua rule scripts (default: $MARSHRUT_SCRIPTS or ./Scripts).", valueName: "dir"))
    var scripts: String?

    public init() {}

    /// The options that take a value and may stand anywhere on the line.
    static let names = ["--db", "--scripts"]

    /// Moves global options given before a subcommand's name to the end of the line, so
    /// that `marshrut --db x route list` and `marshrut route list --db x` mean the same.
    static func hoist(_ arguments: [String]) -> [String] {
        var rest: [String] = []
        var globals: [String] = []
        var i = 0
        while i < arguments.count {
            let arg = arguments[i]
            if arg == "--" {
                rest += arguments[i...]
                break
            }
            if names.contains(arg), i + 1 < arguments.count {
                globals += [arg, arguments[i + 1]]
                i += 2
                continue
            }
            if names.contains(where: { arg.hasPrefix($0 + "=") }) {
                globals.append(arg)
            } else {
                rest.append(arg)
            }
            i += 1
        }
        if let dash = rest.firstIndex(of: "--") {
            rest.insert(contentsOf: globals, at: dash)
            return rest
        }
        return rest + globals
    }
}
