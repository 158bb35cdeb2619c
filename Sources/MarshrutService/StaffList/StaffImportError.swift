import MarshrutCore

/// Why a staff list is refused, as data: the front end chooses the words.
public enum StaffImportError: Error, Sendable, Hashable {
    /// The file holds no rows at all.
    case empty
    /// Headers that name no column (as written in the file).
    case unknownHeaders([String])
    /// A column whose header appears twice.
    case columnTwice(StaffColumn)
    /// The list has no full-name column.
    case noNameColumn
    /// Rows that cannot be imported, every one of them; nothing was stored.
    case rows([StaffProblem])
}

/// What is wrong with one value of one row.
public struct StaffProblem: Sendable, Hashable {
    /// The row number a person sees (the CSV line, or Excel's row number).
    public var row: Int
    /// The column at fault, when one is.
    public var column: StaffColumn?
    /// The value as the file has it.
    public var value: String
    public var reason: Reason

    public init(row: Int, column: StaffColumn?, value: String, reason: Reason) {
        self.row = row
        self.column = column
        self.value = value
        self.reason = reason
    }

    /// Why the value is refused.
    public enum Reason: Sendable, Hashable {
        /// Not a date as DD.MM.YYYY, D.M.YYYY, YYYY-MM-DD or an Excel date.
        case notADate
        /// Not a qualification category.
        case unknownCategory
        /// Not a role.
        case unknownRole
        /// Not a valid id (a short slug of Latin letters, digits, `-`, `_`, `.`).
        case invalidID
        /// The id is given on an earlier row too.
        case idTwice(firstRow: Int)
        /// The row has no full name.
        case nameRequired
        /// The person's data was erased; their record is not filled again.
        case erased(String)
        /// The model refuses the person the row makes.
        case model(Problem)
    }
}

/// A staff list refused as a whole, with the name of its file: what a server answers when a
/// list sent to it is refused, so the refusal names the file the person chose.
public struct StaffImportFailure: Error, Sendable, Hashable {
    public var file: String
    public var error: StaffImportError

    public init(file: String, error: StaffImportError) {
        self.file = file
        self.error = error
    }
}
