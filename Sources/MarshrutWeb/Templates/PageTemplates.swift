/// The pages' Mustache templates: `{{…}}` escapes stored text; only SVG the pages draw
/// themselves is inserted raw (`{{{…}}}`).
enum PageTemplates {
    static var all: [(String, String)] {
        [
            ("header", header), ("footer", footer), ("sign-in", signIn), ("password", password), ("not-found", notFound),
            ("refused", refused), ("failure", failure), ("home", home), ("route", route), ("journal", journal), ("entry", entry),
            ("plan", plan), ("findings", findings), ("report", report),
            ("mentoring", mentoring), ("roadmap", roadMap), ("rollup", rollUp),
            ("accounts", accounts), ("organizations", organizations), ("scripts", scripts),
        ]
    }

    static let header = """
        <!doctype html>
        <html lang="{{page.language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{page.title}} — {{page.words.brand}}</title>
        <link rel="stylesheet" href="/assets/marshrut.css">
        </head>
        <body>
        <a class="skip" href="#main">{{page.words.skip}}</a>
        <header class="top">
        <a class="brand" href="/">{{page.words.brand}}</a>
        {{#page.signedIn}}
        <nav aria-label="{{page.words.brand}}"><ul>
        {{#page.nav}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/page.nav}}
        </ul></nav>
        <form class="sign-out" method="post" action="/sign-out">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        <span class="who">{{page.words.signedInAs}} {{page.userName}} ({{page.userLogin}})</span>
        <button type="submit">{{page.words.signOut}}</button>
        </form>
        {{/page.signedIn}}
        <a class="lang" href="{{page.switchLanguage.href}}">{{page.switchLanguage.label}}</a>
        </header>
        <main id="main">
        <h1>{{page.title}}</h1>

        """

    static let footer = """
        </main>
        <footer class="bottom"><p>{{page.words.brand}}</p></footer>
        </body>
        </html>

        """

    static let signIn = """
        {{> header}}
        <form class="card narrow" method="post" action="/sign-in">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="next" value="{{next}}">
        {{#hasError}}<p class="error" role="alert">{{error}}</p>{{/hasError}}
        <label for="login">{{page.words.login}}</label>
        <input id="login" name="login" value="{{login}}" autocomplete="username" autocapitalize="none" required autofocus>
        <label for="password">{{page.words.password}}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit">{{page.words.signIn}}</button>
        </form>
        {{> footer}}
        """

    static let password = """
        {{> header}}
        {{#mustChange}}<p class="notice" role="status">{{page.words.mustChangePassword}}</p>{{/mustChange}}
        <form class="card narrow" method="post" action="/password">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        {{#hasError}}<p class="error" role="alert">{{error}}</p>{{/hasError}}
        <label for="current">{{page.words.currentPassword}}</label>
        <input id="current" name="current" type="password" autocomplete="current-password" required>
        <label for="new">{{page.words.newPassword}}</label>
        <input id="new" name="new" type="password" autocomplete="new-password" minlength="10" required>
        <label for="again">{{page.words.repeatPassword}}</label>
        <input id="again" name="again" type="password" autocomplete="new-password" minlength="10" required>
        <button type="submit">{{page.words.changePassword}}</button>
        </form>
        {{> footer}}
        """

    static let notFound = """
        {{> header}}
        <p>{{page.words.notFoundText}}</p>
        <p><a href="/">{{page.words.backHome}}</a></p>
        {{> footer}}
        """

    static let refused = """
        {{> header}}
        <p role="alert">{{page.words.refusedText}}</p>
        <p><a href="/">{{page.words.backHome}}</a></p>
        {{> footer}}
        """

    static let failure = """
        {{> header}}
        <p role="alert">{{message}}</p>
        <p><a href="/">{{page.words.backHome}}</a></p>
        {{> footer}}
        """

    /// A table of routes, sortable by its column headers.
    static let routeTable = """
        <div class="scroll"><table>
        <thead><tr>
        <th scope="col"><a href="?sort=teacher"{{#byTeacher}} aria-sort="ascending"{{/byTeacher}}>{{page.words.teacher}}</a></th>
        <th scope="col">{{page.words.school}}</th>
        <th scope="col"><a href="?sort=stage"{{#byStage}} aria-sort="ascending"{{/byStage}}>{{page.words.step}}</a></th>
        <th scope="col" class="number"><a href="?sort=overdue"{{#byOverdue}} aria-sort="descending"{{/byOverdue}}>{{page.words.overdue}}</a></th>
        <th scope="col">{{page.words.nextDue}}</th>
        <th scope="col">{{page.words.route}}</th>
        </tr></thead>
        <tbody>
        {{#rows}}<tr{{#isOverdue}} class="overdue"{{/isOverdue}}>
        <td>{{teacher}}</td><td>{{school}}</td><td>{{stage}}</td>
        <td class="number">{{#isOverdue}}<span class="badge warn">{{overdue}}</span>{{/isOverdue}}{{^isOverdue}}0{{/isOverdue}}</td>
        <td>{{nextDue}}</td>
        <td><a href="/routes/{{id}}">{{id}}</a></td>
        </tr>{{/rows}}
        </tbody></table></div>
        """

    static let home = """
        {{> header}}
        {{#sections}}
        <section aria-labelledby="s-{{key}}">
        <h2 id="s-{{key}}">{{title}}</h2>
        {{#hasRows}}\(routeTable){{/hasRows}}
        {{^hasRows}}<p class="empty">{{page.words.noRoutes}}</p>{{/hasRows}}
        </section>
        {{/sections}}
        {{> footer}}
        """
}
