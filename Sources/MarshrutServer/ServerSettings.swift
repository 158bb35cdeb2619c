import Foundation
import MarshrutAccounts
import MarshrutCore
import MarshrutText

/// How a server runs: where it listens, what day it is, and how it words its errors.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// The curator's scripts, for the operations that run rules.
    public var scriptsFolder: String
    /// Today, for overdue work and default dates.
    public var today: @Sendable () throws -> Day
    /// An error in the current language: the front end's catalog, so the server keeps no words.
    public var describe: @Sendable (any Error) -> String
    /// The language of answers to a request that names none in `Accept-Language`.
    public var language: Language
    /// The largest request body accepted (413 beyond).
    public var maxBodySize: Int
    /// The bcrypt cost of passwords set through the server.
    public var passwordCost: UInt8
    /// How many failed sign-ins are allowed in a window before 429.
    public var signInLimit: SignInLimit

    public init(
        host: String = "127.0.0.1", port: Int = 8080, scriptsFolder: String, today: @escaping @Sendable () throws -> Day,
        describe: @escaping @Sendable (any Error) -> String, language: Language = .russian, maxBodySize: Int = 256 * 1024,
        passwordCost: UInt8 = Secrets.defaultCost, signInLimit: SignInLimit = SignInLimit()
    ) {
        self.host = host
        self.port = port
        self.scriptsFolder = scriptsFolder
        self.today = today
        self.describe = describe
        self.language = language
        self.maxBodySize = maxBodySize
        self.passwordCost = passwordCost
        self.signInLimit = signInLimit
    }
}

/// Failed sign-ins allowed per login and per client address within a sliding window.
public struct SignInLimit: Sendable, Hashable {
    public var perLogin: Int
    public var perAddress: Int
    public var window: TimeInterval

    public init(perLogin: Int = 5, perAddress: Int = 20, window: TimeInterval = 300) {
        self.perLogin = perLogin
        self.perAddress = perAddress
        self.window = window
    }
}

/// Why a request was refused before any operation ran, as data: the front end chooses the words.
public enum RequestError: Error, Sendable, Hashable {
    /// The body is not the JSON the operation takes: which field, and what was wrong with it.
    case badField(String, BodyProblem)
    /// The body is larger than the server accepts.
    case bodyTooLarge(limit: Int)
    /// Too many failed sign-ins; try again after this many seconds.
    case tooManyAttempts(retryAfter: Int)
    /// A query parameter with a value the operation cannot take.
    case badQuery(name: String, value: String)
    /// The server cannot listen: another program holds the address.
    case addressInUse(host: String, port: Int)

    public enum BodyProblem: Sendable, Hashable {
        case missing
        case wrongType(expected: String)
        case notJSON
        case badValue(String)
    }
}
