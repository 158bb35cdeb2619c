import MarshrutCore
/// Why a synthetic region or a data file could not be written, as data: the front end chooses
/// the words.
public enum SyntheticError: Error, Sendable, Hashable {
    /// The database at this path already holds data; a region goes only into an empty one.
    case notEmpty(String)
    /// The file at this path cannot be created or written.
    case cannotWrite(String)
}
