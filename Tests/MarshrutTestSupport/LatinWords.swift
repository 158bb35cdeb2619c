import Foundation

/// The Latin words of a line of Russian output that are not a file name, a path, a command's
/// option or part of a command line: what a Russian interface must not print.
public enum LatinWords {
    /// The lines of a command's output that hold a Latin word not in `allowed`, each said with
    /// the command and the words, for a test's message.
    public static func leaks(of command: [String], output: String, allowed: Set<String>) -> [String] {
        output.split(separator: "\n").compactMap { line in
            let words = found(in: String(line)).filter { !allowed.contains($0) }
            return words.isEmpty ? nil : "\(command.prefix(3).joined(separator: " ")): \(words) in «\(line)»"
        }
    }

    /// The words with a Latin letter in `line`, once its command lines are taken out.
    public static func found(in line: String) -> [String] { words(in: withoutCommandLines(line)) }

    /// The line without what is quoted in backticks, without addresses (`http://…`) and without
    /// a command line it shows (`… : marshrut route history ID`): those are not words of the
    /// interface.
    public static func withoutCommandLines(_ line: String) -> String {
        var text = line.replacing(#/`[^`]*`/#, with: "").replacing(#/[a-z]+://[^\s»"]+/#, with: "")
        if let start = text.firstRange(of: "marshrut ") { text = String(text[..<start.lowerBound]) }
        return text
    }

    /// The words with a Latin letter that are not file names, paths or a command's options.
    public static func words(in text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || ",;:()[]«»\"'|—–→".contains($0) })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".!?…")) }
            .filter { word in
                word.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
                    && !word.contains("/") && !word.contains(".") && !word.hasPrefix("--")
            }
    }
}
