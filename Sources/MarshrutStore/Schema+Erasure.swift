import GRDB

extension Schema {
    /// v3: erasing a person's personal data on withdrawn consent (`person forget`).
    static func registerErasure(in migrator: inout DatabaseMigrator) {}
}
