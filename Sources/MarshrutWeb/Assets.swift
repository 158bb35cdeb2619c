import Hummingbird

/// What the pages load besides themselves: one style sheet, served by the server itself.
enum Assets {
    static var css: Response {
        var headers = PageRenderer.securityHeaders
        headers[.contentType] = "text/css; charset=utf-8"
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: style)))
    }

    /// Readable on a phone; contrast at least 4.5:1 for text; a visible focus ring for the keyboard.
    static let style = """
        * { box-sizing: border-box; }
        body { margin: 0; color: #1d2330; background: #f6f8fb; font: 16px/1.5 "PT Sans", "Segoe UI", Arial, "Liberation Sans", sans-serif; }
        a { color: #1f4b8f; }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #e0a100; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 8px; }
        .skip:focus { left: 8px; z-index: 10; }
        header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 8px 16px; background: #1f3d6b; color: #fff; }
        header.top a { color: #fff; }
        header.top .brand { font-weight: bold; font-size: 20px; text-decoration: none; margin-right: 8px; }
        header.top nav ul { display: flex; gap: 12px; list-style: none; margin: 0; padding: 0; }
        header.top nav a[aria-current] { font-weight: bold; text-decoration-thickness: 3px; }
        header.top .sign-out { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-left: auto; }
        header.top .sign-out button { background: #fff; color: #1f3d6b; }
        header.top .lang { font-size: 14px; }
        main { max-width: 1100px; margin: 0 auto; padding: 12px 16px 32px; }
        h1 { font-size: 26px; color: #1f3d6b; margin: 12px 0; }
        h2 { font-size: 20px; color: #1f3d6b; margin: 24px 0 8px; border-bottom: 1px solid #c9d3e3; }
        h3 { font-size: 17px; margin: 4px 0; }
        .meta { color: #3c4658; }
        .prose { white-space: pre-wrap; overflow-wrap: anywhere; margin: 4px 0; }
        .empty, .help { color: #4a5568; font-size: 14px; margin: 2px 0 8px; }
        .card { background: #fff; border: 1px solid #c9d3e3; border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
        .narrow { max-width: 420px; }
        label { display: block; font-weight: bold; margin: 10px 0 4px; }
        label.inline { display: inline-flex; align-items: center; gap: 4px; font-weight: normal; margin: 4px 12px 4px 0; }
        input, select, textarea { font: inherit; padding: 6px 8px; border: 1px solid #7a869a; border-radius: 4px; max-width: 100%; }
        input:not([type=radio]):not([type=checkbox]), select, textarea { width: 100%; }
        fieldset { border: 1px solid #c9d3e3; border-radius: 4px; margin: 10px 0; }
        button, .button { display: inline-block; font: inherit; font-weight: bold; padding: 8px 16px; margin-top: 12px; border: 0; border-radius: 4px;
          background: #1f4b8f; color: #fff; cursor: pointer; text-decoration: none; }
        .filters { display: flex; flex-wrap: wrap; align-items: end; gap: 4px 12px; }
        .filters label { margin: 0; }
        .filters input, .filters select { width: auto; }
        .filters button { margin-top: 0; }
        .error { background: #fdecea; border-left: 4px solid #b42318; padding: 8px 12px; color: #7a1a12; }
        .notice { background: #e7f4ea; border-left: 4px solid #1e7b34; padding: 8px 12px; }
        .scroll { overflow-x: auto; }
        table { width: 100%; border-collapse: collapse; background: #fff; }
        th, td { border: 1px solid #c9d3e3; padding: 6px 8px; text-align: left; vertical-align: top; }
        th { background: #e8eef7; }
        td.number, th.number { text-align: right; }
        tr.overdue td { background: #fff6e5; }
        .badge { display: inline-block; font-size: 13px; padding: 0 6px; border-radius: 10px; background: #e8eef7; color: #1f3d6b; }
        .badge.done { background: #e7f4ea; color: #1e5e2b; }
        .badge.overdue, .badge.warn { background: #fdecea; color: #8a1c12; }
        ol.steps { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; }
        ol.steps li { border: 1px solid #c9d3e3; border-radius: 6px; padding: 6px 10px; background: #fff; }
        ol.steps li.done { background: #eef3ea; color: #2c4a23; }
        ol.steps li.current { border: 2px solid #1f4b8f; font-weight: bold; }
        ol.steps .n { display: inline-block; min-width: 1.6em; font-weight: bold; }
        ul.activities, ul.entries { list-style: none; padding: 0; }
        ul.activities li, ul.entries li { padding: 6px 0; border-bottom: 1px solid #e2e8f0; }
        li.activity.overdue { border-left: 4px solid #b42318; padding-left: 8px; }
        svg.spark polyline { fill: none; stroke: #1f4b8f; stroke-width: 2; }
        svg.spark circle { fill: #1f4b8f; }
        svg.spark line.base { stroke: #c9d3e3; }
        figure { margin: 8px 0; }
        figcaption { font-size: 14px; color: #4a5568; }
        ul.cards { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; }
        ul.cards .card { flex: 1 1 140px; margin: 0; }
        ul.cards .value { display: block; font-size: 26px; font-weight: bold; color: #1f3d6b; }
        .badge.critical { background: #fdecea; color: #8a1c12; }
        .badge.warning { background: #fff1d6; color: #6b4600; }
        iframe.report { width: 100%; height: 80vh; border: 1px solid #c9d3e3; background: #fff; }
        table.rollup th, table.rollup td { padding: 4px 6px; }
        pre.script { overflow-x: auto; background: #fff; border: 1px solid #c9d3e3; padding: 8px; font-size: 13px; }
        form.inline { display: inline-flex; align-items: center; gap: 4px; margin: 2px 8px 2px 0; }
        form.inline input { width: auto; }
        button.small { padding: 2px 8px; margin: 0; font-size: 14px; }
        code { background: #e8eef7; padding: 2px 6px; border-radius: 4px; font-size: 17px; }
        footer.bottom { text-align: center; color: #4a5568; font-size: 13px; padding: 16px; }
        @media (max-width: 600px) { h1 { font-size: 22px; } header.top .sign-out { margin-left: 0; } th, td { padding: 4px; } }
        """
}
