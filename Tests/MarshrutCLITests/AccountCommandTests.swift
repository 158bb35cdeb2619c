import Foundation
import MarshrutAccounts
import MarshrutStore
import MarshrutTestSupport
import Testing

/// Organizations and accounts from the command line, over the local file whose owner sets up a server.
struct AccountCommandTests {
    /// The sample school, with a region, a municipality, the school and a centre.
    static func school() throws -> Sandbox {
        let box = try Sandbox()
        try box.importSample()
        for arguments in [
            ["organization", "add", "tver", "--name", "Тверская область", "--type", "region"],
            ["organization", "add", "krasnogorsky", "--name", "Красногорский район", "--type", "municipality", "--parent", "tver"],
            ["organization", "add", "malinovka", "--name", "МКОУ «Малиновская ООШ»", "--type", "school", "--parent", "krasnogorsky"],
            ["person", "edit", "bocharova", "--organization", "malinovka"],
        ] {
            let outcome = box.run(arguments)
            try #require(outcome.status == 0, "\(arguments): \(outcome.errors)")
        }
        return box
    }

    @Test func organizationsFormATreeWhoseLevelsAreChecked() throws {
        let box = try Self.school()
        let misplaced = box.run(["organization", "add", "x", "--name", "X", "--type", "school", "--parent", "tver"])
        #expect(misplaced.status == 1)
        #expect(misplaced.errors.contains("a school sits under a municipality, but \"tver\" is a region"))
        let orphan = box.run(["organization", "add", "y", "--name", "Y", "--type", "municipality", "--parent", "nowhere"])
        #expect(orphan.errors.contains("no organization \"nowhere\""))
        let topless = box.run(["organization", "add", "z", "--name", "Z", "--type", "school"])
        #expect(topless.errors.contains("needs a parent"))
        let list = box.run(["organization", "list"])
        #expect(
            list.output.split(separator: "\n").dropFirst().map { String($0.prefix(12)).trimmingCharacters(in: .whitespaces) } == [
                "krasnogorsky", "malinovka", "tver",
            ])
        let show = box.run(["organization", "show", "krasnogorsky"])
        #expect(show.output.contains("Within: tver"))
        #expect(show.output.contains("malinovka"))
        // A person names an organization that exists.
        let unknown = box.run(["person", "edit", "kovaleva", "--organization", "nowhere"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("no organization \"nowhere\""))
        // Organizations travel as documents: export, then import into a new file, gives the same.
        let exported = box.run(["export"]).output
        #expect(exported.contains("kind: organization\nid: malinovka\nname: МКОУ «Малиновская ООШ»\ntype: school\nparent: krasnogorsky\n"))
        #expect(exported.contains("organization: malinovka"))
        let folder = box.folder.appendingPathComponent("exported").path
        #expect(box.run(["export", "--out", folder]).status == 0)
        let copy = try Sandbox()
        let imported = copy.run(["import", folder])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.hasPrefix("Imported 14 persons, 4 routes, 6 programs, 1 road map(s), 3 organizations into"))
        #expect(copy.run(["export"]).output == exported)
    }

    @Test func anAccountGetsAOneTimePasswordRolesAndCanBeDisabled() throws {
        let box = try Self.school()
        let added = box.run(["account", "add", "zavuch", "--person", "bocharova", "--role", "curator@malinovka"])
        #expect(added.status == 0, "\(added.errors)")
        let lines = added.output.split(separator: "\n")
        #expect(lines.first == "Created account zavuch for bocharova, roles curator@malinovka.")
        let password = try #require(lines.last?.split(separator: " ").last.map(String.init))
        #expect(password.count == 16)
        let store = try Store(path: box.db, create: false)
        // Only a bcrypt hash is stored; the generated password signs in and must be changed.
        #expect(try store.account("zavuch")?.passwordHash.hasPrefix("$2b$12$") == true)
        #expect(try store.account("zavuch")?.passwordHash.contains(password) == false)
        let signedIn = try Sessions(store: store).signIn(login: "zavuch", password: password)
        #expect(signedIn.mustChangePassword)
        #expect(box.run(["account", "role", "add", "zavuch", "admin@malinovka"]).output == "zavuch: roles admin@malinovka, curator@malinovka.\n")
        #expect(box.run(["account", "role", "remove", "zavuch", "curator@malinovka"]).output == "zavuch: roles admin@malinovka.\n")
        let notHeld = box.run(["account", "role", "remove", "zavuch", "head@malinovka"])
        #expect(notHeld.errors == "error: zavuch does not hold head@malinovka\n")
        #expect(box.run(["account", "disable", "zavuch"]).status == 0)
        #expect(throws: AccountError.notSignedIn) { try Sessions(store: store).holder(of: signedIn.token) }
        #expect(throws: AccountError.disabled("zavuch")) { try Sessions(store: store).signIn(login: "zavuch", password: password) }
        #expect(box.run(["account", "list"]).output.contains("disabled"))
    }

    @Test func badAccountsAreRefusedSayingWhy() throws {
        let box = try Self.school()
        #expect(box.run(["account", "add", "zavuch", "--person", "bocharova"], input: "curator-pass-1\n").status == 0)
        let cases: [([String], String?, String)] = [
            (["account", "add", "zavuch", "--person", "kovaleva"], nil, "the login zavuch is taken"),
            (["account", "add", "other", "--person", "bocharova"], nil, "bocharova already has an account (zavuch)"),
            (["account", "add", "Bad!", "--person", "kovaleva"], nil, "is not a valid login"),
            (["account", "add", "kov", "--person", "kovaleva", "--role", "boss@malinovka"], nil, "\"boss@malinovka\" is not a role"),
            (["account", "add", "kov", "--person", "kovaleva", "--role", "curator@nowhere"], nil, "no organization \"nowhere\""),
            (["account", "add", "kov", "--person", "nobody"], nil, "no person \"nobody\""),
            (["account", "add", "kov", "--person", "kovaleva", "--password-stdin"], "short\n", "at least 10 characters"),
            (["account", "add", "kov", "--person", "kovaleva", "--password-stdin"], "", "standard input gave no password"),
        ]
        for (arguments, input, message) in cases {
            let outcome = box.run(arguments, input: input)
            #expect(outcome.status == 1, "\(arguments)")
            #expect(outcome.errors.contains(message), "\(arguments): \(outcome.errors)")
        }
        #expect(try Store(path: box.db, create: false).accounts().map(\.login) == ["zavuch"])
    }
}
