import ArgumentParser
import MarshrutCore
import MarshrutText

extension RouteCommand {
    struct Use: ParsableCommand, Marshrut.Runnable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "use",
                abstract: tr("Make a route your default for reflect and journal.", "Сделать маршрут своим по умолчанию для reflect и journal."),
                discussion: tr(
                    "Saved in $XDG_CONFIG_HOME/marshrut/config (or ~/.config/marshrut/config) as `route = ID`; $MARSHRUT_ROUTE overrides it.",
                    "Сохраняется в $XDG_CONFIG_HOME/marshrut/config (или ~/.config/marshrut/config) как `route = ID`; $MARSHRUT_ROUTE важнее.")
            )
        }
        @Argument(help: tr("The route's id.", "Id маршрута."), completion: IDCompletion.routes) var id: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let route = try context.service().route(id)
            var settings = UserSettings(environment: context.environment)
            try settings.set("route", route.id)
            context.print(CLIText.defaultRouteSet(route.id))
            context.print(CLIText.savedIn(settings.path))
        }
    }
}
