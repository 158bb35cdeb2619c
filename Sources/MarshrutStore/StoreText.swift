import MarshrutCore
import MarshrutText

/// Every message of the store, in English and Russian.
///
/// The database's own refusals (its append-only and erasure triggers) are written in English
/// inside shipped migrations, which are never edited; `databaseMessage` gives their Russian.
enum StoreText {
    // MARK: - Opening and failures

    static func noDatabase(_ path: String) -> String {
        tr(
            "no database at \(path): create one with `marshrut init` (or `marshrut import Routes` to start with the sample school)",
            "нет базы данных \(path): создайте её командой `marshrut init` "
                + "(или `marshrut import Routes`, чтобы начать с примера школы)")
    }

    static func badDatabaseAddress(_ address: String) -> String {
        tr(
            "\(address) is not a database address: give a file path or postgres://USER@HOST[:PORT]/DATABASE",
            "\(address) — не адрес базы данных: укажите путь к файлу или postgres://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР[:ПОРТ]/БАЗА")
    }

    static func cannotConnect(_ address: String, _ reason: String) -> String {
        tr(
            "cannot connect to the database \(address): \(reason); check the address, that the server runs and that the user may log in",
            "не удаётся подключиться к базе данных \(address): \(reason); проверьте адрес, что сервер работает и что пользователю разрешён вход")
    }

    static func notOnPostgres(_ what: String, _ address: String) -> String {
        tr(
            "\(what) is not available on a PostgreSQL database yet (\(address)); use a SQLite file for it, or move the data with `marshrut copy`",
            "\(what) пока недоступно для базы PostgreSQL (\(address)); используйте для этого файл SQLite или перенесите данные командой `marshrut copy`")
    }

    static func copyTargetNotEmpty(_ path: String) -> String {
        tr(
            "\(path) already holds data: copy into a new, empty database (nothing was written)",
            "в \(path) уже есть данные: копируйте в новую, пустую базу (ничего не записано)")
    }

    static func locked(_ path: String) -> String {
        tr(
            "the database \(path) is locked by another process for too long; nothing was saved: try again",
            "база данных \(path) слишком долго занята другим процессом; ничего не сохранено: попробуйте ещё раз")
    }

    static func readOnly(_ path: String) -> String {
        tr(
            "the database \(path) is read-only; nothing was saved: check the file's permissions",
            "база данных \(path) открыта только для чтения; ничего не сохранено: проверьте права доступа к файлу")
    }

    static func cannotOpen(_ path: String) -> String {
        tr(
            "cannot open the database \(path): check that the folder exists and is writable",
            "не удаётся открыть базу данных \(path): проверьте, что папка существует и в неё можно записывать")
    }

    static func notADatabase(_ path: String) -> String {
        tr(
            "\(path) is not a Marshrut database (or is damaged): use another --db path",
            "\(path) — не база данных «Маршрута» (или она повреждена): укажите другой путь в --db")
    }

    static func diskFull(_ path: String) -> String {
        tr("the disk is full; nothing was saved to \(path)", "диск заполнен; в \(path) ничего не сохранено")
    }

    static func databaseError(_ path: String, _ message: String) -> String {
        tr(
            "database error in \(path): \(message); nothing was saved",
            "ошибка базы данных \(path): \(databaseMessage(message)); ничего не сохранено")
    }

    /// The Russian of a refusal raised by the schema's triggers; other SQLite messages stay as
    /// SQLite wrote them.
    static func databaseMessage(_ english: String) -> String {
        let erased = "this person's personal data was erased on withdrawn consent"
        let withdrew = "the teacher of this route withdrew their consent and their texts were erased"
        let withdrewRussian = "педагог этого маршрута отозвал согласие, и его тексты удалены"
        switch english {
        case "the erasure log is append-only":
            return "журнал удалений персональных данных только дополняется"
        case "\(erased) and cannot be written back: add the person anew under another id":
            return "персональные данные этого участника удалены после отзыва согласия и не могут быть записаны снова: "
                + "добавьте участника заново под другим id"
        case "\(erased): add the person anew under another id to record a new consent":
            return "персональные данные этого участника удалены после отзыва согласия: "
                + "чтобы записать новое согласие, добавьте участника заново под другим id"
        case "\(withdrew): the route can no longer change":
            return "\(withdrewRussian): маршрут больше нельзя менять"
        case "\(withdrew): no reflection can be added":
            return "\(withdrewRussian): добавить рефлексию нельзя"
        case "\(withdrew): no reflection can be revised":
            return "\(withdrewRussian): исправить рефлексию нельзя"
        default:
            let suffix = " history is append-only"
            guard english.hasSuffix(suffix) else { return english }
            return "история \(english.dropLast(suffix.count)) только дополняется: записи в ней не меняют и не удаляют"
        }
    }

