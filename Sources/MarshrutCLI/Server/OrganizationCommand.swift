import ArgumentParser
import Foundation
import MarshrutCore
import MarshrutService
import MarshrutText

extension Organization.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}

struct OrganizationCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "organization",
            abstract: tr(
                "Regions, municipalities, schools and centres: what scoped roles are granted on.",
                "Регионы, муниципалитеты, школы и центры: на них выдаются роли."),
            subcommands: [Add.self, List.self, Show.self])
    }
}

extension OrganizationCommand {
    struct Add: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add",
                abstract: tr("Add an organization, or change one.", "Добавить организацию или изменить её."),
                discussion: tr(
                    "Example: marshrut organization add malinovka --name \"МКОУ «Малиновская ООШ»\" --type school --parent krasnogorsky",
                    "Пример: marshrut organization add malinovka --name \"МКОУ «Малиновская ООШ»\" --type school --parent krasnogorsky"))
        }

        @Argument(help: tr("A short id, e.g. malinovka.", "Короткий id, например malinovka.")) var id: String
        @Option(help: tr("The full name.", "Полное название.")) var name: String
        @Option(help: trValues(Organization.Kind.self, "Its level.", "Уровень.")) var type: Organization.Kind
        @Option(
            help: tr(
                "The organization above it: a school's municipality, a municipality's or centre's region.",
                "Вышестоящая организация: для школы — муниципалитет, для муниципалитета или центра — регион.")) var parent: String?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let organization = Organization(id: id, name: name, type: type, parent: parent)
            if let client = try context.remote() {
                try client.saveOrganization(organization)
            } else {
                try context.service().saveOrganization(organization)
            }
            context.print(CLIText.organizationSaved(organization))
        }
    }

    struct List: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: tr("List the organizations.", "Список организаций."))
        }
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let organizations: [Organization]
            if let client = try context.remote() {
                let answer = try client.send("GET", "api/v1/organizations")
                if format.json { return context.print(String(decoding: answer.body, as: UTF8.self), terminator: "") }
                organizations = try client.decode([Organization].self, answer)
            } else {
                organizations = try context.service().organizations()
            }
            if format.json { return context.print(try JSONOutput.string(organizations)) }
            let rows = organizations.map { [$0.id, $0.name, $0.type.title, $0.parent ?? ""] }
            context.print(TextTable(header: [CLIText.id, CLIText.title, CLIText.organizationType, CLIText.parent].map(String.init), rows: rows).render())
        }
    }

    struct Show: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: tr("One organization and what lies below it.", "Организация и всё, что в неё входит."))
        }
        @Argument(help: tr("The organization's id.", "id организации.")) var id: String
        @OptionGroup var format: JSONFlag
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let all: [Organization]
            if let client = try context.remote() {
                all = try client.decode([Organization].self, try client.send("GET", "api/v1/organizations"))
            } else {
                all = try context.service().organizations()
            }
            guard let organization = all.first(where: { $0.id == id }) else { throw ServiceError.notFound(.organization, id: id) }
            if format.json { return context.print(try JSONOutput.string(organization)) }
            let tree = OrganizationTree(all)
            context.print("\(organization.name) (\(organization.id)) — \(organization.type.title)")
            let above = tree.chain(from: id).dropFirst()
            if !above.isEmpty { context.print(CLIText.organizationAbove(Array(above))) }
            for inner in tree.scope(of: id) where inner.id != id {
                context.print("  \(inner.id)  \(inner.name) — \(inner.type.title)")
            }
        }
    }
}
