import Foundation
import Glibc

/// Headless Chromium driven over the DevTools protocol on a pipe: one browser, one page.
///
/// `@unchecked Sendable` is safe: the stored properties are constants set in `init`, and everything that changes
/// afterwards lives in `Connection`, which reads and writes it only under its one lock.
public final class Browser: @unchecked Sendable {
    private let connection: Connection
    private let target: String
    private let session: String
    private let timeout: TimeInterval

    /// The first of chromium, chromium-browser, google-chrome, chromium-headless-shell found on $PATH (or /usr/bin), else nil.
    public static func executable() -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"]
        for name in ["chromium", "chromium-browser", "google-chrome", "chromium-headless-shell"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    /// Starts Chromium and opens one page attached in flat mode, with its Page and Runtime events on.
    public init(executable: String, timeout: TimeInterval = 15) throws {
        self.timeout = timeout
        connection = try Connection(executable: executable)
        do {
            let created = try connection.call("Target.createTarget", ["url": "about:blank"], session: nil, timeout: timeout)
            guard let target = created["targetId"] as? String else { throw BrowserError.unexpected("Target.createTarget", "\(created)") }
            let attached = try connection.call("Target.attachToTarget", ["targetId": target, "flatten": true], session: nil, timeout: timeout)
            guard let session = attached["sessionId"] as? String else { throw BrowserError.unexpected("Target.attachToTarget", "\(attached)") }
            for method in ["Page.enable", "Runtime.enable"] {
                _ = try connection.call(method, [:], session: session, timeout: timeout)
            }
            (self.target, self.session) = (target, session)
        } catch {
            // deinit does not run for an object whose init threw, so the child must be ended here.
            connection.shutdown()
            throw error
        }
    }

    deinit { close() }

    /// Navigates and waits until the page's load event.
    public func open(_ url: String) throws {
        let mark = connection.mark()
        let reply = try page("Page.navigate", ["url": url])
        if let error = reply["errorText"] as? String, !error.isEmpty { throw BrowserError.navigation(url, error) }
        // A navigation within the document (a #fragment) has no loader and fires no load event.
        guard reply["loaderId"] != nil else { return }
        try waitForLoad(after: mark, "finish loading \(url)")
    }

    /// Evaluates an expression in the page and returns its value, or nil for undefined and null.
    @discardableResult
    public func evaluate(_ expression: String) throws -> Any? {
        let reply = try page("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true, "userGesture": true])
        if let details = reply["exceptionDetails"] as? [String: Any] {
            let exception = details["exception"] as? [String: Any]
            let thrown = exception?["description"] as? String ?? (exception?["value"]).map { "\($0)" }
            throw BrowserError.javaScript(thrown ?? details["text"] as? String ?? "an exception")
        }
        let result = reply["result"] as? [String: Any] ?? [:]
        // NaN, ±Infinity, -0 and BigInts do not fit in JSON, so Chromium sends them as text.
        if let special = result["unserializableValue"] as? String { return Double(special) ?? special }
        let value = result["value"]
        return value is NSNull ? nil : value
    }

    /// Sets a form field's value (input, textarea, or select) found by a CSS selector; throws if no element matches.
    public func fill(_ selector: String, _ value: String) throws {
        let outcome = try evaluate(
            """
            (() => { const [selector, value] = \(Self.literal([selector, value])); const field = document.querySelector(selector);
              if (!field) return 'missing';
              field.focus(); field.value = value;
              field.dispatchEvent(new Event('input', {bubbles: true})); field.dispatchEvent(new Event('change', {bubbles: true}));
              return field.tagName === 'SELECT' && field.value !== value ? 'no option' : 'ok' })()
            """)
        if outcome as? String == "missing" { throw BrowserError.noElement(selector) }
        if outcome as? String == "no option" { throw BrowserError.noOption(selector, value) }
    }

    /// Clicks the element and waits for the navigation it starts to load.
    public func clickAndWait(_ selector: String) throws {
        // The mark is taken before the click, so that a fast navigation cannot finish unseen.
        let mark = connection.mark()
        let outcome = try evaluate(
            """
            (() => { const element = document.querySelector(\(Self.literal([selector]))[0]);
              if (!element) return 'missing';
              element.scrollIntoView({block: 'center'}); element.click(); return 'ok' })()
            """)
        if outcome as? String != "ok" { throw BrowserError.noElement(selector) }
        try waitForLoad(after: mark, "finish loading a page after a click on \(selector)")
    }

    /// The page's address now (location.href).
    public var url: String { get throws { try string("location.href") } }

    /// The page's HTML now (document.documentElement.outerHTML).
    public func html() throws -> String { try string("document.documentElement.outerHTML") }

    /// The page's visible text (document.body.innerText).
    public func text() throws -> String { try string("document.body ? document.body.innerText : ''") }

    /// Writes a PNG of the whole page, laid out at the given viewport width, to path.
    public func screenshot(to path: String, width: Int = 1280) throws {
        try page("Emulation.setDeviceMetricsOverride", ["width": width, "height": 900, "deviceScaleFactor": 1, "mobile": false])
        // Later calls should see the page as the window lays it out, not at the width asked for here.
        defer { _ = try? page("Emulation.clearDeviceMetricsOverride") }
        let metrics = try page("Page.getLayoutMetrics")
        let height = ((metrics["cssContentSize"] as? [String: Any])?["height"] as? NSNumber)?.doubleValue ?? 900
        let clip: [String: Any] = ["x": 0, "y": 0, "width": width, "height": max(height.rounded(.up), 1), "scale": 1]
        let shot = try page("Page.captureScreenshot", ["format": "png", "captureBeyondViewport": true, "clip": clip])
        guard let base64 = shot["data"] as? String, let png = Data(base64Encoded: base64) else {
            throw BrowserError.unexpected("Page.captureScreenshot", "no image data")
        }
        try png.write(to: URL(fileURLWithPath: path))
    }

    /// The cookies the browser holds for the page: name, value, domain, path, httpOnly, secure, sameSite and the rest CDP sends.
    public func cookies() throws -> [[String: Any]] {
        let reply = try page("Network.getCookies")
        guard let cookies = reply["cookies"] as? [[String: Any]] else { throw BrowserError.unexpected("Network.getCookies", "\(reply)") }
        return cookies
    }

    /// Ends Chromium (Browser.close, then SIGKILL after 5 s if still running), removes the profile folder; safe to call twice.
    public func close() { connection.shutdown() }

    @discardableResult
    private func page(_ method: String, _ params: [String: Any] = [:]) throws -> [String: Any] {
        try connection.call(method, params, session: session, timeout: timeout)
    }

    private func string(_ expression: String) throws -> String {
        let value = try evaluate(expression)
        guard let text = value as? String else { throw BrowserError.unexpected("Runtime.evaluate of \(expression)", "\(value ?? "undefined")") }
        return text
    }

    /// Waits for the main frame to start loading after the mark and then for a load event after that start.
    private func waitForLoad(after mark: Int, _ what: String) throws {
        // The main frame's id is its target's id; a frame id keeps an iframe's loading from counting.
        let started = "\(session) Page.frameStartedLoading \(target)", loaded = "\(session) Page.loadEventFired "
        try connection.wait(for: what, timeout: timeout) { seen -> Int? in
            guard let start = seen[started], start > mark, let load = seen[loaded], load > start else { return nil }
            return load
        }
    }

    /// A JSON array of strings, which is also a JavaScript literal, so that no text can break out of a script.
    private static func literal(_ strings: [String]) -> String {
        (try? JSONSerialization.data(withJSONObject: strings)).flatMap { String(data: $0, encoding: .utf8) } ?? "[]"
    }
}

/// What went wrong while driving Chromium, said so that a failing test explains itself.
public enum BrowserError: Error, CustomStringConvertible {
    /// The process could not be spawned: the executable and the system's reason.
    case launch(String)
    /// Something Chromium should have done (e.g. "answer Page.navigate") and the seconds it was given.
    case timeout(String, TimeInterval)
    /// Chromium went away; the last lines of its log.
    case exited(log: String)
    /// The browser was used after close().
    case closed
    /// Chromium answered a command (the method) with a protocol error (its message).
    case refused(String, String)
    /// The address could not be opened, with Chromium's net error, e.g. net::ERR_CONNECTION_REFUSED.
    case navigation(String, String)
    /// The page's script threw; the exception's description.
    case javaScript(String)
    /// No element matches the CSS selector.
    case noElement(String)
    /// The select (a CSS selector) has no option with the value.
    case noOption(String, String)
    /// A reply (to the method) lacked what it should carry.
    case unexpected(String, String)

    public var description: String {
        switch self {
        case .launch(let why): "Chromium could not start: \(why)"
        case .timeout(let what, let seconds): "Chromium did not \(what) within \(String(format: "%g", seconds)) s"
        case .exited(let log): log.isEmpty ? "Chromium exited" : "Chromium exited; its log ends with:\n\(log)"
        case .closed: "The browser was already closed"
        case .refused(let method, let message): "Chromium refused \(method): \(message)"
        case .navigation(let url, let error): "Chromium could not open \(url): \(error)"
        case .javaScript(let message): "JavaScript threw: \(message)"
        case .noElement(let selector): "No element matches the CSS selector \(selector)"
        case .noOption(let selector, let value): "The select \(selector) has no option with the value \(value)"
        case .unexpected(let method, let reply): "Chromium answered \(method) with something unexpected: \(reply)"
        }
    }
}

/// One Chromium process and its two pipes: commands go out on the child's fd 3, messages come back on its fd 4.
///
/// `@unchecked Sendable` is safe: `pid`, the descriptors and `profile` are constants; the rest is guarded by `condition`,
/// except `inputClosed`, which is guarded by `writing` together with the descriptor it describes.
private final class Connection: @unchecked Sendable {
    private let pid: pid_t
    private let profile: String
    private let input: Int32
    private let condition = NSCondition()
    private let writing = NSLock()
    private var inputClosed = false
    private var nextId = 0
    private var waiting = Set<Int>()
    private var replies: [Int: [String: Any]] = [:]
    private var sequence = 0
    /// The sequence number of the last event per "sessionId method frameId".
    private var seen: [String: Int] = [:]
    private var exited = false
    private var shuttingDown = false
    /// Between pipe() and marking the ends close-on-exec another of our spawns would inherit them and keep a pipe open.
    private static let spawning = NSLock()

    init(executable: String) throws {
        // A write to a pipe whose reader died must fail with EPIPE, not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("marshrut-chromium-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: profile, withIntermediateDirectories: true)
        let arguments = [
            executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--remote-debugging-pipe", "--user-data-dir=\(profile)",
            "--window-size=1280,900", "about:blank",
        ]
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        var commands: [Int32] = [-1, -1], messages: [Int32] = [-1, -1], child = pid_t()
        var status = pipe(&commands) == 0 && pipe(&messages) == 0 ? 0 : errno
        var ends = commands + messages  // commands read, commands write, messages read, messages write
        // Above 9 and close-on-exec: dup2 onto 3 and 4 cannot clobber a source, and the child keeps only fds 0-4.
        for index in ends.indices where ends[index] >= 0 {
            let high = fcntl(ends[index], F_DUPFD_CLOEXEC, 10)
            Glibc.close(ends[index])
            ends[index] = high
            if high < 0 && status == 0 { status = errno }
        }
        if status == 0 { status = Self.spawn(arguments, log: profile + "/chromium.log", fd3: ends[0], fd4: ends[3], pid: &child) }
        for index in [0, 3] where ends[index] >= 0 { Glibc.close(ends[index]) }
        guard status == 0 else {
            for index in [1, 2] where ends[index] >= 0 { Glibc.close(ends[index]) }
            try? FileManager.default.removeItem(atPath: profile)
            throw BrowserError.launch("\(executable): \(String(cString: strerror(status)))")
        }
        (pid, input) = (child, ends[1])
        let output = ends[2]
        let reader = Thread { [self] in read(output) }
        reader.name = "chromium-pipe-reader"
        reader.start()
    }

    private static func spawn(_ arguments: [String], log: String, fd3: Int32, fd4: Int32, pid: inout pid_t) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_adddup2(&actions, fd3, 3)
        posix_spawn_file_actions_adddup2(&actions, fd4, 4)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Our ignored SIGPIPE and any blocked signals would otherwise pass to Chromium; its own group lets close() end its helpers too.
        var none = sigset_t(), pipeSignal = sigset_t()
        sigemptyset(&none)
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &pipeSignal)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        let argv = arguments.map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }
        return posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environment)
    }

    /// The current event sequence number: events after it are news.
    func mark() -> Int {
        condition.lock()
        defer { condition.unlock() }
        return sequence
    }

    /// Sends a command and waits for its answer's result.
    func call(_ method: String, _ params: [String: Any], session: String?, timeout: TimeInterval) throws -> [String: Any] {
        let id = newId(awaited: true)
        defer {
            condition.lock()
            waiting.remove(id)
            replies[id] = nil
            condition.unlock()
        }
        try send(id, method, params, session: session)
        let reply = try wait(for: "answer \(method)", timeout: timeout) { _ in replies[id] }
        if let error = reply["error"] as? [String: Any] { throw BrowserError.refused(method, error["message"] as? String ?? "\(error)") }
        return reply["result"] as? [String: Any] ?? [:]
    }

    /// Waits until `found`, given the events seen so far, has something, and returns it; `found` runs under the lock.
    @discardableResult
    func wait<Found>(for what: String, timeout: TimeInterval, until found: ([String: Int]) -> Found?) throws -> Found {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result = found(seen) { return result }
            if exited { throw shuttingDown ? BrowserError.closed : BrowserError.exited(log: log()) }
            if Date() >= deadline { throw BrowserError.timeout(what, timeout) }
            _ = condition.wait(until: deadline)
        }
    }

    private func newId(awaited: Bool) -> Int {
        condition.lock()
        defer { condition.unlock() }
        nextId += 1
        if awaited { waiting.insert(nextId) }
        return nextId
    }

    private func send(_ id: Int, _ method: String, _ params: [String: Any], session: String?) throws {
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        writing.lock()
        defer { writing.unlock() }
        guard !inputClosed else { throw BrowserError.closed }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(input, base + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw BrowserError.exited(log: log()) }
                offset += written
            }
        }
    }

    /// The reader thread: splits what Chromium writes at NUL bytes until the pipe closes.
    private func read(_ output: Int32) {
        var pending: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(output, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            var start = 0
            for index in 0..<count where chunk[index] == 0 {
                pending.append(contentsOf: chunk[start..<index])
                deliver(pending)
                pending.removeAll(keepingCapacity: true)
                start = index + 1
            }
            pending.append(contentsOf: chunk[start..<count])
        }
        Glibc.close(output)
        condition.lock()
        exited = true
        condition.broadcast()
        condition.unlock()
    }

    private func deliver(_ bytes: [UInt8]) {
        guard let message = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else { return }
        let session = message["sessionId"] as? String
        condition.lock()
        if let id = message["id"] as? Int {
            // An answer nobody waits for any more (timed out, or a dialog's) is dropped rather than kept forever.
            if waiting.contains(id) { replies[id] = message }
        } else if let method = message["method"] as? String {
            let frame = (message["params"] as? [String: Any])?["frameId"] as? String ?? ""
            sequence += 1
            seen["\(session ?? "") \(method) \(frame)"] = sequence
        }
        condition.broadcast()
        condition.unlock()
        // An alert or confirm would block the page, and every later command with it, until someone answers it.
        if message["method"] as? String == "Page.javascriptDialogOpening" {
            try? send(newId(awaited: false), "Page.handleJavaScriptDialog", ["accept": true], session: session)
        }
    }

    /// The end of Chromium's log, to say why it went away.
    private func log() -> String {
        let text = (try? String(contentsOfFile: profile + "/chromium.log", encoding: .utf8)) ?? ""
        // Without a D-Bus in a container Chromium logs a dozen complaints about it, which say nothing about why it stopped.
        return text.split(separator: "\n").filter { !$0.contains("dbus") }.suffix(8).joined(separator: "\n")
    }

    /// Asks Chromium to close, kills what is left after 5 s, reaps it and removes the profile; runs once.
    func shutdown() {
        condition.lock()
        let first = !shuttingDown
        shuttingDown = true
        condition.unlock()
        guard first else { return }
        let deadline = Date().addingTimeInterval(5)
        _ = try? call("Browser.close", [:], session: nil, timeout: 5)
        // The pipe closes when the browser process goes; waiting for that bounds the graceful part to 5 s.
        _ = try? wait(for: "exit", timeout: max(deadline.timeIntervalSinceNow, 0)) { _ in Bool?.none }
        // Killing the group before reaping the leader means its id cannot have been reused by then.
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        writing.lock()
        Glibc.close(input)
        inputClosed = true
        writing.unlock()
        try? FileManager.default.removeItem(atPath: profile)
    }
}
