extension PageTemplates {
    static let route = """
        {{> header}}
        <p class="meta">{{page.words.teacher}}: <strong>{{route.teacher}}</strong>{{#route.hasTutor}} · {{page.words.tutor}}: {{route.tutor}}{{/route.hasTutor}}
        · {{page.words.period}}: {{route.period}}</p>
        {{#saved}}<p class="notice" role="status">{{page.words.saved}}</p>{{/saved}}
        {{#canPlan}}<p><a class="button" href="/routes/{{route.id}}/plan">{{page.words.openPlanning}}</a></p>{{/canPlan}}
        <section aria-labelledby="steps-h">
        <h2 id="steps-h">{{page.words.steps}}</h2>
        <ol class="steps">
        {{#steps}}<li class="{{state}}"{{#current}} aria-current="step"{{/current}}><span class="n">{{number}}</span> {{title}}\
        {{#current}} <span class="badge">{{page.words.currentStep}}</span>{{/current}}</li>{{/steps}}
        </ol>
        </section>
        {{#route.hasSelfImage}}<section aria-labelledby="image-h"><h2 id="image-h">{{page.words.selfImage}}</h2>
        <p class="prose">{{route.selfImage}}</p></section>{{/route.hasSelfImage}}
        {{#hasStrengths}}<section aria-labelledby="strengths-h"><h2 id="strengths-h">{{page.words.strengths}}</h2>
        <ul>{{#strengths}}<li><strong>{{area}}</strong>: {{text}}</li>{{/strengths}}</ul></section>{{/hasStrengths}}
        <section aria-labelledby="deficits-h">
        <h2 id="deficits-h">{{page.words.deficits}}</h2>
        {{#deficits}}
        <article class="deficit card" id="deficit-{{id}}">
        <h3>{{id}} · {{area}} ({{page.words.level}} {{level}})</h3>
        <p class="prose">{{text}}</p>
        {{#hasChart}}<figure><figcaption>{{page.words.scoreTrend}}: {{scores}}</figcaption>{{{chart}}}</figure>{{/hasChart}}
        <ul class="activities">{{#activities}}\(activityItem){{/activities}}</ul>
        </article>
        {{/deficits}}
        {{#hasLoose}}<h3>{{page.words.otherActivities}}</h3><ul class="activities">{{#loose}}\(activityItem){{/loose}}</ul>{{/hasLoose}}
        </section>
        <section aria-labelledby="products-h">
        <h2 id="products-h">{{page.words.products}}</h2>
        {{#hasProducts}}<ul>{{#products}}<li>{{date}} · {{kind}}: <strong>{{title}}</strong> ({{activity}})</li>{{/products}}</ul>{{/hasProducts}}
        {{^hasProducts}}<p class="empty">{{page.words.noProducts}}</p>{{/hasProducts}}
        </section>
        {{#canReflect}}\(reflectForm){{/canReflect}}
        <section aria-labelledby="reflections-h">
        <h2 id="reflections-h">{{page.words.reflections}}</h2>
        {{#hasReflections}}\(entryList)<p><a href="/journal?route={{route.id}}">{{page.words.journal}}</a></p>{{/hasReflections}}
        {{^hasReflections}}<p class="empty">{{page.words.noReflections}}</p>{{/hasReflections}}
        </section>
        <section aria-labelledby="corrections-h">
        <h2 id="corrections-h">{{page.words.corrections}}</h2>
        {{#hasCorrections}}<div class="scroll"><table>
        <thead><tr><th scope="col">{{page.words.date}}</th><th scope="col">{{page.words.author}}</th><th scope="col">{{page.words.activity}}</th>\
        <th scope="col">{{page.words.corrections}}</th><th scope="col">{{page.words.reason}}</th></tr></thead>
        <tbody>{{#corrections}}<tr><td>{{date}}</td><td>{{author}}</td><td>{{activity}}</td><td>{{change}}</td><td>{{reason}}</td></tr>{{/corrections}}</tbody>
        </table></div>{{/hasCorrections}}
        {{^hasCorrections}}<p class="empty">{{page.words.noCorrections}}</p>{{/hasCorrections}}
        </section>
        {{> footer}}
        """

    static let activityItem = """
        <li class="activity {{state}}" id="activity-{{id}}"><span class="badge {{state}}">{{stateLabel}}</span> \
        <strong>{{id}}</strong> {{kind}}: {{title}} · {{page.words.due}} {{due}}\
        {{#hasProduct}} · {{page.words.product}}: {{product}}{{/hasProduct}}</li>
        """

