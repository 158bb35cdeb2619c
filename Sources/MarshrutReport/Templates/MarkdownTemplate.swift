/// The Markdown report, in Russian like the HTML one. The charts become tables.
///
/// `CONTENT_TYPE: MARKDOWN` makes `{{ }}` escape data for Markdown (`MarkdownContent`).
enum MarkdownTemplate {
    static let document = """
        {{% CONTENT_TYPE: MARKDOWN }}
        # {{heading}}

        {{#hasSchool}}
        **{{school}}**

        {{/hasSchool}}
        Учебный год {{year}} ({{period}}). Отчёт сформирован {{today}}.

        ## 1. Система наставничества в цифрах

        | Показатель | Значение |
        |---|---:|
        {{#cards}}
        | {{label}} | {{value}} |
        {{/cards}}

        Банк наставников: {{mentorBank}} (вошли в этом учебном году: {{mentorJoined}}); банк наставляемых: {{menteeBank}} (вошли в этом году: {{menteeJoined}}) — педагоги с согласием на обработку персональных данных на {{bankDate}}.

        ### Наставнические пары и группы учебного года

        {{#hasPrograms}}
        | Программа | Пара / группа | Формы | Наставники | Наставляемые | Срок | Статус |
        |---|---|---|---|---|---|---|
        {{#programs}}
        | {{id}} | {{kind}} | {{forms}} | {{mentors}} | {{mentees}} | {{period}} | {{status}} |
        {{/programs}}
        {{/hasPrograms}}
        {{^hasPrograms}}
        В этом учебном году наставнические пары и группы не работали.
        {{/hasPrograms}}

        ### Программы по формам наставничества

        | Форма | Программ |
        |---|---:|
        {{#forms}}
        | {{title}} | {{count}} |
        {{/forms}}

        ### Программы по статусу

        | Статус | Программ |
        |---|---:|
        {{#statuses}}
        | {{title}} | {{count}} |
        {{/statuses}}

        ### Индивидуальные маршруты по этапам

        | Этап | Маршрутов |
        |---|---:|
        {{#stages}}
        | {{title}} | {{count}} |
        {{/stages}}

        ## 2. Профессиональные дефициты по областям компетенций

        | Область компетенций | На начало года | Выявлено в течение года | Преодолено | Осталось |
        |---|---:|---:|---:|---:|
        {{#deficitRows}}
        | {{title}} | {{atStart}} | {{added}} | {{overcome}} | {{remaining}} |
        {{/deficitRows}}
        {{#deficitTotal}}
        | **{{title}}** | **{{atStart}}** | **{{added}}** | **{{overcome}}** | **{{remaining}}** |
        {{/deficitTotal}}

        На начало года — дефициты маршрутов, начатых до 1 сентября, без итоговой рефлексии до этой даты; преодолённым считается дефицит, итоговая рефлексия (этап 7) по которому датирована учебным годом и оценена на 4 или 5, или дефицит с уровнем 5; итоговая рефлексия с оценкой ниже 4 — анализ непреодолённого дефицита, он остаётся.
        {{#hasSelfImageNote}}

        {{selfImageNote}}
        {{/hasSelfImageNote}}

        ## 3. Показатели мониторинга программ наставничества

        {{#indicatorPrograms}}
        ### Программа {{id}}: {{members}}

        {{#hasSeries}}
        | Показатель | Значения по датам | Было | Стало | Изменение |
        |---|---|---:|---:|---:|
        {{#series}}
        | {{title}} | {{values}} | {{first}} | {{last}} | {{change}} |
        {{/series}}
        {{/hasSeries}}
        {{^hasSeries}}
        Показатели мониторинга не записаны.
        {{/hasSeries}}

        {{/indicatorPrograms}}
        {{^hasIndicatorPrograms}}
        В этом учебном году программы наставничества не работали.

        {{/hasIndicatorPrograms}}
        ## 4. Результаты мониторинга по правилам куратора

        Всего замечаний: {{findingsTotal}}{{#severities}}; {{title}}: {{count}}{{/severities}}.

        {{#hasFindings}}
        | Правило | Важность | Замечаний |
        |---|---|---:|
        {{#ruleRows}}
        | {{rule}} | {{severityTitle}} | {{count}} |
        {{/ruleRows}}

        | Важность | Объект | Замечание |
        |---|---|---|
        {{#findingRows}}
        | {{severityTitle}} | {{subject}} {{id}} | {{message}} |
        {{/findingRows}}

        {{/hasFindings}}
        ## 5. Стимулирование: кто отвечает критериям

        {{#hasAwards}}
        | Критерий | Вид | Кто | Основание |
        |---|---|---|---|
        {{#awardRows}}
        | {{title}} | {{kindTitle}} | {{name}} | {{reason}} |
        {{/awardRows}}
        {{/hasAwards}}
        {{^hasAwards}}
        Критериям стимулирования никто не отвечает.
        {{/hasAwards}}

        ## 6. Методическая копилка: педагогические продукты учебного года

        Всего продуктов: {{productTotal}}{{#productKinds}}; {{title}}: {{count}}{{/productKinds}}.

        {{#hasProducts}}
        | Дата | Вид | Название | Авторы | Источник |
        |---|---|---|---|---|
        {{#productRows}}
        | {{date}} | {{kindTitle}} | {{title}} | {{authors}} | {{source}} |
        {{/productRows}}

        {{/hasProducts}}
        ## 7. Дорожная карта реализации Положения

        {{#plans}}
        ### {{title}}

        Выполнено этапов: {{done}}, в работе: {{due}}, просрочено: {{overdue}} (на {{today}}).

        | № | Этап | Срок | Ответственные | Состояние |
        |---:|---|---|---|---|
        {{#stages}}
        | {{number}} | {{title}} | {{due}} | {{responsible}} | {{stateTitle}} |
        {{/stages}}

        {{/plans}}
        {{^hasPlans}}
        Дорожная карта не загружена.

        {{/hasPlans}}
        """
}
