import MarshrutCore
import MarshrutService
import MarshrutText

extension ServiceError {
    /// The refusal in the reader's language.
    var message: String {
        switch self {
        case .notPermitted(let permission):
            tr(
                "you may not \(permission.englishAction): this takes \(permission.holderNames)",
                "у вас нет права \(permission.russianAction): это может \(permission.holderNames)")
        case .notFound(let kind, let id):
            tr("no \(kind.rawValue) \"\(id)\"", "нет \(kind.russianGenitive) \"\(id)\"")
        case .noRoadMap:
            CLIText.noRoadMap
        case .proposalChanged:
            tr(
                "the proposal changed since it was shown (a mentor, a mentee or a program changed): look at it again with `marshrut match`, then apply",
                "предложение изменилось с момента показа (изменились наставники, наставляемые или программы): посмотрите его снова — `marshrut match`, затем применяйте"
            )
        case .notATutor(let id):
            tr(
                "\(id) does not hold the tutor role: add it (`roles: [tutor]` in the person's document) or name a tutor with --tutor",
                "у \(id) нет роли тьютора: добавьте её (`roles: [tutor]` в документе участника) или укажите тьютора в --tutor")
        case .overlappingRoute(let teacher, let existing):
            tr(
                "\(teacher) already has route \(existing) over this period: close it first, or open the new route after it ends",
                "у \(teacher) уже есть маршрут \(existing) на этот период: сначала закройте его или откройте новый после его окончания")
        case .duplicateProgram(let existing):
            tr(
                "program \(existing) already joins these mentors and mentees over this period: see `marshrut program show \(existing)`",
                "программа \(existing) уже объединяет этих наставников и наставляемых на этот период: см. `marshrut program show \(existing)`")
        case .reflectionInFuture(let day):
            CLIText.reflectionInFuture(day)
        case .reflectionBeforeStart(let day, let route, let start):
            CLIText.beforeRouteStart(day, route: route, start: start)
        case .noReflection(let route, let number, let count):
            CLIText.noSuchReflection(route: route, number: number, count: count)
        case .consentAfterToday(let day, let today):
            CLIText.consentAfterToday(day, today: today)
        case .consentAfterErasure(let id, let day):
            CLIText.erasedBefore(id, on: day)
        case .consentOnRecord(let id, let consent):
            CLIText.consentOnRecord(id, kind: consent.kind, day: consent.date)
        case .erasedPerson(let id):
            tr(
                "the personal data of \(id) was erased (consent withdrawn): the record is not edited again; with a new consent, add the person under a new id",
                "персональные данные \(id) удалены (согласие отозвано): запись больше не меняют; при новом согласии добавьте человека под новым id")
        case .yearOutOfRange(let year, let years):
            tr(
                "--year \(year) is out of range: give the year a school year begins, \(years.lowerBound)–\(years.upperBound) (2025 for 2025/26)",
                "--year \(year) вне допустимых значений: укажите год начала учебного года, \(years.lowerBound)–\(years.upperBound) (2025 для 2025/26)")
        case .incomplete(.activity, _):
            CLIText.newActivityNeeds
        case .incomplete(.deficit, let missing):
            tr(
                "a new deficit needs \(missing.map { "--\($0)" }.joined(separator: ", ")) (to change an existing one, give its --id)",
                "для нового дефицита укажите \(missing.map { "--\($0)" }.joined(separator: ", ")) (чтобы изменить существующее, укажите его --id)")
        case .noScriptsToPush:
            tr(
                "the folder holds no *.lua script: push a folder of scripts, or add --clear to remove the organization's scripts",
                "в папке нет скриптов *.lua: загрузите папку со скриптами или добавьте --clear, чтобы удалить скрипты организации")
        case .badScriptName(let name):
            tr(
                "\"\(name)\" cannot name a script (or is given twice): use a relative path of Latin letters, digits, '.', '_' and '-' ending in .lua, e.g. routes.lua",
                "\"\(name)\" не подходит как имя скрипта (или указано дважды): используйте относительный путь из латинских букв, цифр, '.', '_' и '-' с окончанием .lua, например routes.lua"
            )
        case .tooManyScripts(let count, let limit):
            tr(
                "\(count) scripts are more than an organization keeps (at most \(limit)): join some of them into one file",
                "скриптов \(count) — больше, чем хранится у организации (не больше \(limit)): объедините часть из них в один файл")
        case .scriptTooLarge(let name, let bytes, let limit):
            tr(
                "\(name) is \(bytes) bytes, more than a script may be (\(limit)): split it into several files",
                "\(name) — \(bytes) байт, больше допустимого для скрипта (\(limit)): разделите его на несколько файлов")
        case .scriptsTooLarge(let bytes, let limit):
            tr(
                "the scripts are \(bytes) bytes together, more than an organization keeps (\(limit)): leave out what the organization does not run",
                "скрипты вместе — \(bytes) байт, больше, чем хранится у организации (\(limit)): оставьте только то, что организация запускает")
        case .scriptsDoNotLoad(let problems):
            tr("the scripts do not load, nothing was pushed:", "скрипты не загружаются, ничего не загружено:")
                + problems.map { "\n  " + $0 }.joined()
                + tr(
                    "\n(check them with `marshrut --scripts FOLDER rules test`; an id an ancestor organization declares cannot be declared again)",
                    "\n(проверьте их: `marshrut --scripts ПАПКА rules test`; id, объявленный вышестоящей организацией, нельзя объявить снова)")
        case .scriptsDiffer(let organizations):
            tr(
                "your roles cover organizations whose scripts differ (\(organizations.joined(separator: ", "))): name one with --org",
                "ваши роли охватывают организации с разными скриптами (\(organizations.joined(separator: ", "))): укажите одну в --org")
        }
    }
}

