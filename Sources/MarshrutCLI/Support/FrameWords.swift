import ArgumentParser
import MarshrutCore
import MarshrutText

/// Russian for the words swift-argument-parser writes around our own help and errors.
enum FrameWords {
    static let pairs: [(String, String)] = [
        ("OVERVIEW:", "ОПИСАНИЕ:"),
        ("USAGE:", "ИСПОЛЬЗОВАНИЕ:"),
        ("ARGUMENTS:", "АРГУМЕНТЫ:"),
        ("OPTIONS:", "ПАРАМЕТРЫ:"),
        ("SUBCOMMANDS:", "КОМАНДЫ:"),
        ("Show help information.", "Показать справку."),
        ("Show the version.", "Показать версию."),
        ("(default:", "(по умолчанию:"),
        ("(values:", "(значения:"),
        ("See 'marshrut help ", "См. 'marshrut help "),
        ("' for detailed help.", "' — подробная справка."),
        ("See 'marshrut ", "См. 'marshrut "),
        ("' for more information.", "' — подробнее."),
        ("Error: Missing expected argument", "Ошибка: не хватает аргумента"),
        ("Error: Missing value for", "Ошибка: нет значения для"),
        ("Error: Unknown option", "Ошибка: неизвестный параметр"),
        ("Error: Unexpected argument", "Ошибка: лишний аргумент"),
        ("Error: The value", "Ошибка: значение"),
        (" is invalid for ", " не подходит для "),
        ("Error: ", "Ошибка: "),
        ("Usage: ", "Использование: "),
        ("Help:  ", "Справка: "),
        ("Please provide one of the following:", "Укажите одно из значений:"),
        ("Please provide one of", "Укажите одно из"),
        ("Error: Missing expected arguments", "Ошибка: не хватает аргументов"),
    ]

    /// Frame words with a count in them: "2 unexpected arguments: 'b', 'c'".
    static let counted: [(pattern: String, russian: String)] = [
        ("([0-9]+) unexpected arguments:", "лишних аргументов: $1 —")
    ]

    /// The text with the frame words in Russian, when Russian is the language.
    static func translate(_ text: String) -> String {
        guard Language.current == .russian else { return text }
        var result = text
        for (english, russian) in pairs { result = result.replacingOccurrences(of: english, with: russian) }
        for (pattern, russian) in counted {
            result = result.replacingOccurrences(of: pattern, with: russian, options: .regularExpression)
        }
        return result
    }
}

/// Help text in the current language, where swift-argument-parser wants an `ArgumentHelp`.
func tr(_ english: String, _ russian: String) -> ArgumentHelp {
    ArgumentHelp(MarshrutText.tr(english, russian))
}

/// Help for an option whose values come from a closed list: in Russian, the list follows.
func trValues<V: TitledVocabulary>(_ type: V.Type, _ english: String, _ russian: String) -> ArgumentHelp {
    ArgumentHelp(MarshrutText.tr(english, russian + V.russianValues))
}
