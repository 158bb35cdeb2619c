import GRDB

extension Schema {
    /// v4: program status changes and the deficits a program addresses.
    static func registerProgramHistory(in migrator: inout DatabaseMigrator) {}
}
