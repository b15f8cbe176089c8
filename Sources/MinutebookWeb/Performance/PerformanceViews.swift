import Hummingbird
import MinutebookCore
import MinutebookServices

/// Overview and indicator pages.
enum PerformanceViews {
    static func overview(
        scope: PerformanceController.Scope, summaries: [IndicatorSummary], strategies: [Strategy], canEdit: Bool = false,
        canSeeRisks: Bool = false, csrf: String? = nil, onAgenda: AgendaPlacement? = nil, into w: inout HTMLWriter
    ) {
        w.raw("<h1>Performance</h1>\n<p class=\"lead\">Indicators, strategy, risks and who leads on what for ")
        w.text(scope.partnership.name)
        w.raw(".</p>\n<ul class=\"links\">")
        for strategy in strategies {
            link(scope.base + "/strategy/\(strategy.id)", "\(strategy.fullTitle): delivery plan and exception report", into: &w)
        }
        link(scope.base + "/strategy", "Every strategy", into: &w)
        // Only to those who may open it: the register answers 403 to the others (issue 18, no dead ends).
        if canSeeRisks { link(scope.base + "/risks", "Risk register", into: &w) }
        link(scope.base + "/directory", "Who leads on what", into: &w)
        if canEdit {
            link(scope.base + "/performance/new-indicator", "Define an indicator", into: &w)
            link(scope.base + "/strategies/new", "Start a new strategy", into: &w)
        }
        w.raw("</ul>\n<h2>Indicators</h2>\n")
        guard !summaries.isEmpty else {
            w.raw("<p>No indicators have been published yet.</p>\n")
            return
        }
        w.raw("<table class=\"indicators\">\n<caption class=\"visually-hidden\">Indicators with their position against target</caption>\n")
        w.raw(
            "<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Year</th><th scope=\"col\">To date</th><th scope=\"col\">Expected</th><th scope=\"col\">Full-year target</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>"
        )
        for s in summaries {
            let unit = s.indicator.unit
            w.raw("<tr><th scope=\"row\"><a href=\"")
            w.text(scope.base + "/performance/indicators/" + s.indicator.code)
            w.raw("\">")
            w.text(s.indicator.name)
            w.raw("</a></th><td>")
            w.text(s.year?.description ?? "–")
            w.raw("</td><td>")
            w.text(s.progress.map { unit.format($0.actual) + " by " + $0.through.short } ?? "–")
            w.raw("</td><td>")
            w.text(s.progress.map { unit.format($0.expected) } ?? "–")
            w.raw("</td><td>")
            w.text(s.target.map { PerformanceMarkup.targetText($0, unit: unit) } ?? "None set")
            w.raw("</td><td>")
            ChartView.status(s.progress?.status, into: &w)
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody></table>\n<p><a href=\"")
        w.text(scope.base + "/performance/actuals.csv")
        w.raw("\" download>Download all figures (CSV)</a></p>\n")
        if canEdit { agendaForm(scope: scope, csrf: csrf, kind: .indicators, strategyID: nil, onAgenda: onAgenda, into: &w) }
    }

