import Foundation
import MarshrutCore
import MarshrutTestSupport
@testable import MarshrutStore
import Testing

/// Reflections logged at the same moment are written in one transaction, each with its own outcome.
@Suite struct ReflectionQueueTests {
    /// What each batch held, and a gate that keeps the first batch's write open.
    final class Writes: @unchecked Sendable {
        // @unchecked: `batches` is only touched under `lock`.
        private let lock = NSLock()
        private var batches: [[String]] = []
        let gate = DispatchSemaphore(value: 0)

        func record(_ batch: [ReflectionQueue.Request]) {
            lock.withLock { batches.append(batch.map(\.route)) }
        }
        var all: [[String]] { lock.withLock { batches } }
    }

    static func request(_ route: String) -> ReflectionQueue.Request {
        ReflectionQueue.Request(route: route, audit: nil) { _, _ in
            Reflection(date: day("2026-11-20"), target: .image, score: 4, text: route)
        }
    }

    @Test func thoseWhoArriveWhileABatchIsWrittenGoTogetherInTheNextAndEachGetsItsOwnOutcome() throws {
        let queue = ReflectionQueue()
        let writes = Writes()
        let outcomes = LockedOutcomes()
        // Each request's outcome is its route's number, or a refusal for the one named "refused".
        let write: @Sendable ([ReflectionQueue.Request]) -> [Result<Int, any Error>] = { batch in
            writes.record(batch)
            if writes.all.count == 1 { writes.gate.wait() }
            return batch.map { $0.route == "refused" ? .failure(Refusal()) : .success(Int($0.route.dropFirst(1))!) }
        }
        let group = DispatchGroup()
        Self.onThread(of: group) { outcomes.add("r0", queue.submit(Self.request("r0"), write: write)) }
        while writes.all.isEmpty { Thread.sleep(forTimeInterval: 0.001) }
        for name in ["r1", "r2", "refused", "r3", "r4"] {
            Self.onThread(of: group) { outcomes.add(name, queue.submit(Self.request(name), write: write)) }
        }
        while queue.waitingCount < 5 { Thread.sleep(forTimeInterval: 0.001) }
        writes.gate.signal()
        #expect(group.wait(timeout: .now() + 10) == .success)
        let batches = writes.all
        #expect(batches.count == 2)
        #expect(batches.first == ["r0"])
        #expect(Set(batches.last ?? []) == ["r1", "r2", "refused", "r3", "r4"])
        let got = outcomes.all
        #expect(got.count == 6)
        for (name, outcome) in got {
            switch outcome {
            case .success(let number): #expect("r\(number)" == name)
            case .failure(let error): #expect(name == "refused" && error is Refusal)
            }
        }
        #expect(queue.waitingCount == 0)
        // The queue is free again: the next one is written at once, alone.
        _ = queue.submit(Self.request("r5"), write: write)
        #expect(writes.all.last == ["r5"])
    }

    @Test func manyThreadsAtOnceAreAllAnsweredAndNoBatchIsLargerThanTheLimit() {
        let queue = ReflectionQueue()
        let writes = Writes()
        let outcomes = LockedOutcomes()
        let group = DispatchGroup()
        for i in 0..<100 {
            Self.onThread(of: group) {
                let outcome = queue.submit(Self.request("r\(i)")) { batch in
                    writes.record(batch)
                    Thread.sleep(forTimeInterval: 0.0005)
                    return batch.map { .success(Int($0.route.dropFirst(1))!) }
                }
                outcomes.add("r\(i)", outcome)
            }
        }
        #expect(group.wait(timeout: .now() + 30) == .success)
        let got = outcomes.all
        #expect(got.count == 100)
        #expect(got.allSatisfy { name, outcome in (try? outcome.get()).map { "r\($0)" } == name })
        #expect(writes.all.flatMap { $0 }.count == 100)
        #expect(writes.all.allSatisfy { $0.count <= ReflectionQueue.batchLimit })
    }

    /// Runs `body` on a thread of its own: each caller blocks while it waits, as a server's do,
    /// and the dispatch queues add threads for blocked work only slowly.
    static func onThread(of group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        Thread {
            body()
            group.leave()
        }.start()
    }

    struct Refusal: Error {}

    final class LockedOutcomes: @unchecked Sendable {
        // @unchecked: `values` is only touched under `lock`.
        private let lock = NSLock()
        private var values: [(String, Result<Int, any Error>)] = []

        func add(_ name: String, _ outcome: Result<Int, any Error>) { lock.withLock { values.append((name, outcome)) } }
        var all: [(String, Result<Int, any Error>)] { lock.withLock { values } }
    }
}
