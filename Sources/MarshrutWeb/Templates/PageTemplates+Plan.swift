extension PageTemplates {
    /// A form's refusal, shown above its fields.
    static let formError = """
        {{#hasError}}<p class="error" role="alert">{{page.words.error}}: {{error}}</p>{{/hasError}}
        """

    static let reasonField = """
        <label for="{{key}}-reason">{{page.words.reason}}</label>
        <input id="{{key}}-reason" name="reason" value="{{values.reason}}" aria-describedby="{{key}}-reason-help">
        <p id="{{key}}-reason-help" class="help">{{page.words.reasonHelp}}</p>
        """

    static let plan = """
        {{> header}}
        <p class="meta"><a href="/routes/{{route.id}}">{{page.words.backToRoute}}</a> · {{page.words.teacher}}: <strong>{{route.teacher}}</strong>\
         · {{page.words.step}}: {{route.stage}}</p>
        {{#saved}}<p class="notice" role="status">{{page.words.saved}}</p>{{/saved}}

        {{#advance}}<section aria-labelledby="advance-h" class="card">
        <h2 id="advance-h">{{page.words.step}}: {{route.stage}}</h2>
        \(formError)
        <form method="post" action="/routes/{{route.id}}/plan/advance">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        {{#hasNext}}<button type="submit" name="direction" value="next">{{page.words.advance}}: {{next}}</button>{{/hasNext}}
        </form>
        {{#hasPrevious}}<form method="post" action="/routes/{{route.id}}/plan/advance">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        \(reasonField)
        <button type="submit" name="direction" value="back">{{page.words.stepBack}}: {{previous}}</button>
        </form>{{/hasPrevious}}
        </section>{{/advance}}

        {{#deficit}}<section aria-labelledby="deficit-h" class="card">
        <h2 id="deficit-h">{{page.words.addDeficit}}</h2>
        \(formError)
        <form method="post" action="/routes/{{route.id}}/plan/deficit">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        <label for="d-id">{{page.words.id}} ({{page.words.optional}})</label>
        <input id="d-id" name="id" value="{{values.id}}" aria-describedby="d-id-help"><p id="d-id-help" class="help">{{page.words.idHelp}}</p>
        <label for="d-area">{{page.words.area}}</label>
        <select id="d-area" name="area" required>{{#areas}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/areas}}</select>
        <label for="d-level">{{page.words.levelField}}</label>
        <input id="d-level" name="level" type="number" min="1" max="5" value="{{values.level}}" required>
        <label for="d-text">{{page.words.text}}</label>
        <textarea id="d-text" name="text" rows="3" required>{{values.text}}</textarea>
        \(reasonField)
        <button type="submit">{{page.words.addDeficit}}</button>
        </form></section>{{/deficit}}

        {{#activity}}<section aria-labelledby="activity-h" class="card">
        <h2 id="activity-h">{{page.words.addActivity}}</h2>
        \(formError)
        <form method="post" action="/routes/{{route.id}}/plan/activity">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        <label for="a-id">{{page.words.id}} ({{page.words.optional}})</label>
        <input id="a-id" name="id" value="{{values.id}}" aria-describedby="a-id-help"><p id="a-id-help" class="help">{{page.words.idHelp}}</p>
        <label for="a-kind">{{page.words.kind}}</label>
        <select id="a-kind" name="kind" required>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
        <label for="a-title">{{page.words.title}}</label>
        <input id="a-title" name="title" value="{{values.title}}" required>
        <label for="a-hours">{{page.words.hours}} ({{page.words.optional}})</label>
        <input id="a-hours" name="hours" type="number" min="1" value="{{values.hours}}">
        <label for="a-due">{{page.words.dueField}}</label>
        <input id="a-due" name="due" value="{{values.due}}" required aria-describedby="a-due-help"><p id="a-due-help" class="help">{{page.words.dateHelp}}</p>
        <fieldset><legend>{{page.words.addresses}}</legend>
        {{#targets}}<label class="inline"><input type="checkbox" name="addresses" value="{{value}}"{{#selected}} checked{{/selected}}> {{label}}</label>{{/targets}}
        </fieldset>
        \(reasonField)
        <button type="submit">{{page.words.addActivity}}</button>
        </form></section>{{/activity}}

        {{#product}}<section aria-labelledby="product-h" class="card">
        <h2 id="product-h">{{page.words.recordProduct}}</h2>
        \(formError)
        <form method="post" action="/routes/{{route.id}}/plan/product">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        <label for="p-activity">{{page.words.activity}}</label>
        <select id="p-activity" name="activity" required>{{#targets}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/targets}}</select>
        <label for="p-kind">{{page.words.kind}}</label>
        <select id="p-kind" name="kind" required>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
        <label for="p-title">{{page.words.title}}</label>
        <input id="p-title" name="title" value="{{values.title}}" required>
        <label for="p-date">{{page.words.date}}</label>
        <input id="p-date" name="date" value="{{values.date}}" aria-describedby="p-date-help"><p id="p-date-help" class="help">{{page.words.dateHelp}}</p>
        <button type="submit">{{page.words.recordProduct}}</button>
        </form></section>{{/product}}

        {{#correction}}<section aria-labelledby="correction-h" class="card">
        <h2 id="correction-h">{{page.words.correctActivity}}</h2>
        \(formError)
        <form method="post" action="/routes/{{route.id}}/plan/correction">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        <label for="c-activity">{{page.words.activity}}</label>
        <select id="c-activity" name="activity" required>{{#targets}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/targets}}</select>
        <label for="c-due">{{page.words.newDue}} ({{page.words.optional}})</label>
        <input id="c-due" name="due" value="{{values.due}}" aria-describedby="c-due-help"><p id="c-due-help" class="help">{{page.words.dateHelp}}</p>
        <label for="c-title">{{page.words.newTitle}} ({{page.words.optional}})</label>
        <input id="c-title" name="title" value="{{values.title}}">
        \(reasonField)
        <button type="submit">{{page.words.correctActivity}}</button>
        </form></section>{{/correction}}
        {{> footer}}
        """
}
