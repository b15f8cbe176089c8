/// Bars by area (ward) for one or two spans, e.g. last 6 months against the previous 6.
///
/// Readable without colour: the first series is solid dark, the second is hatched with an outline,
/// every bar has its value printed above it, and the legend shows the same swatches in words.
public struct BarChart: Sendable {
    public struct Series: Sendable, Equatable {
        public var name: String
        public var values: [Double]

        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    public var id: String
    public var title: String
    public var unit: IndicatorUnit
    public var categories: [String]
    public var series: [Series]

    public init(id: String, title: String, unit: IndicatorUnit, categories: [String], series: [Series]) {
        self.id = id
        self.title = title
        self.unit = unit
        self.categories = categories
        self.series = Array(series.prefix(3))
    }

    static let height = 340.0, left = 64.0, top = 48.0, bottom = 72.0

    public func render() -> Chart {
        let id = SVG.safeID(self.id)
        let groupWidth = max(60.0, Double(series.count) * 34 + 24)
        let width = BarChart.left + Double(max(categories.count, 1)) * groupWidth + 24
        let plotH = BarChart.height - BarChart.top - BarChart.bottom
        let maximum = SVG.niceMaximum(series.flatMap(\.values).max() ?? 1)
        func y(_ v: Double) -> Double { BarChart.top + plotH - (max(0, v) / maximum) * plotH }
        let fills = ["#0b0c0c", "url(#\(id)-hatch)", "url(#\(id)-dots)"]

        let summary = describe()
        var s =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-bar\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(BarChart.height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        s += "<title id=\"\(id)-title\">\(SVG.escape(title))</title>"
        s += "<desc id=\"\(id)-desc\">\(SVG.escape(summary))</desc>"
        s += "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        s +=
            "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1d70b8\" stroke-width=\"3\"/></pattern>"
        s += "<pattern id=\"\(id)-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        s += "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><circle cx=\"3\" cy=\"3\" r=\"1.5\" fill=\"#0b0c0c\"/></pattern></defs>"
        s += "<rect x=\"0\" y=\"0\" width=\"\(SVG.n(width))\" height=\"\(SVG.n(BarChart.height))\" fill=\"#ffffff\"/>"
        for k in 0...4 {
            let v = maximum * Double(k) / 4
            s +=
                "<line x1=\"\(SVG.n(BarChart.left))\" y1=\"\(SVG.n(y(v)))\" x2=\"\(SVG.n(width - 16))\" y2=\"\(SVG.n(y(v)))\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>"
            s +=
                "<text x=\"\(SVG.n(BarChart.left - 8))\" y=\"\(SVG.n(y(v) + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">\(SVG.escape(unit.format(v)))</text>"
        }
        // Legend, top left, same swatches as the bars.
        var lx = BarChart.left
        for (k, serie) in series.enumerated() {
            s += "<rect x=\"\(SVG.n(lx))\" y=\"12\" width=\"14\" height=\"14\" fill=\"\(fills[k])\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>"
            s += "<text x=\"\(SVG.n(lx + 20))\" y=\"24\" font-size=\"12\" fill=\"#0b0c0c\">\(SVG.escape(serie.name))</text>"
            lx += 28 + Double(serie.name.count) * 7
        }
        for (c, category) in categories.enumerated() {
            let gx = BarChart.left + Double(c) * groupWidth + 12
            for (k, serie) in series.enumerated() {
                guard c < serie.values.count else { continue }
                let v = serie.values[c]
                let bx = gx + Double(k) * 34
                s +=
                    "<rect x=\"\(SVG.n(bx))\" y=\"\(SVG.n(y(v)))\" width=\"28\" height=\"\(SVG.n(BarChart.top + plotH - y(v)))\" fill=\"\(fills[k])\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>"
                s +=
                    "<text x=\"\(SVG.n(bx + 14))\" y=\"\(SVG.n(y(v) - 6))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#0b0c0c\">\(SVG.escape(unit.format(v)))</text>"
            }
            let cx = gx + Double(series.count) * 17 - 3
            s +=
                "<text x=\"\(SVG.n(cx))\" y=\"\(SVG.n(BarChart.top + plotH + 18))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">\(SVG.escape(category))</text>"
        }
        s +=
            "<line x1=\"\(SVG.n(BarChart.left))\" y1=\"\(SVG.n(BarChart.top + plotH))\" x2=\"\(SVG.n(width - 16))\" y2=\"\(SVG.n(BarChart.top + plotH))\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>"
        s += "</svg>"

        let rows = categories.enumerated().map { c, category in
            [category] + series.map { c < $0.values.count ? unit.format($0.values[c]) : "–" }
        }
        let table = ChartTable(caption: title, columns: ["Area"] + series.map(\.name), rows: rows)
        return Chart(id: id, title: title, summary: summary, svg: s, table: table)
    }

    func describe() -> String {
        guard !categories.isEmpty, !series.isEmpty else { return "No figures recorded yet." }
        var text = "Bar chart of \(categories.count) areas comparing " + series.map(\.name).joined(separator: " and ") + "."
        if series.count == 2 {
            let totals = series.map { $0.values.reduce(0, +) }
            text += " Total \(unit.format(totals[0])) then \(unit.format(totals[1]))"
            if totals[0] != 0 {
                text += " (" + Numbers.signedPercent((totals[1] - totals[0]) / abs(totals[0]) * 100) + ")"
            }
            text += "."
        }
        return text
    }
}
