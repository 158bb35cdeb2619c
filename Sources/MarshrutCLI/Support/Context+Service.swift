import MarshrutService

extension Context {
    /// The application layer over the existing database, on today's date, for the file's owner.
    func service() throws -> Service {
        Service(store: try store(), today: try today, actor: .localOwner, scriptsFolder: scriptsPath)
    }
}
