import MarshrutCore
import MarshrutText
import Testing

/// A correction's stored change record is read in words in Russian and as stored in English.
struct ChangeRecordTests {
    @Test(arguments: [
        ("due: 2026-12-20 -> 2027-01-31", "срок: 20.12.2026 → 31.01.2027"),
        ("deficit d1: level: 2 -> 3", "дефицит d1: уровень: 2 → 3"),
        ("stage: implementation -> roadmap", "этап: «реализация и корректировка» → «дорожная карта»"),
        ("deficit added: d6 (digitalization)", "добавлен дефицит d6 (цифровизация)"),
        ("activity added: «Курс; модуль 2», due 2027-03-01", "добавлено мероприятие «Курс; модуль 2», срок 01.03.2027"),
        ("activity dropped: «Курс», due 2027-03-01", "исключено мероприятие «Курс», срок 01.03.2027"),
        ("kind: course -> project; due: 2026-12-20 -> 2027-01-31", "вид: курс → проект; срок: 20.12.2026 → 31.01.2027"),
        ("strength 2: area: ict -> subject", "достижение 2: область: ИКТ → предметные"),
        ("переписано вручную", "переписано вручную"),
    ])
    func aRecordReadsInRussianWords(_ stored: String, _ russian: String) {
        #expect(Language.$current.withValue(.russian) { ChangeRecord.shown(stored) } == russian)
        #expect(Language.$current.withValue(.english) { ChangeRecord.shown(stored) } == stored)
    }
}
