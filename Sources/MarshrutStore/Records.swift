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
    var birthDate: Day?
    var hireDate: Day?
    var experienceSince: Day?
    var category: QualificationCategory?
    var categoryDate: Day?

    /// The staff fields keep the documents' snake_case names, which the rules' person view
    /// merges as they are.
    enum CodingKeys: String, CodingKey {
        case name, school, organization, position, subject, roles, requests, capacity, offers, category
        case birthDate = "birth_date"
        case hireDate = "hire_date"
        case experienceSince = "experience_since"
        case categoryDate = "category_date"
    }

    init(_ p: Person) {
        name = p.name
        school = p.school
        organization = p.organization
        position = p.position
        subject = p.subject
        roles = p.roles
        requests = p.requests
        capacity = p.capacity
        offers = p.offers
        birthDate = p.staff.birthDate
        hireDate = p.staff.hireDate
        experienceSince = p.staff.experienceSince
        category = p.staff.category
        categoryDate = p.staff.categoryDate
    }

    var staff: StaffData {
        StaffData(birthDate: birthDate, hireDate: hireDate, experienceSince: experienceSince, category: category, categoryDate: categoryDate)
    }
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
