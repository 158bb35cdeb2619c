import MarshrutPrint

extension Context {
    /// The Chromium that prints PDFs: `$MARSHRUT_CHROMIUM`, else chromium or chromium-browser on `PATH`.
    func printer() throws(PrintError) -> ChromiumPrinter {
        try ChromiumPrinter.find(in: environment)
    }
}
