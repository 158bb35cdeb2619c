import Foundation
import MarshrutTestSupport
import Testing

/// A tutor fixes what was typed wrong and undoes what was done wrong, and the history keeps it.
struct EditingCommandTests {
    @Test func aDeficitIsChangedByItsIDAndTheHistoryShowsIt() throws {
        let box = try Sandbox()
        try box.importSample()
        let noReason = box.run(["route", "deficit", "kuznetsov-2024", "--id", "d1", "--level", "4"])
        #expect(noReason.status != 0)
        #expect(noReason.errors.contains("--reason"), "\(noReason.errors)")
        let changed = box.run(["route", "deficit", "kuznetsov-2024", "--id", "d1", "--level", "4", "--reason", "курс пройден"])
        #expect(changed.status == 0, "\(changed.errors)")
        #expect(changed.output.contains("Deficit d1 of route kuznetsov-2024 changed."))
        let history = box.run(["route", "history", "kuznetsov-2024"]).output
        #expect(history.contains("deficit d1: level:"))
        #expect(history.contains("-> 4"))
        #expect(history.contains("курс пройден"))
        #expect(box.run(["route", "show", "kuznetsov-2024", "--json"]).output.contains("\"level\" : 4"))
    }

    @Test func aStrengthIsChangedAndRemovedByItsNumber() throws {
        let box = try Sandbox()
        try box.importSample()
        let changed = box.run(["route", "strength", "antonova-2026", "--number", "1", "Новый текст достижения"])
        #expect(changed.status == 0, "\(changed.errors)")
        #expect(box.run(["route", "show", "antonova-2026", "--json"]).output.contains("Новый текст достижения"))
        let missing = box.run(["route", "strength", "antonova-2026", "--number", "9", "--remove"])
        #expect(missing.status != 0)
        #expect(missing.errors.contains("no strength #9"), "\(missing.errors)")
        let noNumber = box.run(["route", "strength", "antonova-2026", "--remove"])
        #expect(noNumber.status != 0)
        #expect(noNumber.errors.contains("--remove needs --number"), "\(noNumber.errors)")
    }

    @Test func aClosedRouteRefusesCorrections() throws {
        let box = try Sandbox()
        try box.importSample()
        try close(box)
        let before = box.dump()
        let correct = box.run(["route", "correct", "romanova-2021", "a7", "--due", "2026-04-30", "--reason", "опечатка"])
        #expect(correct.status != 0)
        #expect(correct.errors.contains("is closed: it is read-only"), "\(correct.errors)")
        #expect(box.dump() == before)
        let reopened = box.run(["route", "advance", "romanova-2021", "--back", "--reason", "закрыт по ошибке"])
        #expect(reopened.status == 0, "\(reopened.errors)")
        #expect(box.run(["route", "history", "romanova-2021"]).output.contains("stage: closed -> reflection"))
    }

    @Test func goingBackAStepNeedsAReason() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let outcome = box.run(["route", "advance", "kuznetsov-2024", "--back"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("--reason"), "\(outcome.errors)")
        #expect(box.dump() == before)
    }

