import MarshrutCore
import MarshrutSynthetic
import MarshrutText

extension SyntheticError {
    /// The refusal in the reader's language.
    var message: String {
        switch self {
        case .notEmpty(let path):
            tr("\(path) already holds data: give an empty or new --db", "в \(path) уже есть данные: укажите пустую или новую базу --db")
        case .cannotWrite(let path):
            tr(
                "cannot write \(path): check the folder exists and is writable",
                "не удаётся записать \(path): проверьте, что папка существует и доступна для записи")
        }
    }
}