    // MARK: - Rows

    static func malformedDate(column: String) -> String {
        tr("the database holds a malformed date in column \(column)", "в базе данных повреждена дата в столбце \(column)")
    }

    static func unknownCode<V: NamedVocabulary>(_ type: V.Type, column: String) -> String {
        tr(
            "the database holds an unknown \(V.noun) in column \(column)",
            "в базе данных в столбце \(column) неизвестный код \(V.russianGenitive)")
    }

    static func notFound(_ kind: SubjectReference.Kind, _ id: String, known: [String]) -> String {
        let list = known.prefix(8).joined(separator: ", ") + (known.count > 8 ? ", …" : "")
        let english = known.isEmpty ? "there are none yet" : "known: \(list)"
        let russian = known.isEmpty ? "их пока нет" : "есть: \(list)"
        let whom =
            switch kind {
            case .person: "участника"
            case .route: "маршрута"
            case .program: "программы"
            case .plan: "дорожной карты"
            case .organization: "организации"
            }
        return tr("no \(kind.rawValue) \"\(id)\" in the database (\(english))", "в базе данных нет \(whom) \"\(id)\" (\(russian))")
    }

    // MARK: - Persons, routes, programs

    static func personExists(_ id: String) -> String {
        tr(
            "a person \"\(id)\" already exists: choose another id or see `marshrut person show \(id)`",
            "участник \"\(id)\" уже есть: выберите другой id или посмотрите его командой `marshrut person show \(id)`")
    }

    static func personIDChange(_ old: String, _ new: String) -> String {
        tr("a person's id cannot change (\(old) → \(new))", "id участника менять нельзя (\(old) → \(new))")
    }

    static func routeKept(_ id: String, programs: [String], corrections: Int, reflections: Int) -> String {
        var english: [String] = []
        var russian: [String] = []
        if !programs.isEmpty {
            english.append("programs \(programs.joined(separator: ", ")) address its deficits")
            russian.append("на его дефициты направлены программы \(programs.joined(separator: ", "))")
        }
        if corrections > 0 {
            english.append("it has \(corrections) correction(s)")
            russian.append("в нём есть корректировки (\(corrections))")
        }
        if reflections > 0 {
            english.append("it has \(reflections) reflection(s)")
            russian.append("в нём есть рефлексия (\(reflections))")
        }
        return tr(
            "route \(id) stays: \(english.joined(separator: "; ")); a route with history is kept (close it instead)",
            "маршрут \(id) нельзя удалить: \(russian.joined(separator: "; ")); маршрут с историей сохраняется (закройте его)")
    }

    static func programKept(_ id: String, indicators: Int) -> String {
        tr(
            "program \(id) stays: it has \(indicators) indicator value(s); cancel it instead (`marshrut program status \(id) cancelled --reason \"…\"`)",
            "программу \(id) нельзя удалить: в ней есть значения показателей (\(indicators)); отмените её (`marshrut program status \(id) cancelled --reason \"…\"`)"
        )
    }

    static func damagedRecord(_ path: String, table: String, id: String, detail: String) -> String {
        tr(
            "\(path): the \(table) \"\(id)\" is damaged and cannot be read (\(detail)); restore the database from a backup, or export what can be read and fix the record",
            "\(path): запись \(table) \"\(id)\" повреждена и не читается (\(detail)); восстановите базу из резервной копии или выгрузите то, что читается, и исправьте запись"
        )
    }

    static func newerDatabase(_ path: String, unknown: [String]) -> String {
        tr(
            "\(path) was written by a newer Marshrut (it has migrations this version does not know: \(unknown.joined(separator: "; "))); it is not opened, so nothing in it changes: use the newer version of marshrut",
            "\(path) записана более новой версией Маршрута (в ней есть миграции, которых эта версия не знает: \(unknown.joined(separator: "; "))); база не открыта, и в ней ничего не изменилось: воспользуйтесь более новой версией marshrut"
        )
    }

