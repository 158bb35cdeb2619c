import Foundation
import MarshrutCore

/// A day from well-formed test text; a typo in a test should stop it loudly.
public func day(_ text: String) -> Day {
    guard let value = try? Day(parsing: text) else { preconditionFailure("not a day in a test: \(text)") }
    return value
}

/// Where the repository's sample data lives, found from this file's place in the checkout.
public enum Repository {
    public static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    /// The sample school's documents.
    public static let routes = root + "/Routes"
    /// The standard rule scripts.
    public static let scripts = root + "/Scripts"

    /// The built `marshrut` binary next to the test bundle.
    public static var binary: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("marshrut").path,
            root + "/.build/debug/marshrut",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// A new folder under the system's temporary folder, removed when the value goes away.
public final class TemporaryFolder {
    public let url: URL
    public var path: String { url.path }

    /// - Parameter prefix: names what the folder is for, e.g. `marshrut-cli`.
    public init(_ prefix: String = "marshrut-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` (making folders on the way) and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }
}

extension Catalog {
    /// The catalog in the store's order (by id), to compare with what the store gives back.
    public var sorted: Catalog {
        Catalog(
            persons: persons.sorted { $0.id < $1.id }, routes: routes.sorted { $0.id < $1.id },
            programs: programs.sorted { $0.id < $1.id }, plans: plans.sorted { $0.id < $1.id },
            organizations: organizations.sorted { $0.id < $1.id })
    }
}
