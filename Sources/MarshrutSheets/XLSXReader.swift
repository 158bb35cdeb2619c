import Foundation
import ZIPFoundation

/// Reads the first worksheet of an `.xlsx` workbook: its shared strings (with rich-text runs),
/// inline strings, numbers and the cached values of formulas, which are never evaluated.
///
/// Every part is unpacked into memory under one budget (``Sheet/Limits/unpackedBytes``), counted
/// as the bytes come out, so a part that lies about its size is stopped all the same.
struct XLSXReader {
    var limits: Sheet.Limits

    func read(_ url: URL) throws(SheetError) -> Sheet {
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch { throw .notAWorkbook(missing: "zip") }
        var budget = limits.unpackedBytes
        let workbookData = try part("xl/workbook.xml", of: archive, budget: &budget)
        let workbook = try WorkbookHandler.parse(workbookData)
        var sheetPath = "xl/worksheets/sheet1.xml"
        if let relationship = workbook.firstSheetRelationship, archive["xl/_rels/workbook.xml.rels"] != nil {
            let relationships = try RelationshipsHandler.parse(try part("xl/_rels/workbook.xml.rels", of: archive, budget: &budget))
            if let target = relationships[relationship] { sheetPath = Self.resolve(target) }
        }
        var strings: [String] = []
        if archive["xl/sharedStrings.xml"] != nil {
            strings = try SharedStringsHandler.parse(try part("xl/sharedStrings.xml", of: archive, budget: &budget))
        }
        var dateStyles: [Bool]?
        if archive["xl/styles.xml"] != nil {
            dateStyles = try StylesHandler.parse(try part("xl/styles.xml", of: archive, budget: &budget))
        }
        let rows = try WorksheetHandler.parse(
            try part(sheetPath, of: archive, budget: &budget), strings: strings, dateStyles: dateStyles, limits: limits)
        return Sheet(rows: rows, format: .xlsx, uses1904Dates: workbook.uses1904Dates)
    }

    /// A relationship's target as a path in the archive: relative to `xl/`, or absolute.
    static func resolve(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// One part, unpacked within what is left of the budget.
    func part(_ path: String, of archive: Archive, budget: inout Int) throws(SheetError) -> Data {
        guard let entry = archive[path] else { throw .notAWorkbook(missing: path) }
        let limit = limits.unpackedBytes
        guard entry.uncompressedSize <= UInt64(max(budget, 0)) else { throw .unpackedTooLarge(limit: limit) }
        var data = Data()
        var left = budget
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                left -= chunk.count
                guard left >= 0 else { throw SheetError.unpackedTooLarge(limit: limit) }
                data.append(chunk)
            }
        } catch let error as SheetError {
            throw error
        } catch {
            throw .badPart(path)
        }
        budget = left
        return data
    }
}
