/// A line chart of an indicator over periods, with its target drawn as a dashed line.
///
/// Readable without colour: actuals are a solid line with round markers and their value printed
/// above each point; the target is a dashed line with square markers labelled "Target" at its end;
/// the status of the latest point is printed in words. `<title>` and `<desc>` name the chart and
/// summarise it, and `table` carries every figure.
public struct TrendChart: Sendable {
    public struct Point: Sendable, Equatable {
        public var label: String
        public var value: Double?
        public var target: Double?

        public init(label: String, value: Double?, target: Double? = nil) {
            self.label = label
            self.value = value
            self.target = target
        }
    }

    public var id: String
    public var title: String
    public var unit: IndicatorUnit
    public var points: [Point]
    /// A sentence on where things stand ("219 against 195 expected: Green, on track").
    public var verdict: String

    public init(id: String, title: String, unit: IndicatorUnit, points: [Point], verdict: String = "") {
        self.id = id
        self.title = title
        self.unit = unit
        self.points = points
        self.verdict = verdict
    }

    static let width = 640.0, height = 320.0
    static let left = 64.0, right = 96.0, top = 40.0, bottom = 56.0

    public func render() -> Chart {
        let id = SVG.safeID(self.id)
        let values = points.compactMap(\.value) + points.compactMap(\.target)
        let maximum = SVG.niceMaximum(values.max() ?? 1)
        let plotW = TrendChart.width - TrendChart.left - TrendChart.right
        let plotH = TrendChart.height - TrendChart.top - TrendChart.bottom
        let step = points.count > 1 ? plotW / Double(points.count - 1) : 0
        func x(_ i: Int) -> Double { TrendChart.left + (points.count > 1 ? Double(i) * step : plotW / 2) }
        func y(_ v: Double) -> Double { TrendChart.top + plotH - (v / maximum) * plotH }

        let summary = describe()
        var s =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-trend\" viewBox=\"0 0 \(SVG.n(TrendChart.width)) \(SVG.n(TrendChart.height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        s += "<title id=\"\(id)-title\">\(SVG.escape(title))</title>"
        s += "<desc id=\"\(id)-desc\">\(SVG.escape(summary))</desc>"
        s += "<rect x=\"0\" y=\"0\" width=\"\(SVG.n(TrendChart.width))\" height=\"\(SVG.n(TrendChart.height))\" fill=\"#ffffff\"/>"
        // Gridlines and y axis labels at quarters of the maximum.
        for k in 0...4 {
            let v = maximum * Double(k) / 4
            let yy = y(v)
            s +=
                "<line x1=\"\(SVG.n(TrendChart.left))\" y1=\"\(SVG.n(yy))\" x2=\"\(SVG.n(TrendChart.left + plotW))\" y2=\"\(SVG.n(yy))\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>"
            s +=
                "<text x=\"\(SVG.n(TrendChart.left - 8))\" y=\"\(SVG.n(yy + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">\(SVG.escape(unit.format(v)))</text>"
        }
        s +=
            "<line x1=\"\(SVG.n(TrendChart.left))\" y1=\"\(SVG.n(TrendChart.top))\" x2=\"\(SVG.n(TrendChart.left))\" y2=\"\(SVG.n(TrendChart.top + plotH))\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>"
        for (i, p) in points.enumerated() {
            s +=
                "<text x=\"\(SVG.n(x(i)))\" y=\"\(SVG.n(TrendChart.top + plotH + 20))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">\(SVG.escape(p.label))</text>"
        }
        // Target: dashed line, square markers, direct label.
        let targets = points.enumerated().compactMap { i, p in p.target.map { (i, $0) } }
        if !targets.isEmpty {
            let path = targets.map { "\(SVG.n(x($0.0))),\(SVG.n(y($0.1)))" }.joined(separator: " ")
            s += "<polyline class=\"target\" points=\"\(path)\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>"
            for (i, v) in targets {
                s +=
                    "<rect x=\"\(SVG.n(x(i) - 4))\" y=\"\(SVG.n(y(v) - 4))\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"2\"/>"
            }
            if let (i, v) = targets.last {
                s +=
                    "<text x=\"\(SVG.n(x(i) + 10))\" y=\"\(SVG.n(y(v) + 4))\" font-size=\"12\" fill=\"#0b0c0c\">Target \(SVG.escape(unit.format(v)))</text>"
            }
        }
        // Actuals: solid line, round markers, value above each point, direct label at the end.
        let actuals = points.enumerated().compactMap { i, p in p.value.map { (i, $0) } }
        if !actuals.isEmpty {
            let path = actuals.map { "\(SVG.n(x($0.0))),\(SVG.n(y($0.1)))" }.joined(separator: " ")
            s += "<polyline class=\"actual\" points=\"\(path)\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\"/>"
            for (i, v) in actuals {
                s += "<circle cx=\"\(SVG.n(x(i)))\" cy=\"\(SVG.n(y(v)))\" r=\"5\" fill=\"#1d70b8\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>"
                s +=
                    "<text x=\"\(SVG.n(x(i)))\" y=\"\(SVG.n(y(v) - 10))\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"#0b0c0c\">\(SVG.escape(unit.format(v)))</text>"
            }
            if let (i, v) = actuals.last {
                s += "<text x=\"\(SVG.n(x(i) + 10))\" y=\"\(SVG.n(y(v) - 12))\" font-size=\"12\" fill=\"#0b0c0c\">Actual</text>"
            }
        }
        if !verdict.isEmpty {
            s += "<text x=\"\(SVG.n(TrendChart.left))\" y=\"24\" font-size=\"13\" fill=\"#0b0c0c\">\(SVG.escape(verdict))</text>"
        }
        s += "</svg>"

        let rows = points.map { p in
            [p.label, p.value.map(unit.format) ?? "No figure", p.target.map(unit.format) ?? "–"]
        }
        let table = ChartTable(caption: title, columns: ["Period", "Actual", "Target"], rows: rows)
        return Chart(id: id, title: title, summary: summary, svg: s, table: table)
    }

    /// One paragraph: first and last figures, the latest target and the verdict.
    func describe() -> String {
        let withValues = points.filter { $0.value != nil }
        guard let first = withValues.first, let last = withValues.last, let a = first.value, let b = last.value else {
            return "No figures recorded yet."
        }
        var text = "Line chart of \(withValues.count) figures from \(first.label) (\(unit.format(a))) to \(last.label) (\(unit.format(b)))."
        if let t = last.target { text += " Target at \(last.label): \(unit.format(t))." }
        if !verdict.isEmpty { text += " \(verdict)." }
        return text
    }
}
