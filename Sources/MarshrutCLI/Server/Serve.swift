import ArgumentParser
import Dispatch
import Logging
import MarshrutCore
import MarshrutServer
import MarshrutText
import MarshrutWeb

struct Serve: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "serve",
            abstract: tr(
                "Serve the database over HTTP for a school, a municipality or a region.", "Открыть базу по HTTP для школы, муниципалитета или региона."),
            discussion: tr(
                """
                Accounts sign in with `marshrut login URL`, or in a browser at URL; every operation checks the roles of DESIGN.md. \
                Listens on 127.0.0.1 unless --host says otherwise; stops gracefully on SIGTERM or Ctrl-C.
                """,
                """
                Пользователи входят командой `marshrut login URL` или в браузере по адресу URL; каждое действие проверяется по ролям. \
                Слушает 127.0.0.1, если --host не указывает иное; корректно останавливается по SIGTERM или Ctrl-C.
                """))
    }

    @Option(help: tr("The address to listen on.", "Адрес, на котором слушать.")) var host = "127.0.0.1"
    @Option(help: tr("The port to listen on.", "Порт.")) var port = 8080
    @Option(
        help: tr(
            "The largest request body in KiB, 16–65536 (document imports and staff lists are the large ones).",
            "Наибольший размер тела запроса в КиБ, 16–65536 (самые большие — загрузка документов и списков сотрудников)."))
    var maxBody = 256
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError(tr("--port takes 0–65535", "--port принимает 0–65535")) }
        guard (16...65_536).contains(maxBody) else {
            throw ValidationError(tr("--max-body takes 16–65536 (KiB)", "--max-body принимает 16–65536 (КиБ)"))
        }
    }

    func run(_ context: Context) throws {
        let store = try context.store()
        let environment = context.environment
        let language = Language.current
        let settings = ServerSettings(
            host: host, port: port, scriptsFolder: context.scriptsPath,
            today: { try Context.today(in: environment) },
            describe: { Marshrut.message(for: $0) }, language: language, maxBodySize: maxBody * 1024)
        var logger = Logger(label: "marshrut")
        logger.logLevel = environment["MARSHRUT_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let server = MarshrutServer(store: store, settings: settings, fronts: [WebPages()])
        context.print(CLIText.serving("http://\(host):\(port)", database: store.path))
        let finished = DispatchSemaphore(value: 0)
        let failure = ErrorBox()
        Task {
            do { try await server.run(logger: logger) } catch { failure.error = error }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error { throw error }
    }
}

/// Carries a server's error out of its task.
private final class ErrorBox: @unchecked Sendable {
    // Written by the server's task before it signals, read after the wait: never at once.
    var error: (any Error)?
}
