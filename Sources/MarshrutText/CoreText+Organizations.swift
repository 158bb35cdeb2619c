import MarshrutCore

extension CoreText {
    // MARK: - Organizations

    static func regionHasNoParent(_ parent: String) -> String {
        tr(
            "a region is the top of the tree and has no parent (remove \"parent: \(parent)\")",
            "регион — верх дерева, у него нет родителя (уберите \"parent: \(parent)\")")
    }

    static func parentRequired(_ kind: Organization.Kind) -> String {
        let names = kind.allowedParents.map(\.rawValue).joined(separator: " or ")
        return tr(
            "a \(kind.rawValue) needs a parent: the id of its \(names)",
            "у организации типа «\(kind.words.russian)» должен быть родитель: id организации типа "
                + kind.allowedParents.map { "«\($0.words.russian)»" }.joined(separator: " или "))
    }

    static func organizationInsideItself(_ id: String) -> String {
        tr("\"\(id)\" cannot be its own parent", "\"\(id)\" не может быть родителем самой себе")
    }

    static func noParentOrganization(_ id: String) -> String {
        tr(
            "no organization \"\(id)\": add it as an organization document or fix the id",
            "нет организации \"\(id)\": добавьте её документом организации или исправьте id")
    }

    static func parentOfWrongKind(_ kind: Organization.Kind, parent: String, parentKind: Organization.Kind) -> String {
        let allowed = kind.allowedParents.map(\.rawValue).joined(separator: " or ")
        return tr(
            "a \(kind.rawValue) sits under a \(allowed), but \"\(parent)\" is a \(parentKind.rawValue)",
            "организация типа «\(kind.words.russian)» входит в "
                + kind.allowedParents.map { "«\($0.words.russian)»" }.joined(separator: " или ")
                + ", а \"\(parent)\" — «\(parentKind.words.russian)»")
    }

    static func noOrganization(_ id: String) -> String {
        tr(
            "no organization \"\(id)\": add it first (organization add, or an organization document) or fix the id",
            "нет организации \"\(id)\": сначала добавьте её (organization add или документ организации) или исправьте id")
    }
}
