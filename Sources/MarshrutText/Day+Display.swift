import MarshrutCore

extension Day {
    /// The day as people write it: `15.12.2023` in Russian, `2023-12-15` in English.
    public var display: String {
        guard Language.current == .russian else { return description }
        let d = day < 10 ? "0\(day)" : "\(day)"
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(d).\(m).\(year)"
    }
}
