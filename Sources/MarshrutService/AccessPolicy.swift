/// Decides whether an actor may do what an operation asks: the one place every front end's
/// permission check goes through.
///
/// A policy either returns, or throws ``ServiceError/notPermitted(_:)`` (the actor may see the
/// subject but not do this) or ``ServiceError/notFound(_:)`` (the subject is outside the actor's
/// scope, which must look as if it did not exist, so ids do not leak).
public protocol AccessPolicy: Sendable {
    func check(_ permission: Permission, for actor: Actor) throws(ServiceError)
}

/// The policy of a local database file: its owner may do everything, and nobody else acts on it.
///
/// A file has no accounts: whoever can open it is its owner. Other actors exist only on a
/// server, whose policy knows their roles.
public struct LocalFilePolicy: AccessPolicy {
    public init() {}

    public func check(_ permission: Permission, for actor: Actor) throws(ServiceError) {
        guard actor.identity == .localOwner else { throw .notPermitted(permission) }
    }
}
