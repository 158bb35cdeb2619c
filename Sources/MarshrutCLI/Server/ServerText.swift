import MarshrutAccounts
import MarshrutCore
import MarshrutServer
import MarshrutText

extension CLIText {
    // MARK: Organizations and accounts

    static let organizationType = Localized("TYPE", ru: "ТИП")
    static let parent = Localized("PARENT", ru: "ВХОДИТ В")
    static let login = Localized("LOGIN", ru: "ЛОГИН")
    static let person = Localized("PERSON", ru: "ЧЕЛОВЕК")
    static let state = Localized("STATE", ru: "СОСТОЯНИЕ")
    static let time = Localized("TIME", ru: "ВРЕМЯ")
    static let action = Localized("ACTION", ru: "ДЕЙСТВИЕ")
    static let auditSubject = Localized("SUBJECT", ru: "ОБЪЕКТ")
    static let outcome = Localized("OUTCOME", ru: "ИТОГ")
    static var accountDisabled: String { tr("disabled", "отключена") }
    static var passwordToChange: String { tr("password to change", "нужно сменить пароль") }

    static func organizationSaved(_ organization: Organization) -> String {
        tr(
            "Saved organization \(organization.id): \(organization.name) (\(organization.type.title)).",
            "Организация \(organization.id) сохранена: \(organization.name) (\(organization.type.title)).")
    }

    static func organizationAbove(_ chain: [String]) -> String {
        tr("Within: \(chain.joined(separator: " → "))", "Входит в: \(chain.joined(separator: " → "))")
    }

    static func accountCreated(_ account: AccountSummary) -> String {
        let roles = account.roles.isEmpty ? "" : tr(", roles \(account.roles.joined(separator: ", "))", ", роли \(account.roles.joined(separator: ", "))")
        return tr(
            "Created account \(account.login) for \(account.person)\(roles).",
            "Создана учётная запись \(account.login) для \(account.person)\(roles).")
    }

    static func oneTimePassword(_ password: String) -> String {
        tr(
            "One-time password (shown once; it must be changed at the first sign-in): \(password)",
            "Одноразовый пароль (показан один раз; при первом входе его нужно сменить): \(password)")
    }

    static func accountRoles(_ account: AccountSummary) -> String {
        let roles = account.roles.isEmpty ? tr("none", "нет") : account.roles.joined(separator: ", ")
        return tr("\(account.login): roles \(roles).", "\(account.login): роли \(roles).")
    }

    static func accountDisabledNow(_ login: String) -> String {
        tr("Disabled account \(login); its sessions ended.", "Учётная запись \(login) отключена; её сеансы завершены.")
    }

    static var passwordStdinEmpty: String {
        tr("--password-stdin: standard input gave no password", "--password-stdin: стандартный ввод не дал пароля")
    }

    static func serving(_ url: String, database: String) -> String {
        tr(
            "Serving \(database) at \(url) (web pages at /, API under /api/v1, health at /healthz). Stop with Ctrl-C or SIGTERM.",
            "База \(database) доступна по адресу \(url) (веб-страницы — /, API — /api/v1, проверка — /healthz). Остановка: Ctrl-C или SIGTERM.")
    }
}

extension AccountError {
    /// The refusal in the reader's language.
    var message: String {
        switch self {
        case .invalidLogin(let login):
            tr(
                "\"\(login)\" is not a valid login: use lower-case Latin letters and digits, joined by hyphens, at most 64",
                "\"\(login)\" не подходит как логин: используйте строчные латинские буквы и цифры через дефис, не больше 64")
        case .loginTaken(let login):
            tr("the login \(login) is taken: choose another", "логин \(login) уже занят: выберите другой")
        case .personHasAccount(let person, let login):
            tr("\(person) already has an account (\(login)): one account per person", "у \(person) уже есть учётная запись (\(login)): одна на человека")
        case .noAccount(let login):
            tr("no account \"\(login)\"", "нет учётной записи \"\(login)\"")
        case .invalidGrant(let text):
            tr(
                "\"\(text)\" is not a role: write ROLE@ORG with ROLE one of \(ScopedRoleNames.all)",
                "\"\(text)\" — не роль: пишите РОЛЬ@ОРГ, где РОЛЬ — одна из \(ScopedRoleNames.all)")
        case .noOrganization(let id):
            tr(
                "no organization \"\(id)\": add it first (marshrut organization add) or fix the id",
                "нет организации \"\(id)\": сначала добавьте её (marshrut organization add) или исправьте id")
        case .passwordTooShort(let minimum):
            tr("the password is too short: use at least \(minimum) characters", "пароль слишком короткий: нужно не меньше \(minimum) символов")
        case .wrongCredentials:
            tr("wrong login or password", "неверный логин или пароль")
        case .disabled(let login):
            tr("the account \(login) is disabled: ask your administrator", "учётная запись \(login) отключена: обратитесь к администратору")
        case .notSignedIn:
            tr(
                "not signed in, or the session ended: sign in again (marshrut login URL)",
                "вход не выполнен или сеанс завершён: войдите снова (marshrut login URL)")
        case .mustChangePassword(let login):
            tr(
                "\(login) signed in with a one-time password: change it first (marshrut password)",
                "\(login) вошёл с одноразовым паролем: сначала смените его (marshrut password)")
        case .grantNotHeld(let login, let grant):
            tr("\(login) does not hold \(grant)", "у \(login) нет роли \(grant)")
        }
    }
}

