import ArgumentParser
import Foundation
import MarshrutStore
import MarshrutAccounts
import MarshrutCore
import MarshrutText
import MarshrutService

struct AccountCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "account",
            abstract: tr(
                "Accounts of a shared server: one per person, with roles on organizations.",
                "Учётные записи сервера: по одной на человека, с ролями в организациях."),
            subcommands: [Add.self, List.self, RoleCommand.self, Disable.self])
    }
}

extension AccountCommand {
    struct Add: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add",
                abstract: tr(
                    "Create an account; prints a one-time password unless one is piped with --password-stdin.",
                    "Создать учётную запись; печатает одноразовый пароль, если пароль не передан через --password-stdin."),
                discussion: tr(
                    "Example: marshrut account add zavuch --person sokolova --role curator@malinovka",
                    "Пример: marshrut account add zavuch --person sokolova --role curator@malinovka"))
        }

        @Argument(help: tr("The login: a short slug.", "Логин: короткий код.")) var login: String
        @Option(help: tr("The id of the person the account acts as.", "id человека, от имени которого действует запись.")) var person: String
        @Option(
            name: .customLong("role"),
            help: ArgumentHelp(
                tr(
                    "A scoped role, ROLE@ORG: curator, head, council, methodist or admin (repeat for several).",
                    "Роль в организации, РОЛЬ@ОРГ: curator, head, council, methodist или admin (можно несколько)."),
                valueName: "role@org")) var roles: [String] = []
        @Flag(help: tr("Read the password from standard input.", "Прочитать пароль со стандартного ввода.")) var passwordStdin = false
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            var password: String?
            if passwordStdin {
                guard let text = context.input()?.trimmingCharacters(in: .newlines), !text.isEmpty else {
                    throw CLIError(CLIText.passwordStdinEmpty)
                }
                password = text
            }
            if let client = try context.remote() {
                let created = try client.addAccount(login: login, person: person, roles: roles, password: password)
                context.print(CLIText.accountCreated(created.account))
                if let generated = created.generatedPassword { context.print(CLIText.oneTimePassword(generated)) }
                return
            }
            let created = try context.service().addAccount(login: login, person: person, grants: roles, password: password)
            context.print(CLIText.accountCreated(created.account))
            if let generated = created.generatedPassword { context.print(CLIText.oneTimePassword(generated)) }
        }
    }

    struct List: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: tr("List the accounts.", "Список учётных записей."))
        }
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let accounts: [AccountSummary]
            if let client = try context.remote() {
                let answer = try client.send("GET", "api/v1/accounts")
                if format.json { return context.print(String(decoding: answer.body, as: UTF8.self), terminator: "") }
                accounts = try client.decode([AccountSummary].self, answer)
            } else {
                accounts = try context.service().accounts()
            }
            if format.json { return context.print(try JSONOutput.string(accounts)) }
            let rows = accounts.map { a in
                [
                    a.login, a.person, a.roles.joined(separator: ", "),
                    a.disabled ? CLIText.accountDisabled : a.mustChangePassword ? CLIText.passwordToChange : "",
                ]
            }
            context.print(TextTable(header: [CLIText.login, CLIText.person, CLIText.roles, CLIText.state].map(String.init), rows: rows).render())
        }
    }

    struct RoleCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "role", abstract: tr("Grant or take away a scoped role.", "Выдать или забрать роль в организации."),
                subcommands: [Grant.self, Revoke.self])
        }

        struct Grant: ParsableCommand, Marshrut.Runnable {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "add", abstract: tr("Grant ROLE@ORG to an account.", "Выдать роль РОЛЬ@ОРГ."))
            }
            @Argument(help: tr("The login.", "Логин.")) var login: String
            @Argument(help: ArgumentHelp(tr("The role, e.g. curator@malinovka.", "Роль, например curator@malinovka."), valueName: "role@org"))
            var role: String
            @OptionGroup var global: GlobalOptions

            func run(_ context: Context) throws {
                let account = try context.remote()?.grantRole(role, to: login) ?? context.service().grantRole(role, to: login)
                context.print(CLIText.accountRoles(account))
            }
        }

        struct Revoke: ParsableCommand, Marshrut.Runnable {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "remove", abstract: tr("Take ROLE@ORG away from an account.", "Забрать роль РОЛЬ@ОРГ."))
            }
            @Argument(help: tr("The login.", "Логин.")) var login: String
            @Argument(help: ArgumentHelp(tr("The role, e.g. curator@malinovka.", "Роль, например curator@malinovka."), valueName: "role@org"))
            var role: String
            @OptionGroup var global: GlobalOptions

            func run(_ context: Context) throws {
                let account = try context.remote()?.revokeRole(role, from: login) ?? context.service().revokeRole(role, from: login)
                context.print(CLIText.accountRoles(account))
            }
        }
    }

    struct Disable: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "disable", abstract: tr("Disable an account and end its sessions.", "Отключить учётную запись и завершить её сеансы."))
        }
        @Argument(help: tr("The login.", "Логин.")) var login: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            _ = try context.remote()?.disableAccount(login) ?? context.service().disableAccount(login)
            context.print(CLIText.accountDisabledNow(login))
        }
    }
}

struct Audit: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "audit",
            abstract: tr("Read the audit log: every change made through the server.", "Журнал аудита: все изменения через сервер."))
    }
    @Option(help: ArgumentHelp(tr("From this day on.", "Начиная с этого дня."), valueName: "date")) var from: Day?
    @Option(help: tr("Only this login.", "Только этот логин.")) var account: String?
    @Option(help: tr("Only this subject id.", "Только этот объект.")) var subject: String?
    @OptionGroup var format: JSONFlag
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let entries: [AuditEntry]
        if let client = try context.remote() {
            var query: [String: String] = [:]
            if let from { query["from"] = from.description }
            if let account { query["account"] = account }
            if let subject { query["subject"] = subject }
            let answer = try client.send("GET", "api/v1/audit", query: query)
            if format.json { return context.print(String(decoding: answer.body, as: UTF8.self), terminator: "") }
            entries = try client.decode([AuditEntry].self, answer)
        } else {
            entries = try context.service().audit(from: from?.description, account: account, subject: subject)
        }
        if format.json { return context.print(try JSONOutput.string(entries)) }
        let rows = entries.map { [$0.at, $0.login, $0.action, $0.subject, $0.outcome] }
        context.print(
            TextTable(header: [CLIText.time, CLIText.login, CLIText.action, CLIText.auditSubject, CLIText.outcome].map(String.init), rows: rows).render())
    }
}
