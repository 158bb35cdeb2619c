import MarshrutText

extension PrintError {
    /// The message in the reader's language: what went wrong and what to do.
    public var text: String {
        switch self {
        case .cannotPackage(let why):
            tr("cannot make the .docx package: \(why)", "не удалось собрать файл .docx: \(why)")
        case .noChromium(let searched):
            tr(
                "a PDF is printed with Chromium, and none was found (looked for \(searched.joined(separator: ", ")) on PATH and $MARSHRUT_CHROMIUM): install chromium (apt-get install chromium), or use --format docx or --format html",
                "PDF печатается через Chromium, а он не найден (искали \(searched.joined(separator: ", ")) в PATH и $MARSHRUT_CHROMIUM): установите chromium (apt-get install chromium) или используйте --format docx или --format html"
            )
        case .chromiumFailed(let status, let log):
            tr(
                "Chromium made no PDF (exit status \(status))\(log.isEmpty ? "" : ": " + log); try --format docx or --format html",
                "Chromium не создал PDF (код завершения \(status))\(log.isEmpty ? "" : ": " + log); попробуйте --format docx или --format html")
        case .chromiumTimedOut(let seconds):
            tr(
                "Chromium did not print the PDF within \(Int(seconds)) s and was stopped; try again, or use --format docx or --format html",
                "Chromium не напечатал PDF за \(Int(seconds)) с и был остановлен; повторите или используйте --format docx или --format html")
        case .file(let path, let why):
            tr("cannot use \(path): \(why)", "не удаётся использовать \(path): \(why)")
        }
    }
}