    static let entryList = """
        <ul class="entries">{{#entries}}<li><a href="/journal/{{route}}/{{number}}">{{route}}/{{number}}</a> · {{date}} · {{target}} · \
        <span class="score" aria-label="{{page.words.score}} {{score}}">{{score}}/5</span>{{#isFinal}} · {{page.words.final}}{{/isFinal}}\
        <p class="prose">{{excerpt}}</p></li>{{/entries}}</ul>
        """

    static let reflectForm = """
        <section aria-labelledby="reflect-h">
        <h2 id="reflect-h">{{page.words.writeReflection}}</h2>
        <form class="card" method="post" action="/routes/{{route.id}}/reflections">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        {{#form.hasError}}<p class="error" role="alert">{{page.words.error}}: {{form.error}}</p>{{/form.hasError}}
        <label for="r-target">{{page.words.target}}</label>
        <select id="r-target" name="target" required>{{#form.targets}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/form.targets}}</select>
        <fieldset><legend>{{page.words.score}}</legend>
        {{#form.scores}}<label class="inline"><input type="radio" name="score" value="{{value}}"{{#selected}} checked{{/selected}} required> {{value}}</label>{{/form.scores}}
        </fieldset>
        <label for="r-date">{{page.words.date}}</label>
        <input id="r-date" name="date" value="{{form.date}}" aria-describedby="r-date-help">
        <p id="r-date-help" class="help">{{page.words.dateHelp}}</p>
        <label for="r-text">{{page.words.text}}</label>
        <textarea id="r-text" name="text" rows="6" required>{{form.text}}</textarea>
        <label class="inline"><input type="checkbox" name="final" value="1"{{#form.isFinal}} checked{{/form.isFinal}}> {{page.words.final}}</label>
        <button type="submit">{{page.words.save}}</button>
        </form>
        </section>
        """

    static let journal = """
        {{> header}}
        <form class="filters" method="get" action="/journal">
        <label for="j-route">{{page.words.route}}</label>
        <select id="j-route" name="route"><option value="">{{page.words.allRoutes}}</option>\
        {{#routes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/routes}}</select>
        <label for="j-from">{{page.words.from}}</label><input id="j-from" name="from" value="{{from}}" size="10">
        <label for="j-to">{{page.words.to}}</label><input id="j-to" name="to" value="{{to}}" size="10">
        <button type="submit">{{page.words.filter}}</button>
        </form>
        {{#hasError}}<p class="error" role="alert">{{error}}</p>{{/hasError}}
        {{#hasEntries}}\(entryList){{/hasEntries}}
        {{^hasEntries}}<p class="empty">{{page.words.noEntries}}</p>{{/hasEntries}}
        {{> footer}}
        """

    static let entry = """
        {{> header}}
        {{#saved}}<p class="notice" role="status">{{page.words.saved}}</p>{{/saved}}
        <p class="meta"><a href="/routes/{{route}}">{{route}}</a> · {{date}} · {{target}} · {{page.words.score}} {{score}}/5\
        {{#isFinal}} · {{page.words.final}}{{/isFinal}}</p>
        <p class="prose">{{text}}</p>
        {{#hasHistory}}<section aria-labelledby="history-h"><h2 id="history-h">{{page.words.history}}</h2>
        <ul class="entries">{{#history}}<li>{{page.words.earlierWording}} {{replaced}} · {{page.words.score}} {{score}}/5<p class="prose">{{text}}</p></li>{{/history}}</ul>
        </section>{{/hasHistory}}
        {{#canEdit}}<section aria-labelledby="edit-h"><h2 id="edit-h">{{page.words.editEntry}}</h2>
        <form class="card" method="post" action="/journal/{{route}}/{{number}}">
        <input type="hidden" name="csrf" value="{{page.csrf}}">
        {{#hasError}}<p class="error" role="alert">{{page.words.error}}: {{error}}</p>{{/hasError}}
        <fieldset><legend>{{page.words.score}}</legend>
        {{#scores}}<label class="inline"><input type="radio" name="score" value="{{value}}"{{#selected}} checked{{/selected}}> {{value}}</label>{{/scores}}
        </fieldset>
        <label for="e-text">{{page.words.text}}</label>
        <textarea id="e-text" name="text" rows="8" required aria-describedby="e-help">{{draft}}</textarea>
        <p id="e-help" class="help">{{page.words.editKeepsHistory}}</p>
        <button type="submit">{{page.words.save}}</button>
        </form></section>{{/canEdit}}
        {{> footer}}
        """
}
