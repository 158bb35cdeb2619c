import Foundation

/// JSON bodies already decoded, by record id: decoding a route's body is most of what a write to
/// the route costs, and the same route is read again and again while its body stays the same
/// (a teacher's reflections, the tutor's views of them).
///
/// An entry is used only when the stored text is exactly the text it was decoded from, so a
/// changed body is decoded anew whoever changed it (another process, another server). Decoding
/// is a pure function of the text, so one cache serves every store in the process.
///
/// ```swift
/// let body = try Store.routeBodies.value(for: id, text: stored) { try JSON.decode(RouteBody.self, $0) }
/// ```
// @unchecked Sendable: `entries` is only touched under `lock`; the values are immutable copies.
final class DecodedBodies<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (text: String, value: Value)] = [:]
    /// The most bodies kept; past it an arbitrary one makes room.
    let capacity: Int

    init(capacity: Int) {
        precondition(capacity > 0, "a cache holds at least one body")
        self.capacity = capacity
    }

    /// The body of `id` decoded from `text`: the kept one when it was decoded from this very text,
    /// else `decode(text)`, kept for next time.
    func value(for id: String, text: String, decode: (String) throws -> Value) rethrows -> Value {
        if let kept = lock.withLock({ entries[id] }), kept.text == text { return kept.value }
        let value = try decode(text)
        lock.withLock {
            if entries.count >= capacity, entries[id] == nil { entries.remove(at: entries.startIndex) }
            entries[id] = (text, value)
        }
        return value
    }

    /// How many bodies are kept.
    var count: Int { lock.withLock { entries.count } }
}
