import Foundation
import MarshrutTestSupport
import Testing

/// Values typed the Russian way are taken wherever a value is typed.
struct RussianInputTests {
    @Test(arguments: ["2026-11-25", "25.11.2026", "-3d", "сегодня", "вчера"])
    func everyDateOptionTakesEveryWayOfWritingADay(_ typed: String) throws {
        let box = try Sandbox()
        try box.importSample()
        let outcome = box.run(["program", "indicator", "prog-2026-01", "--name", "professional-activity", "--value", "3", "--date=\(typed)"])
        #expect(outcome.status == 0, "\(typed): \(outcome.errors)")
        let product = box.run(["route", "product", "kuznetsov-2024", "a5", "--kind", "lesson-plans", "--title", "Уроки", "--date=\(typed)"])
        #expect(product.status == 0, "\(typed): \(product.errors)")
    }

    @Test func aDateOutsideTheCalendarIsRefusedWhicheverWayItIsWritten() throws {
        let box = try Sandbox()
        try box.importSample()
        for typed in ["31.02.2026", "2026-02-31", "1.2.2026"] {
            let outcome = box.run(["journal", "--from", typed])
            #expect(outcome.status != 0, "\(typed)")
        }
    }

    @Test func aDecimalCommaIsADecimalPoint() throws {
        let box = try Sandbox()
        try box.importSample()
        let comma = box.run(["program", "indicator", "prog-2026-01", "--name", "adaptation", "--value", "0,74", "--date", "25.11.2026"])
        #expect(comma.status == 0, "\(comma.errors)")
        #expect(box.run(["program", "show", "prog-2026-01", "--json"]).output.contains("0.74"))
        let twice = box.run(["program", "indicator", "prog-2026-01", "--name", "adaptation", "--value", "0,7,4", "--date", "26.11.2026"])
        #expect(twice.status != 0)
    }
}
