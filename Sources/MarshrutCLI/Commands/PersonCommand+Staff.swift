import ArgumentParser
import MarshrutCore
import MarshrutText

/// The staff data `person add` and `person edit` take: who is a young specialist, who is new to
/// the school, who may mentor (regulation §1.1).
struct StaffOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr("The day of birth.", "Дата рождения."), valueName: "date")) var birthDate: Day?
    @Option(help: ArgumentHelp(tr("The day the person was hired at this school.", "Дата приёма в эту школу."), valueName: "date"))
    var hireDate: Day?
    @Option(help: ArgumentHelp(tr("The day teaching experience counts from.", "С какого дня считается педагогический стаж."), valueName: "date"))
    var experienceSince: Day?
    @Option(help: trValues(QualificationCategory.self, "The qualification category.", "Квалификационная категория.")) var category: QualificationCategory?
    @Option(help: ArgumentHelp(tr("The day the category was awarded.", "Дата присвоения категории."), valueName: "date"))
    var categoryDate: Day?

    var data: StaffData {
        StaffData(birthDate: birthDate, hireDate: hireDate, experienceSince: experienceSince, category: category, categoryDate: categoryDate)
    }
}
