import MarshrutCore
import MarshrutText
import Testing

@testable import MarshrutPrint

struct HTMLRenderingTests {
    @Test func hostileTextStaysText() {
        var document = PrintDocument(title: Hostile.script, language: .english)
        document.heading(Hostile.script)
        document.paragraph(Hostile.wordML)
        document.table(PrintTable(columns: [.init(Hostile.script)], rows: [[Hostile.controls]]))
        let html = document.html()
        #expect(!html.contains("<script"), "a <script> in the data must not become an element")
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
        #expect(html.contains("&lt;/w:t&gt;&lt;/w:r&gt;&lt;/w:p&gt;"))
        #expect(html.contains("<td>bellescape[31mvtffnoncharend</td>"), "controls are stripped")
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func aRouteHasTheSevenStepsAndTheRoadmapTable() {
        let html = Language.$current.withValue(.russian) {
            PrintDocument.route(Sample.route(), teacher: Sample.teacher, tutor: Sample.tutor, on: Sample.today).html()
        }
        let steps = [
            "1. Самоопределение", "2. Достижения", "3. Профессиональные затруднения", "4. Дорожная карта", "5. Реализация",
            "6. Корректировка", "7. Рефлексивный анализ",
        ]
        let places = steps.map { html.range(of: $0)?.lowerBound }
        #expect(places.allSatisfy { $0 != nil }, "every step has a section")
        #expect(places.compactMap { $0 } == places.compactMap { $0 }.sorted(), "in the regulation's order")
        for header in ["Мероприятие", "Дефициты", "Сроки", "Продукт"] { #expect(html.contains("<th>\(header)</th>")) }
        #expect(html.contains("01.10.2022 – 15.12.2022"), "dates as DD.MM.YYYY")
        #expect(html.contains("Курс: Цифровая лаборатория на уроке (72 ч)"))
        #expect(html.contains("Лаборатория пришла позже"), "the correction's reason")
        #expect(html.contains("Петрова Анна Сергеевна"), "the correction's author by name")
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("tr { break-inside: avoid"))
        #expect(!html.contains("http://") && !html.contains("https://"), "nothing is fetched")
    }
}
