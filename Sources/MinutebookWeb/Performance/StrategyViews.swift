import MinutebookCore
import MinutebookServices

/// The strategy with its delivery plan, and the exception report for the board.
enum StrategyViews {
    static func strategy(
        _ strategy: Strategy, exceptions: ExceptionReport, indicators: [Int64: Indicator],
        scope: PerformanceController.Scope, editCSRF: String?? = nil, into w: inout HTMLWriter
    ) {
        w.element("<h1>", "\(strategy.fullTitle)", "</h1>\n")
        if !strategy.isPublished { w.raw("<p class=\"tag\">Draft: not public</p>\n") }
        w.raw("<ul class=\"links\">")
        if case .some = editCSRF {
            PerformanceViews.link(scope.base + "/strategy/\(strategy.id)/edit", "Edit the strategy: priorities and objectives", into: &w)
            PerformanceViews.link(scope.base + "/strategy/\(strategy.id)/actions/new", "Add an action to the delivery plan", into: &w)
        }
        PerformanceViews.link(scope.base + "/strategy/\(strategy.id)/plan.csv", "Download the delivery plan (CSV)", into: &w)
        w.raw("</ul>\n<h2 id=\"exceptions\">Exception report</h2>\n<p>Only actions off track or exceptionally ahead come to the board, as at ")
        w.text(exceptions.asOf.long)
        w.raw(".</p>\n")
        if exceptions.entries.isEmpty {
            w.raw("<p>Nothing to report: every action is on track or managed by its lead.</p>\n")
        }
        PerformanceMarkup.exceptionList(exceptions, into: &w)
        w.raw("<h2>Delivery plan</h2>\n")
        if strategy.priorities.isEmpty { w.raw("<p>No priorities have been set yet.</p>\n") }
        for priority in strategy.priorities {
            w.element("<h3>", priority.name, "</h3>\n")
            if !priority.summary.isEmpty { w.element("<p>", priority.summary, "</p>\n") }
            for objective in priority.objectives {
                w.raw("<table class=\"plan\"><caption>")
                w.text(objective.text)
                w.raw(
                    "</caption><thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Lead</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th><th scope=\"col\">Milestones</th><th scope=\"col\">Indicators</th></tr></thead><tbody>"
                )
                for action in objective.actions {
                    w.raw("<tr><th scope=\"row\">")
                    w.text(action.title)
                    if !action.progressNote.isEmpty {
                        w.raw("<br><span class=\"note\">")
                        w.text(action.progressNote)
                        w.raw("</span>")
                    }
                    if case .some = editCSRF {
                        w.raw("<br><a href=\"")
                        w.text(scope.base + "/strategy/\(strategy.id)/actions/\(action.id)")
                        w.raw("\">Edit<span class=\"visually-hidden\"> ")
                        w.text(action.title)
                        w.raw("</span></a>")
                    }
                    w.raw("</th><td>")
                    w.text(action.lead)
                    w.raw("</td><td>")
                    w.text(action.due?.long ?? "–")
                    w.raw("</td><td>")
                    w.text(action.status.label)
                    w.raw("</td><td><ul class=\"plain\">")
                    for m in action.milestones {
                        let state = m.completedOn.map { "done \($0.long)" } ?? (m.isOverdue(on: exceptions.asOf) ? "overdue" : "due")
                        w.element("<li>", "\(m.title): \(m.due.long) (\(state))", "</li>")
                    }
                    w.raw("</ul></td><td><ul class=\"plain\">")
                    for id in action.indicatorIDs {
                        guard let indicator = indicators[id] else { continue }
                        w.raw("<li><a href=\"")
                        w.text(scope.base + "/performance/indicators/" + indicator.code)
                        w.raw("\">")
                        w.text(indicator.name)
                        w.raw("</a></li>")
                    }
                    w.raw("</ul></td></tr>\n")
                }
                w.raw("</tbody></table>\n")
                if case .some(let csrf) = editCSRF {
                    for action in objective.actions { updateForm(action, strategy: strategy, scope: scope, csrf: csrf, into: &w) }
                }
            }
        }
    }

    static func updateForm(
        _ action: DeliveryAction, strategy: Strategy, scope: PerformanceController.Scope, csrf: String?,
        into w: inout HTMLWriter
    ) {
        w.raw("<details><summary>")
        w.text("Update: \(action.title)")
        w.raw("</summary>\n<form method=\"post\" action=\"")
        w.text("\(scope.base)/strategy/\(strategy.id)/actions/\(action.id)")
        w.raw("\">\n")
        w.csrfField(csrf)
        w.selectField(
            "status", label: "Status", choices: DeliveryStatus.allCases.map { Choice($0.rawValue, $0.label) },
            selected: action.status.rawValue, id: "a\(action.id)-status")
        w.textArea("note", label: "Progress note", value: action.progressNote, id: "a\(action.id)-note", rows: 3)
        w.raw("<button type=\"submit\">Save</button>\n</form></details>\n")
    }

    /// The delivery plan, one row per action; indicator names only for indicators the reader may see.
    static func csv(_ strategy: Strategy, indicators: [Int64: Indicator]) -> String {
        var out = "priority,objective,action,lead,due,status,progress_note,milestones,indicators\r\n"
        for priority in strategy.priorities {
            for objective in priority.objectives {
                for a in objective.actions {
                    let milestones = a.milestones.map { m in "\(m.title) (due \(m.due.iso)" + (m.completedOn.map { ", done \($0.iso))" } ?? ")") }
                    let names = a.indicatorIDs.compactMap { indicators[$0]?.name }
                    out +=
                        [
                            priority.name, objective.text, a.title, a.lead, a.due?.iso ?? "", a.status.label, a.progressNote,
                            milestones.joined(separator: "; "), names.joined(separator: "; ")
                        ].map(ActualsCSV.field).joined(separator: ",") + "\r\n"
                }
            }
        }
        return out
    }
}
