import Foundation

/// The user's own settings file: `$XDG_CONFIG_HOME/marshrut/config`, or
/// `~/.config/marshrut/config`, with lines such as `route = ivanova-2022`.
struct UserSettings {
    let path: String
    private(set) var values: [String: String]

    init(environment: [String: String]) {
        let base =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        path = base + "/marshrut/config"
        values = [:]
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), let eq = trimmed.firstIndex(of: "=") else { continue }
            let key = trimmed[..<eq].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            values[key] = value
        }
    }

    subscript(key: String) -> String? { values[key] }

    /// Saves one setting, keeping the others.
    mutating func set(_ key: String, _ value: String) throws {
        values[key] = value
        let text =
            "# Marshrut settings (see `marshrut help route use`)\n"
            + values.keys.sorted().map { "\($0) = \(values[$0] ?? "")" }.joined(separator: "\n") + "\n"
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError(CLIText.cannotSaveSettings(to: path, error.localizedDescription))
        }
    }
}

extension Context {
    /// The teacher's default route: `$MARSHRUT_ROUTE`, else `route =` in the settings file.
    var defaultRoute: String? {
        environment["MARSHRUT_ROUTE"].flatMap { $0.isEmpty ? nil : $0 } ?? UserSettings(environment: environment)["route"]
    }

    /// The route a teacher's command is about: the one named, else the default one.
    func route(named name: String?) throws -> String {
        if let name { return name }
        if let route = defaultRoute { return route }
        throw CLIError(CLIText.whichRoute)
    }
}
