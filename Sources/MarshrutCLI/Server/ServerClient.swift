import Foundation
import MarshrutCore
import MarshrutService
import MarshrutText

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A sign-in kept between commands: which server, as whom, and the session token.
struct SavedLogin: Codable, Equatable {
    var server: String
    var login: String
    var token: String
    var expires: String

    /// `$XDG_CONFIG_HOME/marshrut/login.json`, else `$HOME/.config/marshrut/login.json`; `nil`
    /// in an environment that names neither (a command run in-process by a test).
    static func file(in environment: [String: String]) -> URL? {
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? environment["HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0).appendingPathComponent(".config") }
        return config?.appendingPathComponent("marshrut").appendingPathComponent("login.json")
    }

    static func load(from environment: [String: String]) -> SavedLogin? {
        guard let file = file(in: environment), let data = try? Data(contentsOf: file) else { return nil }
        return try? JSONDecoder().decode(SavedLogin.self, from: data)
    }

    /// Writes the login readable by its owner only (0600, in a 0700 folder): it holds a token.
    func save(in environment: [String: String]) throws {
        guard let file = Self.file(in: environment) else { throw CLIError(CLIText.noConfigFolder) }
        let folder = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let data = try JSONEncoder().encode(self)
        let temporary = folder.appendingPathComponent(".login.json.\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CLIError(CLIText.cannotSaveLogin(file.path))
        }
        // rename() replaces a saved login whole, never leaving half a file.
        guard rename(temporary.path, file.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError(CLIText.cannotSaveLogin(file.path))
        }
    }

    static func remove(from environment: [String: String]) {
        if let file = file(in: environment) { try? FileManager.default.removeItem(at: file) }
    }
}

/// A refusal a server answered with: its status and its message, shown as they came.
struct ServerRefusal: Error {
    var status: Int
    var message: String
}

/// Talks to a Marshrut server: JSON in and out, the session token in the Authorization header.
struct ServerClient {
    var server: URL
    var token: String?
    var language: Language

    /// What a server answered: the body, and the day the server judges on.
    struct Answer {
        var status: Int
        var body: Data
        var today: Day?
    }

    func send(_ method: String, _ path: String, query: [String: String] = [:], json: Data? = nil) throws -> Answer {
        // `path` is already percent-encoded segment by segment (`segment(_:)`): it is not encoded again.
        guard var components = URLComponents(string: server.absoluteString + "/" + path) else {
            throw CLIError(CLIText.badServerURL(server.absoluteString))
        }
        if !query.isEmpty { components.queryItems = query.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) } }
        guard let url = components.url else { throw CLIError(CLIText.badServerURL(server.absoluteString)) }
        var request = URLRequest(url: url, timeoutInterval: 60)
        request.httpMethod = method
        request.setValue(language == .russian ? "ru" : "en", forHTTPHeaderField: "Accept-Language")
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let json {
            request.httpBody = json
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let finished = DispatchSemaphore(value: 0)
        let box = AnswerBox()
        URLSession.shared.dataTask(with: request) { data, response, error in
            box.result = (data, response as? HTTPURLResponse, error)
            finished.signal()
        }.resume()
        finished.wait()
        guard let (data, response, error) = box.result, let response else {
            throw CLIError(CLIText.serverUnreachable(server.absoluteString, box.result?.2.map { "\($0.localizedDescription)" } ?? ""))
        }
        _ = error
        let body = data ?? Data()
        let today = (response.value(forHTTPHeaderField: "Marshrut-Today")).flatMap { try? Day(parsing: $0) }
        guard (200..<300).contains(response.statusCode) else {
            let message =
                (try? JSONDecoder().decode([String: String].self, from: body))?["error"]
                ?? HTTPURLResponse.localizedString(forStatusCode: response.statusCode)
            throw ServerRefusal(status: response.statusCode, message: message)
        }
        return Answer(status: response.statusCode, body: body, today: today)
    }

    /// Decodes an answer's JSON, written with the shared encoder.
    func decode<T: Decodable>(_ type: T.Type, _ answer: Answer) throws -> T {
        do {
            return try JSONShape.decoder().decode(T.self, from: answer.body)
        } catch {
            throw CLIError(CLIText.unreadableAnswer(server.absoluteString, "\(error)"))
        }
    }

    func encode<T: Encodable>(_ value: T) throws -> Data {
        try JSONShape.encoder().encode(value)
    }
}

/// Carries a URLSession answer out of its callback.
private final class AnswerBox: @unchecked Sendable {
    // Written once by the callback before it signals; read after the wait.
    var result: (Data?, HTTPURLResponse?, (any Error)?)?
}

extension Context {
    /// The server a command runs against: `--server`, `$MARSHRUT_SERVER`, or a saved login when
    /// neither `--db` nor `$MARSHRUT_DB` names a local file; `nil` for the local file.
    func remote() throws -> ServerClient? {
        let saved = SavedLogin.load(from: environment)
        let named = global.server ?? environment["MARSHRUT_SERVER"].flatMap { $0.isEmpty ? nil : $0 }
        let localFile = global.db != nil || !(environment["MARSHRUT_DB"] ?? "").isEmpty
        guard let address = named ?? (localFile ? nil : saved?.server) else { return nil }
        let url = try Self.serverURL(address)
        let token = saved.flatMap { $0.server == url.absoluteString ? $0.token : nil }
        return ServerClient(server: url, token: token, language: Language.current)
    }

    /// A server's address: http or https with a host.
    static func serverURL(_ text: String) throws -> URL {
        let trimmed = text.hasSuffix("/") ? String(text.dropLast()) : text
        guard let url = URL(string: trimmed), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw CLIError(CLIText.badServerURL(text))
        }
        return url
    }
}
