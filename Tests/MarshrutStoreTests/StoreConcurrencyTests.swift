import Foundation
import MarshrutCore
import MarshrutStore
import MarshrutTestSupport
import Testing

/// Errors collected from several threads.
///
/// `@unchecked Sendable`: every access to `messages` holds `lock`.
final class ThreadFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}

struct StoreConcurrencyTests {
    static let perWriter = 50

    @Test func twoStoresWritingTheSameRouteLoseNoUpdate() throws {
        let db = try TemporaryDatabase()
        let initial = try db.sampleStore().route("kuznetsov-2024").reflections
        let failures = ThreadFailures()
        let finished = DispatchGroup()
        for writer in ["A", "B"] {
            let store = try Store(path: db.path)
            finished.enter()
            let thread = Thread {
                defer { finished.leave() }
                for i in 1...Self.perWriter {
                    do {
                        try store.updateRoute("kuznetsov-2024") {
                            try $0.reflect(Reflection(date: day("2026-12-01"), target: .deficit("d4"), score: 3, text: "\(writer)\(i)"))
                        }
                    } catch {
                        failures.add("writer \(writer), reflection \(i): \(error)")
                    }
                }
            }
            thread.start()
        }
        finished.wait()

        #expect(failures.all.isEmpty, "\(failures.all.prefix(3))")
        let reflections = try Store(path: db.path).route("kuznetsov-2024").reflections
        #expect(reflections.count == initial.count + 2 * Self.perWriter)
        #expect(Array(reflections.prefix(initial.count)) == initial)
        let added = reflections.dropFirst(initial.count).map(\.text)
        for writer in ["A", "B"] {
            let own = added.filter { $0.hasPrefix(writer) }
            #expect(own == (1...Self.perWriter).map { "\(writer)\($0)" }, "each writer's reflections, all there and in its order")
        }
    }
}
