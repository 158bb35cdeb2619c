import ArgumentParser

extension RouteCommand {
    struct Use: ParsableCommand, Marshrut.Runnable {
        static let configuration = CommandConfiguration(
            abstract: "Make a route your default for reflect and journal.",
            discussion: "Saved in $XDG_CONFIG_HOME/marshrut/config (or ~/.config/marshrut/config) as `route = ID`; $MARSHRUT_ROUTE overrides it."
        )
        @Argument(help: "The route's id.") var id: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let route = try context.store().route(id)
            var settings = UserSettings(environment: context.environment)
            try settings.set("route", route.id)
            context.print("Default route: \(route.id). Now `marshrut reflect --activity A --score N \"…\"` and `marshrut journal` use it.")
            context.print("(saved in \(settings.path))")
        }
    }
}
