import Foundation
import GRDB
import MarshrutCore

/// The JSON body of a person row: everything but the append-only consents.
struct PersonBody: Codable {
    var name: String
    var school: String?
    var organization: String?
    var position: String?
    var subject: String?
    var roles: [Role]
    var requests: Preferences?
    var capacity: Int?
    var offers: Preferences?
}

/// The JSON body of a route row: the steps' content, not the history.
struct RouteBody: Codable {
    var selfImage: String?
    var strengths: [Strength]
    var deficits: [Deficit]
    var activities: [Activity]
}

/// The JSON body of a program row.
struct ProgramBody: Codable {
    var forms: [MentoringForm]
    var directions: [Direction]
    var activities: [Activity]
    var addresses: [String]?
}

enum JSON {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}

extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap { try? Day(parsing: $0) }
    }
}
