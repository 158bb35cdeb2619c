import Foundation
import MarshrutCore
import MarshrutSheets
import MarshrutStore
import MarshrutTestSupport
import Testing

@testable import MarshrutService

/// `importStaff`: a school's staff list under the roles table.
struct StaffImportTests {
    func table(_ csv: String) throws -> StaffTable {
        let folder = try TemporaryFolder("marshrut-staff")
        return try StaffTable(try Sheet.read(URL(fileURLWithPath: try folder.write("staff.csv", csv))))
    }

    func service(_ region: RegionFixture, _ actor: Actor) -> Service {
        Service(
            store: region.store, today: Day(year: 2026, month: 11, day: 28)!, actor: actor, scriptsFolder: "Scripts",
            policy: RolePolicy(store: region.store))
    }

    @Test func theCouncilImportsIntoItsOwnSchoolOnly() throws {
        let region = try RegionFixture()
        let council = service(region, Actor(identity: .account(login: "c", person: "kozlov"), grants: [RoleGrant(.council, at: "school-b")]))
        let list = try table("ФИО;Должность\nНовак Ян;учитель\n")
        let result = try council.importStaff(list, organization: "school-b")
        #expect(result.added.map(\.person.id) == ["staff-1"])
        #expect(try region.store.person("staff-1").organization == "school-b")
        #expect(throws: ServiceError.notPermitted(.addPerson(organization: "school-a"))) {
            try council.importStaff(list, organization: "school-a")
        }
    }

    @Test func aCuratorMayNotImport() throws {
        let region = try RegionFixture()
        let curator = service(region, Actor(identity: .account(login: "c", person: "kozlov"), grants: [RoleGrant(.curator, at: "school-b")]))
        #expect(throws: ServiceError.notPermitted(.addPerson(organization: "school-b"))) {
            try curator.importStaff(try table("ФИО\nНовак Ян\n"), organization: "school-b")
        }
        #expect(try region.store.persons().allSatisfy { $0.name != "Новак Ян" })
    }

    @Test func anIDOutsideTheScopeIsNotUpdated() throws {
        let region = try RegionFixture()
        let before = try region.store.person("ivanova")
        let council = service(region, Actor(identity: .account(login: "c", person: "kozlov"), grants: [RoleGrant(.council, at: "school-b")]))
        #expect(throws: ServiceError.notFound(.person, id: "ivanova")) {
            try council.importStaff(try table("id;ФИО;Категория\nivanova;Иванова;высшая\n"), organization: "school-b")
        }
        #expect(try region.store.person("ivanova") == before)
    }

    @Test func aRoleWithoutConsentRefusesTheRow() throws {
        let region = try RegionFixture()
        #expect(throws: StaffImportError.self) {
            try service(region, .localOwner).importStaff(try table("ФИО;Роль\nНовак Ян;наставник\n"))
        }
        do {
            _ = try service(region, .localOwner).importStaff(try table("ФИО;Роль\nНовак Ян;наставник\n"))
        } catch StaffImportError.rows(let problems) {
            #expect(problems.map(\.row) == [2])
            #expect(
                problems.first?.reason == .model(Problem(subject: SubjectReference(.person, "staff-1"), path: "consents", reason: .bankNeedsConsent(.mentor))))
        }
    }

    @Test(arguments: [
        ("ФИО;id\nНовак Ян;Novak\n", StaffColumn.id, StaffProblem.Reason.invalidID),
        ("ФИО;Роль\nНовак Ян;директор школы\n", .roles, .unknownRole),
        ("ФИО;Дата приёма\nНовак Ян;2024-13-01\n", .hireDate, .notADate),
        ("ФИО;Дата приёма\nНовак Ян;1.9.24\n", .hireDate, .notADate),
        ("ФИО;Категория\nНовак Ян;вторая\n", .category, .unknownCategory),
        ("ФИО;Должность\n;учитель\n", .name, .nameRequired),
    ])
    func refusesABadValueNamingItsColumn(csv: String, column: StaffColumn, reason: StaffProblem.Reason) throws {
        #expect {
            try table(csv)
        } throws: { error in
            guard case StaffImportError.rows(let problems) = error else { return false }
            return problems.map(\.column) == [column] && problems.map(\.reason) == [reason] && problems.map(\.row) == [2]
        }
    }

    @Test func aNumberNotShownAsADateIsNoDate() throws {
        let sheet = Sheet(
            rows: [
                Sheet.Row(number: 1, cells: [0: Sheet.Cell("ФИО"), 1: Sheet.Cell("Дата рождения")]),
                Sheet.Row(number: 2, cells: [0: Sheet.Cell("Новак Ян"), 1: Sheet.Cell("1990", isNumber: true, isDateStyled: false)]),
                Sheet.Row(number: 3, cells: [0: Sheet.Cell("Ким Ли"), 1: Sheet.Cell("32874", isNumber: true, isDateStyled: true)]),
            ], format: .xlsx)
        #expect(throws: StaffImportError.rows([StaffProblem(row: 2, column: .birthDate, value: "1990", reason: .notADate)])) {
            try StaffTable(sheet)
        }
        var dated = sheet
        dated.rows.remove(at: 1)
        #expect(try StaffTable(dated).rows.first?.staff.birthDate == Day(year: 1990, month: 1, day: 1))
    }

    @Test(arguments: ["  фио ", "ФИО", "name", "Ф.И.О."])
    func readsTheNameHeaderInEitherForm(header: String) throws {
        #expect(
            try table("\(header);Дата приема;Педагогический стаж с\nНовак Ян;1.9.2024;2024-09-01\n").rows.first?.staff.hireDate
                == Day(year: 2024, month: 9, day: 1))
    }
}