    @Test func aProductKindIsOneOfTheDocumentedKinds() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let typo = box.run(["route", "product", "kuznetsov-2024", "a5", "--kind", "lesonplans", "--title", "Уроки"])
        #expect(typo.status != 0)
        #expect(typo.errors.contains("lesson-plans"), "the refusal lists the kinds: \(typo.errors)")
        #expect(box.dump() == before)
        let russian = box.run([
            "route", "product", "kuznetsov-2024", "a5", "--kind", "разработки уроков", "--title", "Уроки",
            "--date", "2026-10-20",
        ])
        #expect(russian.status == 0, "\(russian.errors)")
        #expect(box.run(["route", "show", "kuznetsov-2024", "--json"]).output.contains("\"kind\" : \"lesson-plans\""))
    }

    @Test func aRouteNeedsATutorWhoIsATutorAndNoOverlap() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let notTutor = box.run(["route", "new", "ivanova-2026", "--teacher", "fomina", "--tutor", "lebedeva", "--start", "2026-09-01"])
        #expect(notTutor.status != 0)
        #expect(notTutor.errors.contains("does not hold the tutor role"), "\(notTutor.errors)")
        let own = box.run(["route", "new", "own-2026", "--teacher", "fomina", "--tutor", "fomina", "--start", "2026-09-01"])
        #expect(own.status != 0)
        #expect(own.errors.contains("cannot be the tutor of their own route"), "\(own.errors)")
        let overlap = box.run(["route", "new", "kuznetsov-2026", "--teacher", "kuznetsov", "--tutor", "melnikov", "--start", "2026-09-01"])
        #expect(overlap.status != 0)
        #expect(overlap.errors.contains("already has route kuznetsov-2024"), "\(overlap.errors)")
        #expect(box.dump() == before)
    }

    @Test func theTutorsCaseloadAndOverdueRoutes() throws {
        let box = try Sandbox()
        try box.importSample()
        let all = box.run(["route", "list", "--json"]).output
        let caseload = box.run(["route", "list", "--tutor", "melnikov"])
        #expect(caseload.status == 0, "\(caseload.errors)")
        #expect(caseload.output.contains("kuznetsov-2024") && caseload.output.contains("antonova-2026"))
        #expect(!caseload.output.contains("romanova-2021"))
        let tutors = try routes(box, ["--tutor", "kovaleva"])
        #expect(tutors.map { $0["id"] as? String } == ["belousova-2022", "romanova-2021"])
        let overdue = try routes(box, ["--overdue"])
        #expect(overdue.count < (try JSONSerialization.jsonObject(with: Data(all.utf8)) as? [Any])?.count ?? 0)
        let unknown = box.run(["route", "list", "--tutor", "nobody"])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("nobody"))
    }

    @Test func personShowListsTheirRoutesAndPrograms() throws {
        let box = try Sandbox()
        try box.importSample()
        let tutor = box.run(["person", "show", "melnikov"])
        #expect(tutor.status == 0, "\(tutor.errors)")
        #expect(tutor.output.contains("tutor of: antonova-2026"), "\(tutor.output)")
        let teacher = box.run(["person", "show", "kuznetsov"]).output
        #expect(teacher.contains("routes: kuznetsov-2024 (implementation)"), "\(teacher)")
        #expect(teacher.contains("mentee in:"), "\(teacher)")
    }

    @Test func theDemosSuggestionsCanBePastedIntoAShell() throws {
        let box = try Sandbox()
        let outcome = box.run(["demo"])
        try #require(outcome.status == 0, "\(outcome.errors)")
        let suggestions = outcome.output.split(separator: "\n").filter { $0.hasPrefix("  marshrut ") }
        #expect(suggestions.count > 3)
        for line in suggestions {
            let command = line.components(separatedBy: " # ").first ?? ""
            #expect(!command.contains("#"), "the comment is not separated from the command: \(line)")
            #expect(line.contains(" # "), "\(line)")
        }
    }

    @Test func aProgramIsCreatedOnceAndADraftIsCancelledWithoutDutiesConsent() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["person", "add", "newbie", "--name", "Новая Нина", "--role", "mentee", "--consent", "2026-11-01"]).status == 0)
        let args = [
            "program", "new", "--mentor", "zaitsev", "--mentee", "newbie", "--form", "traditional",
            "--start", "2027-01-11", "--end", "2027-05-31",
        ]
        let first = box.run(args)
        #expect(first.status == 0, "\(first.errors)")
        let again = box.run(args)
        #expect(again.status != 0)
        #expect(again.errors.contains("program prog-2027-01 already joins these mentors and mentees"), "\(again.errors)")
        #expect(box.run(["person", "forget", "newbie", "--yes"]).status == 0)
        let cancel = box.run(["program", "status", "prog-2027-01", "cancelled", "--reason", "пара не сложилась"])
        #expect(cancel.status == 0, "\(cancel.errors)")
        let list = box.run(["person", "list"]).output.split(separator: "\n").first { $0.hasPrefix("newbie") } ?? ""
        #expect(list.hasSuffix("no (erased)"), "\(list)")
    }

    @Test func aProgramActivityIsMarkedDoneByItsProduct() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.run(["program", "show", "prog-2026-01", "--json"]).output
        let activity = try #require(firstUndoneActivity(before))
        let done = box.run([
            "program", "product", "prog-2026-01", activity, "--kind", "lesson-plans", "--title", "Открытые уроки",
            "--date", "2026-11-20",
        ])
        #expect(done.status == 0, "\(done.errors)")
        #expect(box.run(["program", "show", "prog-2026-01", "--json"]).output.contains("Открытые уроки"))
        let twice = box.run(["program", "product", "prog-2026-01", activity, "--kind", "lesson-plans", "--title", "Ещё раз"])
        #expect(twice.status != 0)
        #expect(twice.errors.contains("already has the product"))
    }

    // MARK: - Helpers

    private func firstUndoneActivity(_ json: String) -> String? {
        guard let program = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let activities = program["activities"] as? [[String: Any]]
        else { return nil }
        return activities.first { $0["product"] == nil }?["id"] as? String
    }

    /// Closes romanova-2021: its last activity gets its product and its open deficit its final reflection.
    private func close(_ box: Sandbox) throws {
        let steps: [[String]] = [
            ["route", "drop", "romanova-2021", "a6", "--reason", "проект передан в план школы"],
            ["reflect", "romanova-2021", "--deficit", "d3", "--score", "4", "--final", "--date", "2026-05-30", "Преодолён"],
            ["route", "advance", "romanova-2021"],
        ]
        for step in steps {
            let outcome = box.run(step)
            try #require(outcome.status == 0, "\(step): \(outcome.errors)")
        }
    }

    private func routes(_ box: Sandbox, _ filter: [String]) throws -> [[String: Any]] {
        let outcome = box.run(["route", "list", "--json"] + filter)
        try #require(outcome.status == 0, "\(outcome.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String: Any]])
    }
}

