/// A board agenda item whose paper is drawn from the performance data when the pack is built.
public struct PerformanceAgendaReport: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The indicator report: each published indicator's position against target, with its chart.
        case indicators
        /// A strategy's exception report: only what is off track or exceptionally ahead.
        case exceptions

        public var defaultTitle: String {
            switch self {
            case .indicators: "Performance report"
            case .exceptions: "Delivery plan exception report"
            }
        }
    }

    public var agendaItemID: Int64
    public var kind: Kind
    public var strategyID: Int64?

    public init(agendaItemID: Int64, kind: Kind, strategyID: Int64? = nil) {
        self.agendaItemID = agendaItemID
        self.kind = kind
        self.strategyID = strategyID
    }
}
