internal import CLua
internal import CLuaBridge

/// Batches of records shown as read-only views built in C from ``ViewOps``.
///
/// A batch holds one view per record (kind, id). Records referenced but not built are lazy: the
/// first time a script reads a field other than `id` (or iterates one), the batch's loader is asked
/// for every such record of that kind at once, and what it answers is built. Building never counts
/// against a script's memory limit.
///
/// ```swift
/// try lua.registerRecordKinds(3)                               // once: kinds 1...3
/// try lua.beginBatch { kind, ids in try encode(kind, ids) }   // the loader, or nil
/// try lua.build(ops)
/// let route = lua.recordView(kind: 2, id: "r1")!
/// _ = try lua.call(rule, arguments: [.reference(route)])
/// lua.release(route)
/// try lua.endBatch()
/// ```
extension LuaState {
    /// The kinds of record a host may register (a kind is one byte of the view ops).
    public static let recordKinds = 1...Int(LB_MAX_RECORD_KINDS)

    /// Registers the kinds of record this host's view ops use, `1...count`, and starts an empty
    /// batch. The bridge gives kinds no meaning: the host decides what each number stands for.
    /// Ops naming a kind above `count` are refused as malformed.
    /// - Throws: ``LuaError`` when `count` is outside ``recordKinds``.
    public func registerRecordKinds(_ count: Int) throws(LuaError) {
        let status = lb_host_register_kinds(state, Int32(clamping: count))
        if status != LUA_OK { throw popError(status: status) }
    }

    /// Names the fields a built record of `kind` may have. A script that reads any other field of
    /// such a record gets an error at its line ("unknown field 'x' of a route (its fields: …)");
    /// a named field the record lacks reads as `nil`. Without a description, any absent field reads
    /// as `nil`.
    /// - Throws: ``LuaError`` when `kind` was not registered, or when the state runs out of memory.
    public func describeRecordKind(_ kind: Int, name: String, fields: [String]) throws(LuaError) {
        let text = ([name] + fields).map { $0 + "\n" }.joined()
        let status = text.withCString { lb_host_describe_kind(state, Int32(clamping: kind), $0, text.utf8.count) }
        if status != LUA_OK { throw popError(status: status) }
    }

    /// Starts a new batch, forgetting the views of the previous one, with the loader of records
    /// referenced before they are built (`nil`: such records show only their `id`).
    ///
    /// The loader runs while a script waits for the data, on the thread calling into the state;
    /// it answers for the ids it knows (others stay with only their `id`) and throws when it
    /// cannot read them, which fails that script's call with the error's description.
    ///
    /// The garbage collector pauses until the batch ends (``endBatch()`` or the next batch): a
    /// batch's views stay live, so collecting during it would only walk them again and again. What
    /// calls throw away meanwhile is collected at the end, or as soon as a call reaches its memory
    /// cap (the call then goes on).
    public func beginBatch(loader: ((_ kind: Int, _ ids: [String]) throws -> ViewOps)?) throws(LuaError) {
        try resetBatch(loader: loader, pause: true)
    }

    /// Ends the current batch: its views are forgotten and collected, the loader dropped, and the
    /// garbage collector runs as usual again.
    public func endBatch() throws(LuaError) {
        try resetBatch(loader: nil, pause: false)
    }

    private func resetBatch(loader: ((_ kind: Int, _ ids: [String]) throws -> ViewOps)?, pause: Bool) throws(LuaError) {
        recordLoader = loader.map(RecordLoader.init)
        if let recordLoader {
            lb_set_loader(state, recordLoaderTrampoline, Unmanaged.passUnretained(recordLoader).toOpaque())
        } else {
            lb_set_loader(state, nil, nil)
        }
        let status = lb_host_batch_reset(state, pause ? 1 : 0)
        if status != LUA_OK { throw popError(status: status) }
    }

    /// Builds the records of `ops` into the current batch.
    /// - Throws: ``LuaError`` when the ops or a JSON text in them are malformed.
    public func build(_ ops: ViewOps) throws(LuaError) {
        let status = ops.bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                lb_host_build(state, chars.baseAddress, chars.count)
            }
        }
        if status != LUA_OK { throw popError(status: status) }
    }

    /// The bytes of records built on demand, inside calls, since the state began. They are host
    /// data: the call that needed them keeps its whole memory allowance on top of them.
    /// How many 1 MiB chunks the state's pool of small blocks holds: they are reused batch after
    /// batch, so this stops growing once the largest batch has been built.
    var poolChunks: Int { Int(lb_pool_chunks(state, 0)) }

    /// How many of those chunks hold nothing and wait to be handed out whole.
    var emptyPoolChunks: Int { Int(lb_pool_chunks(state, 1)) }

    public var memoryFilledOnDemand: Int { Int(lb_memory_filled(state)) }

    /// The time spent loading and building records on demand, inside calls, since the state began.
    public var timeFilledOnDemand: Duration { .nanoseconds(Int64(lb_fill_seconds(state) * 1e9)) }

    /// A reference to the batch's view of a record, or `nil` when the batch has none. Release it.
    public func recordView(kind: Int, id: String) -> LuaReference? {
        var text = id
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                lb_push_record_view(state, Int32(kind), chars.baseAddress, chars.count)
            }
        }
        if lua_type(state, -1) == LUA_TNIL {
            lua_settop(state, -2)
            return nil
        }
        return popReference()
    }
}

/// The host side of a batch's loader; the C trampoline reaches it through an opaque pointer.
final class RecordLoader {
    let load: (Int, [String]) throws -> ViewOps
    /// The last answer, kept alive until the next call (C reads it after the trampoline returns).
    var answer: [UInt8] = []

    init(_ load: @escaping (Int, [String]) throws -> ViewOps) {
        self.load = load
    }
}

/// Called by C inside a script's call: never raises into Lua, never touches the state.
private let recordLoaderTrampoline: lb_loader_fn = { host, kind, count, ids, lengths, ops, opsLength in
    guard let host, let ids, let lengths, let ops, let opsLength else { return 1 }
    let loader = Unmanaged<RecordLoader>.fromOpaque(host).takeUnretainedValue()
    var list: [String] = []
    list.reserveCapacity(Int(count))
    for i in 0..<Int(count) {
        guard let id = ids[i] else { continue }
        list.append(
            id.withMemoryRebound(to: UInt8.self, capacity: lengths[i]) {
                String(decoding: UnsafeBufferPointer(start: $0, count: lengths[i]), as: UTF8.self)
            })
    }
    var status: Int32 = 0
    do {
        loader.answer = try loader.load(Int(kind), list).bytes
    } catch {
        loader.answer = Array("\(error)".utf8) + [0]
        status = 1
    }
    loader.answer.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in
            ops.pointee = chars.baseAddress
            opsLength.pointee = status == 0 ? chars.count : 0
        }
    }
    return status
}
