/// The SVG partials of the HTML report. Every value comes through `{{ }}`, so labels and
/// tooltips are escaped like the rest of the page.
enum ChartTemplates {
    /// Draws a `BarChart`.
    static let bar = """
        <svg xmlns="http://www.w3.org/2000/svg" id="{{id}}" class="chart chart-bars {{style}}" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}" role="img" aria-labelledby="{{id}}-title">
        <title id="{{id}}-title">{{title}}</title>
        {{#hasLegend}}
        {{#legend}}
        <rect x="{{x}}" y="{{y}}" width="12" height="12" class="bar-{{style}}"/><text x="{{textX}}" y="{{textY}}" class="legend-label">{{label}}</text>
        {{/legend}}
        {{/hasLegend}}
        {{#ticks}}
        <line x1="{{x}}" y1="{{y1}}" x2="{{x}}" y2="{{y2}}" class="grid"/><text x="{{x}}" y="{{labelY}}" text-anchor="middle" class="tick-label">{{label}}</text>
        {{/ticks}}
        {{#rows}}
        <text x="{{labelX}}" y="{{labelY}}" text-anchor="end" class="row-label">{{label}}</text>
        {{#bars}}
        <rect x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" class="bar bar-{{style}}"><title>{{tooltip}}</title></rect><text x="{{valueX}}" y="{{valueY}}" class="value-label">{{value}}</text>
        {{/bars}}
        {{/rows}}
        {{#isEmpty}}
        <text x="{{emptyX}}" y="{{emptyY}}" text-anchor="middle" class="empty-label">Нет данных</text>
        {{/isEmpty}}
        </svg>

        """

    /// Draws a `LineChart`.
    static let line = """
        <svg xmlns="http://www.w3.org/2000/svg" id="{{id}}" class="chart chart-line chart-indicator" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}" role="img" aria-labelledby="{{id}}-title">
        <title id="{{id}}-title">{{title}}</title>
        <line x1="{{plotLeft}}" y1="{{axisY}}" x2="{{plotRight}}" y2="{{axisY}}" class="axis"/>
        {{#hasLine}}
        <polyline points="{{points}}" class="line"/>
        {{/hasLine}}
        {{#dots}}
        <circle cx="{{cx}}" cy="{{cy}}" r="3.5" class="dot"><title>{{tooltip}}</title></circle><text x="{{cx}}" y="{{labelY}}" text-anchor="middle" class="value-label">{{valueText}}</text>
        {{/dots}}
        {{#dateLabels}}
        <text x="{{x}}" y="{{y}}" text-anchor="{{anchor}}" class="date-label">{{text}}</text>
        {{/dateLabels}}
        </svg>

        """
}
