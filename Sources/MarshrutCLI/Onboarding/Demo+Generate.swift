import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutStore
import MarshrutSynthetic
import MarshrutText

extension Demo {
    /// `marshrut demo generate`: a synthetic region of N teachers, written in bulk.
    struct Generate: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "generate",
                abstract: tr(
                    "Generate a realistic synthetic region of N teachers into the database.",
                    "Сгенерировать в базе правдоподобный регион из N педагогов."),
                discussion: tr(
                    """
                    Teachers, mentors, tutors and curators across schools; one route per teacher at a spread of \\
                    steps; programs for about a third of the teachers, with indicators over time. The same \\
                    --teachers, --seed and --as-of always give the same region. The database must be empty.
                    """,
                    """
                    Педагоги, наставники, тьюторы и кураторы по школам; по маршруту на педагога на разных \\
                    этапах; программы примерно у трети педагогов, с показателями во времени. Одни и те же \\
                    --teachers, --seed и --as-of всегда дают тот же регион. База должна быть пустой.
                    """)
            )
        }

        @Option(help: tr("How many teachers (each with a route).", "Сколько педагогов (у каждого маршрут)."))
        var teachers: Int
        @Option(help: tr("The seed: the same seed gives the same region.", "Зерно: одно и то же зерно даёт тот же регион."))
        var seed: UInt64 = 1
        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp(
                tr(
                    "The region's today: how far routes and programs have come (default: 2026-11-29).",
                    "«Сегодня» региона: докуда дошли маршруты и программы (по умолчанию 2026-11-29)."),
                valueName: "date"))
        var asOf: Day?
        @Flag(
            help: tr(
                "Also make the region's organizations (municipalities, a school per 25 teachers, the centre) and place everyone in one.",
                "Создать и организации региона (округа, школу на 25 педагогов, центр) и указать у каждого его организацию."))
        var organizations = false
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard teachers >= 1 else {
                throw ValidationError(tr("Please give --teachers 1 or more.", "Укажите --teachers не меньше 1."))
            }
        }

        func run(_ context: Context) throws {
            let region = SyntheticRegion(
                teachers: teachers, seed: seed, asOf: asOf ?? SyntheticRegion.defaultAsOf, withOrganizations: organizations)
            let path = context.databasePath
            let store = try context.store(at: path, create: true)
            let clock = ContinuousClock()
            let started = clock.now
            var bar = ProgressBar(
                total: region.units,
                label: tr("persons, routes, program blocks", "людей, маршрутов, блоков программ"),
                environment: context.environment)
            let written = try region.write(into: store) { bar.advance(by: $0) }
            let programs = written.programs
            bar.finish()
            let elapsed = clock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            context.print(
                tr(
                    """
                    Generated \(region.personCount) persons, \(region.teachers) routes and \(programs) programs \
                    (seed \(seed), as of \(region.asOf)) in \(String(format: "%.1f", seconds)) s \
                    (\(Int(Double(region.teachers) / max(seconds, 1e-9))) teachers/s): \(path)
                    """,
                    """
                    Создано людей: \(region.personCount), маршрутов: \(region.teachers), программ: \(programs) \
                    (зерно \(seed), на \(region.asOf)) за \(String(format: "%.1f", seconds)) с \
                    (\(Int(Double(region.teachers) / max(seconds, 1e-9))) педагогов/с): \(path)
                    """))
        }
    }
}
