import ArgumentParser
import MarshrutCore
import MarshrutStore
import MarshrutText

struct Copy: ParsableCommand, Marshrut.Runnable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "copy",
            abstract: tr(
                "Copy a whole database into a new, empty one: between a SQLite file and PostgreSQL, either way.",
                "Скопировать всю базу в новую, пустую: из файла SQLite в PostgreSQL и обратно."),
            discussion: tr(
                """
                Examples:
                  marshrut copy --from marshrut.db --to postgres://marshrut@db.example:5432/region
                  marshrut copy --from postgres://marshrut@db.example/region --to backup.db
                Everything moves in one transaction of the target: persons, routes, programs with their \\
                whole history, road maps, organizations, accounts with their roles, the erasure log and \\
                the audit log. Sign-in sessions do not: everyone signs in again. The target must be \\
                empty (a new file, or a PostgreSQL database just created with `createdb`); an export of \\
                both databases is then the same.
                """,
                """
                Примеры:
                  marshrut copy --from marshrut.db --to postgres://marshrut@db.example:5432/region
                  marshrut copy --from postgres://marshrut@db.example/region --to backup.db
                Всё переносится одной транзакцией в новой базе: люди, маршруты, программы со всей \
                историей, дорожные карты, организации, учётные записи с ролями, журнал удалений \
                персональных данных и журнал действий. Сеансы входа не переносятся: все входят заново. \
                Новая база должна быть пустой (новый файл или база PostgreSQL, только что созданная \
                `createdb`); выгрузка (`export`) обеих баз после этого одинакова.
                """))
    }

    @Option(
        help: ArgumentHelp(
            tr(
                "The database to copy (default: --db, $MARSHRUT_DB or marshrut.db).", "Какую базу копировать (по умолчанию --db, $MARSHRUT_DB или marshrut.db)."
            ),
            valueName: "file-or-url")) var from: String?
    @Option(
        help: ArgumentHelp(
            tr(
                "The new, empty database: a file path or postgres://USER@HOST[:PORT]/DATABASE.",
                "Новая, пустая база: путь к файлу или postgres://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР[:ПОРТ]/БАЗА."),
            valueName: "file-or-url")) var to: String
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let source = try context.store(at: from)
        let target = try context.store(at: to, create: true)
        let copied = try context.service(over: source).copy(to: target)
        context.print(CLIText.copied(copied, from: source.path, to: target.path))
    }
}
