import MarshrutPrint
import MarshrutText

/// What `route print` and `program print` say.
extension CLIText {
    static var printFormatHelp: String {
        tr(
            "docx (to edit and sign), html (print-ready page) or pdf (through Chromium). Default: from --out's extension, else html.",
            "docx (для правки и подписи), html (страница для печати) или pdf (через Chromium). По умолчанию — по расширению --out, иначе html.")
    }
    static var printOutHelp: String {
        tr("The file to write (default: HTML to standard output).", "Файл, куда записать (по умолчанию HTML в стандартный вывод).")
    }
    static var printForceHelp: String {
        tr("Replace the file if it exists.", "Заменить файл, если он уже есть.")
    }
    static func giveOut(_ format: PrintFormat) -> String {
        tr(
            "Please give --out FILE: a .\(format.rawValue) file is not written to the terminal.",
            "Укажите --out ФАЙЛ: файл .\(format.rawValue) не выводится в терминал.")
    }
    static func unknownExtension(_ path: String) -> String {
        tr(
            "Please give --format docx, html or pdf: the extension of \(path) does not say which.",
            "Укажите --format docx, html или pdf: по расширению \(path) формат не понять.")
    }
    static func fileExists(_ path: String) -> String {
        tr(
            "\(path) already exists (it may hold edits or signatures): choose another --out, or add --force to replace it.",
            "\(path) уже существует (в нём могут быть правки или подписи): укажите другой --out или добавьте --force, чтобы заменить его.")
    }
    static func cannotWriteFile(_ path: String, _ reason: String) -> String {
        tr("cannot write \(path): \(reason)", "не удаётся записать \(path): \(reason)")
    }
    static func printed(_ path: String, bytes: Int) -> String {
        tr("Written to \(path) (\(bytes) bytes).", "Записано в \(path) (\(bytes) байт).")
    }
}

extension CLIText {
    static var isAFolder: String { tr("it is a folder", "это папка") }
}
