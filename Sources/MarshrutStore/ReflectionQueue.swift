import Foundation
import MarshrutCore

/// Reflections logged at the same moment, written together: while one write transaction runs,
/// the reflections that arrive wait, and the next transaction writes all of them (a group
/// commit). Each is still checked on its own against its route as it stands after the ones
/// before it, gets its own number and its own outcome; one refused does not touch the others.
///
/// A write holds the store's write lock (SQLite's, or PostgreSQL's advisory lock) for a few
/// round trips whatever it writes, so fifty teachers logging at once are written in a handful of
/// transactions rather than fifty in a row.
///
/// The first caller to find no transaction running writes; the others wait. When its batch is
/// written, the writer hands the next batch to the oldest caller still waiting, so no caller
/// writes for others longer than one batch.
final class ReflectionQueue: @unchecked Sendable {
    // @unchecked: `waiting` and `writing` are only touched under `lock`; a request's `outcome`
    // is set by the one thread writing its batch before that thread signals it.

    /// One caller's reflection, waiting to be written.
    final class Request: @unchecked Sendable {
        let route: String
        /// The caller's audit line, written in the same transaction as its reflection.
        let audit: AuditSlot?
        /// The caller's check; released with the outcome, as the caller's closure must not
        /// outlive its call.
        private var make: ((_ route: Route, _ number: Int) throws -> Reflection)?
        /// The reflection's number, or why it was not stored; `nil` until its batch is written.
        fileprivate private(set) var outcome: Result<Int, any Error>?
        fileprivate let wake = DispatchSemaphore(value: 0)

        /// - Parameter make: checks the reflection against the route without its reflections
        ///   and the number it will have, and returns what to store. Called on the thread that
        ///   writes the batch, while the caller waits for it.
        init(route: String, audit: AuditSlot?, make: @escaping (_ route: Route, _ number: Int) throws -> Reflection) {
            self.route = route
            self.audit = audit
            self.make = make
        }

        /// The reflection to store as number `number` of `route`, or why not.
        func reflection(on route: Route, number: Int) throws -> Reflection {
            guard let make else { preconditionFailure("reflection \(self.route)/\(number) checked after its outcome was given") }
            return try make(route, number)
        }

        fileprivate func finish(_ outcome: Result<Int, any Error>) {
            self.outcome = outcome
            make = nil
        }
    }

    /// At most this many reflections in one transaction.
    static let batchLimit = 128

    private let lock = NSLock()
    private var waiting: [Request] = []
    private var writing = false

    /// How many reflections wait for a transaction (the one being written not counted).
    var waitingCount: Int { lock.withLock { waiting.count } }

    /// Writes `request` alone or together with others, with `write`, which answers each request
    /// it is given with its outcome, in order. Returns when the request's outcome is known.
    func submit(_ request: Request, write: ([Request]) -> [Result<Int, any Error>]) -> Result<Int, any Error> {
        let writes = lock.withLock { () -> Bool in
            waiting.append(request)
            if writing { return false }
            writing = true
            return true
        }
        if !writes {
            request.wake.wait()
            // Woken with an outcome when another wrote it; without one when it is this caller's turn to write.
            if let outcome = request.outcome { return outcome }
        }
        let batch = lock.withLock { () -> [Request] in
            let taken = Array(waiting.prefix(Self.batchLimit))
            waiting.removeFirst(taken.count)
            return taken
        }
        precondition(batch.first === request, "a writer's batch must start with its own reflection")
        let outcomes = write(batch)
        precondition(outcomes.count == batch.count, "a batch of reflections answered \(outcomes.count) of \(batch.count)")
        for (waiter, outcome) in zip(batch, outcomes) { waiter.finish(outcome) }
        lock.withLock {
            if let next = waiting.first { next.wake.signal() } else { writing = false }
        }
        // The writer's own request heads its batch: it came first to an empty queue, or was
        // woken as the oldest one waiting.
        for waiter in batch.dropFirst() { waiter.wake.signal() }
        return outcomes[0]
    }
}
