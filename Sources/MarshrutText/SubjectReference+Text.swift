import MarshrutCore

extension SubjectReference.Kind {
    /// The kind in words: "route", «маршрут».
    public var title: String {
        switch self {
        case .person: tr("person", "человек")
        case .route: tr("route", "маршрут")
        case .program: tr("program", "программа")
        case .plan: tr("plan", "дорожная карта")
        case .organization: tr("organization", "организация")
        }
    }
}

extension SubjectReference {
    /// The subject in words and its id: "route ivanova-2022", «маршрут ivanova-2022».
    public var shown: String { "\(kind.title) \(id)" }
}
