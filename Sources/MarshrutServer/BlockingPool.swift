import Foundation

/// Threads for the server's blocking store work, started the moment a job finds none free.
///
/// The store's operations block their thread while they wait: for a PostgreSQL answer, for the
/// write lock, for the batch a reflection is written in. The global dispatch queue adds a
/// thread for such work about once a second on Linux, so under fifty writing clients most of
/// them waited for a thread rather than for the database. Here a job that finds every thread
/// busy starts one at once, up to `limit`; beyond it jobs wait their turn in order. A thread
/// that has had nothing to do for `idleTime` seconds ends.
final class BlockingPool: @unchecked Sendable {
    // @unchecked: `jobs`, `threads` and `idle` are only touched while `condition` is locked.
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var threads = 0
    private var idle = 0
    private var started = 0
    let limit: Int
    let idleTime: TimeInterval

    init(limit: Int, idleTime: TimeInterval = 30) {
        self.limit = limit
        self.idleTime = idleTime
    }

    /// The pool of the server's blocking work.
    static let shared = BlockingPool(limit: 256)

    /// How many threads the pool has now.
    var threadCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return threads
    }

    /// Runs `job` on one of the pool's threads.
    func run(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        // Every idle thread will take one of the waiting jobs; a job beyond them starts a thread.
        let start = jobs.count > idle && threads < limit
        if start {
            threads += 1
            started += 1
        }
        condition.signal()
        let name = "marshrut.blocking.\(started)"
        condition.unlock()
        if start {
            let thread = Thread { [self] in work() }
            thread.name = name
            thread.start()
        }
    }

    private func work() {
        condition.lock()
        while true {
            while jobs.isEmpty {
                idle += 1
                let woken = condition.wait(until: Date(timeIntervalSinceNow: idleTime))
                idle -= 1
                if !woken && jobs.isEmpty {
                    threads -= 1
                    condition.unlock()
                    return
                }
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
            condition.lock()
        }
    }
}