extension ServiceError.SubjectKind {
    var russianGenitive: String {
        switch self {
        case .person: "участника"
        case .route: "маршрута"
        case .program: "программы"
        case .organization: "организации"
        case .plan: "дорожной карты"
        }
    }
}

extension Permission {
    /// Who may, as the refusal names them: "the route's tutor or curator@ORG".
    var holderNames: String {
        let names = holders.sorted().map { holder -> String in
            switch holder {
            case .itself: tr("the person themself", "сам участник")
            case .teacher: tr("the route's teacher", "педагог маршрута")
            case .tutor: tr("the route's tutor", "тьютор маршрута")
            case .mentor: tr("a mentor of the program", "наставник программы")
            case .mentee: tr("a mentee of the program", "наставляемый программы")
            case .curator, .head, .council, .methodist, .admin: "\(holder.rawValue)@ORG"
            }
        }
        return names.joined(separator: tr(" or ", " или "))
    }

    var englishAction: String {
        switch self {
        case .readPerson(let id): "read person \(id)"
        case .listPersons: "list the persons"
        case .addPerson: "add persons"
        case .changePerson(let id): "change person \(id) and their consents"
        case .readRoute(let id): "read route \(id)"
        case .listRoutes: "list the routes"
        case .openRoute(let teacher, _): "open a route for \(teacher)"
        case .planRoute(let id): "plan route \(id)"
        case .reflect(let route): "write reflections on route \(route)"
        case .readProgram(let id): "read program \(id)"
        case .listPrograms: "list the programs"
        case .createProgram: "create programs"
        case .manageProgram(let id): "manage program \(id)"
        case .applyMatch: "apply match proposals"
        case .runProgram(let id): "record activities and indicators of program \(id)"
        case .runRules: "run the rules"
        case .readReports: "read the reports"
        case .readScripts(let id): "read the scripts of \(id)"
        case .pushScripts(let id): "push the scripts of \(id)"
        case .importDocuments: "import documents"
        case .exportDocuments: "export documents"
        case .manageOrganization(let id): id.map { "manage organization \($0)" } ?? "add organizations"
        case .listOrganizations: "list the organizations"
        case .manageAccount(let person): "manage the account of \(person)"
        case .listAccounts: "list the accounts"
        case .readAudit: "read the audit log"
        }
    }

    var russianAction: String {
        switch self {
        case .readPerson(let id): "просматривать участника \(id)"
        case .listPersons: "просматривать список участников"
        case .addPerson: "добавлять участников"
        case .changePerson(let id): "изменять участника \(id) и его согласия"
        case .readRoute(let id): "просматривать маршрут \(id)"
        case .listRoutes: "просматривать список маршрутов"
        case .openRoute(let teacher, _): "открывать маршрут для \(teacher)"
        case .planRoute(let id): "планировать маршрут \(id)"
        case .reflect(let route): "писать рефлексию по маршруту \(route)"
        case .readProgram(let id): "просматривать программу \(id)"
        case .listPrograms: "просматривать список программ"
        case .createProgram: "создавать программы"
        case .manageProgram(let id): "управлять программой \(id)"
        case .applyMatch: "применять предложения подбора пар"
        case .runProgram(let id): "вносить мероприятия и показатели программы \(id)"
        case .runRules: "запускать правила"
        case .readReports: "просматривать отчёты"
        case .readScripts(let id): "просматривать скрипты \(id)"
        case .pushScripts(let id): "загружать скрипты \(id)"
        case .importDocuments: "загружать документы"
        case .exportDocuments: "выгружать документы"
        case .manageOrganization(let id): id.map { "управлять организацией \($0)" } ?? "добавлять организации"
        case .listOrganizations: "просматривать список организаций"
        case .manageAccount(let person): "управлять учётной записью \(person)"
        case .listAccounts: "просматривать учётные записи"
        case .readAudit: "читать журнал аудита"
        }
    }
}
