/// The HTML report page: one file, Russian, the style sheet and the SVG charts inline.
///
/// Data only ever comes through `{{ }}`, which escapes it; `{{> …}}` brings in the module's
/// own partials (style, charts).
enum HTMLTemplate {
    static let page = """
        <!DOCTYPE html>
        <html lang="ru">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{heading}} за {{year}} учебный год</title>
        <style>
        {{> style}}
        </style>
        </head>
        <body>
        <header class="title-block">
        {{#hasSchool}}
        <p class="school">{{school}}</p>
        {{/hasSchool}}
        <h1>{{heading}}</h1>
        <p class="subtitle">за {{year}} учебный год ({{period}})</p>
        <p class="date">Сформирован {{today}}</p>
        </header>

        <section id="overview">
        <h2>1. Система наставничества в цифрах</h2>
        <div class="cards">
        {{#cards}}
        <div class="card"><span class="value">{{value}}</span><span class="label">{{label}}</span></div>
        {{/cards}}
        </div>
        <p class="note">Банк наставников: {{mentorBank}} (из них вошли в этом учебном году: {{mentorJoined}}); банк наставляемых: {{menteeBank}} (вошли в этом году: {{menteeJoined}}) — педагоги с согласием на обработку персональных данных на {{bankDate}}.</p>
        <h3>Наставнические пары и группы учебного года</h3>
        {{#hasPrograms}}
        <table class="programs">
        <thead><tr><th>Программа</th><th>Пара / группа</th><th>Формы</th><th>Наставники</th><th>Наставляемые</th><th>Срок</th><th>Статус</th></tr></thead>
        <tbody>
        {{#programs}}
        <tr><td>{{id}}</td><td>{{kind}}</td><td>{{forms}}</td><td>{{mentors}}</td><td>{{mentees}}</td><td>{{period}}</td><td>{{status}}</td></tr>
        {{/programs}}
        </tbody>
        </table>
        {{/hasPrograms}}
        {{^hasPrograms}}
        <p class="empty">В этом учебном году наставнические пары и группы не работали.</p>
        {{/hasPrograms}}
        <figure>
        {{#formsChart}}
        {{> barChart}}
        {{/formsChart}}
        <figcaption>Рис. 1. Программы наставничества учебного года по формам (программа с несколькими формами учтена в каждой).</figcaption>
        </figure>
        <div class="columns">
        <div>
        <h3>Программы по статусу</h3>
        <table class="statuses">
        <thead><tr><th>Статус</th><th class="number">Программ</th></tr></thead>
        <tbody>
        {{#statuses}}
        <tr><td>{{title}}</td><td class="number">{{count}}</td></tr>
        {{/statuses}}
        </tbody>
        </table>
        </div>
        <div>
        <h3>Индивидуальные маршруты по этапам</h3>
        <table class="route-stages">
        <thead><tr><th>Этап</th><th class="number">Маршрутов</th></tr></thead>
        <tbody>
        {{#stages}}
        <tr><td>{{title}}</td><td class="number">{{count}}</td></tr>
        {{/stages}}
        </tbody>
        </table>
        </div>
        </div>
        </section>

        <section id="deficits">
        <h2>2. Профессиональные дефициты по областям компетенций</h2>
        <figure>
        {{#deficitsChart}}
        {{> barChart}}
        {{/deficitsChart}}
        <figcaption>Рис. 2. Дефициты на начало учебного года и преодолённые за год.</figcaption>
        </figure>
        <table class="deficits">
        <thead><tr><th>Область компетенций</th><th class="number">На начало года</th><th class="number">Выявлено в течение года</th><th class="number">Преодолено</th><th class="number">Осталось</th></tr></thead>
        <tbody>
        {{#deficitRows}}
        <tr><td>{{title}}</td><td class="number">{{atStart}}</td><td class="number">{{added}}</td><td class="number">{{overcome}}</td><td class="number">{{remaining}}</td></tr>
        {{/deficitRows}}
        {{#deficitTotal}}
        <tr class="total"><td>{{title}}</td><td class="number">{{atStart}}</td><td class="number">{{added}}</td><td class="number">{{overcome}}</td><td class="number">{{remaining}}</td></tr>
        {{/deficitTotal}}
        </tbody>
        </table>
        <p class="note">На начало года — дефициты маршрутов, начатых до 1 сентября, без итоговой рефлексии до этой даты; преодолённым считается дефицит, итоговая рефлексия (этап 7) по которому датирована учебным годом и оценена на 4 или 5, или дефицит с уровнем 5; итоговая рефлексия с оценкой ниже 4 — анализ непреодолённого дефицита, он остаётся.</p>
        {{#hasSelfImageNote}}
        <p class="self-image">{{selfImageNote}}</p>
        {{/hasSelfImageNote}}
        </section>

        <section id="indicators">
        <h2>3. Показатели мониторинга программ наставничества</h2>
        <p class="note">Раздел 5 Положения: результаты обучающихся наставляемого, участие в олимпиадах, социально-профессиональная активность, темпы адаптации.</p>
        {{#indicatorPrograms}}
        <h3>Программа {{id}}: {{members}}</h3>
        {{#hasSeries}}
        <div class="indicators">
        {{#series}}
        <div class="indicator">
        <h4>{{title}}</h4>
        {{#chart}}
        {{> lineChart}}
        {{/chart}}
        <p>{{values}}; изменение: <span class="trend-{{trend}}">{{change}}</span></p>
        </div>
        {{/series}}
        </div>
        {{/hasSeries}}
        {{^hasSeries}}
        <p class="empty">Показатели мониторинга не записаны.</p>
        {{/hasSeries}}
        {{/indicatorPrograms}}
        {{^hasIndicatorPrograms}}
        <p class="empty">В этом учебном году программы наставничества не работали.</p>
        {{/hasIndicatorPrograms}}
        </section>

        <section id="findings">
        <h2>4. Результаты мониторинга по правилам куратора</h2>
        <p>Всего замечаний: {{findingsTotal}}{{#severities}}; {{title}}: {{count}}{{/severities}}.</p>
        {{#hasFindings}}
        <table class="rules">
        <thead><tr><th>Правило</th><th>Важность</th><th class="number">Замечаний</th></tr></thead>
        <tbody>
        {{#ruleRows}}
        <tr><td>{{rule}}</td><td><span class="badge severity-{{severity}}">{{severityTitle}}</span></td><td class="number">{{count}}</td></tr>
        {{/ruleRows}}
        </tbody>
        </table>
        <table class="findings">
        <thead><tr><th>Важность</th><th>Объект</th><th>Замечание</th></tr></thead>
        <tbody>
        {{#findingRows}}
        <tr><td><span class="badge severity-{{severity}}">{{severityTitle}}</span></td><td>{{subject}} {{id}}</td><td>{{message}}</td></tr>
        {{/findingRows}}
        </tbody>
        </table>
        {{/hasFindings}}
        {{^hasFindings}}
        <p class="empty">Правила мониторинга замечаний не выявили.</p>
        {{/hasFindings}}
        </section>

        <section id="incentives">
        <h2>5. Стимулирование: кто отвечает критериям</h2>
        {{#hasAwards}}
        <table class="awards">
        <thead><tr><th>Критерий</th><th>Вид</th><th>Кто</th><th>Основание</th></tr></thead>
        <tbody>
        {{#awardRows}}
        <tr><td>{{title}}</td><td>{{kindTitle}}</td><td>{{name}}</td><td>{{reason}}</td></tr>
        {{/awardRows}}
        </tbody>
        </table>
        {{/hasAwards}}
        {{^hasAwards}}
        <p class="empty">Критериям стимулирования никто не отвечает.</p>
        {{/hasAwards}}
        </section>

        <section id="products">
        <h2>6. Методическая копилка: педагогические продукты учебного года</h2>
        <p>Всего продуктов: {{productTotal}}{{#productKinds}}; {{title}}: {{count}}{{/productKinds}}.</p>
        {{#hasProducts}}
        <table class="products">
        <thead><tr><th>Дата</th><th>Вид</th><th>Название</th><th>Авторы</th><th>Источник</th></tr></thead>
        <tbody>
        {{#productRows}}
        <tr><td>{{date}}</td><td>{{kindTitle}}</td><td>{{title}}</td><td>{{authors}}</td><td>{{source}}</td></tr>
        {{/productRows}}
        </tbody>
        </table>
        {{/hasProducts}}
        {{^hasProducts}}
        <p class="empty">В этом учебном году педагогические продукты не записаны.</p>
        {{/hasProducts}}
        </section>

        <section id="plan">
        <h2>7. Дорожная карта реализации Положения</h2>
        {{#plans}}
        <h3>{{title}}</h3>
        <p>Выполнено этапов: {{done}}, в работе: {{due}}, просрочено: {{overdue}} (на {{today}}).</p>
        <table class="plan-stages">
        <thead><tr><th class="number">№</th><th>Этап</th><th>Срок</th><th>Ответственные</th><th>Состояние</th></tr></thead>
        <tbody>
        {{#stages}}
        <tr><td class="number">{{number}}</td><td>{{title}}</td><td>{{due}}</td><td>{{responsible}}</td><td><span class="badge state-{{state}}">{{stateTitle}}</span></td></tr>
        {{/stages}}
        </tbody>
        </table>
        {{/plans}}
        {{^hasPlans}}
        <p class="empty">Дорожная карта не загружена.</p>
        {{/hasPlans}}
        </section>

        <footer>
        <p>Отчёт сформирован программой «Маршрут» {{today}} по данным банков наставников и наставляемых, индивидуальных образовательных маршрутов и персонализированных программ наставничества.</p>
        </footer>
        </body>
        </html>

        """
}
