import MarshrutCore
import MarshrutText

/// The words of the printed documents, in the reader's language: the module's catalog.
enum PrintText {
    static var language: PrintLanguage { Language.current == .russian ? .russian : .english }
    static var dash: String { "—" }
    static func period(_ start: Day?, _ end: Day) -> String {
        start.map { tr("\($0.display) – \(end.display)", "\($0.display) – \(end.display)") } ?? tr("by \(end.display)", "до \(end.display)")
    }
    static var notFilled: String { tr("Not filled in yet.", "Не заполнено.") }
    static var nothingYet: String { tr("None yet.", "Пока нет.") }
    static var number: String { "№" }
    static var yes: String { tr("yes", "да") }
    static var no: String { tr("no", "нет") }
    static var signatureLine: String { "____________________" }
    static func made(on day: Day) -> String { tr("Made on \(day.display).", "Документ сформирован \(day.display).") }
    static func hours(_ n: Int) -> String { tr("\(n) h", "\(n) ч") }

    // MARK: Route
    static var routeTitle: String { tr("Individual educational route of a teacher", "Индивидуальный образовательный маршрут педагога") }
    static var teacher: String { tr("Teacher", "Педагог") }
    static var tutor: String { tr("Tutor", "Тьютор") }
    static var term: String { tr("Term", "Срок реализации") }
    static var currentStep: String { tr("Current step", "Текущий шаг") }
    static var routeID: String { tr("Route", "Маршрут") }
    static var selfImageSection: String {
        tr("1. Self-determination: the desired image of oneself as a professional", "1. Самоопределение: желаемый образ себя как профессионала")
    }
    static var strengthsSection: String {
        tr("2. Achievements, merits and personal resources", "2. Достижения, достоинства и личностные ресурсы")
    }
    static var deficitsSection: String { tr("3. Professional difficulties and deficits", "3. Профессиональные затруднения и дефициты") }
    static var roadmapSection: String { tr("4. Roadmap of the route", "4. Дорожная карта индивидуального образовательного маршрута") }
    static var productsSection: String {
        tr("5. Implementation of the roadmap: pedagogical products", "5. Реализация дорожной карты: педагогические продукты")
    }
    static var correctionsSection: String { tr("6. Corrections of the roadmap", "6. Корректировка дорожной карты") }
    static var reflectionsSection: String {
        tr("7. Reflective analysis of the route's effectiveness", "7. Рефлексивный анализ эффективности маршрута")
    }
    static var area: String { tr("Competency area", "Область компетенций") }
    static var contents: String { tr("Description", "Содержание") }
    static var deficit: String { tr("Deficit", "Дефицит") }
    static var level: String { tr("Level (1–5)", "Уровень (1–5)") }
    static var activity: String { tr("Activity", "Мероприятие") }
    static var deficitsAddressed: String { tr("Deficits addressed", "Дефициты") }
    static var dates: String { tr("Dates", "Сроки") }
    static var product: String { tr("Product", "Продукт") }
    static var planned: String { tr("planned", "планируется") }
    static var productKind: String { tr("Kind", "Вид") }
    static var date: String { tr("Date", "Дата") }
    static var attitude: String { tr("Attitude to the result", "Отношение к результату") }
    static var author: String { tr("Author", "Автор") }
    static var change: String { tr("Change", "Изменение") }
    static var reason: String { tr("Reason", "Причина") }
    static var subject: String { tr("On", "Предмет рефлексии") }
    static var score: String { tr("Score (1–5)", "Оценка (1–5)") }
    static var finalAnalysis: String { tr("Final", "Итоговая") }
    static var reflection: String { tr("Self-assessment", "Самооценка") }
    static var selfImage: String { tr("the self-image", "образ себя") }
    static func onActivity(_ id: String, _ title: String) -> String { tr("activity \(id): \(title)", "мероприятие \(id): \(title)") }
    static func onDeficit(_ id: String) -> String { tr("deficit \(id)", "дефицит \(id)") }

