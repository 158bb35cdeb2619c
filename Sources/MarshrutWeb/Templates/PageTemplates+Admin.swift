extension PageTemplates {
    static let accounts = """
        {{> header}}
        {{#hasGenerated}}<p class="notice" role="status">{{page.words.generated}} ({{generatedFor}}): <code>{{generated}}</code></p>{{/hasGenerated}}
        <div class="scroll"><table>
        <thead><tr><th scope="col">{{page.words.login}}</th><th scope="col">{{page.words.name}}</th><th scope="col">{{page.words.roles}}</th>\
        <th scope="col">{{page.words.status}}</th></tr></thead>
        <tbody>{{#rows}}<tr><td>{{login}}</td><td>{{name}} <span class="help">({{person}})</span></td>
        <td>{{#grants}}<form class="inline" method="post" action="/accounts/{{login}}/revoke">\
        <input type="hidden" name="csrf" value="{{page.csrf}}"><input type="hidden" name="role" value="{{text}}">\
        <span class="badge">{{text}}</span> <button class="small" type="submit" aria-label="{{page.words.revoke}} {{text}}">×</button></form>{{/grants}}
        {{^disabled}}<form class="inline" method="post" action="/accounts/{{login}}/grant">\
        <input type="hidden" name="csrf" value="{{page.csrf}}"><label class="inline" for="g-{{login}}">{{page.words.grant}}</label>\
        <input id="g-{{login}}" name="role" size="18" placeholder="curator@school" required> <button class="small" type="submit">{{page.words.grant}}</button></form>{{/disabled}}</td>
        <td>{{#disabled}}{{page.words.disabled}}{{/disabled}}{{^disabled}}{{#mustChange}}{{page.words.mustChange}} {{/mustChange}}\
        <form class="inline" method="post" action="/accounts/{{login}}/disable"><input type="hidden" name="csrf" value="{{page.csrf}}">\
        <button class="small" type="submit">{{page.words.disable}}</button></form>{{/disabled}}</td></tr>{{/rows}}</tbody>
        </table></div>
        <section aria-labelledby="add-h" class="card"><h2 id="add-h">{{page.words.addAccount}}</h2>
        {{#hasError}}<p class="error" role="alert">{{page.words.error}}: {{error}}</p>{{/hasError}}
        <form method="post" action="/accounts">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        <label for="n-login">{{page.words.login}}</label><input id="n-login" name="login" value="{{values.login}}" required>
        <label for="n-person">{{page.words.person}}</label><input id="n-person" name="person" value="{{values.person}}" required>
        <label for="n-roles">{{page.words.roles}}</label>
        <textarea id="n-roles" name="roles" rows="2" aria-describedby="n-roles-help">{{values.roles}}</textarea>
        <p id="n-roles-help" class="help">{{page.words.rolesHelp}}</p>
        <label for="n-password">{{page.words.password}}</label>
        <input id="n-password" name="password" type="password" autocomplete="new-password" aria-describedby="n-password-help">
        <p id="n-password-help" class="help">{{page.words.passwordHelp}}</p>
        <button type="submit">{{page.words.addAccount}}</button>
        </form></section>
        {{> footer}}
        """

    static let organizations = """
        {{> header}}
        <div class="scroll"><table>
        <thead><tr><th scope="col">{{page.words.name}}</th><th scope="col">Id</th><th scope="col">{{page.words.type}}</th><th scope="col">{{page.words.parent}}</th></tr></thead>
        <tbody>{{#rows}}<tr><td>{{indent}}{{name}}</td><td>{{id}}</td><td>{{type}}</td><td>{{parent}}</td></tr>{{/rows}}</tbody>
        </table></div>
        <section aria-labelledby="org-h" class="card"><h2 id="org-h">{{page.words.addOrganization}}</h2>
        {{#hasError}}<p class="error" role="alert">{{page.words.error}}: {{error}}</p>{{/hasError}}
        <form method="post" action="/organizations">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        <label for="o-id">Id</label><input id="o-id" name="id" value="{{values.id}}" required>
        <label for="o-name">{{page.words.name}}</label><input id="o-name" name="name" value="{{values.name}}" required>
        <label for="o-type">{{page.words.type}}</label>
        <select id="o-type" name="type">{{#types}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/types}}</select>
        <label for="o-parent">{{page.words.parent}}</label>
        <select id="o-parent" name="parent"><option value="">{{page.words.noParent}}</option>\
        {{#parents}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/parents}}</select>
        <button type="submit">{{page.words.addOrganization}}</button>
        </form></section>
        {{> footer}}
        """
}
