#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs work on a dedicated thread with a stack large enough for Lua.
///
/// Lua's C code recurses on the calling thread's stack: metamethods, `string.gsub` callbacks and
/// `tostring` nest C frames up to Lua's limit of 200, each up to a few kilobytes. Threads of
/// Swift's concurrency pool may have too little stack for that, so the rule engine should create
/// its ``LuaState`` and make every call into it from inside ``run(stackSize:_:)``.
///
/// ```swift
/// let results = try LuaThread.run { () throws(LuaError) -> [LuaValue] in
///     let lua = try LuaState()
///     …
/// }
/// ```
public enum LuaThread {
    /// The stack size ``run(stackSize:_:)`` uses unless told otherwise: 16 MiB.
    public static let defaultStackSize = 16 << 20

    /// Runs `body` on a new thread with the given stack size and waits for it.
    /// - Parameters:
    ///   - stackSize: The new thread's stack size in bytes.
    ///   - body: The work; it runs entirely on the new thread.
    /// - Returns: What `body` returned.
    /// - Throws: What `body` threw.
    public static func run<T, E: Error>(
        stackSize: Int = defaultStackSize,
        _ body: () throws(E) -> T
    ) throws(E) -> T {
        let outcome: Result<T, E> = withoutActuallyEscaping(body) { body in
            let job = Job<T, E>(body)
            job.runOnThread(stackSize: stackSize)
            guard let result = job.result else { preconditionFailure("LuaThread's job did not run") }
            return result
        }
        return try outcome.get()
    }
}

/// One piece of work handed to a thread. The caller blocks in `pthread_join` until the thread
/// has finished, so the job is never used by two threads at once.
private final class Job<T, E: Error> {
    let body: () throws(E) -> T
    var result: Result<T, E>?

    init(_ body: @escaping () throws(E) -> T) {
        self.body = body
    }

    func execute() {
        do throws(E) {
            result = .success(try body())
        } catch {
            result = .failure(error)
        }
    }

    func runOnThread(stackSize: Int) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, max(stackSize, 1 << 20))
        let context = Unmanaged.passRetained(self).toOpaque()
        #if canImport(Darwin)
            var thread: pthread_t?
        #else
            var thread = pthread_t()
        #endif
        let status = pthread_create(
            &thread, &attributes,
            { context in
                #if canImport(Darwin)
                    let job = Unmanaged<AnyObject>.fromOpaque(context).takeRetainedValue()
                #else
                    guard let context else { return nil }
                    let job = Unmanaged<AnyObject>.fromOpaque(context).takeRetainedValue()
                #endif
                (job as? Executable)?.execute()
                return nil
            }, context)
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            preconditionFailure("could not start a thread for Lua (error \(status))")
        }
        #if canImport(Darwin)
            if let thread { pthread_join(thread, nil) }
        #else
            pthread_join(thread, nil)
        #endif
    }
}

private protocol Executable: AnyObject {
    func execute()
}

extension Job: Executable {}
