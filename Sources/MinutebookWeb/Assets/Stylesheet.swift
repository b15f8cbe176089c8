/// The site's own stylesheet: calm, GOV.UK-like, AA contrast, visible focus, print rules for minutes.
enum Stylesheet {
    static let css = """
        :root { --text: #0b0c0c; --muted: #484949; --link: #1d4f91; --focus: #ffdd00; --border: #b1b4b6; --bg-alt: #f3f2f1; --ok: #00703c; --error: #b10e1e; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 1.1875rem; line-height: 1.45; color: var(--text); background: #fff; }
        .width { max-width: 66rem; margin: 0 auto; padding: 0 1rem; }
        a { color: var(--link); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 4px 0 var(--text); }
        .skip-link { position: absolute; left: -9999px; }
        .skip-link:focus { position: static; display: block; padding: .5rem 1rem; background: var(--focus); color: var(--text); }
        .site-header { background: #0b0c0c; color: #fff; padding: .6rem 0; }
        .site-header .width { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 1rem; }
        .site-header a, .site-header button.link { color: #fff; }
        .brand { font-weight: 700; font-size: 1.4rem; text-decoration: none; }
        .site-header ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; }
        .site-header .width > * { min-width: 0; overflow-wrap: anywhere; }
        .partnership-menu { background: var(--bg-alt); border-bottom: 1px solid var(--border); }
        .partnership-menu ul { list-style: none; margin: 0; padding: .5rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: 1rem; }
        .breadcrumbs ol { list-style: none; padding: 0; margin: .8rem auto 0; display: flex; flex-wrap: wrap; gap: .5rem; font-size: 1rem; }
        .breadcrumbs li + li::before { content: "›"; margin-right: .5rem; color: var(--muted); }
        main { padding-top: 1.5rem; padding-bottom: 3rem; display: block; }
        h1 { font-size: 2.2rem; line-height: 1.15; margin: 0 0 1.5rem; }
        h2 { font-size: 1.6rem; margin: 2rem 0 1rem; }
        h3 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
        .lead { font-size: 1.35rem; }
        .muted, .hint { color: var(--muted); }
        .tag { display: inline-block; padding: .05rem .45rem; font-size: .9rem; font-weight: 700; background: #d2e2f1; color: #0c2d4a; border-radius: 2px; }
        .tag.part2 { background: #f6d7d2; color: #2a0b06; }
        .tag.draft { background: #fff7bf; color: #594d00; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
        caption { text-align: left; font-weight: 700; font-size: 1.2rem; margin-bottom: .5rem; }
        th, td { text-align: left; vertical-align: top; padding: .6rem .8rem .6rem 0; border-bottom: 1px solid var(--border); }
        th { font-weight: 700; }
        dl.summary { display: grid; grid-template-columns: minmax(8rem, 30%) 1fr; margin: 0 0 2rem; }
        dl.summary dt, dl.summary dd { margin: 0; padding: .6rem 0; border-bottom: 1px solid var(--border); }
        dl.summary dt { font-weight: 700; padding-right: 1rem; }
        label { display: block; font-weight: 700; margin-bottom: .3rem; }
        input[type=text], input[type=email], input[type=password], input[type=date], input[type=time], input[type=search], select, textarea { font: inherit; padding: .35rem; border: 2px solid var(--text); width: 100%; max-width: 40rem; }
        textarea { min-height: 8rem; }
        .field { margin-bottom: 1.4rem; }
        .field.error { border-left: 5px solid var(--error); padding-left: 1rem; }
        .error-message { color: var(--error); font-weight: 700; display: block; margin-bottom: .3rem; }
        .error-summary { border: 5px solid var(--error); padding: 1rem 1.2rem; margin-bottom: 2rem; }
        .error-summary h2 { margin-top: 0; }
        .error-summary a { color: var(--error); font-weight: 700; }
        .notice { border-left: 5px solid var(--link); padding: .6rem 1rem; background: var(--bg-alt); margin-bottom: 1.5rem; }
        button, .button { font: inherit; font-weight: 700; background: var(--ok); color: #fff; border: 0; padding: .5rem 1rem; box-shadow: 0 2px 0 #002d18; cursor: pointer; text-decoration: none; display: inline-block; }
        button.secondary, .button.secondary { background: var(--bg-alt); color: var(--text); box-shadow: 0 2px 0 #929191; }
        button.warning { background: var(--error); }
        button.link { background: none; border: 0; box-shadow: none; padding: 0; text-decoration: underline; font-weight: 400; color: var(--link); }
        form.inline { display: inline; }
        form.take button { margin: 0 .3rem .3rem 0; padding: .3rem .6rem; }
        .conflict { border-left: 5px solid var(--error); padding: .6rem 1rem; background: var(--bg-alt); margin-bottom: 1.5rem; }
        .autosave { min-height: 1.5rem; } .vote, .declarations { margin: .8rem 0; }
        fieldset.register-row { margin-bottom: 1rem; }
        .outline-tools { margin: .3rem 0 .8rem; } .outline-tools form.inline + form.inline { margin-left: .4rem; }
        .outline-tools button { font-size: .9rem; padding: .25rem .6rem; }
        .site-footer { border-top: 1px solid var(--border); background: var(--bg-alt); padding: 1rem 0; font-size: 1rem; }
        ul.meetings { padding-left: 1.2rem; }
        .minute { border-top: 1px solid var(--border); padding-top: .8rem; }
        .minute h3 .number { display: inline-block; min-width: 3.5rem; }
        .resolution { border-left: 4px solid var(--ok); padding-left: .8rem; margin: .6rem 0; }
        .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); border: 0; white-space: nowrap; }
        figure.chart { margin: 1rem 0 2rem; }
        figure.chart svg { width: 100%; max-width: 48rem; height: auto; display: block; border: 1px solid var(--border); }
        figure.chart figcaption { color: var(--muted); margin: .5rem 0; }
        table.chart-data caption { font-size: 1rem; }
        .rag { font-weight: 700; white-space: nowrap; padding: .05rem .4rem; border: 2px solid currentColor; }
        .rag-red { color: #942514; } .rag-amber { color: #6f3a00; } .rag-green { color: #005a30; } .rag-blue { color: #144e81; } .rag-none { color: var(--muted); border-style: dashed; }
        table.heatmap td { text-align: center; border: 1px solid var(--border); padding: .5rem; font-size: 1rem; }
        table.heatmap .rating { display: block; font-size: .85rem; }
        .risk-low { background: #e3f1e8; } .risk-moderate { background: #fff7bf; } .risk-high { background: #fde0c4; } .risk-severe { background: #f6d7d2; }
        ul.plain { list-style: none; padding: 0; margin: 0; }
        .note { color: var(--muted); font-size: 1rem; }
        .narrow { max-width: 40rem; }
        .field.checkbox { display: flex; gap: .6rem; align-items: center; }
        .field.checkbox label { margin: 0; font-weight: 400; }
        .field.checkbox input { width: 1.5rem; height: 1.5rem; }
        .caption { display: block; color: var(--muted); font-size: 1.1rem; margin-bottom: .3rem; }
        .tasks ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1.5rem; }
        .tasks form { margin: 0 0 1.5rem; }
        .approval { border-left: 5px solid var(--ok); padding: .4rem .8rem; font-weight: 700; }
        .post-meeting-note, .correction { background: var(--bg-alt); padding: .4rem .8rem; margin: .6rem 0; }
        .post-meeting-note h4, .correction h4 { margin: .2rem 0; font-size: 1rem; }
        .action-row { border-left: 4px solid var(--border); padding-left: 1rem; margin-bottom: 1.5rem; }
        fieldset { border: 0; padding: 0; margin: 0 0 1.5rem; }
        legend { font-weight: 700; font-size: 1.35rem; margin-bottom: .5rem; }
        fieldset.row legend { font-size: 1rem; }
        table.sheet .field { margin: 0; }
        table.sheet label { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        .audit-entry h2 { font-size: 1.2rem; }
        fieldset.date-input legend { font-size: 1.1875rem; }
        .date-part { display: inline-block; margin-right: 1rem; }
        .date-part label { font-weight: 400; }
        input.width-2 { width: 3.5em; } input.width-4 { width: 5.5em; }
        input[type=text].width-2, input[type=text].width-4 { max-width: none; }
        .setup-actions { display: flex; flex-wrap: wrap; gap: 1rem; }
        @media print {
          .site-header, .site-footer, .breadcrumbs, .skip-link, form, nav, .no-print { display: none !important; }
          body { font-size: 11pt; }
          a { color: inherit; text-decoration: none; }
          .minute { break-inside: avoid-page; }
          .notice, .error-summary, .tasks, .hint { display: none !important; }
          .tag { border: 1px solid #000; background: none !important; color: #000 !important; }
          .resolution { border-left: 2pt solid #000; }
          table.actions th, table.actions td { font-size: 10pt; padding: 2pt 6pt 2pt 0; }
          section.minutes h2 { break-before: auto; }
          h1 { font-size: 18pt; }
        }
        """
}
