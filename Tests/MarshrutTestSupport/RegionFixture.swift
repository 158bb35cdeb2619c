import Foundation
import MarshrutDocuments
import MarshrutStore

/// A region with two schools and a centre, people in each relationship, and accounts with every
/// scoped role, inside and outside the scope of school A.
public final class RegionFixture: @unchecked Sendable {
    // The store is a GRDB pool, safe across threads; the folder is only removed at deinit.
    private let temporary: TemporaryFolder
    public let store: Store

    public static let documents = """
        kind: organization
        id: tver
        name: Тверская область
        type: region
        ---
        kind: organization
        id: krasno
        name: Красногорский район
        type: municipality
        parent: tver
        ---
        kind: organization
        id: school-a
        name: Школа А
        type: school
        parent: krasno
        ---
        kind: organization
        id: school-b
        name: Школа Б
        type: school
        parent: krasno
        ---
        kind: organization
        id: centre
        name: ЦНППМ
        type: centre
        parent: tver
        ---
        kind: person
        id: ivanova
        name: Иванова Мария Петровна
        organization: school-a
        roles: [mentee]
        consents:
        - kind: personal-data
          date: 2025-08-25
        - kind: duties
          date: 2025-08-25
        ---
        kind: person
        id: sidorova
        name: Сидорова Анна Ивановна
        organization: school-a
        roles: [mentor]
        consents:
        - kind: personal-data
          date: 2025-08-25
        - kind: duties
          date: 2025-08-25
        ---
        kind: person
        id: petrov
        name: Петров Олег Сергеевич
        organization: centre
        roles: [tutor]
        ---
        kind: person
        id: kozlov
        name: Козлов Иван Ильич
        organization: school-b
        consents:
        - kind: personal-data
          date: 2025-08-25
        ---
        kind: person
        id: zavuch-a
        name: Завуч Школы А
        organization: school-a
        roles: [curator]
        ---
        kind: person
        id: zavuch-b
        name: Завуч Школы Б
        organization: school-b
        roles: [curator]
        ---
        kind: person
        id: metodist
        name: Методист Района
        organization: krasno
        ---
        kind: route
        id: ivanova-2025
        teacher: ivanova
        tutor: petrov
        start: 2025-09-01
        end: 2030-05-31
        stage: self-determination
        self_image: Учитель, который работает с цифровыми ресурсами.
        deficits:
          - id: d1
            area: ict
            level: 2
            text: Редко пользуется цифровыми ресурсами на уроках.
        ---
        kind: program
        id: prog-a
        forms: [teacher-teacher]
        mentors: [sidorova]
        mentees: [ivanova]
        start: 2025-09-15
        end: 2026-05-31
        status: active
        """

    /// A mentee of school A who waits for a mentor, and a mentor of school A who offers help
    /// with ICT: the pair a match proposes.
    public static let waitingPair = """
        kind: person
        id: novikova
        name: Новикова Ольга Андреевна
        organization: school-a
        roles: [mentee]
        consents:
        - kind: personal-data
          date: 2026-09-01
        ---
        kind: person
        id: orlova
        name: Орлова Светлана Юрьевна
        organization: school-a
        roles: [mentor]
        offers:
          areas: [ict]
          forms: [teacher-teacher]
        consents:
        - kind: personal-data
          date: 2026-09-01
        """

    public init() throws {
        temporary = try TemporaryFolder("marshrut-roles")
        store = try Store(path: temporary.path("region.db"))
        let file = temporary.url.appendingPathComponent("region.yaml")
        try Data(Self.documents.utf8).write(to: file)
        try store.importCatalog(try DocumentFiles.load([file.path]).catalog)
    }

    /// Imports more documents beside what the store holds.
    public func importText(_ yaml: String) throws {
        let file = temporary.url.appendingPathComponent("more-\(UUID().uuidString).yaml")
        try Data(yaml.utf8).write(to: file)
        let known = Dictionary(uniqueKeysWithValues: try store.persons().map { ($0.id, $0) })
        try store.importCatalog(try DocumentFiles.load([file.path], knownPersons: known, knownOrganizations: try store.organizations()).catalog)
    }
}
