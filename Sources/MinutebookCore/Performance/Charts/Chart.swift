/// A drawn chart: the SVG markup (trusted: all data text escaped) and its table alternative.
public struct Chart: Sendable, Equatable {
    public var id: String
    public var title: String
    public var summary: String
    public var svg: String
    public var table: ChartTable
}
