import MarshrutCore
import Foundation

/// A region made and written a batch at a time: while the writer stores one batch, the next
/// is made on another thread. Each item of a region comes from its own random stream, so the
/// order of making does not change the result.
enum RegionBatches {
    /// `0..<count` cut into ranges of `size` (the last one shorter).
    static func ranges(count: Int, size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    /// Calls `consume` with `make(0)`, `make(1)`, … in order, making item `i + 1` on another
    /// thread while `consume` handles item `i`. At most two items exist at once.
    static func pipeline<T: Sendable>(
        _ count: Int, make: @escaping @Sendable (Int) -> T,
        consume: (T) throws -> Void
    ) throws {
        guard count > 0 else { return }
        let queue = DispatchQueue(label: "marshrut.region-batches")
        var next = Pending(on: queue) { make(0) }
        for i in 0..<count {
            let current = next.value()
            if i + 1 < count { next = Pending(on: queue) { make(i + 1) } }
            try consume(current)
            // Freeing a large item is work too: let the making thread do it, not the consumer.
            queue.async { withExtendedLifetime(current) {} }
        }
    }

    /// A value being made on a queue.
    // @unchecked Sendable: `made` is written once, inside the group's work item, and read only
    // after `group.wait()` returns, which orders the write before the read.
    private final class Pending<T>: @unchecked Sendable {
        private let group = DispatchGroup()
        private var made: T?

        init(on queue: DispatchQueue, _ work: @escaping @Sendable () -> T) {
            queue.async(group: group) { self.made = work() }
        }

        func value() -> T {
            group.wait()
            guard let made else { preconditionFailure("a batch's work item ended without a value") }
            return made
        }
    }
}
