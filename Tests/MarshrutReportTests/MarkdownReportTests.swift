import MarshrutReport
import Testing

struct MarkdownReportTests {
    @Test func escapesMarkupAndKeepsTablesWhole() throws {
        let markdown = try Hostile.report.markdown()
        #expect(markdown.hasPrefix("# Итоговый аналитический отчёт"))
        #expect(!markdown.contains(Hostile.script))
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(markdown.contains("Иванова \"Мария\" \\& Co"))
        #expect(markdown.contains("| x\\|y |"))
        #expect(markdown.contains("a \\| b \\*c\\*"))
        // The line break inside the title stays in its table cell.
        #expect(markdown.contains("Уроки, \"живые\" и новые"))
    }

    @Test func followsTheSectionsOfTheHTMLPage() throws {
        let markdown = try Fixture.report().markdown()
        for heading in [
            "## 1. Система наставничества в цифрах", "## 2. Профессиональные дефициты по областям компетенций",
            "## 3. Показатели мониторинга", "## 4. Результаты мониторинга", "## 5. Стимулирование",
            "## 6. Методическая копилка", "## 7. Дорожная карта",
        ] {
            #expect(markdown.contains(heading))
        }
        #expect(markdown.contains("| доля обучающихся, успешно прошедших ВПР/ОГЭ/ЕГЭ | 0,58 → 0,75 → 0,83 | 0,58 | 0,83 | +0,25 |"))
        #expect(markdown.contains("| ИКТ | 1 | 1 | 1 | 1 |"))
    }
}
