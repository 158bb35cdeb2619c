import Foundation
@testable import MarshrutServer
import Testing

struct OffloadingTests {
    struct Refused: Error {}

    /// Many blocking jobs at once, each waiting on the others as writers wait on the store's lock:
    /// all finish, none is lost, and an error comes back to its own caller.
    @Test func manyBlockingJobsAllFinishAndErrorsReachTheirCaller() async throws {
        let jobs = 200
        let lock = NSLock()
        let finished = try await withThrowingTaskGroup(of: Int?.self) { group in
            for job in 0..<jobs {
                group.addTask {
                    do {
                        return try await MarshrutServer.offloading {
                            lock.lock()
                            defer { lock.unlock() }
                            Thread.sleep(forTimeInterval: 0.002)
                            if job % 7 == 3 { throw Refused() }
                            return job
                        }
                    } catch is Refused {
                        return nil
                    }
                }
            }
            var finished: [Int] = []
            for try await job in group { if let job { finished.append(job) } }
            return finished
        }
        #expect(finished.sorted() == (0..<jobs).filter { $0 % 7 != 3 })
    }
}
