import Foundation
import ZIPFoundation

/// A minimal `.xlsx` made in a test: the five parts Excel needs, one worksheet whose XML the test
/// writes, and a shared-strings table.
public enum Workbook {
    /// Writes the workbook to `url`.
    ///
    /// - Parameters:
    ///   - sheetData: the worksheet's `<row>` elements.
    ///   - sharedStrings: the `<si>` elements.
    ///   - workbookProperties: extra `<workbookPr …/>` attributes, e.g. `date1904="1"`.
    ///   - styles: the `<styleSheet>`'s content (`<numFmts>`, `<cellXfs>`), or `nil` for no styles part.
    public static func write(
        to url: URL, sheetData: String, sharedStrings: String = "", workbookProperties: String = "", styles: String? = nil
    ) throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var parts: [(String, String)] = [
            (
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                </Types>
                """
            ),
            (
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(main)" xmlns:r="\(relationships)">\
                <workbookPr \(workbookProperties)/><sheets><sheet name="Сотрудники" sheetId="1" r:id="rId7"/></sheets></workbook>
                """
            ),
            (
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId7" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId8" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/></Relationships>
                """
            ),
            (
                "xl/worksheets/sheet1.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\(main)"><sheetData>\(sheetData)</sheetData></worksheet>
                """
            ),
            ("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(main)\">\(sharedStrings)</sst>"),
        ]
        if let styles { parts.append(("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>")) }
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}

/// LibreOffice for the tests that convert a CSV into a real workbook.
public enum Office {
    /// `soffice` on $PATH (or /usr/bin), else nil.
    public static func executable() -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"]
        return folders.map { $0 + "/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether the tests that need LibreOffice run: when it is installed with Calc (a Writer-only
    /// install converts no spreadsheet), or when `MARSHRUT_REQUIRE_OFFICE` is set (then a missing
    /// one fails the run).
    public static var isAvailable: Bool {
        let calc = ["/usr/lib/libreoffice/program/libsclo.so", "/Applications/LibreOffice.app/Contents/Frameworks/libsclo.dylib"]
        return (executable() != nil && calc.contains { FileManager.default.fileExists(atPath: $0) })
            || ProcessInfo.processInfo.environment["MARSHRUT_REQUIRE_OFFICE"] != nil
    }

    /// Converts a file with `soffice --headless --convert-to FORMAT` into `folder`; returns the new file.
    public static func convert(_ file: URL, to format: String, in folder: URL) throws -> URL {
        guard let soffice = executable() else { throw OfficeError.missing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        // A private profile, so a LibreOffice the user has open does not take the conversion over.
        let profile = folder.appendingPathComponent("office-profile")
        // A CSV is read as comma-separated UTF-8 (filter options: separator 44, quote 34, charset 76).
        let filter = file.pathExtension == "csv" ? ["--infilter=CSV:44,34,76,1"] : []
        process.arguments =
            ["-env:UserInstallation=\(profile.absoluteString)", "--headless"] + filter + ["--convert-to", format, "--outdir", folder.path, file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let result = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + "." + format)
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: result.path) else {
            throw OfficeError.failed(process.terminationStatus)
        }
        return result
    }
}

/// Why LibreOffice did not convert a file.
public enum OfficeError: Error {
    case missing
    case failed(Int32)
}
