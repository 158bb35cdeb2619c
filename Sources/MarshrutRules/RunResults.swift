import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The results of a rule run over a store, in the order a run on one state gives them: rule by
/// rule, subjects in id order.
///
/// They wait in a temporary file (removed from the folder as soon as it is opened, so nothing is
/// left behind) and are read back a batch at a time while iterated, so a run that finds a
/// million things never holds them in memory. Iterating again reads the file again.
///
/// ```swift
/// let run = try engine.streamCheck(store, today: today)
/// for finding in run.results where finding.severity == .critical { print(finding.message) }
/// ```
public struct RunResults<Element>: Sequence, Sendable {
    let spool: OutcomeSpool
    let chunks: [OutcomeSpool.Chunk]
    let rules: [RuleRef]
    let make: @Sendable (RuleRef, String, String) -> Element

    /// How many results the run gave.
    public let count: Int

    public var isEmpty: Bool { count == 0 }
    public var underestimatedCount: Int { count }

    public func makeIterator() -> Iterator {
        Iterator(results: self)
    }

    public struct Iterator: IteratorProtocol {
        let results: RunResults
        var chunk = 0
        var pending: [(id: String, text: String)] = []
        var position = 0

        public mutating func next() -> Element? {
            while position == pending.count {
                guard chunk < results.chunks.count else { return nil }
                let next = results.chunks[chunk]
                pending = results.spool.read(next)
                if next.keep < pending.count { pending.removeLast(pending.count - next.keep) }
                position = 0
                chunk += 1
            }
            defer { position += 1 }
            let rule = results.rules[results.chunks[chunk - 1].rule]
            return results.make(rule, pending[position].id, pending[position].text)
        }
    }
}

/// One batch's results of one rule: (subject id, text) pairs, as bytes ready for the spool.
struct OutcomeBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    mutating func append(id: String, text: String) {
        append(id)
        append(text)
        count += 1
    }

    private mutating func append(_ string: String) {
        let utf8 = string.utf8
        var length = UInt32(utf8.count).littleEndian
        withUnsafeBytes(of: &length) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: utf8)
    }

    /// The pairs `bytes` holds.
    static func decode(_ bytes: [UInt8]) -> [(id: String, text: String)] {
        var pairs: [(id: String, text: String)] = []
        var offset = 0
        func string() -> String {
            var length: UInt32 = 0
            withUnsafeMutableBytes(of: &length) { $0.copyBytes(from: bytes[offset..<offset + 4]) }
            offset += 4
            let end = offset + Int(UInt32(littleEndian: length))
            defer { offset = end }
            return String(decoding: bytes[offset..<end], as: UTF8.self)
        }
        while offset < bytes.count {
            let id = string()
            pairs.append((id, string()))
        }
        return pairs
    }
}

/// The temporary file a run's results wait in. Written under the run's lock, read after the run.
// @unchecked Sendable: `append` runs only under the BatchQueue's lock, and the readers run after
// every worker has finished, so `end`, `chunks` and `count` are never touched concurrently; the
// file descriptor is positioned explicitly (pwrite/pread), so no shared offset is involved.
final class OutcomeSpool: @unchecked Sendable {
    struct Chunk: Sendable {
        var rule: Int
        var sequence: Int
        var offset: Int
        var length: Int
        /// How many results the chunk holds, and how many of them a run gives (the rest are over
        /// the rule's cap).
        var count: Int
        var keep: Int
        /// Whether its results were written: a chunk that comes after a rule's cap in every order
        /// the run can end in is only counted.
        var written: Bool
    }

    private let descriptor: Int32
    private var end = 0
    private(set) var chunks: [Chunk] = []
    private(set) var count = 0
    /// Bytes written to the file.
    var bytes: Int { end }
    /// Each rule's written chunks as (batch sequence, results), to tell whether a new chunk can
    /// still be among the rule's first `cap` results.
    private var writtenByRule: [Int: [(sequence: Int, count: Int)]] = [:]
    /// The most results of one rule a run gives; chunks certainly past it are not written.
    let cap: Int

    init(cap: Int = .max) throws {
        self.cap = cap
        var path = Array((NSTemporaryDirectory() + "/marshrut-results-XXXXXX").utf8CString)
        let descriptor = mkstemp(&path)
        guard descriptor >= 0 else { throw Self.failure() }
        unlink(path)
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The error for the last failed call on the temporary file (`errno`).
    private static func failure() -> RuleError {
        RuleError(rule: "results", error: RuleText.spoolFailed(String(cString: strerror(errno))), source: NSTemporaryDirectory())
    }

    /// Appends one batch's results of one rule; when the rule already has `cap` results written
    /// from earlier batches, only counts them, so a flooding rule's run stays small on disk.
    func append(_ buffer: OutcomeBuffer, rule: Int, sequence: Int) throws {
        guard buffer.count > 0 else { return }
        let before = writtenByRule[rule, default: []].reduce(0) { $0 + ($1.sequence < sequence ? $1.count : 0) }
        guard before < cap else {
            chunks.append(Chunk(rule: rule, sequence: sequence, offset: end, length: 0, count: buffer.count, keep: buffer.count, written: false))
            count += buffer.count
            return
        }
        writtenByRule[rule, default: []].append((sequence, buffer.count))
        try buffer.bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let n = pwrite(descriptor, raw.baseAddress! + written, raw.count - written, off_t(end + written))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Self.failure()
                }
                written += n
            }
        }
        chunks.append(
            Chunk(
                rule: rule, sequence: sequence, offset: end, length: buffer.bytes.count,
                count: buffer.count, keep: buffer.count, written: true))
        end += buffer.bytes.count
        count += buffer.count
    }

    /// The chunks rule by rule, and within a rule in batch order.
    func ordered() -> [Chunk] {
        chunks.sorted { ($0.rule, $0.sequence) < ($1.rule, $1.sequence) }
    }

    /// The chunks in order, keeping at most `cap` results of each rule (the first ones), and how
    /// many of each rule's results were left out.
    func ordered(cap: Int) -> (chunks: [Chunk], leftOut: [Int: Int]) {
        var kept: [Int: Int] = [:]
        var leftOut: [Int: Int] = [:]
        var result: [Chunk] = []
        for var chunk in ordered() {
            let room = max(0, cap - kept[chunk.rule, default: 0])
            if chunk.count > room {
                leftOut[chunk.rule, default: 0] += chunk.count - room
                chunk.keep = room
            }
            kept[chunk.rule, default: 0] += chunk.keep
            if chunk.keep > 0 { result.append(chunk) }
        }
        return (result, leftOut)
    }

    func read(_ chunk: Chunk) -> [(id: String, text: String)] {
        // Never kept: its rule had `cap` results before it in every order (see `append`).
        precondition(chunk.written || chunk.keep == 0, "a rule's result past its cap was to be read")
        var bytes = [UInt8](repeating: 0, count: chunk.length)
        let complete = bytes.withUnsafeMutableBytes { raw -> Bool in
            var done = 0
            while done < raw.count {
                let n = pread(descriptor, raw.baseAddress! + done, raw.count - done, off_t(chunk.offset + done))
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        // The file is this process's own and unlinked: a short read means the disk failed under it.
        precondition(complete, "the temporary file of a rule run could not be read back: \(String(cString: strerror(errno)))")
        return OutcomeBuffer.decode(bytes)
    }
}
