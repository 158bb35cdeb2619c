import MarshrutCore

/// A store operation that could not be done; the database is unchanged.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    static func notFound(_ kind: SubjectReference.Kind, _ id: String, known: [String]) -> StoreError {
        StoreError(StoreText.notFound(kind, id, known: known))
    }
}
