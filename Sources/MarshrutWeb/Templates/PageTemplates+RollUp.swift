extension PageTemplates {
    /// A count, linked to what makes it up when the reader may see that.
    static let cell = "{{#hasLink}}<a href=\"{{href}}\">{{value}}</a>{{/hasLink}}{{^hasLink}}{{value}}{{/hasLink}}"

    static let rollUp = """
        {{> header}}
        <p class="meta">{{page.words.judgedOn}} {{day}}</p>
        {{#hasErrors}}<div class="error"><p>{{page.words.scriptErrors}}</p><ul>{{#errors}}<li>{{.}}</li>{{/errors}}</ul></div>{{/hasErrors}}
        {{#hasRows}}<div class="scroll"><table class="rollup">
        <thead>
        <tr><th scope="col" rowspan="2">{{page.words.school}}</th><th scope="colgroup" colspan="7">{{page.words.routesByStep}}</th>\
        <th scope="col" rowspan="2" class="number">{{page.words.overdueRoutes}}</th><th scope="colgroup" colspan="3">{{page.words.findingsBySeverity}}</th>\
        <th scope="col" rowspan="2" class="number">{{page.words.activePrograms}}</th><th scope="col" rowspan="2" class="number">{{page.words.mentors}}</th>\
        <th scope="col" rowspan="2" class="number">{{page.words.menteesWaiting}}</th></tr>
        <tr>{{#stageHeadings}}<th scope="col" class="number"><abbr title="{{title}}">{{label}}</abbr></th>{{/stageHeadings}}\
        {{#severityHeadings}}<th scope="col" class="number">{{label}}</th>{{/severityHeadings}}</tr>
        </thead>
        <tbody>{{#rows}}<tr><th scope="row">{{name}}</th>\
        {{#stages}}<td class="number">\(cell)</td>{{/stages}}{{#overdue}}<td class="number">\(cell)</td>{{/overdue}}\
        {{#findings}}<td class="number">\(cell)</td>{{/findings}}\
        <td class="number">{{programs}}</td><td class="number">{{mentors}}</td><td class="number">{{mentees}} ({{waiting}})</td></tr>{{/rows}}</tbody>
        </table></div>{{/hasRows}}
        {{^hasRows}}<p class="empty">{{page.words.noSchools}}</p>{{/hasRows}}
        {{> footer}}
        """
}