    static func allConnectionsBusy(_ address: String, _ limit: Int) -> String {
        tr(
            "all \(limit) connections to the database \(address) stayed busy for a minute: nothing was changed; try again, and if it persists look for long-running work on that database",
            "все \(limit) соединений с базой \(address) были заняты целую минуту: ничего не изменено; повторите, а если не поможет, поищите долгую работу на этой базе"
        )
    }

    static func routeExists(_ id: String) -> String {
        tr(
            "a route \"\(id)\" already exists: choose another id or see `marshrut route show \(id)`",
            "маршрут \"\(id)\" уже есть: выберите другой id или посмотрите его командой `marshrut route show \(id)`")
    }

    static func routeIDChange(_ old: String, _ new: String) -> String {
        tr(
            "a route's id cannot change (\(old) → \(new)): open a new route instead",
            "id маршрута менять нельзя (\(old) → \(new)): вместо этого откройте новый маршрут")
    }

    static func programExists(_ id: String) -> String {
        tr(
            "a program \"\(id)\" already exists: choose another id or see `marshrut program show \(id)`",
            "программа \"\(id)\" уже есть: выберите другой id или посмотрите её командой `marshrut program show \(id)`")
    }

    static func programIDChange(_ old: String, _ new: String) -> String {
        tr("a program's id cannot change (\(old) → \(new))", "id программы менять нельзя (\(old) → \(new))")
    }

    // MARK: - History

    /// The history that may only grow, as `appendOnly` names it.
    static func consents(ofPerson id: String) -> String { tr("consents of person \(id)", "согласия участника \(id)") }
    static func corrections(ofRoute id: String) -> String { tr("corrections of route \(id)", "корректировки маршрута \(id)") }
    static func reflections(ofRoute id: String) -> String { tr("reflections of route \(id)", "записи рефлексии маршрута \(id)") }
    static func indicators(ofProgram id: String) -> String { tr("indicators of program \(id)", "показатели программы \(id)") }
    static func statusChanges(ofProgram id: String) -> String {
        tr("status changes of program \(id)", "смены статуса программы \(id)")
    }

    static func appendOnly(_ what: String, stored: Int) -> String {
        tr(
            "the \(what) are append-only: \(stored) stored entries would be changed or removed; "
                + "keep them as they are and add new entries after them",
            "\(what) только дополняются, а здесь изменились бы или пропали уже сохранённые записи (\(stored)): "
                + "оставьте их как есть и добавляйте новые после них")
    }

    static func revisionsAppendOnly(route: String, number: Int) -> String {
        tr(
            "the revisions of reflection \(route)/\(number) are append-only: keep the stored ones and add new ones after them",
            "правки рефлексии \(route)/\(number) только дополняются: оставьте сохранённые и добавляйте новые после них")
    }

    // MARK: - Erasure

    static func erasureDidNotRun(_ id: String) -> String {
        tr("the erasure of \(id) did not run", "удаление персональных данных \(id) не выполнено")
    }

    static func alreadyErased(_ id: String, on date: Day, number: Int) -> String {
        tr(
            "the personal data of \(id) was already erased on \(date) (erasure no. \(number)): there is nothing left to forget",
            "персональные данные \(id) уже удалены \(date.display) (удаление № \(number)): удалять больше нечего")
    }

    static func notErased(_ id: String) -> String {
        tr("the personal data of \(id) was not erased: there is no erasure to finish", "персональные данные \(id) не удалялись: завершать нечего")
    }

    static var diskFullReason: String { tr("the disk is full", "диск заполнен") }

    static func cleanUpFailed(_ id: String, reason: String) -> String {
        tr(
            "the personal data of \(id) is erased and the erasure is logged, but the space it took is not yet reclaimed from the file (\(reason)): "
                + "when that is fixed, run `marshrut person forget \(id)` again to finish the clean-up",
            "персональные данные \(id) удалены, удаление записано в журнал, но место, которое они занимали, ещё не освобождено в файле (\(reason)): "
                + "когда это будет исправлено, запустите `marshrut person forget \(id)` ещё раз, чтобы завершить очистку")
    }

    static func cleanUpPending(_ id: String) -> String {
        tr(
            "the personal data of \(id) is erased, but another process reading the database keeps "
                + "the old pages in its write-ahead log: when it has finished, run `marshrut person forget \(id)` "
                + "again to finish the clean-up",
            "персональные данные \(id) удалены, но другой процесс, читающий базу, ещё держит старые страницы "
                + "в журнале предзаписи (WAL): когда он завершится, снова выполните `marshrut person forget \(id)`, "
                + "чтобы закончить очистку")
    }
}
