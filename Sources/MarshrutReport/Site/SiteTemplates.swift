/// The school site's templates and style sheet. Data only comes through `{{ }}`.
enum SiteTemplates {
    static let header = """
        <!DOCTYPE html>
        <html lang="ru">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{pageTitle}}{{#hasSchool}} — {{school}}{{/hasSchool}}</title>
        <link rel="stylesheet" href="style.css">
        </head>
        <body>
        <header class="site-header">
        {{#hasSchool}}
        <p class="school">{{school}}</p>
        {{/hasSchool}}
        <p class="section">Наставничество педагогических работников</p>
        <nav>
        {{#nav}}
        <a href="{{path}}"{{#isCurrent}} class="current" aria-current="page"{{/isCurrent}}>{{title}}</a>
        {{/nav}}
        </nav>
        </header>
        <main>
        <h1>{{pageTitle}}</h1>

        """

    static let footer = """
        </main>
        <footer><p>Учебный год {{year}}. Сведения обновлены {{today}}.</p></footer>
        </body>
        </html>

        """

    static let index = """
        {{> header}}
        <p>В школе действует система наставничества педагогических работников: молодые и менее опытные педагоги работают в парах и группах с наставниками по персонализированным программам (от 3 месяцев до 1 года), а каждый педагог может пройти индивидуальный образовательный маршрут профессионального развития.</p>
        <ul class="figures">
        <li><span>{{mentors}}</span> наставники в банке наставников</li>
        <li><span>{{mentees}}</span> наставляемые в банке наставляемых</li>
        <li><span>{{pairs}}</span> наставнические пары в {{year}} учебном году</li>
        <li><span>{{groups}}</span> наставнические группы в {{year}} учебном году</li>
        <li><span>{{products}}</span> педагогические продукты в методической копилке</li>
        </ul>
        {{> footer}}
        """

    static let pairs = """
        {{> header}}
        {{#hasPairs}}
        <table>
        <thead><tr><th>Пара / группа</th><th>Формы наставничества</th><th>Наставники</th><th>Наставляемые</th><th>Срок</th><th>Статус</th></tr></thead>
        <tbody>
        {{#pairRows}}
        <tr><td>{{kind}}</td><td>{{forms}}</td><td>{{mentors}}</td><td>{{mentees}}</td><td>{{period}}</td><td>{{status}}</td></tr>
        {{/pairRows}}
        </tbody>
        </table>
        {{/hasPairs}}
        {{^hasPairs}}
        <p>В {{year}} учебном году наставнические пары и группы ещё не сформированы.</p>
        {{/hasPairs}}
        {{> footer}}
        """

    static let events = """
        {{> header}}
        {{#hasEvents}}
        <ul class="events">
        {{#events}}
        <li class="{{#isDone}}done{{/isDone}}{{^isDone}}planned{{/isDone}}"><span class="date">{{date}}</span> <strong>{{title}}</strong> <span class="meta">{{kind}}; {{forms}}; {{state}}</span></li>
        {{/events}}
        </ul>
        {{/hasEvents}}
        {{^hasEvents}}
        <p>Мероприятия учебного года пока не запланированы.</p>
        {{/hasEvents}}
        {{> footer}}
        """

    static let documents = """
        {{> header}}
        {{#hasLinks}}
        <ul class="documents">
        {{#links}}
        <li><a href="{{href}}">{{title}}</a></li>
        {{/links}}
        </ul>
        {{/hasLinks}}
        {{^hasLinks}}
        <p>Документы будут размещены.</p>
        {{/hasLinks}}
        {{> footer}}
        """

    static let practices = """
        {{> header}}
        <p>Методическая копилка: педагогические продукты, созданные педагогами школы по индивидуальным маршрутам и в программах наставничества.</p>
        {{#hasPractices}}
        <table>
        <thead><tr><th>Учебный год</th><th>Дата</th><th>Вид</th><th>Название</th><th>Авторы</th></tr></thead>
        <tbody>
        {{#practices}}
        <tr><td>{{year}}</td><td>{{date}}</td><td>{{kind}}</td><td>{{#hasReference}}<a href="{{reference}}">{{title}}</a>{{/hasReference}}{{^hasReference}}{{title}}{{/hasReference}}</td><td>{{authors}}</td></tr>
        {{/practices}}
        </tbody>
        </table>
        {{/hasPractices}}
        {{^hasPractices}}
        <p>Копилка пока пуста.</p>
        {{/hasPractices}}
        {{> footer}}
        """

    static let css = """
        * { box-sizing: border-box; }
        body { margin: 0; color: #1d2330; background: #fff; font: 16px/1.5 "PT Sans", "Segoe UI", Arial, sans-serif; }
        .site-header { background: #2f4f7f; color: #fff; padding: 12px 20px; }
        .site-header p { margin: 0; }
        .site-header .section { font-size: 20px; font-weight: bold; }
        nav { margin-top: 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; }
        nav a { color: #fff; text-decoration: none; border-bottom: 2px solid transparent; }
        nav a.current, nav a:hover { border-bottom-color: #fff; }
        main { max-width: 960px; margin: 0 auto; padding: 12px 20px 24px; }
        h1 { color: #2f4f7f; font-size: 26px; }
        table { width: 100%; border-collapse: collapse; }
        th, td { border: 1px solid #c9d3e3; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #e8eef7; }
        ul.figures { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 12px; }
        ul.figures li { flex: 1 1 160px; border: 1px solid #c9d3e3; border-radius: 6px; padding: 8px; background: #f4f7fb; }
        ul.figures span { display: block; font-size: 28px; font-weight: bold; color: #2f4f7f; }
        ul.events { list-style: none; padding: 0; }
        ul.events li { border-left: 4px solid #9fb3d1; padding: 4px 10px; margin: 8px 0; }
        ul.events li.done { border-left-color: #3f8f5a; }
        ul.events .date { color: #4a5568; }
        ul.events .meta { display: block; color: #4a5568; font-size: 14px; }
        footer { border-top: 1px solid #c9d3e3; color: #4a5568; font-size: 14px; padding: 8px 20px; }
        @media print { .site-header { background: none; color: #000; } nav { display: none; } }

        """
}
