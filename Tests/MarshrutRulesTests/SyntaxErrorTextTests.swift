import MarshrutText
import Testing

@testable import MarshrutRules

/// A script's syntax error reads in Russian under a Russian interface, with Lua's own message
/// translated; English keeps Lua's words.
struct SyntaxErrorTextTests {
    @Test(arguments: [
        ("local x = = 1\n", "синтаксическая ошибка: неожиданный символ перед '='"),
        ("monitor {\n  id = \"x\",\n", "синтаксическая ошибка: неожиданный символ в конце файла"),
        ("monitor {\n  id = \"x\"\n", "синтаксическая ошибка: ожидается '}' (закрыть '{' из строки 1) в конце файла"),
        ("local s = \"abc\n", "синтаксическая ошибка: незакрытая строка перед '\"abc'"),
        ("local n = 3x\n", "синтаксическая ошибка: неверно записанное число перед '3x'"),
        ("if true then\n", "синтаксическая ошибка: ожидается 'end' (закрыть 'if' из строки 1) в конце файла"),
    ])
    func aSyntaxErrorReadsInRussian(_ script: String, _ russian: String) throws {
        let folder = try ScriptFolder()
        try folder.write("broken.lua", script)
        let shown = try Language.$current.withValue(.russian) { try folder.engine().loadErrors.only?.error }
        #expect(shown == russian)
        let english = try Language.$current.withValue(.english) { try folder.engine().loadErrors.only?.error }
        #expect(english?.hasPrefix("syntax error: ") == true && english?.contains("near") == true, "\(english ?? "")")
    }

    @Test func aMessageOfAnotherShapeStaysAsLuaWroteIt() {
        #expect(RuleText.luaSyntax("chunk has too many syntax levels") == "chunk has too many syntax levels")
    }
}
