import MarshrutText
import Testing

@testable import MarshrutPrint

struct MarkupTests {
    @Test(arguments: [
        ("a\u{07}b\u{1B}c", "abc"),
        ("line\r\nnext\rlast", "line\nnext\nlast"),
        ("tab\there", "tab here"),
        ("non\u{FFFE}char\u{FFFF}s", "nonchars"),
        ("c1\u{85}\u{9B}gone", "c1gone"),
        ("bidi\u{202E}txet", "biditxet"),
        ("Кириллица остаётся", "Кириллица остаётся"),
    ])
    func cleaningDropsWhatXMLCannotHold(_ input: String, _ expected: String) {
        #expect(Markup.clean(input) == expected)
    }

    @Test func escapingLeavesNoMarkup() {
        let escaped = Markup.escape(Hostile.script + Hostile.wordML)
        #expect(!escaped.contains("<"))
        #expect(!escaped.contains(">"))
        #expect(!escaped.contains("\""))
        #expect(!escaped.contains("'"))
        #expect(escaped.contains("&lt;script&gt;"))
        #expect(escaped.contains("&amp; &quot;quoted&quot;"))
    }
}