/// The scoped roles as a request's error lists them.
enum ScopedRoleNames {
    static let all = "curator, head, council, methodist, admin"
}

extension RequestError {
    /// The refusal in the reader's language.
    var message: String {
        switch self {
        case .badField(let field, let problem):
            let name = field.isEmpty ? tr("the body", "тело запроса") : field
            return switch problem {
            case .missing: tr("\(name): required", "\(name): обязательное поле")
            case .wrongType(let expected): tr("\(name): expected a \(expected)", "\(name): ожидается \(expected)")
            case .notJSON: tr("\(name): not JSON", "\(name): не JSON")
            case .badValue(let detail): tr("\(name): \(detail)", "\(name): \(detail)")
            }
        case .bodyTooLarge(let limit):
            return tr("the request body is larger than \(limit) bytes", "тело запроса больше \(limit) байт")
        case .tooManyAttempts(let seconds):
            return tr("too many failed sign-ins: try again in \(seconds) s", "слишком много неудачных попыток входа: повторите через \(seconds) с")
        case .badQuery(let name, let value):
            return tr("\(name)=\(value) is not a value this list takes", "\(name)=\(value) — недопустимое значение")
        case .addressInUse(let host, let port):
            return tr(
                "\(host):\(port) is in use by another program: choose another port with --port",
                "\(host):\(port) занят другой программой: выберите другой порт в --port")
        }
    }
}

extension CLIText {
    // MARK: Signing in

    static func passwordPrompt(_ login: String) -> String { tr("Password for \(login): ", "Пароль для \(login): ") }
    static var currentPasswordPrompt: String { tr("Current password: ", "Текущий пароль: ") }
    static var newPasswordPrompt: String { tr("New password: ", "Новый пароль: ") }

    static func signedIn(_ login: String, server: String) -> String {
        tr("Signed in to \(server) as \(login).", "Вход на \(server) выполнен: \(login).")
    }

    static func signedOut(_ login: String, server: String) -> String {
        tr("Signed out \(login) from \(server).", "Выход \(login) с \(server) выполнен.")
    }

    static var changeGeneratedPassword: String {
        tr(
            "This password was generated for you: change it now with `marshrut password`.",
            "Этот пароль выдан вам при создании записи: смените его командой `marshrut password`.")
    }

    static var notSignedInLocally: String { tr("Not signed in to any server.", "Вход на сервер не выполнен.") }

    static var notSignedInHint: String {
        tr("not signed in: run `marshrut login URL` first", "вход не выполнен: сначала выполните `marshrut login URL`")
    }

    static func whoAmI(_ login: String, name: String, person: String, roles: [String], server: String) -> String {
        let held = roles.isEmpty ? "" : tr("; roles \(roles.joined(separator: ", "))", "; роли \(roles.joined(separator: ", "))")
        return tr("\(login) — \(name) (\(person)) on \(server)\(held)", "\(login) — \(name) (\(person)) на \(server)\(held)")
    }

    static var twoPasswordsOnStdin: String {
        tr(
            "--password-stdin: give the current password on the first line and the new one on the second",
            "--password-stdin: укажите текущий пароль первой строкой, а новый — второй")
    }

    static var passwordChanged: String { tr("Password changed.", "Пароль изменён.") }

    static func badServerURL(_ text: String) -> String {
        tr("\"\(text)\" is not a server address: write http://HOST:PORT", "\"\(text)\" — не адрес сервера: пишите http://ХОСТ:ПОРТ")
    }

    static func serverUnreachable(_ server: String, _ detail: String) -> String {
        tr("cannot reach \(server): \(detail) (is `marshrut serve` running there?)", "нет связи с \(server): \(detail) (запущен ли там `marshrut serve`?)")
    }

    static func unreadableAnswer(_ server: String, _ detail: String) -> String {
        tr("\(server) answered something this version cannot read: \(detail)", "\(server) ответил так, что эта версия не может прочитать: \(detail)")
    }

    static func cannotSaveLogin(_ path: String) -> String {
        tr("cannot write \(path): check the folder's permissions", "не удалось записать \(path): проверьте права на папку")
    }
}

extension CLIText {
    static func notOnServerYet(_ server: String) -> String {
        tr(
            "this command does not run against a server yet (signed in to \(server)): give --db FILE for a local database, or `marshrut logout`",
            "эта команда пока не работает с сервером (выполнен вход на \(server)): укажите --db ФАЙЛ для локальной базы или выполните `marshrut logout`")
    }
}

extension CLIText {
    static var noConfigFolder: String {
        tr("cannot keep the login: set $HOME or $XDG_CONFIG_HOME", "негде сохранить вход: задайте $HOME или $XDG_CONFIG_HOME")
    }
}

extension CLIText {

    static var rulesOnServerWholeScope: String {
        tr(
            "through a server, a run covers your whole scope, or one organization's with --org, on the server's day: leave out --route/--person/--program and --today",
            "через сервер проверка охватывает всю вашу область или одну организацию (--org) на дату сервера: уберите --route/--person/--program и --today")
    }

    static var authorIsTheAccount: String {
        tr(
            "through a server the corrections an import records are the signed-in account's: leave out --author",
            "через сервер корректировки при загрузке записываются от имени вошедшего пользователя: уберите --author")
    }

    static func unreadableDocument(_ file: String) -> String {
        tr("cannot read \(file) as UTF-8 text", "не удаётся прочитать \(file) как текст UTF-8")
    }
}