    static func indicator(
        _ s: IndicatorSummary, owner: Body?, scope: PerformanceController.Scope, escalateCSRF: String?? = nil,
        escalated: Bool = false, canEdit: Bool = false, into w: inout HTMLWriter
    ) {
        let i = s.indicator
        w.element("<h1>", i.name, "</h1>\n")
        if escalated {
            w.raw(
                "<div class=\"notice\" role=\"status\"><p>Escalated to the board: it is on the board's forward plan for its next meeting.</p></div>\n"
            )
        }
        if !i.isPublished { w.raw("<p class=\"tag\">Draft: not public</p>\n") }
        if canEdit {
            w.raw("<ul class=\"links\">")
            link(scope.base + "/performance/indicators/" + i.code + "/edit", "Edit the definition", into: &w)
            link(scope.base + "/performance/indicators/" + i.code + "/target", "Set a target", into: &w)
            w.raw("</ul>\n")
        }
        w.raw("<dl class=\"summary\">")
        row("Reported by", owner?.name ?? "–", into: &w)
        row("Owner", i.owner.isEmpty ? "–" : i.owner, into: &w)
        row("Source", i.source.isEmpty ? "–" : i.source, into: &w)
        row("Unit", i.unit.label, into: &w)
        row("Direction", i.direction.label, into: &w)
        row("Tolerance", i.tolerance.summary, into: &w)
        if let target = s.target, let year = s.year { row("Target \(year)", PerformanceMarkup.targetText(target, unit: i.unit), into: &w) }
        w.raw("</dl>\n<h2>Against target</h2>\n")
        if let p = s.progress {
            w.raw("<p class=\"verdict\">")
            ChartView.status(p.status, into: &w)
            w.raw(": ")
            w.text("\(i.unit.format(p.actual)) by the end of \(p.through.long), against \(i.unit.format(p.expected)) expected.")
            w.raw("</p>\n")
        } else {
            w.raw("<p>No target is set for the year of the latest figures.</p>\n")
        }
        ChartView.write(s.trend.render(), into: &w)
        if !s.comparisons.isEmpty || s.regionComparison != nil {
            w.raw(
                "<h2>Comparisons</h2>\n<table class=\"comparisons\"><caption class=\"visually-hidden\">Comparisons</caption><thead><tr><th scope=\"col\">Comparison</th><th scope=\"col\">Before</th><th scope=\"col\">After</th><th scope=\"col\">Change</th></tr></thead><tbody>"
            )
            var all = s.comparisons
            if let pair = s.regionComparison { all += [pair.area, pair.region] }
            for c in all {
                w.raw("<tr><th scope=\"row\">")
                w.text(c.label)
                w.raw("</th><td>")
                w.text("\(i.unit.format(c.from)) (\(c.fromLabel))")
                w.raw("</td><td>")
                w.text("\(i.unit.format(c.to)) (\(c.toLabel))")
                w.raw("</td><td>")
                w.text(c.summary)
                w.raw("</td></tr>\n")
            }
            w.raw("</tbody></table>\n")
        }
        if let bars = s.byArea {
            w.raw("<h2>By ward</h2>\n")
            ChartView.write(bars.render(), into: &w)
        }
        if case .some(let csrf) = escalateCSRF, let owner, owner.kind == .subGroup {
            w.raw("<h2>Escalate</h2>\n<form method=\"post\" action=\"")
            w.text(scope.base + "/performance/indicators/" + i.code + "/escalate")
            w.raw("\">\n")
            w.csrfField(csrf)
            w.element("<p>", "Put this indicator, with its latest position, on the board's forward plan for its next meeting.", "</p>\n")
            w.raw("<button type=\"submit\" class=\"secondary\">Escalate to the board</button>\n</form>\n")
        }
    }

    static func row(_ term: String, _ value: String, into w: inout HTMLWriter) {
        w.element("<div><dt>", term, "</dt>")
        w.element("<dd>", value, "</dd></div>")
    }

    static func link(_ href: String, _ label: String, into w: inout HTMLWriter) {
        w.raw("<li><a href=\"")
        w.text(href)
        w.raw("\">")
        w.text(label)
        w.raw("</a></li>")
    }

    /// The secretariat's button that puts the indicator report (or a strategy's exception report) on
    /// the board's next agenda; the pack draws the paper from the data.
    static func agendaForm(
        scope: PerformanceController.Scope, csrf: String?, kind: PerformanceAgendaReport.Kind, strategyID: Int64?,
        onAgenda: AgendaPlacement?, into w: inout HTMLWriter
    ) {
        if let onAgenda {
            w.raw("<div class=\"notice\" role=\"status\"><p>")
            w.text(onAgenda.message)
            w.raw("</p></div>\n")
        }
        w.raw("<form method=\"post\" action=\"")
        w.text(scope.base + "/performance/agenda")
        w.raw("\">\n")
        w.csrfField(csrf)
        w.hidden("kind", kind.rawValue)
        if let strategyID { w.hidden("strategy", String(strategyID)) }
        w.raw(
            kind == .indicators
                ? "<button type=\"submit\" class=\"secondary\">Put the performance report on the board's next agenda</button>\n</form>\n"
                : "<button type=\"submit\" class=\"secondary\">Put the exception report on the board's next agenda</button>\n</form>\n")
    }
}

/// The confirmation after "Put the … report on the board's next agenda", read back from the redirect.
struct AgendaPlacement {
    var date: LocalDate
    /// The agenda was already published: the report joined it as a supplementary item.
    var supplementary: Bool

    init?(_ request: Request) {
        guard let date = request.uri.queryParameters["onAgenda"].flatMap({ LocalDate(iso: String($0)) }) else { return nil }
        self.date = date
        supplementary = request.uri.queryParameters["supplementary"] == "1"
    }

    var message: String {
        supplementary
            ? "The agenda of the board's meeting on \(date.long) is already published: the report joins it as a supplementary item, "
                + "printed under \u{201C}Supplementary items\u{201D} in the pack. Let the members know it has been added."
            : "On the agenda of the board's meeting on \(date.long): the pack will carry it."
    }
}
