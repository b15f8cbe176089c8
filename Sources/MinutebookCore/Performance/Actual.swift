/// One recorded figure: an indicator's value for a month or quarter in an area.
public struct Actual: Sendable, Equatable, Hashable {
    public var indicatorID: Int64
    public var period: ReportingPeriod
    public var area: AreaScope
    public var value: Double
    /// Free note from the provider ("June only: contract started mid-year").
    public var note: String

    public init(indicatorID: Int64, period: ReportingPeriod, area: AreaScope = .partnership, value: Double, note: String = "") {
        self.indicatorID = indicatorID
        self.period = period
        self.area = area
        self.value = value
        self.note = note
    }
}
