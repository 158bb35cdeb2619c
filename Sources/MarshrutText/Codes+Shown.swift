import MarshrutCore

extension ProductKind {
    /// A product's kind as the interface shows it: in Russian the kind's title («разработки
    /// уроков»), in English its code (`lesson-plans`); a slug that is no known kind as it is.
    public static func shown(_ code: String) -> String {
        guard Language.current == .russian, let kind = ProductKind(rawValue: code) else { return code }
        return kind.words.russian
    }
}

extension Indicator {
    /// An indicator's name as the interface shows it: in Russian the words of the regulation
    /// (§5) for the common ones, in English the code; another slug as it is.
    public static func shown(_ name: String) -> String {
        guard Language.current == .russian else { return name }
        switch name {
        case "exam-pass-rate": return "доля сдавших ВПР/ОГЭ/ЕГЭ"
        case "achievement": return "успеваемость"
        case "olympiad-participation": return "участие в олимпиадах"
        case "professional-activity": return "профессиональная активность"
        case "adaptation": return "адаптация"
        default: return name
        }
    }
}
