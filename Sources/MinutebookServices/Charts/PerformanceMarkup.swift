import MinutebookCore

/// Performance figures as markup, shared by the web pages and the agenda pack's performance papers:
/// a target in words, the risk heat map, and a strategy's exception list.
public enum PerformanceMarkup {
    public static func targetText(_ target: AnnualTarget, unit: IndicatorUnit) -> String {
        var text = unit.format(target.value)
        if target.kind == .level { text += " each period" }
        if target.isPartYear && target.kind == .cumulative {
            text += " (\(unit.format(target.proRata(unit: unit))) pro rata, from \(target.firstActiveMonth.short))"
        }
        return text
    }

    /// The 5×5 grid as a real table: impact rows, likelihood columns, risk references in the cells
    /// and the rating printed in each cell, so colour only repeats what the words say.
    public static func heat(_ map: RiskHeatMap, into w: inout HTMLWriter) {
        w.raw(
            "<h2>Heat map</h2>\n<table class=\"heatmap\"><caption>Open risks by residual likelihood (columns) and impact (rows)</caption><thead><tr><td></td>"
        )
        for l in 1...5 { w.element("<th scope=\"col\">", "Likelihood \(l)", "</th>") }
        w.raw("</tr></thead><tbody>")
        for row in map.rows {
            guard let impact = row.first?.impact else { continue }
            w.element("<tr><th scope=\"row\">", "Impact \(impact)", "</th>")
            for cell in row {
                switch cell.rating {
                case .low: w.raw("<td class=\"risk-low\">")
                case .moderate: w.raw("<td class=\"risk-moderate\">")
                case .high: w.raw("<td class=\"risk-high\">")
                case .severe: w.raw("<td class=\"risk-severe\">")
                }
                w.element("<span class=\"rating\">", "\(cell.rating.label) \(cell.likelihood * cell.impact)", "</span>")
                if !cell.references.isEmpty { w.element("<br><strong>", cell.references.joined(separator: ", "), "</strong>") }
                w.raw("</td>")
            }
            w.raw("</tr>\n")
        }
        w.raw("</tbody></table>\n")
    }

    /// The off-track and exceptionally-ahead actions with their reasons and indicator evidence.
    public static func exceptionList(_ report: ExceptionReport, into w: inout HTMLWriter) {
        for (kind, entries) in [(ExceptionReport.Kind.offTrack, report.offTrack), (.exceptionallyAhead, report.ahead)] where !entries.isEmpty {
            w.element("<h3>", "\(kind.label) (\(entries.count))", "</h3>\n<ul class=\"exceptions\">")
            for entry in entries {
                w.raw("<li><p><strong>")
                w.text(entry.action.title)
                w.raw("</strong> – ")
                w.text("\(entry.priority): \(entry.objective). Lead: \(entry.action.lead).")
                w.raw("</p><ul>")
                for reason in entry.reasons { w.element("<li>", reason, "</li>") }
                for evidence in entry.evidence { w.element("<li>", "Evidence: \(evidence.indicatorName), \(evidence.summary)", "</li>") }
                for disagreement in entry.disagreements { w.element("<li class=\"disagreement\">", disagreement, "</li>") }
                w.raw("</ul></li>\n")
            }
            w.raw("</ul>\n")
        }
    }
}
