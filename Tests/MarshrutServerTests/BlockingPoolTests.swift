import Foundation
@testable import MarshrutServer
import Testing

/// The server's threads for blocking work: one more the moment every thread is busy.
struct BlockingPoolTests {
    /// A latch the jobs wait on until the test opens it.
    final class Gate: @unchecked Sendable {
        // @unchecked: `open` and `arrived` are only touched while `condition` is locked.
        private let condition = NSCondition()
        private var open = false
        private var arrived = 0

        func pass() {
            condition.withLock {
                arrived += 1
                condition.broadcast()
                while !open { condition.wait() }
            }
        }

        /// Waits until `count` jobs wait at the gate; false after `seconds`.
        func await(_ count: Int, seconds: TimeInterval) -> Bool {
            let deadline = Date(timeIntervalSinceNow: seconds)
            return condition.withLock {
                while arrived < count { if !condition.wait(until: deadline) { return arrived >= count } }
                return true
            }
        }

        func release() {
            condition.withLock {
                open = true
                condition.broadcast()
            }
        }
    }

    @Test func jobsThatBlockAllRunAtOnceWithoutWaitingForAThreadToFree() {
        let pool = BlockingPool(limit: 64)
        let gate = Gate()
        let done = DispatchGroup()
        // Forty jobs that each block until all forty are blocked: only a thread each lets them finish.
        for _ in 0..<40 {
            done.enter()
            pool.run {
                gate.pass()
                done.leave()
            }
        }
        #expect(gate.await(40, seconds: 10), "the jobs waited for threads")
        #expect(pool.threadCount == 40)
        gate.release()
        #expect(done.wait(timeout: .now() + 10) == .success)
        // Idle threads take the next jobs instead of new ones being started.
        let again = DispatchGroup()
        for _ in 0..<10 {
            again.enter()
            pool.run { again.leave() }
        }
        #expect(again.wait(timeout: .now() + 10) == .success)
        #expect(pool.threadCount == 40)
    }

    @Test func beyondTheLimitJobsWaitTheirTurnAndStillAllRun() {
        let pool = BlockingPool(limit: 3)
        let gate = Gate()
        let done = DispatchGroup()
        let order = Order()
        for job in 0..<12 {
            done.enter()
            pool.run {
                if job < 3 { gate.pass() }
                order.add(job)
                done.leave()
            }
        }
        #expect(gate.await(3, seconds: 10))
        #expect(pool.threadCount == 3)
        #expect(order.all.isEmpty, "a job beyond the limit ran while every thread was blocked")
        gate.release()
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(order.all.sorted() == Array(0..<12))
        #expect(pool.threadCount <= 3)
    }

    @Test func threadsWithNothingToDoEnd() {
        let pool = BlockingPool(limit: 8, idleTime: 0.05)
        let done = DispatchGroup()
        for _ in 0..<4 {
            done.enter()
            pool.run {
                Thread.sleep(forTimeInterval: 0.02)
                done.leave()
            }
        }
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(pool.threadCount > 0)
        let deadline = Date(timeIntervalSinceNow: 10)
        while pool.threadCount > 0 && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(pool.threadCount == 0)
        // And a job after that starts a thread again.
        let later = DispatchSemaphore(value: 0)
        pool.run { later.signal() }
        #expect(later.wait(timeout: .now() + 10) == .success)
    }

    final class Order: @unchecked Sendable {
        // @unchecked: `values` is only touched under `lock`.
        private let lock = NSLock()
        private var values: [Int] = []

        func add(_ value: Int) { lock.withLock { values.append(value) } }
        var all: [Int] { lock.withLock { values } }
    }
}
