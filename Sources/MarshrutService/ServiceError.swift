/// Why an operation of ``Service`` was refused, as data: the front end chooses the words.
///
/// Refusals by the model, the documents or the store keep their own error types
/// (`ModelError`, `StoreError`, …) and pass through unchanged.
public enum ServiceError: Error, Sendable, Hashable {
    /// The actor may see the subject but not do this.
    case notPermitted(Permission)
    /// The subject does not exist, or is outside the actor's scope.
    case notFound(SubjectKind, id: String)
    /// The school has no road map to show (none was imported).
    case noRoadMap

    /// The kinds of subject an operation can fail to find.
    public enum SubjectKind: String, Sendable, Hashable {
        case person, route, program
    }
}
