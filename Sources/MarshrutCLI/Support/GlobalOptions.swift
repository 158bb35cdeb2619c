import ArgumentParser
import MarshrutCore
import MarshrutText

/// Options every command takes, before or after the command's name.
public struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            tr(
                "The database file (default: $MARSHRUT_DB or ./marshrut.db).",
                "Файл базы данных (по умолчанию $MARSHRUT_DB или ./marshrut.db)."),
            valueName: "path"))
    var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            tr(
                "The folder of Lua rule scripts (default: $MARSHRUT_SCRIPTS or ./Scripts).",
                "Папка Lua-скриптов с правилами (по умолчанию $MARSHRUT_SCRIPTS или ./Scripts)."),
            valueName: "dir"))
    var scripts: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            tr(
                "The language of messages: ru or en (default: $MARSHRUT_LANG, else the locale).",
                "Язык сообщений: ru или en (по умолчанию $MARSHRUT_LANG, иначе локаль)."),
            valueName: "ru|en"))
    var lang: Language?

    @Option(
        name: .long,
        help: ArgumentHelp(
            tr(
                "Run against this Marshrut server (default: $MARSHRUT_SERVER, else the saved login when no --db is given).",
                "Работать с этим сервером Marshrut (по умолчанию $MARSHRUT_SERVER, иначе сохранённый вход, если не указан --db)."),
            valueName: "url"))
    var server: String?

    public init() {}

    /// The options that take a value and may stand anywhere on the line.
    static let names = ["--db", "--scripts", "--lang", "--server"]

    /// The `--lang` given anywhere on the line, read before parsing so that help is in it too.
    static func language(in arguments: [String]) -> Language? {
        for (i, arg) in arguments.enumerated() {
            if arg == "--" { break }
            if arg == "--lang", i + 1 < arguments.count { return Language(code: arguments[i + 1]) }
            if arg.hasPrefix("--lang=") { return Language(code: String(arg.dropFirst(7))) }
        }
        return nil
    }

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

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
    public static var allValueStrings: [String] { ["ru", "en"] }
}
