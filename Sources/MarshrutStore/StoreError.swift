import MarshrutCore
import MarshrutText

/// A store operation that could not be done; the database is unchanged.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    /// A value of a column that does not read back (a malformed date or code).
    var isMalformedValue = false

    /// The subject that was asked for and is not stored, when that is what went wrong. A shared
    /// server answers with this alone: the message lists the stored ids, which only the owner of
    /// a local file may read.
    public internal(set) var missing: SubjectReference?

    static func notFound(_ kind: SubjectReference.Kind, _ id: String, known: [String]) -> StoreError {
        var error = StoreError(StoreText.notFound(kind, id, known: known))
        error.missing = SubjectReference(kind, id)
        return error
    }
}

/// A stored record that cannot be read back: which table and id, and what was wrong. The store
/// turns it into a ``StoreError`` that also names the database.
struct DamagedRecord: Error {
    var table: String
    var id: String
    var detail: String

    /// Runs `body`, which reads one record, naming the record in any decoding failure.
    static func naming<T>(table: String, id: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DecodingError {
            throw DamagedRecord(table: table, id: id, detail: describe(error))
        } catch let error as StoreError where error.isMalformedValue {
            throw DamagedRecord(table: table, id: id, detail: error.message)
        } catch let error as ModelError {
            throw DamagedRecord(table: table, id: id, detail: error.text)
        }
    }

    /// `activities[2].due: "2023-13-01" is not a date` rather than Foundation's dump.
    static func describe(_ error: DecodingError) -> String {
        let (context, what): (DecodingError.Context, String) =
            switch error {
            case .dataCorrupted(let c): (c, "")
            case .keyNotFound(let key, let c): (c, "missing \(key.stringValue)")
            case .typeMismatch(let type, let c): (c, "not a \(type)")
            case .valueNotFound(let type, let c): (c, "no \(type)")
            @unknown default: (DecodingError.Context(codingPath: [], debugDescription: "\(error)"), "")
            }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let detail = [what, context.debugDescription].filter { !$0.isEmpty }.joined(separator: ": ")
        let text = path.isEmpty ? detail : "body\(path): \(detail)"
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
