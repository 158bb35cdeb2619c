import Foundation
import MarshrutCore
import MarshrutSheets
import MarshrutText

/// One person of a staff list: the values the row gives (an empty cell gives none).
public struct StaffRow: Sendable, Hashable, Codable {
    /// The row number a person sees.
    public var number: Int
    public var id: String?
    public var name = ""
    public var position: String?
    public var subject: String?
    public var roles: [Role]?
    public var staff = StaffData()

    public init(number: Int) {
        self.number = number
    }

    /// Reads a cell into the column's field; returns why the value is refused, if it is.
    mutating func read(_ cell: Sheet.Cell, into column: StaffColumn, uses1904Dates: Bool) -> StaffProblem.Reason? {
        let text = cell.text.trimmed
        switch column {
        case .id:
            guard Slug.isValid(text) else { return .invalidID }
            id = text
        case .name: name = text
        case .position: position = text
        case .subject: subject = text
        case .category:
            guard let category = QualificationCategory(typed: text) else { return .unknownCategory }
            staff.category = category
        case .roles:
            var roles: [Role] = []
            for word in text.split(whereSeparator: { ",;".contains($0) }) {
                guard let role = Role(typed: String(word)) else { return .unknownRole }
                roles.append(role)
            }
            self.roles = roles
        case .birthDate, .hireDate, .experienceSince, .categoryDate:
            guard let day = Self.day(cell, uses1904Dates: uses1904Dates) else { return .notADate }
            switch column {
            case .birthDate: staff.birthDate = day
            case .hireDate: staff.hireDate = day
            case .experienceSince: staff.experienceSince = day
            default: staff.categoryDate = day
            }
        case .ordinal: break
        }
        return nil
    }

    /// A day from `DD.MM.YYYY`, `D.M.YYYY`, `YYYY-MM-DD`, or a workbook's date number (shown as a
    /// date, or in a workbook without styles).
    static func day(_ cell: Sheet.Cell, uses1904Dates: Bool) -> Day? {
        let text = cell.text.trimmed
        if cell.isNumber {
            // A number the workbook does not show as a date (a year typed alone, 1990) is no date.
            guard cell.isDateStyled != false, let serial = Double(text), let date = ExcelDate.day(serial: serial, uses1904: uses1904Dates) else { return nil }
            return Day(year: date.year, month: date.month, day: date.day)
        }
        if let day = try? Day(parsing: text) { return day }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
        else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
