/// A change between two figures, read in the indicator's direction.
public struct Change: Sendable, Equatable {
    public var label: String
    public var fromLabel: String
    public var toLabel: String
    public var from: Double
    public var to: Double
    public var direction: IndicatorDirection

    public init(label: String, fromLabel: String, toLabel: String, from: Double, to: Double, direction: IndicatorDirection) {
        self.label = label
        self.fromLabel = fromLabel
        self.toLabel = toLabel
        self.from = from
        self.to = to
        self.direction = direction
    }

    public var difference: Double { to - from }

    /// Percentage change from `from`; nil when `from` is 0 (no meaningful percentage).
    public var percent: Double? { from == 0 ? nil : (to - from) / abs(from) * 100 }

    public var isImprovement: Bool {
        switch direction {
        case .higherIsBetter: to > from
        case .lowerIsBetter: to < from
        }
    }

    public var isWorse: Bool {
        switch direction {
        case .higherIsBetter: to < from
        case .lowerIsBetter: to > from
        }
    }

    /// "down 29.0% (improved)", "up 4.8% (worse)", "no change".
    public var summary: String {
        if to == from { return "no change" }
        let verb = to > from ? "up" : "down"
        let judgement = isImprovement ? "improved" : "worse"
        guard let percent else { return "\(verb) from 0 (\(judgement))" }
        return "\(verb) \(Numbers.format(abs(percent), decimals: 1))% (\(judgement))"
    }
}