/// A re-imported document cannot slip a change past a route's history.
struct ReimportTests {
    @Test func anUnchangedDocumentImportsAgain() throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let again = box.run(["import", Repository.routes])
        #expect(again.status == 0, "\(again.errors)")
        #expect(box.dump() == before)
    }

    @Test func aChangedDueDateNeedsAReasonAndIsKeptAsACorrection() throws {
        let box = try Sandbox()
        try box.importSample()
        let exported = box.run(["export", "kuznetsov-2024"]).output
        let changed = exported.replacingOccurrences(of: "due: 2026-10-30", with: "due: 2026-12-18")
        try #require(changed != exported)
        let file = try box.write("route.yaml", changed)
        let before = box.dump()

        let refused = box.run(["import", file])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("after step 4 each change is a correction"), "\(refused.errors)")
        #expect(refused.errors.contains("due: 2026-10-30 -> 2026-12-18"), "\(refused.errors)")
        #expect(box.dump() == before)

        let recorded = box.run(["import", file, "--reason", "перенос по графику ЦНППМ"])
        #expect(recorded.status == 0, "\(recorded.errors)")
        let history = box.run(["route", "history", "kuznetsov-2024"]).output
        #expect(history.contains("due: 2026-10-30 -> 2026-12-18"))
        #expect(history.contains("перенос по графику ЦНППМ"))
        #expect(history.contains("melnikov"), "the route's tutor is the default author")
    }

    @Test func aDocumentCannotMoveARouteBack() throws {
        let box = try Sandbox()
        try box.importSample()
        let exported = box.run(["export", "romanova-2021"]).output
        let back = exported.replacingOccurrences(of: "stage: reflection", with: "stage: implementation")
        try #require(back != exported)
        let file = try box.write("route.yaml", back)
        let before = box.dump()
        let refused = box.run(["import", file, "--reason", "ошибка"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("moves route romanova-2021 back from reflection to implementation"), "\(refused.errors)")
        #expect(refused.errors.contains("route.yaml"), "the refusal names the file: \(refused.errors)")
        #expect(box.dump() == before)
    }
}

