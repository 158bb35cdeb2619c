import GRDB
import GRDBSQLite

/// Text as stored, kept as its UTF-8 bytes.
///
/// The long text a rule run reads (a reflection's words, a body's JSON lists) goes from the
/// database to a Lua view unchanged, so it is read without becoming a Swift `String`: no UTF-8
/// validation and one copy. ``description`` gives the string when one is needed.
public struct StoredText: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var utf8: [UInt8]

    public init(_ text: String) {
        utf8 = Array(text.utf8)
    }

    public init(utf8: [UInt8]) {
        self.utf8 = utf8
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var description: String { String(decoding: utf8, as: UTF8.self) }
}

extension StoredText: DatabaseValueConvertible, StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        guard let text = sqlite3_column_text(sqliteStatement, index) else {
            return nil
        }
        let count = Int(sqlite3_column_bytes(sqliteStatement, index))
        utf8 = Array(UnsafeBufferPointer(start: text, count: count))
    }

    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> StoredText? {
        switch dbValue.storage {
        case .string(let text): StoredText(text)
        case .blob(let data): StoredText(utf8: Array(data))
        default: nil
        }
    }
}
