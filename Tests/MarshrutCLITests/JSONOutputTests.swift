@testable import MarshrutCLI
import MarshrutCore
import MarshrutRules
import Testing

/// Written a piece at a time, a long list reads exactly as the encoder writes it whole.
struct JSONOutputTests {
    struct Item: Encodable { var id: String; var message: String; var nested: [String: Int] }
    struct Envelope: Encodable { var items: [Item]; var errors: [String] }

    static func items(_ count: Int) -> [Item] {
        (0..<count).map { i in
            Item(id: "r\(i)", message: "строка \(i) с \"кавычками\"\nи переводом строки", nested: ["a": i, "b": -i])
        }
    }

    @Test(arguments: [0, 1, 2, 3_000])
    func piecesReadAsTheWhole(count: Int) throws {
        let items = Self.items(count)
        var pieces: [String] = []
        try JSONOutput.write(items, in: { Envelope(items: $0, errors: ["e"]) }) { pieces.append($0) }
        #expect(pieces.joined() == (try JSONOutput.string(Envelope(items: items, errors: ["e"]))) + "\n")
        if count == 3_000 { #expect(pieces.count > 2, "a long list is written in several pieces") }
    }

    /// Every ASCII character, quotes, backslashes, slashes, Cyrillic, an emoji and separators.
    static let awkward: [String] = [
        String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self),
        "Нет ни одной рефлексии за учебный год", "", "a/b\\c\"d", "🎓\u{2028}\u{2029}\u{7F}\u{85}", "Scripts/routes.lua:12",
    ]

    @Test func findingsAndAwardsAreWrittenAsTheEncoderWritesThem() throws {
        let findings = Self.awkward.enumerated().map { i, text in
            Finding(
                rule: "r-\(text)", severity: Severity.allCases[i % 3], subject: SubjectReference.Kind.allCases[i % 4],
                id: text, message: text + "!", source: text)
        }
        let awards = Self.awkward.enumerated().map { i, text in
            Award(
                incentive: text, title: "t" + text, kind: i % 2 == 0 ? .material : .nonMaterial,
                subject: SubjectReference.Kind.allCases[i % 4], id: "p-\(i)", reason: text, source: text)
        }
        let encoder = JSONOutput.encoder()
        for finding in findings {
            #expect(finding.flatJSON() == Array(try encoder.encode(finding)))
        }
        for award in awards {
            #expect(award.flatJSON() == Array(try encoder.encode(award)))
        }
        struct Findings: Encodable { var findings: [Finding]; var errors: [RuleError] }
        var pieces: [String] = []
        let errors = [RuleError(rule: "x", error: "y", source: "z")]
        try JSONOutput.write(findings, in: { Findings(findings: $0, errors: errors) }) { pieces.append($0) }
        #expect(pieces.joined() == (try JSONOutput.string(Findings(findings: findings, errors: errors))) + "\n")
    }
}