/// Indicators have units, are measured (not foreseen), and a wrong value is corrected with its history kept.
struct IndicatorCommandTests {
    @Test(arguments: [
        ("exam-pass-rate", "70", "a share from 0 to 1"), ("exam-pass-rate", "-0.1", "a share from 0 to 1"),
        ("professional-activity", "2.5", "a count"), ("professional-activity", "-3", "a count"),
        ("adaptation", "70", "a share from 0 to 1"), ("olympiad-participation", "7", "a share from 0 to 1"),
    ])
    func aValueOutsideItsUnitIsRefused(_ name: String, _ value: String, _ fragment: String) throws {
        let box = try Sandbox()
        try box.importSample()
        let before = box.dump()
        let outcome = box.run(["program", "indicator", "prog-2026-01", "--name", name, "--value=\(value)", "--date", "2026-11-25"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains(fragment), "\(outcome.errors)")
        #expect(box.dump() == before)
    }

    @Test func aFutureDateIsRefused() throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = box.run(["program", "indicator", "prog-2026-01", "--name", "adaptation", "--value", "0.7", "--date", "2026-12-20"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("cannot be after today"), "\(outcome.errors)")
    }

    @Test func aWrongValueIsCorrectedAndTheOldOneStaysInTheHistory() throws {
        let box = try Sandbox()
        try box.importSample()
        let args = ["program", "indicator", "prog-2026-01", "--name", "adaptation", "--date", "2026-11-25", "--value"]
        #expect(box.run(args + ["0.62"]).status == 0)
        let again = box.run(args + ["0.7"])
        #expect(again.status != 0)
        #expect(again.errors.contains("give --correct"), "\(again.errors)")
        let corrected = box.run(args + ["0.72", "--correct"])
        #expect(corrected.status == 0, "\(corrected.errors)")
        #expect(box.run(["program", "show", "prog-2026-01"]).output.contains("0.72 (corrected from 0.62)"))
        let exported = box.run(["export", "prog-2026-01"]).output
        #expect(exported.contains("value: 0.62") && exported.contains("value: 0.72"), "both values stay in the document")
        let nothing = box.run(["program", "indicator", "prog-2026-01", "--name", "adaptation", "--date", "2026-11-26", "--value", "0.7", "--correct"])
        #expect(nothing.status != 0)
        #expect(nothing.errors.contains("no adaptation recorded on 2026-11-26"), "\(nothing.errors)")
    }
}

/// Persons and draft programs are fixed, and drafts made by mistake removed; what has history stays.
struct DraftEditingTests {
    @Test func aPersonsRecordIsFixedButAnErasedOneStaysErased() throws {
        let box = try Sandbox()
        try box.importSample()
        let fixed = box.run(["person", "edit", "fomina", "--position", "учитель химии"])
        #expect(fixed.status == 0, "\(fixed.errors)")
        #expect(box.run(["person", "show", "fomina", "--json"]).output.contains("учитель химии"))
        #expect(box.run(["person", "forget", "fomina", "--yes"]).status == 0)
        let before = box.dump()
        let refused = box.run(["person", "edit", "fomina", "--name", "Фомина Ольга"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("was erased"), "\(refused.errors)")
        #expect(box.dump() == before)
    }

    @Test func aDraftProgramIsEditedAndRemovedButARunningOneIsNot() throws {
        let box = try Sandbox()
        try box.importSample()
        let edited = box.run(["program", "edit", "prog-2026-02", "--end", "2027-05-31"])
        #expect(edited.status == 0, "\(edited.errors)")
        #expect(box.run(["program", "show", "prog-2026-02", "--json"]).output.contains("\"end\" : \"2027-05-31\""))
        let running = box.run(["program", "edit", "prog-2026-01", "--end", "2027-04-30"])
        #expect(running.status != 0)
        #expect(running.errors.contains("only a draft is edited"), "\(running.errors)")
        let keep = box.run(["program", "drop", "prog-2026-01"])
        #expect(keep.status != 0)
        #expect(keep.errors.contains("only a draft is removed"), "\(keep.errors)")
        let dropped = box.run(["program", "drop", "prog-2026-02"])
        #expect(dropped.status == 0, "\(dropped.errors)")
        #expect(!box.run(["program", "list"]).output.contains("prog-2026-02"))
    }

    @Test func aRouteOpenedByMistakeIsRemovedButOneWithHistoryStays() throws {
        let box = try Sandbox()
        try box.importSample()
        let opened = box.run(["route", "new", "fomina-2026", "--teacher", "fomina", "--tutor", "kovaleva", "--start", "2026-09-01"])
        try #require(opened.status == 0, "\(opened.errors)")
        let ambiguous = box.run(["route", "drop", "fomina-2026"])
        #expect(ambiguous.status != 0)
        #expect(ambiguous.errors.contains("--draft"), "\(ambiguous.errors)")
        let removed = box.run(["route", "drop", "fomina-2026", "--draft"])
        #expect(removed.status == 0, "\(removed.errors)")
        #expect(!box.run(["route", "list"]).output.contains("fomina-2026"))
        let kept = box.run(["route", "drop", "kuznetsov-2024", "--draft"])
        #expect(kept.status != 0)
        #expect(kept.errors.contains("only a route still being planned"), "\(kept.errors)")
        let steps: [[String]] = [
            ["route", "new", "fomina-2026", "--teacher", "fomina", "--tutor", "kovaleva", "--start", "2026-09-01"],
            ["route", "deficit", "fomina-2026", "--area", "ict", "--level", "2", "Мало цифровых инструментов"],
            ["reflect", "fomina-2026", "--deficit", "d1", "--score", "3", "Начала разбираться"],
        ]
        for step in steps { try #require(box.run(step).status == 0, "\(step)") }
        let withReflection = box.run(["route", "drop", "fomina-2026", "--draft"])
        #expect(withReflection.status != 0)
        #expect(withReflection.errors.contains("it has 1 reflection(s)"), "\(withReflection.errors)")
    }
}

/// A status change's date is given with the order's date and fixed later with a reason.
struct StatusDateTests {
    @Test func aWrongDateIsCorrectedAndTheEarlierOneStays() throws {
        let box = try Sandbox()
        try box.importSample()
        #expect(box.run(["person", "consent", "fomina", "--kind", "duties", "--date", "2026-11-01"]).status == 0)
        let created = box.run([
            "program", "new", "p-f", "--mentor", "zaitsev", "--mentee", "fomina", "--form", "traditional",
            "--start", "2026-11-02", "--end", "2027-03-01",
        ])
        try #require(created.status == 0, "\(created.errors)")
        let active = box.run(["program", "status", "p-f", "active", "--date", "02.11.2026", "--reason", "приказ № 40"])
        #expect(active.status == 0, "\(active.errors)")
        let fixed = box.run(["program", "status", "p-f", "active", "--fix-date", "2026-11-05", "--reason", "приказ подписан 05.11"])
        #expect(fixed.status == 0, "\(fixed.errors)")
        #expect(fixed.output.contains("now dated 2026-11-05"))
        let shown = box.run(["program", "show", "p-f"]).output
        #expect(shown.contains("2026-11-02 → active: приказ № 40"), "\(shown)")
        #expect(shown.contains("2026-11-05 → active: date: 2026-11-02 -> 2026-11-05; приказ подписан 05.11"), "\(shown)")
        let never = box.run(["program", "status", "p-f", "completed", "--fix-date", "2027-03-01", "--reason", "x"])
        #expect(never.status != 0)
        #expect(never.errors.contains("no change to completed on record"), "\(never.errors)")
    }
}
