extension PageTemplates {
    static let findings = """
        {{> header}}
        <p class="meta">{{page.words.judgedOn}} {{day}}</p>
        <ul class="cards">{{#cards}}<li class="card {{key}}"><span class="value">{{value}}</span> <span class="label">{{label}}</span></li>{{/cards}}</ul>
        <form class="filters" method="get" action="/findings">
        <label for="f-severity">{{page.words.severity}}</label>
        <select id="f-severity" name="severity"><option value="">{{page.words.allSeverities}}</option>\
        {{#severities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/severities}}</select>
        <label for="f-rule">{{page.words.rule}}</label>
        <select id="f-rule" name="rule"><option value="">{{page.words.allRules}}</option>\
        {{#rules}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/rules}}</select>
        {{#hasOrganizations}}<label for="f-organization">{{page.words.organization}}</label>
        <select id="f-organization" name="organization"><option value="">{{page.words.allOrganizations}}</option>\
        {{#organizations}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/organizations}}</select>{{/hasOrganizations}}
        <button type="submit">{{page.words.filter}}</button>
        </form>
        {{#hasErrors}}<section class="error" aria-labelledby="errors-h"><h2 id="errors-h">{{page.words.scriptErrors}}</h2>
        <ul>{{#errors}}<li><strong>{{rule}}</strong>: {{error}}</li>{{/errors}}</ul></section>{{/hasErrors}}
        {{#groups}}
        <section aria-labelledby="sev-{{key}}">
        <h2 id="sev-{{key}}"><span class="badge {{key}}">{{title}}</span></h2>
        {{#rules}}<h3>{{rule}} ({{count}})</h3>
        <div class="scroll"><table>
        <thead><tr><th scope="col">{{page.words.subject}}</th><th scope="col">{{page.words.message}}</th></tr></thead>
        <tbody>{{#rows}}<tr><td>{{#hasLink}}<a href="{{href}}">{{subject}}</a>{{/hasLink}}{{^hasLink}}{{subject}}{{/hasLink}}\
        <br><span class="help">{{label}}</span></td><td>{{message}}</td></tr>{{/rows}}</tbody>
        </table></div>{{/rules}}
        </section>
        {{/groups}}
        {{^hasFindings}}<p class="empty">{{page.words.noFindings}}</p>{{/hasFindings}}
        <section aria-labelledby="awards-h">
        <h2 id="awards-h">{{page.words.awards}}</h2>
        {{#hasAwards}}<div class="scroll"><table>
        <thead><tr><th scope="col">{{page.words.incentive}}</th><th scope="col">{{page.words.subject}}</th><th scope="col">{{page.words.because}}</th></tr></thead>
        <tbody>{{#awards}}<tr><td>{{title}} <span class="badge">{{kind}}</span></td>\
        <td>{{#hasLink}}<a href="{{href}}">{{subject}}</a>{{/hasLink}}{{^hasLink}}{{subject}}{{/hasLink}}<br><span class="help">{{label}}</span></td>\
        <td>{{reason}}</td></tr>{{/awards}}</tbody>
        </table></div>{{/hasAwards}}
        {{^hasAwards}}<p class="empty">{{page.words.noAwards}}</p>{{/hasAwards}}
        </section>
        {{> footer}}
        """

    static let report = """
        {{> header}}
        <form class="filters" method="get" action="/report">
        <label for="r-year">{{page.words.schoolYear}}</label>
        <select id="r-year" name="year">{{#years}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/years}}</select>
        <button type="submit">{{page.words.filter}}</button>
        </form>
        <p><a href="/report/document?year={{year}}">{{page.words.openReport}}</a></p>
        <iframe class="report" title="{{page.words.reportFrame}}" src="/report/document?year={{year}}"></iframe>
        {{> footer}}
        """
}

extension PageTemplates {
    static let scripts = """
        {{> header}}
        <p class="meta">{{page.words.scriptsNote}}</p>
        {{#hasErrors}}<div class="error"><p>{{page.words.loadErrors}}</p><ul>{{#errors}}<li>{{.}}</li>{{/errors}}</ul></div>{{/hasErrors}}
        <section aria-labelledby="cases-h"><h2 id="cases-h">{{page.words.examples}}</h2>
        <p><span class="badge done">{{page.words.passed}}: {{passedCount}}</span> \
        <span class="badge{{#hasFailures}} overdue{{/hasFailures}}">{{page.words.failed}}: {{failedCount}}</span></p>
        <div class="scroll"><table>
        <thead><tr><th scope="col">{{page.words.rule}}</th><th scope="col">{{page.words.title}}</th><th scope="col">{{page.words.status}}</th></tr></thead>
        <tbody>{{#cases}}<tr><td>{{rule}}</td><td>{{name}}</td><td>{{#passed}}<span class="badge done">{{page.words.passed}}</span>{{/passed}}\
        {{^passed}}<span class="badge overdue">{{page.words.failed}}</span><br>{{page.words.expected}}: {{expected}}<br>{{page.words.actual}}: {{actual}}{{/passed}}</td></tr>{{/cases}}</tbody>
        </table></div></section>
        {{#files}}<section aria-labelledby="file-{{anchor}}"><h2 id="file-{{anchor}}">{{name}}</h2>
        <ul>{{#declarations}}<li><strong>{{id}}</strong> <span class="badge">{{kind}}</span> {{description}}</li>{{/declarations}}</ul>
        <details><summary>{{name}}</summary><pre class="script">{{text}}</pre></details>
        </section>{{/files}}
        {{> footer}}
        """
}
