import Foundation
import MarshrutCore

/// A printed document's file format.
public enum PrintFormat: String, Sendable, Hashable, CaseIterable {
    case docx, html, pdf

    /// The format a file name's extension names (`.docx`, `.html` or `.htm`, `.pdf`), if any.
    public init?(fileName: String) {
        let ext = (fileName as NSString).pathExtension.lowercased()
        switch ext {
        case "docx": self = .docx
        case "html", "htm": self = .html
        case "pdf": self = .pdf
        default: return nil
        }
    }
}

extension PrintDocument {
    /// The document as a Word (.docx) package, dated `day`.
    public func docx(on day: Day) throws(PrintError) -> Data {
        try WordPackage.zip(WordPackage.parts(of: self, on: day), on: day)
    }

    /// The document's bytes in a format; PDF is printed by `printer`.
    public func rendered(as format: PrintFormat, on day: Day, printer: () throws(PrintError) -> ChromiumPrinter) throws(PrintError) -> Data {
        switch format {
        case .html: Data(html().utf8)
        case .docx: try docx(on: day)
        case .pdf: try printer().pdf(ofHTML: html())
        }
    }
}
