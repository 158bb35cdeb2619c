import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file whole or not at all: the bytes go to a temporary file beside it, which then
/// takes the name in one step, so a reader (or a crash) never sees half a document.
enum PrintOutput {
    /// Writes `data` to `path`. Without `replacing`, an existing file is refused: a school's
    /// .docx may hold edits and signatures that a reprint would lose.
    ///
    /// The temporary file is linked to the name (which fails if the name exists, with no window
    /// between a check and the write) or, when replacing, renamed over it.
    static func write(_ data: Data, to path: String, replacing: Bool) throws {
        let target = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw CLIError(CLIText.cannotWriteFile(path, CLIText.isAFolder)) }
            if !replacing { throw CLIError(CLIText.fileExists(path)) }
        }
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw CLIError(CLIText.cannotWriteFile(path, error.localizedDescription))
        }
        defer { unlink(temporary.path) }
        var status = replacing ? rename(temporary.path, target.path) : link(temporary.path, target.path)
        var code = status == 0 ? 0 : errno
        if !replacing, [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV].contains(code) {
            // A file system without hard links: check, then rename (a narrow window, but no half-written file).
            if FileManager.default.fileExists(atPath: path) { throw CLIError(CLIText.fileExists(path)) }
            status = rename(temporary.path, target.path)
            code = status == 0 ? 0 : errno
        }
        guard status == 0 else {
            if code == EEXIST { throw CLIError(CLIText.fileExists(path)) }
            throw CLIError(CLIText.cannotWriteFile(path, String(cString: strerror(code))))
        }
    }
}
