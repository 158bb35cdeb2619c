import Foundation
import MarshrutCore
import ZIPFoundation

/// The smallest Word package a school's office suite opens and edits: the content types, the
/// package's relationships, the document, its styles and its core properties, zipped.
///
/// The parts are written here from our own templates; only the text of the document and its
/// title come from the data, and both are escaped.
enum WordPackage {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The parts in the order they are zipped: `[Content_Types].xml` first, as readers expect.
    static func parts(of document: PrintDocument, on day: Day) -> [(path: String, text: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("word/document.xml", document.wordDocumentXML()),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles(language: document.language)),
            ("docProps/core.xml", coreProperties(title: document.title, language: document.language, day: day)),
        ]
    }

    /// The zipped package.
    static func zip(_ parts: [(path: String, text: String)], on day: Day) throws(PrintError) -> Data {
        // The parts' time is the document's day at noon, so the same document zips to the same bytes.
        let date = Date(timeIntervalSince1970: Double(day.ordinal) * 86_400 + 43_200)
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = Data(part.text.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let zipped = archive.data else { throw PrintError.cannotPackage("the archive kept no data") }
            return zipped
        } catch let error as PrintError {
            throw error
        } catch {
            throw PrintError.cannotPackage("\(error)")
        }
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="\(packageRelationships)">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="\(packageRelationships)/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="\(packageRelationships)">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
        </Relationships>
        """

    static func coreProperties(title: String, language: PrintLanguage, day: Day) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(Markup.escape(title))</dc:title><dc:creator>Marshrut</dc:creator>\
        <dc:language>\(language.rawValue)</dc:language>\
        <dcterms:created xsi:type="dcterms:W3CDTF">\(day.description)T00:00:00Z</dcterms:created>\
        </cp:coreProperties>
        """
    }
}
