import Foundation
import MarshrutCLI
import MarshrutTestSupport
import Testing

/// swift-argument-parser's own words around our errors and help read in Russian.
struct FrameWordsTests {
    static let russian = ["LANG": "ru_RU.UTF-8", "MARSHRUT_TODAY": "2026-11-28"]

    @Test(arguments: [
        (["route", "show", "a", "b", "c"], "Ошибка: лишних аргументов: 2 — 'b', 'c'"),
        (["route", "deficit", "x", "--area", "xx"], "Укажите одно из значений:"),
        (["route", "list", "--bogus"], "Ошибка: неизвестный параметр '--bogus'"),
    ])
    func anErrorOfTheParserReadsInRussian(_ arguments: [String], _ expected: String) throws {
        let box = try Sandbox()
        let outcome = Marshrut.run(["--db", box.db] + arguments, environment: Self.russian)
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains(expected), "\(outcome.errors)")
        #expect(!outcome.errors.contains("the following") && !outcome.errors.contains("unexpected"), "\(outcome.errors)")
    }

    @Test func helpListsValuesInRussianEvenWhereALineWraps() throws {
        let help = Marshrut.run(["route", "deficit", "--help"], environment: Self.russian).output
        #expect(help.contains("(значения:"), "\(help)")
        #expect(!help.contains("(values:") && !help.contains("(default:"), "\(help)")
    }
}
