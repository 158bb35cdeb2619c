import MarshrutCore

extension Person {
    /// The name an erased person carries: neutral, and the same for everyone and in every
    /// language, since the store keeps it in place of the name.
    public static let erasedName = "Удалено (отзыв согласия)"

    /// What stands in place of an erased free text (a self-image, a reflection, a reason …).
    public static let erasedText = "[удалено]"

    /// The person without their personal data, named `erasedName`.
    ///
    /// ```swift
    /// let erased = person.erasingPersonalData()   // erased.name == Person.erasedName
    /// ```
    public func erasingPersonalData() -> Person { erasingPersonalData(name: Person.erasedName) }
}
