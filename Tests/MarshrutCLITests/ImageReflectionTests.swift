import Foundation
import MarshrutCLI
import Testing

/// Step 7's reflection on the self-image: `reflect --image`, shown by `route show`, the journal,
/// the export and a rule script.
@Suite struct ImageReflectionTests {
    @Test func aTeacherReflectsOnTheSelfImageAndEveryReaderSeesIt() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.run(["route", "show", "kuznetsov-2024"]).output
        #expect(before.contains("no reflection on the self-image yet"))

        let saved = box.run(["reflect", "kuznetsov-2024", "--image", "--score", "3", "--date", "2026-10-01", "Пока далеко от образа"])
        #expect(saved.status == 0, "\(saved.errors)")
        #expect(saved.output.contains("the self-image"))
        #expect(box.run(["reflect", "kuznetsov-2024", "--image", "--score", "4", "Клуб работает, ГТО сдают"]).status == 0)

        let show = box.run(["route", "show", "kuznetsov-2024"]).output
        #expect(show.contains("reflection on the self-image: 4/5 on 2026-11-28"))
        #expect(show.contains("«Клуб работает, ГТО сдают»"))
        #expect(!show.contains("no reflection on the self-image yet"))

        let journal = box.run(["journal", "kuznetsov-2024"]).output
        #expect(journal.contains("the self-image"))

        // The document says `image: true`, and reads back the same.
        let exported = box.dump()
        #expect(exported.contains("- date: 2026-11-28\n  image: true\n  score: 4\n"))
        let folder = box.folder.appendingPathComponent("exported").path
        #expect(box.run(["export", "--out", folder]).status == 0)
        let copy = try Sandbox()
        let imported = copy.run(["import", folder])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(copy.dump() == exported)
    }

    @Test func aScriptSeesWhichReflectionsAreOnTheSelfImage() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["reflect", "kuznetsov-2024", "--image", "--score", "2", "Далеко"]).status == 0)
        try box.write(
            "Scripts/image.lua",
            """
            monitor {
              id = "image-low", subject = "route", severity = "info",
              check = function(route, ctx)
                for _, r in ipairs(route.reflections) do
                  if r.image and r.activity == nil and r.deficit == nil and r.score < 3 then
                    ctx.flag("self-image scored " .. r.score)
                  end
                end
              end,
            }
            """)
        let outcome = Marshrut.run(
            ["--db", box.db, "--scripts", box.folder.appendingPathComponent("Scripts").path, "rules", "check"],
            environment: ["MARSHRUT_TODAY": "2026-11-28"])
        #expect(outcome.output.contains("self-image scored 2"))
        #expect(outcome.output.contains("1 finding(s)"), "\(outcome.output)")
    }

    @Test(arguments: [
        (["--image", "--deficit", "d1"], "one of --activity, --deficit and --image"),
        (["--image", "--final"], "--final"),
    ])
    func aReflectionIsOnOneThingAndOnlyADeficitHasAFinalAnalysis(_ options: [String], _ message: String) throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let outcome = box.run(["reflect", "kuznetsov-2024", "--score", "4"] + options + ["Текст"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
        #expect(box.dump() == before)
    }

    @Test func theSelfImageIsReflectedOnOnlyFromStepFive() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let early = box.run(["reflect", "antonova-2026", "--image", "--score", "3", "Рано"])
        #expect(early.status == 1)
        #expect(early.errors.contains("a reflection on the self-image is step 7's analysis"), "\(early.errors)")
        #expect(early.errors.contains("antonova-2026 is at roadmap"))
        #expect(box.dump() == before)
        // A document cannot slip one past either.
        let document = try box.write(
            "antonova.yaml",
            box.run(["export", "antonova-2026"]).output
                + "reflections:\n- date: 2026-11-01\n  image: true\n  deficit: d1\n  score: 3\n  text: Оба\n")
        let imported = box.run(["import", document])
        #expect(imported.status != 0)
        #expect(imported.errors.contains("keep one of `activity:`, `deficit:` and `image: true`"), "\(imported.errors)")
        #expect(box.dump() == before)
    }
}
