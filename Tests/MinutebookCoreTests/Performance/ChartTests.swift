import Testing

@testable import MinutebookCore

@Suite("SVG charts")
struct ChartTests {
    static let points = [
        TrendChart.Point(label: "Q1", value: 10, target: 12),
        TrendChart.Point(label: "Q2", value: 14, target: 24),
        TrendChart.Point(label: "Q3", value: nil, target: 36)
    ]

    @Test("a trend chart has a title, a description and a table with every figure")
    func trendAlternatives() {
        let chart = TrendChart(id: "kpi-1", title: "Referrals", unit: .count, points: Self.points, verdict: "Red: off track").render()
        #expect(chart.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(chart.svg.contains("role=\"img\" aria-labelledby=\"kpi-1-title kpi-1-desc\""))
        #expect(chart.svg.contains("<title id=\"kpi-1-title\">Referrals</title>"))
        #expect(
            chart.svg.contains("<desc id=\"kpi-1-desc\">Line chart of 2 figures from Q1 (10) to Q2 (14). Target at Q2: 24. Red: off track.</desc>"))
        #expect(chart.table.columns == ["Period", "Actual", "Target"])
        #expect(chart.table.rows == [["Q1", "10", "12"], ["Q2", "14", "24"], ["Q3", "No figure", "36"]])
        // Not by colour alone: dashed target with its own markers, labelled directly.
        #expect(chart.svg.contains("stroke-dasharray"))
        #expect(chart.svg.contains(">Target 36</text>"))
        #expect(chart.svg.contains(">Actual</text>"))
        #expect(chart.svg.ranges(of: "<circle").count == 2)
    }

    @Test("text in charts is escaped, ids are made safe")
    func escaping() {
        let chart = TrendChart(
            id: "a\"b<c", title: "<script>alert('x')</script> & co", unit: .count,
            points: [TrendChart.Point(label: "Q1 <b>", value: 3)]
        ).render()
        #expect(!chart.svg.contains("<script>"))
        #expect(!chart.svg.contains("<b>"))
        #expect(chart.svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(chart.id == "a-b-c")
        let bars = BarChart(id: "w", title: "T", unit: .count, categories: ["St <Mary>"], series: [.init(name: "A&B", values: [1])]).render()
        #expect(bars.svg.contains("St &lt;Mary&gt;"))
        #expect(bars.svg.contains("A&amp;B"))
    }

    @Test("bars by area: patterns, values on bars, legend and table")
    func bars() {
        let chart = BarChart(
            id: "arson", title: "Deliberate fires by ward", unit: .count, categories: ["Northfield", "Eastgate"],
            series: [.init(name: "Previous 6 months", values: [20, 10]), .init(name: "Last 6 months", values: [12, 9])]
        ).render()
        #expect(chart.svg.contains("<pattern id=\"arson-hatch\""))
        #expect(chart.svg.contains("fill=\"url(#arson-hatch)\""))
        #expect(chart.svg.contains(">Previous 6 months</text>"))
        #expect(chart.table.columns == ["Area", "Previous 6 months", "Last 6 months"])
        #expect(chart.table.rows == [["Northfield", "20", "12"], ["Eastgate", "10", "9"]])
        #expect(chart.summary == "Bar chart of 2 areas comparing Previous 6 months and Last 6 months. Total 30 then 21 (-30.0%).")
        for value in ["20", "10", "12", "9"] { #expect(chart.svg.contains(">\(value)</text>")) }
    }

    @Test(
        "axis maxima are round numbers at or above the data",
        arguments: zip(
            [0.4, 1, 7, 12, 23, 247.5, 330, 999, 0],
            [0.5, 1, 10, 20, 25, 250, 500, 1000, 1]))
    func niceMaximum(_ value: Double, _ nice: Double) {
        #expect(abs(SVG.niceMaximum(value) - nice) < 1e-9)
    }

    @Test("an empty chart says so")
    func empty() {
        let chart = TrendChart(id: "x", title: "Nothing yet", unit: .count, points: []).render()
        #expect(chart.summary == "No figures recorded yet.")
        #expect(chart.svg.contains("</svg>"))
    }
}