    // MARK: Program
    static var programTitle: String { tr("Personalized mentoring program", "Персонализированная программа наставничества") }
    static var status: String { tr("State", "Состояние") }
    static func months(_ n: Int) -> String { tr("\(n) months", "\(n) мес.") }
    static var formsSection: String { tr("1. Forms of mentoring", "1. Формы и виды наставничества") }
    static var pair: String { tr("A mentoring pair.", "Наставническая пара.") }
    static var group: String { tr("A mentoring group.", "Наставническая группа.") }
    static var participantsSection: String { tr("2. Mentors and mentees", "2. Участники: наставники и наставляемые") }
    static var role: String { tr("Role", "Роль") }
    static var fullName: String { tr("Full name", "ФИО") }
    static var position: String { tr("Position", "Должность") }
    static var schoolSubject: String { tr("Subject", "Предмет") }
    static var mentor: String { tr("mentor", "наставник") }
    static var mentee: String { tr("mentee", "наставляемый") }
    static var periodSection: String { tr("3. Period", "3. Срок реализации") }
    static var goalsSection: String { tr("4. Directions and goals", "4. Направления наставнической деятельности и цели") }
    static var directions: String { tr("Directions of work", "Направления") }
    static var goals: String {
        tr("The mentee's difficulties the program addresses", "Профессиональные затруднения наставляемого, на устранение которых направлена программа")
    }
    static var activitiesSection: String { tr("5. Activities", "5. Перечень мероприятий") }
    static var kind: String { tr("Kind", "Вид") }
    static var indicatorsSection: String { tr("6. Monitoring indicators", "6. Показатели мониторинга") }
    static var indicator: String { tr("Indicator", "Показатель") }
    static var value: String { tr("Value", "Значение") }
    static var productsOfProgram: String { tr("7. Products", "7. Результаты: педагогические продукты") }
    static var mentorsSign: String { tr("Mentor", "Наставник") }
    static var menteesSign: String { tr("Mentee", "Наставляемый") }
    static var curatorSign: String { tr("Curator of the mentoring programs", "Куратор реализации программ наставничества") }

    // MARK: Order
    static var order: String { tr("ORDER", "ПРИКАЗ") }
    static func orderDate(_ day: Day) -> String { tr("\(day.display)    No. ______", "\(day.display) г.    № ______") }
    static var orderSubject: String { tr("On assigning mentoring pairs (groups)", "О закреплении наставнических пар (групп)") }
    static func preamble(_ school: String?) -> String {
        let name = school.map { " " + $0 } ?? ""
        return tr(
            "In accordance with the Regulation on the mentoring system for teachers\(name), with the written consent of the participants to the added duties of mentoring,",
            "В соответствии с Положением о системе наставничества педагогических работников\(name), на основании письменного согласия участников на возложение на них дополнительных обязанностей, связанных с наставнической деятельностью,"
        )
    }
    static var iOrder: String { tr("I ORDER:", "ПРИКАЗЫВАЮ:") }
    static func assign(_ program: String, _ start: Day, _ end: Day, group: Bool) -> String {
        group
            ? tr(
                "1. To assign the mentoring group for the personalized mentoring program \(program) for the period from \(start.display) to \(end.display):",
                "1. Закрепить наставническую группу для реализации персонализированной программы наставничества \(program) на период с \(start.display) по \(end.display):"
            )
            : tr(
                "1. To assign the mentoring pair for the personalized mentoring program \(program) for the period from \(start.display) to \(end.display):",
                "1. Закрепить наставническую пару для реализации персонализированной программы наставничества \(program) на период с \(start.display) по \(end.display):"
            )
    }
    static var form: String { tr("Form of mentoring", "Форма наставничества") }
    static var period: String { tr("Period", "Период") }
    static var dutiesConsent: String { tr("Consent to the duties", "Согласие на доп. обязанности") }
    static func consentGiven(_ day: Day) -> String { tr("given \(day.display)", "от \(day.display)") }
    static var noConsent: String { tr("NOT GIVEN", "НЕ ПОЛУЧЕНО") }
    static var mentorDuty: String {
        tr(
            "2. The mentor(s) shall carry out the personalized mentoring program within the set period.",
            "2. Наставнику (наставникам) обеспечить реализацию персонализированной программы наставничества в установленные сроки.")
    }
    static var curatorDuty: String {
        tr(
            "3. The curator of the mentoring programs shall monitor the program's progress.",
            "3. Куратору реализации программ наставничества осуществлять мониторинг хода реализации программы.")
    }
    static var control: String { tr("4. I reserve control over this order.", "4. Контроль исполнения приказа оставляю за собой.") }
    static var head: String { tr("Head", "Директор") }
    static var acquainted: String { tr("Acquainted with the order:", "С приказом ознакомлены:") }
    static var signature: String { tr("Signature", "Подпись") }
}
