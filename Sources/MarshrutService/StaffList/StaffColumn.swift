/// A column of a school's staff list, found by its header: the Russian heading a school writes, or
/// the key of the person document.
///
/// Headers are compared ignoring case and surrounding space, with `ё` read as `е`.
public enum StaffColumn: String, CaseIterable, Sendable, Hashable, Codable {
    case id, name, position, subject
    case birthDate = "birth_date"
    case hireDate = "hire_date"
    case experienceSince = "experience_since"
    case category
    case categoryDate = "category_date"
    case roles
    /// The list's own row numbers (`№`, `№ п/п`): read past.
    case ordinal

    /// The headings of a Russian staff list, as a person types them (data, not words shown: the
    /// front ends say a column's name with their own words).
    public var russianHeaders: [String] {
        switch self {
        case .id: []
        case .name: ["ФИО", "Ф.И.О.", "Фамилия, имя, отчество"]
        case .position: ["Должность"]
        case .subject: ["Предмет"]
        case .birthDate: ["Дата рождения"]
        case .hireDate: ["Дата приёма", "Дата приёма на работу"]
        case .experienceSince: ["Педагогический стаж с"]
        case .category: ["Категория", "Квалификационная категория"]
        case .categoryDate: ["Дата присвоения категории"]
        case .roles: ["Роль", "Роли"]
        case .ordinal: ["№", "№ п/п"]
        }
    }

    /// The document keys also accepted as headers.
    public var keys: [String] {
        switch self {
        case .ordinal: []
        case .roles: ["roles", "role"]
        default: [rawValue]
        }
    }

    /// Whether the column holds dates.
    public var isDate: Bool { [.birthDate, .hireDate, .experienceSince, .categoryDate].contains(self) }

    /// The column a header names, if any.
    public init?(header: String) {
        let wanted = Self.normalized(header)
        guard let column = Self.allCases.first(where: { ($0.russianHeaders + $0.keys).map(Self.normalized).contains(wanted) }) else { return nil }
        self = column
    }

    /// The column a person document's field path belongs to (`birth_date` → birth date).
    init?(path: String) {
        let key = path.split(separator: "[").first.map(String.init) ?? path
        guard let column = Self.allCases.first(where: { $0.keys.contains(key) }) else { return nil }
        self = column
    }

    /// Lower case, `ё` as `е`, single spaces, no space around.
    static func normalized(_ header: String) -> String {
        header.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
