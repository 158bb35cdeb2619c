import MarshrutService
import MarshrutStore

extension Context {
    /// The application layer over the existing database, on today's date, for the file's owner.
    ///
    /// A command that does not yet run against a server refuses when one is chosen, rather than
    /// quietly reading a local file the user did not name.
    func service() throws -> Service {
        if let client = try remote() { throw CLIError(CLIText.notOnServerYet(client.server.absoluteString)) }
        return try service(over: try store())
    }

    /// The application layer over a store the command opened itself (`import` creates one).
    func service(over store: Store) throws -> Service {
        Service(store: store, today: try today, actor: .localOwner, scriptsFolder: scriptsPath)
    }

    /// The operations on the scripts alone, which need no database.
    func scriptService() throws -> ScriptService {
        ScriptService(scriptsFolder: scriptsPath, today: try today)
    }
}
