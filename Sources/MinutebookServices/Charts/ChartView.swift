import MinutebookCore

/// Writes a chart as a `<figure>`: the SVG (its own title and description), a caption, and the same
/// figures as a table for anyone who cannot see the picture.
public enum ChartView {
    public static func write(_ chart: Chart, into w: inout HTMLWriter) {
        w.raw("<figure class=\"chart\" aria-labelledby=\"")
        w.text(chart.id)
        w.raw("-caption\">\n")
        // The SVG is drawn by Core with every data text escaped.
        w.rawTrusted(chart.svg)
        w.raw("\n<figcaption id=\"")
        w.text(chart.id)
        w.raw("-caption\">")
        w.text(chart.summary)
        w.raw("</figcaption>\n")
        table(chart.table, into: &w)
        w.raw("</figure>\n")
    }

    public static func table(_ table: ChartTable, into w: inout HTMLWriter) {
        w.raw("<table class=\"chart-data\">\n<caption>Figures: ")
        w.text(table.caption)
        w.raw("</caption>\n<thead><tr>")
        for column in table.columns {
            w.raw("<th scope=\"col\">")
            w.text(column)
            w.raw("</th>")
        }
        w.raw("</tr></thead>\n<tbody>")
        for row in table.rows {
            w.raw("<tr>")
            for (i, cell) in row.enumerated() {
                w.raw(i == 0 ? "<th scope=\"row\">" : "<td>")
                w.text(cell)
                w.raw(i == 0 ? "</th>" : "</td>")
            }
            w.raw("</tr>\n")
        }
        w.raw("</tbody></table>\n")
    }

    /// A RAG status in words with its marker, never colour alone.
    public static func status(_ status: RAGStatus?, into w: inout HTMLWriter) {
        guard let status else {
            w.raw("<span class=\"rag rag-none\">No target</span>")
            return
        }
        switch status {
        case .red: w.raw("<span class=\"rag rag-red\">")
        case .amber: w.raw("<span class=\"rag rag-amber\">")
        case .green: w.raw("<span class=\"rag rag-green\">")
        case .blue: w.raw("<span class=\"rag rag-blue\">")
        }
        w.raw("<span aria-hidden=\"true\">")
        w.text(status.symbol)
        w.raw("</span> ")
        w.text(status.label)
        w.raw("</span>")
    }
}
