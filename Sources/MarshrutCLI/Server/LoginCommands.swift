import ArgumentParser
import Foundation
import MarshrutAccounts
import MarshrutCore
import MarshrutServer
import MarshrutText

struct Login: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "login",
            abstract: tr("Sign in to a Marshrut server; later commands run there.", "Войти на сервер Marshrut; следующие команды выполняются там."),
            discussion: tr(
                "The token is kept in $XDG_CONFIG_HOME/marshrut/login.json (default ~/.config/marshrut/), readable by you only.",
                "Токен хранится в $XDG_CONFIG_HOME/marshrut/login.json (по умолчанию ~/.config/marshrut/), доступном только вам."))
    }

    @Argument(help: tr("The server's address, e.g. http://127.0.0.1:8080.", "Адрес сервера, например http://127.0.0.1:8080.")) var url: String
    @Option(help: tr("The login (default: $USER).", "Логин (по умолчанию $USER).")) var user: String?
    @Flag(help: tr("Read the password from standard input.", "Прочитать пароль со стандартного ввода.")) var passwordStdin = false
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let server = try Context.serverURL(url)
        let login = user ?? context.environment["USER"] ?? ""
        let password = try context.password(prompt: CLIText.passwordPrompt(login), fromStdin: passwordStdin)
        let client = ServerClient(server: server, token: nil, language: Language.current)
        let answer = try client.call("POST", "api/v1/session", SignInBody(login: login, password: password), as: SignedIn.self)
        try SavedLogin(server: server.absoluteString, login: answer.login, token: answer.token, expires: answer.expires).save(in: context.environment)
        context.print(CLIText.signedIn(answer.login, server: server.absoluteString))
        if answer.mustChangePassword { context.print(CLIText.changeGeneratedPassword) }
    }
}

struct Logout: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "logout", abstract: tr("Sign out: the saved token stops working.", "Выйти: сохранённый токен перестаёт действовать."))
    }
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        guard let saved = SavedLogin.load(from: context.environment) else { return context.print(CLIText.notSignedInLocally) }
        let client = ServerClient(server: try Context.serverURL(saved.server), token: saved.token, language: Language.current)
        do {
            _ = try client.send("DELETE", "api/v1/session")
        } catch let refusal as ServerRefusal where refusal.status == 401 {
            // The session had ended already: forgetting the token is all that is left.
        }
        SavedLogin.remove(from: context.environment)
        context.print(CLIText.signedOut(saved.login, server: saved.server))
    }
}

struct WhoAmI: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "whoami", abstract: tr("Who you are signed in as, and where.", "Под какой учётной записью и где выполнен вход."))
    }
    @OptionGroup var format: JSONFlag
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        guard let client = try context.remote(), client.token != nil else { throw CLIError(CLIText.notSignedInHint) }
        let answer = try client.send("GET", "api/v1/whoami")
        if format.json { return context.print(String(decoding: answer.body, as: UTF8.self), terminator: "") }
        let who = try client.decode(WhoAmIAnswer.self, answer)
        context.print(CLIText.whoAmI(who.login, name: who.name, person: who.person, roles: who.roles, server: client.server.absoluteString))
        if who.mustChangePassword { context.print(CLIText.changeGeneratedPassword) }
    }
}

struct Password: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "password",
            abstract: tr("Change your own password on the server.", "Сменить свой пароль на сервере."),
            discussion: tr(
                "With --password-stdin, standard input gives the current password on the first line and the new one on the second.",
                "С --password-stdin стандартный ввод даёт текущий пароль первой строкой и новый — второй."))
    }
    @Flag(help: tr("Read both passwords from standard input.", "Прочитать оба пароля со стандартного ввода.")) var passwordStdin = false
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        guard let client = try context.remote(), client.token != nil else { throw CLIError(CLIText.notSignedInHint) }
        let current: String
        let new: String
        if passwordStdin {
            let lines = (context.input() ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard lines.count >= 2, !lines[0].isEmpty, !lines[1].isEmpty else { throw CLIError(CLIText.twoPasswordsOnStdin) }
            (current, new) = (lines[0], lines[1])
        } else {
            current = try context.password(prompt: CLIText.currentPasswordPrompt, fromStdin: false)
            new = try context.password(prompt: CLIText.newPasswordPrompt, fromStdin: false)
        }
        _ = try client.send("PUT", "api/v1/password", json: try client.encode(PasswordBody(current: current, new: new)))
        context.print(CLIText.passwordChanged)
    }
}

extension Context {
    /// A password: from standard input with `fromStdin`, else asked at the terminal without echo.
    func password(prompt: String, fromStdin: Bool) throws -> String {
        if fromStdin || !inputIsTerminal {
            guard let text = input()?.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init), !text.isEmpty else {
                throw CLIError(CLIText.passwordStdinEmpty)
            }
            return text
        }
        guard let typed = getpass(prompt), let text = String(validatingCString: typed), !text.isEmpty else {
            throw CLIError(CLIText.passwordStdinEmpty)
        }
        return text
    }
}
