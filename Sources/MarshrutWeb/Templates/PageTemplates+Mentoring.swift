extension PageTemplates {
    static let mentoring = """
        {{> header}}
        {{#hasCreated}}<p class="notice" role="status">{{page.words.created}}: {{created}}</p>{{/hasCreated}}
        {{#hasError}}<p class="error" role="alert">{{error}}</p>{{/hasError}}
        {{#banks}}<section aria-labelledby="bank-{{key}}"><h2 id="bank-{{key}}">{{title}}</h2>
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr><th scope="col">{{page.words.name}}</th><th scope="col">{{page.words.school}}</th>\
        <th scope="col">{{page.words.personalData}}</th><th scope="col">{{page.words.dutiesConsent}}</th>\
        <th scope="col" class="number">{{page.words.freeCapacity}}</th><th scope="col">{{page.words.paired}}</th></tr></thead>
        <tbody>{{#rows}}<tr><td>{{name}} <span class="help">({{id}})</span></td><td>{{school}}</td><td>{{consent}}</td><td>{{duties}}</td>\
        <td class="number">{{free}}</td><td>{{#waiting}}<span class="badge warn">{{programs}}</span>{{/waiting}}{{^waiting}}{{programs}}{{/waiting}}</td>\
        </tr>{{/rows}}</tbody>
        </table></div>{{/hasRows}}
        {{^hasRows}}<p class="empty">—</p>{{/hasRows}}
        </section>{{/banks}}
        {{#canMatch}}<section aria-labelledby="match-h"><h2 id="match-h">{{page.words.proposals}}</h2>
        {{#hasPairs}}<div class="scroll"><table>
        <thead><tr><th scope="col">{{page.words.mentors}}</th><th scope="col">{{page.words.mentees}}</th>\
        <th scope="col" class="number">{{page.words.score}}</th><th scope="col">{{page.words.because}}</th></tr></thead>
        <tbody>{{#pairs}}<tr><td>{{mentor}}</td><td>{{mentees}}</td><td class="number">{{score}}</td><td>{{reasons}}</td></tr>{{/pairs}}</tbody>
        </table></div>
        {{#hasUnmatched}}<p>{{page.words.unmatched}}: {{unmatched}}</p>{{/hasUnmatched}}
        <form class="card" method="post" action="/mentoring/apply">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        <input type="hidden" name="proposal" value="{{signature}}">
        <label for="m-start">{{page.words.start}}</label>
        <input id="m-start" name="start" value="{{start}}" aria-describedby="m-start-help"><p id="m-start-help" class="help">{{page.words.dateHelp}}</p>
        <label for="m-months">{{page.words.months}}</label>
        <input id="m-months" name="months" type="number" min="3" max="12" value="{{months}}" required>
        <button type="submit">{{page.words.apply}}</button>
        </form>{{/hasPairs}}
        {{^hasPairs}}<p class="empty">{{page.words.noProposals}}</p>{{/hasPairs}}
        </section>{{/canMatch}}
        <section aria-labelledby="programs-h"><h2 id="programs-h">{{page.words.programs}}</h2>
        {{#hasPrograms}}<div class="scroll"><table>
        <thead><tr><th scope="col">Id</th><th scope="col">{{page.words.status}}</th><th scope="col">{{page.words.forms}}</th>\
        <th scope="col">{{page.words.mentors}}</th><th scope="col">{{page.words.mentees}}</th><th scope="col">{{page.words.period}}</th></tr></thead>
        <tbody>{{#programs}}<tr><td>{{id}}</td><td>{{status}}</td><td>{{forms}}</td><td>{{mentors}}</td><td>{{mentees}}</td><td>{{period}}</td></tr>{{/programs}}</tbody>
        </table></div>{{/hasPrograms}}
        {{^hasPrograms}}<p class="empty">{{page.words.noPrograms}}</p>{{/hasPrograms}}
        </section>
        {{> footer}}
        """

    static let roadMap = """
        {{> header}}
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr><th scope="col">№</th><th scope="col">{{page.words.title}}</th><th scope="col">{{page.words.dueField}}</th>\
        <th scope="col">{{page.words.responsible}}</th><th scope="col">{{page.words.status}}</th></tr></thead>
        <tbody>{{#rows}}<tr class="{{state}}"><td>{{plan}} · {{number}}</td><td>{{title}}</td><td>{{due}}</td><td>{{responsible}}</td>\
        <td><span class="badge {{state}}">{{stateLabel}}</span></td></tr>{{/rows}}</tbody>
        </table></div>{{/hasRows}}
        {{^hasRows}}<p class="empty">{{page.words.noRoadMap}}</p>{{/hasRows}}
        {{> footer}}
        """
}
