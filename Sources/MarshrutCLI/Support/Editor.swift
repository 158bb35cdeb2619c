import Foundation

extension Context {
    /// Opens `$VISUAL` (or `$EDITOR`) on a file holding `template`, and returns what the user
    /// saved with `#` comment lines removed, or `nil` when nothing was written.
    func edit(_ template: String, name: String = "reflection.md") throws -> String? {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty }
        guard let editor else {
            throw CLIError(CLIText.noEditor)
        }
        // A reflection is personal: only its writer may read the draft (folder 0700, file 0600).
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marshrut-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: file.path, contents: Data(template.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CLIError(CLIText.cannotStartEditor(editor, file.path))
        }
        // Ctrl-C reaches the editor; this process waits for it, so the draft is always removed.
        let interrupt = signal(SIGINT, SIG_IGN)
        let hangUp = signal(SIGHUP, SIG_IGN)
        defer {
            signal(SIGINT, interrupt)
            signal(SIGHUP, hangUp)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor may carry its own arguments (`code --wait`), so the shell splits it.
        process.arguments = ["-c", "\(editor) \"$1\"", "editor", file.path]
        process.environment = environment
        do {
            try process.run()
        } catch {
            throw CLIError(CLIText.cannotStartEditor(editor, error.localizedDescription))
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError(CLIText.editorFailed(editor, status: process.terminationStatus))
        }
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }
            .joined(separator: "\n")
            .trimmingWhitespace
        return kept.isEmpty ? nil : kept
    }
}
