@testable import MarshrutCLI
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
}
