import MinutebookCore
import MinutebookServices

/// The secretariat's strategy forms.
enum StrategyEditViews {
    /// The plan as it stands, with a link to edit each action and to add one under each objective.
    static func outline(_ strategy: Strategy, scope: SecretariatScope, csrf: String?, into w: inout HTMLWriter) {
        w.raw("<h2>Delivery plan</h2>\n")
        if strategy.priorities.isEmpty { w.raw("<p>No priorities yet: add the first below.</p>\n") }
        for priority in strategy.priorities {
            outlineHeading(
                "<h3", "</h3>\n", .priority, id: priority.id, name: priority.name, strategy: strategy, scope: scope,
                csrf: csrf, into: &w)
            if priority.objectives.isEmpty { w.raw("<p>No objectives yet.</p>\n") }
            for objective in priority.objectives {
                outlineHeading(
                    "<h4", "</h4>\n", .objective, id: objective.id, name: objective.text, strategy: strategy, scope: scope,
                    csrf: csrf, into: &w)
                w.raw("<ul>")
                for action in objective.actions {
                    w.raw("<li><a href=\"")
                    w.text(scope.base + "/strategy/\(strategy.id)/actions/\(action.id)")
                    w.raw("\">")
                    w.text(action.title)
                    w.raw("</a> – ")
                    w.text("\(action.lead); \(action.status.label)")
                    w.raw("</li>")
                }
                w.raw("<li><a href=\"")
                w.text(scope.base + "/strategy/\(strategy.id)/actions/new?objective=\(objective.id)")
                w.raw("\">Add an action under this objective</a></li></ul>\n")
            }
        }
    }

    static func priorityForm(_ strategy: Strategy, scope: SecretariatScope, csrf: String?, f: FormReader, into w: inout HTMLWriter) {
        w.raw("<h2>Add a priority</h2>\n<form method=\"post\" action=\"")
        w.text(scope.base + "/strategy/\(strategy.id)/priorities")
        w.raw("\" novalidate>\n")
        w.csrfField(csrf)
        w.inputField("priorityName", label: "Priority", value: f.value("priorityName"), hint: "For example Prevention", errors: f.errors)
        w.textArea("prioritySummary", label: "Summary", value: f.value("prioritySummary"), errors: f.errors, rows: 3)
        w.raw("<button type=\"submit\" class=\"secondary\">Add the priority</button>\n</form>\n")
    }

    static func objectiveForm(_ strategy: Strategy, scope: SecretariatScope, csrf: String?, f: FormReader, into w: inout HTMLWriter) {
        guard !strategy.priorities.isEmpty else { return }
        w.raw("<h2>Add an objective</h2>\n<form method=\"post\" action=\"")
        w.text(scope.base + "/strategy/\(strategy.id)/objectives")
        w.raw("\" novalidate>\n")
        w.csrfField(csrf)
        w.selectField(
            "objectivePriority", label: "Under the priority",
            choices: [Choice("", "Choose")] + strategy.priorities.map { Choice(String($0.id), $0.name) },
            selected: f.value("objectivePriority"), errors: f.errors)
        w.textArea("objectiveText", label: "Objective", value: f.value("objectiveText"), errors: f.errors, rows: 2)
        w.raw("<button type=\"submit\" class=\"secondary\">Add the objective</button>\n</form>\n")
    }

    static func actionForm(
        _ strategy: Strategy, action: DeliveryAction?, indicators: [Indicator], scope: SecretariatScope,
        csrf: String?, f: FormReader, into w: inout HTMLWriter
    ) {
        let base = scope.base + "/strategy/\(strategy.id)"
        w.raw("<form method=\"post\" action=\"")
        w.text(action.map { base + "/actions/\($0.id)" } ?? base + "/actions")
        w.raw("\" novalidate>\n")
        w.csrfField(csrf)
        w.hidden("indicatorsListed", "1")
        if action == nil {
            var choices = [Choice("", "Choose")]
            for priority in strategy.priorities {
                for objective in priority.objectives { choices.append(Choice(String(objective.id), "\(priority.name): \(objective.text)")) }
            }
            w.selectField("objective", label: "Objective", choices: choices, selected: f.value("objective"), errors: f.errors)
        }
        w.inputField("title", label: "Action", value: f.value("title"), errors: f.errors)
        w.inputField(
            "lead", label: "Lead", value: f.value("lead"), hint: "A role and organisation, for example Head of Community Safety, council",
            errors: f.errors)
        w.inputField("due", label: "Due", value: f.value("due"), type: "date", errors: f.errors)
        w.selectField(
            "status", label: "Status", choices: DeliveryStatus.allCases.map { Choice($0.rawValue, $0.label) },
            selected: f.value("status"), errors: f.errors)
        w.textArea("note", label: "Progress note", value: f.value("note"), errors: f.errors, rows: 3)
        if !indicators.isEmpty {
            let chosen = Set(f.form.all("indicator"))
            w.raw(
                f.errors.message(for: "indicators") == nil
                    ? "<fieldset id=\"indicators\" class=\"field\">" : "<fieldset id=\"indicators\" class=\"field error\">")
            w.raw("<legend>Indicators that evidence it</legend>\n")
            if let message = f.errors.message(for: "indicators") { w.element("<p class=\"error-message\">", message, "</p>\n") }
            for indicator in indicators {
                w.checkbox(
                    "indicator", label: indicator.name, checked: chosen.contains(String(indicator.id)), id: "indicator-\(indicator.id)",
                    value: String(indicator.id))
            }
            w.raw("</fieldset>\n")
        }
        if action == nil {
            w.inputField("milestoneTitle", label: "First milestone (optional)", value: f.value("milestoneTitle"), errors: f.errors)
            w.inputField("milestoneDue", label: "Milestone due", value: f.value("milestoneDue"), type: "date", errors: f.errors)
        }
        w.raw(action == nil ? "<button type=\"submit\">Add the action</button>\n</form>\n" : "<button type=\"submit\">Save</button>\n</form>\n")
        guard let action else { return }
        w.raw("<h2>Milestones</h2>\n")
        if action.milestones.isEmpty { w.raw("<p>No milestones yet.</p>\n") }
        w.raw("<ul>")
        for m in action.milestones {
            w.raw("<li>")
            w.text("\(m.title): due \(m.due.long)" + (m.completedOn.map { ", done \($0.long)" } ?? ""))
            if m.completedOn == nil {
                w.raw(" <form method=\"post\" class=\"inline\" action=\"")
                w.text(base + "/actions/\(action.id)/milestones/\(m.id)/complete")
                w.raw("\">")
                w.csrfField(csrf)
                w.raw("<button type=\"submit\" class=\"secondary\">Mark done today<span class=\"visually-hidden\">: ")
                w.text(m.title)
                w.raw("</span></button></form>")
            }
            w.raw("</li>\n")
        }
        w.raw("</ul>\n<h3>Add a milestone</h3>\n<form method=\"post\" action=\"")
        w.text(base + "/actions/\(action.id)/milestones")
        w.raw("\" novalidate>\n")
        w.csrfField(csrf)
        w.inputField("milestoneTitle", label: "Milestone", value: f.value("milestoneTitle"), errors: f.errors)
        w.inputField("milestoneDue", label: "Due", value: f.value("milestoneDue"), type: "date", errors: f.errors)
        w.raw("<button type=\"submit\" class=\"secondary\">Add the milestone</button>\n</form>\n")
    }
}
